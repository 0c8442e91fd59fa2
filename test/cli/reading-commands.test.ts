import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { captureIo as capture } from './capture-io.js';

/** The CLI io with its output joined, and questions on stdin. */
function captureIo(lines: string[] = []) {
  const c = capture();
  return {
    stdout: c.io.stdout,
    stderr: c.io.stderr,
    stdin: async function* () {
      yield* lines;
    },
    out: () => c.out.join('\n'),
    err: () => c.err.join('\n'),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'boundary-read-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const policy = join(dir, 'policy.md');
copyFileSync(resolve('policies/example-social-media-policy.md'), policy);

describe('boundary read, review and check', () => {
  it('when read is run, then the reading is written beside the policy and the next step is named', async () => {
    const io = captureIo();
    expect(await runCli(['read', '--policy', policy], io)).toBe(0);
    expect(existsSync(join(dir, 'policy.reading.yaml'))).toBe(true);
    expect(io.out()).toMatch(/Wrote .*policy\.reading\.yaml: \d+ sentences, \d+ of them rules/);
    expect(io.out()).toContain('boundary review --policy');
  });

  it('when review is run, then the rules read in plain English, unsure ones first', async () => {
    const io = captureIo();
    expect(await runCli(['review', '--policy', policy], io)).toBe(0);
    const out = io.out();
    expect(out).toContain('Check these first');
    expect(out).toMatch(/3\.1 Staff must not accept or send friend, follow or connection requests/);
    expect(out.indexOf('Check these first')).toBeLessThan(out.indexOf('3. Contact with pupils'));
  });

  it('when read is run again after a review, then the review is kept', async () => {
    const file = join(dir, 'policy.reading.yaml');
    const text = readFileSync(file, 'utf8').replace('reviewed: false', 'reviewed: true');
    writeFileSync(file, text);
    const io = captureIo();
    expect(await runCli(['read', '--policy', policy], io)).toBe(0);
    expect(io.out()).toMatch(/Kept the review of 1 unchanged sentences/);
  });

  it('when the reading file is broken, then ask refuses with the entry and field named', async () => {
    const bad = join(dir, 'bad.reading.yaml');
    writeFileSync(
      bad,
      readFileSync(join(dir, 'policy.reading.yaml'), 'utf8').replace(/force: must_not/, 'force: never'),
    );
    const io = captureIo(['can I friend a pupil?']);
    expect(await runCli(['ask', '--policy', policy, '--reading', bad], io)).toBe(1);
    expect(io.err()).toMatch(/entry [^,]+, force:/);
  });

  it('when check is run, then each topic has an answer and the gaps are listed', async () => {
    const io = captureIo();
    expect(await runCli(['check', '--policy', policy], io)).toBe(0);
    expect(io.out()).toContain('Friend or follow requests from pupils');
    expect(io.out()).toMatch(/Not covered by this policy \(\d+\):/);
  });
});
