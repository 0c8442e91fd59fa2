import type { Answer } from '../policy/answer.js';
import { loadPolicy } from '../policy/index.js';
import { type Command, parseArgs, UsageError } from './args.js';
import { verdictWords } from './plain-words.js';

export const askCommand: Command = {
  name: 'ask',
  summary: 'answer questions from standard input, one per line',
  help: `Usage: boundary ask --policy FILE [--reading PATH] [--json]

Reads questions from standard input, one per line, and prints each question with its answer in the same
order: the verdict in words, the answer staff are given, the clauses quoted and who to ask, a blank line between answers.
  --json   print each answer as one line of the Answer JSON the bot renders its card from`,
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['json', 'help'], values: ['policy', 'reading'] });
    if (args.flags.has('help')) {
      io.stdout(this.help);
      return 0;
    }
    const policy = args.values.get('policy');
    if (!policy) throw new UsageError('ask needs --policy FILE');
    if (args.positional.length)
      throw new UsageError(`unexpected argument ${args.positional[0]}; questions come on standard input`);
    const engine = (await loadPolicy(policy, { readingPath: args.values.get('reading') })).engine;
    for await (const line of io.stdin()) {
      const answer = engine.answer(line);
      if (args.flags.has('json')) io.stdout(JSON.stringify(answer));
      else for (const line of plainAnswer(answer)) io.stdout(line);
    }
    return 0;
  },
};

/** One answer as a policy owner reads it: the question they asked beside what staff would be told. */
export function plainAnswer(answer: Answer): string[] {
  const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
  const lines = [
    `Question: ${oneLine(answer.question) || '(an empty line)'}`,
    `Verdict:  ${verdictWords(answer.verdict)}`,
    `Answer:   ${oneLine(answer.answer)}`,
  ];
  answer.citations.forEach((c, i) => {
    const where = [c.section ? `section ${c.section}` : '', c.heading].filter(Boolean).join(', ') || 'the policy';
    lines.push(`${i === 0 ? 'Quoted:  ' : '         '} [${i + 1}] ${where}: "${oneLine(c.text)}"`);
  });
  // A "not covered" answer names who to ask in its own words when there is someone to ask, as the card does.
  if (answer.contact && answer.verdict !== 'not_covered') lines.push(`Who to ask: ${answer.contact}`);
  lines.push('');
  return lines;
}
