import type { FeedbackEntry } from '../answers/feedback-log.js';
import { loadPolicyFile } from '../policy/index.js';
import { type Command, parseArgs, UsageError } from './args.js';
import { cliConfig, openStoreFromArgs, STORE_HELP, STORE_VALUES } from './store-args.js';

/** How much of a typed question or comment a line shows. */
const SHOWN = 200;

export const feedbackCommand: Command = {
  name: 'feedback',
  summary: 'what staff said about answers ("Was this helpful?"), for the policy owner',
  help: `Usage: boundary feedback [--since YYYY-MM-DD] [--policy FILE] [--json] [options]

Lists the "Was this helpful?" answers staff gave, newest last: when, whether it helped, the verdict, the clauses
quoted and the question as typed (with any comment). First a summary: how many helped, and the clauses most
often quoted in answers that did not help, which are the ones worth rewording. Who gave the feedback is not
shown. Entries older than FEEDBACK_DAYS (default 365) have been deleted.
  --policy FILE        the policy the answers came from, to show each clause's section and opening words
                       (default: POLICY_FILE); a clause the policy no longer has is shown by its id
${STORE_HELP}`,
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['help', 'json'], values: [...STORE_VALUES, 'since', 'policy'] });
    if (args.flags.has('help')) {
      io.stdout(this.help);
      return 0;
    }
    const sinceArg = args.values.get('since');
    const since = sinceArg === undefined ? undefined : new Date(sinceArg);
    if (since && (Number.isNaN(since.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(sinceArg ?? ''))) {
      throw new UsageError(`--since ${sinceArg} is not a date (YYYY-MM-DD)`);
    }
    const config = cliConfig();
    const names = await clauseNames(args.values.get('policy') ?? config.policyFile);
    const store = await openStoreFromArgs(args, config);
    try {
      const entries = (await store.feedback.list(since ? { since } : {})).map((e) => ({
        ...e,
        clauseIds: e.clauseIds.map((id) => names.get(id) ?? id),
      }));
      const summary = summarise(entries);
      if (args.flags.has('json')) {
        io.stdout(
          JSON.stringify({
            ...summary,
            entries: entries.map((e) => ({
              at: e.at.toISOString(),
              helpful: e.helpful,
              verdict: e.verdict,
              clauses: e.clauseIds,
              question: e.question,
              ...(e.comment ? { comment: e.comment } : {}),
            })),
          }),
        );
        return 0;
      }
      const from = since ? ` since ${since.toISOString().slice(0, 10)}` : '';
      if (entries.length === 0) {
        io.stdout(`No feedback${from}.`);
        return 0;
      }
      io.stdout(
        `${summary.total} answer(s) rated${from}: ${summary.helpful} helpful, ${summary.notHelpful} not helpful.`,
      );
      if (summary.notHelpfulByClause.length > 0) {
        io.stdout('Clauses quoted first in answers that did not help:');
        for (const c of summary.notHelpfulByClause) io.stdout(`  ${String(c.count).padStart(3)} × ${c.clause}`);
      }
      io.stdout('');
      for (const e of entries) {
        const comment = e.comment ? `  (comment: ${oneLine(e.comment)})` : '';
        io.stdout(
          `${e.at.toISOString().slice(0, 16).replace('T', ' ')}  ${e.helpful ? 'helpful    ' : 'not helpful'}  ${e.verdict}  [${e.clauseIds.join(', ')}]  ${oneLine(e.question)}${comment}`,
        );
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};

export interface FeedbackSummary {
  total: number;
  helpful: number;
  notHelpful: number;
  /** The first clause quoted in each answer that did not help, most often first. */
  notHelpfulByClause: { clause: string; count: number }[];
}

export function summarise(entries: readonly FeedbackEntry[]): FeedbackSummary {
  const counts = new Map<string, number>();
  for (const e of entries) {
    if (e.helpful) continue;
    const clause = e.clauseIds[0] ?? '(none: not covered)';
    counts.set(clause, (counts.get(clause) ?? 0) + 1);
  }
  const helpful = entries.filter((e) => e.helpful).length;
  return {
    total: entries.length,
    helpful,
    notHelpful: entries.length - helpful,
    notHelpfulByClause: [...counts]
      .map(([clause, count]) => ({ clause, count }))
      .sort((a, b) => b.count - a.count || a.clause.localeCompare(b.clause)),
  };
}

/**
 * Each clause's section and opening words ("6.2 \"Staff must not accept friend…\""), by id. Ids carry a hash of the
 * clause's text, so feedback on an older wording finds no name and is shown by its id; an unreadable policy names none.
 */
async function clauseNames(policyFile: string): Promise<Map<string, string>> {
  try {
    const policy = await loadPolicyFile(policyFile);
    return new Map(
      policy.document.clauses.map((c) => {
        const opening = c.text.length > 40 ? `${c.text.slice(0, 40)}…` : c.text;
        return [c.id, `${c.section ?? c.headingPath.at(-1) ?? '-'} "${opening}"`];
      }),
    );
  } catch {
    return new Map();
  }
}

/** Typed text on one line of the terminal, cut to a readable length (control characters shown as spaces). */
function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is replaced
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return flat.length > SHOWN ? `${flat.slice(0, SHOWN)}…` : flat;
}
