import { loadPolicy } from '../policy/index.js';
import { type Command, parseArgs, UsageError } from './args.js';

export const askCommand: Command = {
  name: 'ask',
  summary: 'answer questions from standard input, one per line',
  help: `Usage: boundary ask --policy FILE [--reading PATH] [--json]

Reads questions from standard input, one per line, and prints one answer per line in the same order.
  --json   print each answer as the Answer JSON the bot renders its card from`,
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
      if (args.flags.has('json')) {
        io.stdout(JSON.stringify(answer));
      } else {
        const cite = answer.citations[0];
        const where = cite ? ` [${cite.section ?? (cite.heading || 'policy')}] "${cite.text}"` : '';
        io.stdout(`${answer.verdict}: ${answer.answer}${where}`.replace(/\n/g, ' '));
      }
    }
    return 0;
  },
};
