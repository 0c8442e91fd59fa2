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

  it.each(['ask', 'ingest', 'eval'])('when %s is given --help, then it prints its usage and exits 0', async (cmd) => {
    const r = await run([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toContain(`Usage: boundary ${cmd}`);
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

  it('when ask runs without --json, then each question is printed beside its answer in plain words', async () => {
    const r = await run(['ask', '--policy', POLICY], ['can i go on insta at lunch', 'what time is lunch?']);
    expect(r.out).toEqual([
      'Question: can i go on insta at lunch',
      'Verdict:  Yes, you can',
      expect.stringMatching(/^Answer: {3}Yes, the policy allows this \(section 6\.2\)/),
      expect.stringMatching(
        /^Quoted: {3}\[1\] section 6\.2, 6\. Phones and devices in school: "Staff may use their personal phones/,
      ),
      'Who to ask: the Headteacher',
      '',
      'Question: what time is lunch?',
      'Verdict:  The policy doesn’t cover this',
      expect.stringMatching(/^Answer: {3}I can only answer questions about your school’s social media policy/),
      '',
    ]);
    // No engine keys: those are for --json.
    expect(r.out.join('\n')).not.toMatch(/\b(allowed|not_covered|not_allowed):/);
  });

  it('when ask is given --json, then each line is exactly the Answer JSON, as before', async () => {
    const r = await run(['ask', '--policy', POLICY, '--json'], ['can i go on insta at lunch']);
    expect(r.out).toHaveLength(1);
    expect(Object.keys(JSON.parse(r.out[0]!))).toEqual([
      'question',
      'verdict',
      'answer',
      'citations',
      'contact',
      'actions',
    ]);
  });

  it('when ingest runs, then it prints the outline and writes nothing unless asked', async () => {
    const r = await run(['ingest', '--policy', POLICY]);
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    expect(text).toContain('3. Contact with pupils');
    expect(text).toMatch(/Contacts named: .*the Headteacher/);
    // Plain words for the engine's keys: only --json carries those.
    expect(text).toMatch(/^How firmly clauses are worded: must \d+, must not \d+, .*only with permission \d+/m);
    expect(text).toMatch(/^Who clauses are about: pupils \d+, parents and carers \d+/m);
    expect(text).toMatch(/^What clauses are about: contact with people \d+, .*friend and follow requests \d+/m);
    expect(text).not.toMatch(/\b(must_not|only_with_permission|family_member|friending|personal_info|time_place)\b/);
    const out = join(dir, 'clauses.json');
    const w = await run(['ingest', '--policy', POLICY, '--write', out]);
    expect(w.code).toBe(0);
    const written = JSON.parse(await readFile(out, 'utf8'));
    expect(written.clauses.length).toBeGreaterThan(40);
  });

  it('when a policy opens with its provider’s name above its own, then ingest shows the policy’s own name as the title', async () => {
    const model = join(dir, 'provider-first.txt');
    await writeFile(
      model,
      [
        'The Schools HR Co-operative',
        'Every School Matters',
        '',
        'Social Media Policy',
        '',
        'Model HR Policies & Procedures for Schools and Academies',
        'September 2015',
        '',
        '1. Contact with pupils',
        'Staff must not accept friend requests from pupils.',
      ].join('\n'),
    );
    const r = await run(['ingest', '--policy', model]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe(`Social Media Policy (${model})`);
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
