import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { errorMessage } from '../errors.js';
import type { Answer } from '../policy/answer.js';
import { loadPolicy } from '../policy/index.js';
import { type Command, parseArgs, UsageError } from './args.js';

const evalLine = z.object({
  q: z.string(),
  verdict: z.array(z.string()).min(1),
  cite: z.array(z.string()).default([]),
});
export type EvalItem = z.infer<typeof evalLine>;

/** Folds citation text the way the graders do: lower case, straight quotes, single spaces. */
export function gradeFold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A question passes when its verdict is accepted and, if patterns are given, one matches a top-3 citation. */
export function grade(item: EvalItem, answer: Answer): { pass: boolean; why: string } {
  if (!item.verdict.includes(answer.verdict))
    return { pass: false, why: `verdict ${answer.verdict}, expected ${item.verdict.join('|')}` };
  if (item.cite.length === 0) return { pass: true, why: '' };
  const texts = answer.citations.slice(0, 3).map((c) => gradeFold(c.text));
  const ok = item.cite.some((p) => {
    const re = new RegExp(p);
    return texts.some((t) => re.test(t));
  });
  return ok ? { pass: true, why: '' } : { pass: false, why: 'no accepted citation in the first three' };
}

export function parseEvalFile(text: string, file: string): EvalItem[] {
  const items: EvalItem[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new UsageError(`${file}:${i + 1} is not valid JSON`);
    }
    const parsed = evalLine.safeParse(json);
    if (!parsed.success)
      throw new UsageError(`${file}:${i + 1} is not an eval item: ${parsed.error.issues[0]?.message}`);
    items.push(parsed.data);
  });
  return items;
}

export const evalCommand: Command = {
  name: 'eval',
  summary: 'grade a question set against a policy',
  help: `Usage: boundary eval --policy FILE --questions FILE.jsonl [--reading PATH] [--verbose]

Answers every question in the .jsonl file ({"q", "verdict": [accepted], "cite": [regexes]} per line) and grades it:
the verdict must be accepted and, when patterns are given, one must match one of the first three citations
(lower-cased, curly quotes straightened, whitespace folded). Prints each failure, then passed/total as the last line.
  --verbose   print every question with its verdict and first citation`,
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['verbose', 'help'], values: ['policy', 'questions', 'reading'] });
    if (args.flags.has('help')) {
      io.stdout(this.help);
      return 0;
    }
    const policy = args.values.get('policy');
    const questions = args.values.get('questions');
    if (!policy || !questions) throw new UsageError('eval needs --policy FILE and --questions FILE.jsonl');
    let text: string;
    try {
      text = await readFile(questions, 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read ${questions}: ${errorMessage(err)}`);
    }
    const items = parseEvalFile(text, questions);
    const engine = (await loadPolicy(policy, { readingPath: args.values.get('reading') })).engine;
    let passed = 0;
    for (const item of items) {
      const answer = engine.answer(item.q);
      const { pass, why } = grade(item, answer);
      if (pass) passed++;
      if (!pass || args.flags.has('verbose')) {
        io.stdout(`${pass ? 'PASS' : 'FAIL'} ${item.q}`);
        io.stdout(`     -> ${answer.verdict}${why ? ` (${why})` : ''}`);
        for (const c of answer.citations.slice(0, 3))
          io.stdout(`        [${c.section ?? '-'}] ${c.text.slice(0, 140)}`);
      }
    }
    io.stdout(`${passed}/${items.length}`);
    return 0;
  },
};
