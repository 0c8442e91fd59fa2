import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { answerSchema } from '../../src/policy/answer.js';

const POLICY = resolve('policies/example-social-media-policy.md');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'boundary-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(argv: string[], stdinLines: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdin: async function* () {
      yield* stdinLines;
    },
  });
  return { code, out, err: err.join('\n') };
}

describe('boundary CLI', () => {
  it('when run with no command or an unknown one, then it prints usage and exits 2', async () => {
    expect((await run([])).code).toBe(2);
    const bad = await run(['frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown command');
  });

  it('when a command is given --help, then it prints its usage and exits 0', async () => {
    for (const cmd of ['ask', 'ingest', 'eval']) {
      const r = await run([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.out.join('\n')).toContain(`Usage: boundary ${cmd}`);
    }
  });

  it('when an option is missing or unknown, then it names the problem and exits 2', async () => {
    expect((await run(['ask'])).err).toContain('--policy');
    expect((await run(['eval', '--policy', POLICY])).code).toBe(2);
    expect((await run(['ingest', '--policy', POLICY, '--colour'])).err).toContain('unknown option --colour');
  });

  it('when ask reads questions, then it prints one JSON answer per line in order', async () => {
    const questions = ['Can I post photos of pupils?', '', 'Where do I park?'];
    const r = await run(['ask', '--policy', POLICY, '--json'], questions);
    expect(r.code).toBe(0);
    const answers = r.out.map((l) => answerSchema.parse(JSON.parse(l)));
    expect(answers.map((a) => a.question)).toEqual(questions);
    expect(answers.map((a) => a.verdict)).toEqual(['not_allowed', 'not_covered', 'not_covered']);
  });

  it('when ask runs without --json, then each answer is one plain line', async () => {
    const r = await run(['ask', '--policy', POLICY], ['can i go on insta at lunch']);
    expect(r.out).toHaveLength(1);
    expect(r.out[0]).toMatch(/^allowed: .*\[6\.2\] "Staff may use their personal phones/);
  });

  it('when ingest runs, then it prints the outline and writes nothing unless asked', async () => {
    const r = await run(['ingest', '--policy', POLICY]);
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    expect(text).toContain('3. Contact with pupils');
    expect(text).toMatch(/Contacts named: .*the Headteacher/);
    const out = join(dir, 'clauses.json');
    const w = await run(['ingest', '--policy', POLICY, '--write', out]);
    expect(w.code).toBe(0);
    const written = JSON.parse(await readFile(out, 'utf8'));
    expect(written.clauses.length).toBeGreaterThan(40);
  });

  it('when the policy defines "the Employee" and "the Employer", then ingest shows how it reads them', async () => {
    const model = join(dir, 'model.txt');
    await writeFile(
      model,
      [
        'Social Media Policy',
        '1. Definitions',
        '"The Employee" means any person employed by the school.',
        '"The Employer" means the governing body of the school.',
        '2. Contact with pupils',
        'The Employee must not accept friend requests from pupils.',
        'The Employer will review this policy every year.',
      ].join('\n'),
    );
    const r = await run(['ingest', '--policy', model]);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/Defined terms read as roles: .*"employee" = staff/);
  });

  it('when the policy cannot be read, then it names the file and exits 1', async () => {
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '');
    const r = await run(['ask', '--policy', empty]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(empty);
  });

  it('when eval grades a set, then it prints failures and passed/total last', async () => {
    const set = join(dir, 'set.jsonl');
    await writeFile(
      set,
      [
        JSON.stringify({
          q: 'Can I post photos of pupils on Facebook?',
          verdict: ['not_allowed'],
          cite: ['photographs or videos of pupils'],
        }),
        JSON.stringify({ q: 'Can I post photos of pupils on Facebook?', verdict: ['allowed'], cite: [] }),
        JSON.stringify({ q: 'Where do I park?', verdict: ['not_covered'], cite: [] }),
      ].join('\n'),
    );
    const r = await run(['eval', '--policy', POLICY, '--questions', set]);
    expect(r.code).toBe(0);
    expect(r.out.at(-1)).toBe('2/3');
    expect(r.out.join('\n')).toContain('FAIL Can I post photos of pupils on Facebook?');
  });

  it('when eval is given a malformed set, then it names the line and exits 2', async () => {
    const set = join(dir, 'bad.jsonl');
    await writeFile(set, '{"q": "x", "verdict": ["allowed"]}\nnot json\n');
    const r = await run(['eval', '--policy', POLICY, '--questions', set]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('bad.jsonl:2');
  });

  it('when the installed bin runs eval, then the last line is passed/total', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      'bin/boundary.js',
      'eval',
      '--policy',
      POLICY,
      '--questions',
      'test/policy/fixtures/example-questions.jsonl',
    ]);
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^\d+\/47$/);
  });
});
