import { loadPolicy } from '../policy/index.js';
import { runPolicyCheck } from '../policy/reading/desk-service.js';
import { type Command, parseArgs, UsageError } from './args.js';

const VERDICT_WORDS: Record<string, string> = {
  allowed: 'Allowed',
  not_allowed: 'Not allowed',
  needs_permission: 'Only with permission',
  depends: 'It depends',
  guidance: 'Guidance',
  not_covered: 'NOT COVERED',
};

export const checkCommand: Command = {
  name: 'check',
  summary: 'ask the questions staff ask most, topic by topic, and list the topics the policy does not cover',
  help: `Usage: boundary check --policy FILE [--reading PATH] [--json]

Asks the loaded policy the questions staff most often ask (one per topic: pupils' friend requests, former
pupils, parents, messages, calls, games, group chats, photos, devices, live streaming, school accounts,
reporting, indecent images, AI, ...) and prints what Boundary would answer, with the sections it quotes. The
topics it does not cover come last: the gaps to raise at the next policy review.`,
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['help', 'json'], values: ['policy', 'reading'] });
    if (args.flags.has('help')) {
      io.stdout(this.help);
      return 0;
    }
    const policy = args.values.get('policy');
    if (!policy) throw new UsageError('check needs --policy FILE');
    const { engine } = await loadPolicy(policy, { readingPath: args.values.get('reading') });
    const check = runPolicyCheck(engine);
    if (args.flags.has('json')) {
      io.stdout(JSON.stringify(check, null, 2));
      return 0;
    }
    io.stdout(`${engine.source.title}: what Boundary answers, topic by topic\n`);
    for (const l of check.lines) {
      const where = l.sections.filter(Boolean).slice(0, 3).join(', ');
      io.stdout(
        `${l.topic}\n  Q: ${l.question}\n  ${VERDICT_WORDS[l.verdict] ?? l.verdict}${where ? ` (section ${where})` : ''}: ${l.answer}\n`,
      );
    }
    io.stdout(
      check.gaps.length
        ? `Not covered by this policy (${check.gaps.length}):\n${check.gaps.map((g) => `  - ${g}`).join('\n')}`
        : 'Every topic in the bank is covered by this policy.',
    );
    return 0;
  },
};
