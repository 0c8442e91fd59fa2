import { BoundaryError } from '../errors.js';
import { type CliIo, type Command, UsageError } from './args.js';
import { askCommand } from './ask.js';
import { auditCommand } from './audit.js';
import { checkCommand } from './check.js';
import { evalCommand } from './eval.js';
import { exportCommand } from './export.js';
import { feedbackCommand } from './feedback.js';
import { ingestCommand } from './ingest.js';
import { readCommand } from './read.js';
import { retentionCommand } from './retention.js';
import { reviewCommand } from './review.js';
import { statusCommand } from './status.js';

/** Subcommands, one module each. Add new ones here. */
export const COMMANDS: Command[] = [
  askCommand,
  ingestCommand,
  readCommand,
  reviewCommand,
  checkCommand,
  evalCommand,
  statusCommand,
  auditCommand,
  retentionCommand,
  exportCommand,
  feedbackCommand,
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: boundary <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'boundary <command> --help' for a command's options.",
  ].join('\n');
}

/** Runs the CLI and returns the exit code: 0 ok, 1 failure, 2 bad usage. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`boundary: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`boundary ${name}: ${err.message}\n\n${command.help}`);
      return 2;
    }
    if (err instanceof BoundaryError) {
      io.stderr(`boundary ${name}: ${err.message}`);
      return 1;
    }
    io.stderr(`boundary ${name}: unexpected error: ${(err as Error).stack ?? err}`);
    return 1;
  }
}

async function* stdinLines(): AsyncIterable<string> {
  const { createInterface } = await import('node:readline');
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) yield line;
}

const isEntry = process.argv[1] && /(?:^|[\\/])(main\.ts|boundary(\.js)?)$/.test(process.argv[1]);
if (isEntry) {
  // "boundary review … | head": a reader that stops early is no error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const code = await runCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(`${t}\n`),
    stderr: (t) => process.stderr.write(`${t}\n`),
    stdin: stdinLines,
  });
  process.exitCode = code;
}
