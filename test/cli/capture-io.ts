/** A CLI io that keeps what a command printed, for the CLI tests; stdin is empty. */
export function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), stdin: async function* () {} },
  };
}
