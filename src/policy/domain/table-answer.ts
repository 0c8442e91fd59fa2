import { type Force, findRole } from './force.js';

/**
 * A rules table answers in a column of its own: "| Messaging a pupil from a personal phone | No | … |", "| Sharing
 * the school's posts | Yes | … |", "| Livestreaming an event | Ask first | … |". The row's force is that answer,
 * whatever the other cells' wording (a condition cell's "must be 18" is no duty). The answers are the short words of
 * any such table, held as data; a cell that is anything longer is not an answer.
 */
const ANSWERS: { force: Force; cell: RegExp }[] = [
  { force: 'must_not', cell: /^(no|never|not allowed|not permitted|not acceptable|unacceptable|don'?t|do not|✗|✘|x)$/ },
  { force: 'may', cell: /^(yes|allowed|permitted|acceptable|ok|okay|fine|✓|✔)$/ },
  {
    force: 'only_with_permission',
    cell: /^(ask( first)?|ask before|with (prior )?(permission|approval|agreement)|only with (permission|approval)|needs? (permission|approval)|permission needed|check first)$/,
  },
  { force: 'must', cell: /^(tell us|tell|report( it)?|report now|act now|must|required|inform|declare)$/ },
];

/** A permission the table itself advises against. */
const DISCOURAGED = /\b(strongly |firmly )?(discouraged|not recommended|not advised|inadvisable)\b/;

/** A tick or cross marking the column that answers. */
const MARK = /^[✓✔☑✅✗✘×xX●•]$/u;

/** The force a table row's answer cell gives it, with whose permission an "ask first" row needs; null if none. */
export function tableAnswer(
  text: string,
  header: string | null = null,
): { force: Force; permissionOf: string | null } | null {
  if (!/^\s*\|.*\|.*\|/.test(text)) return null;
  // "| Send a request to a pupil | | ✓ | |" under "| What | Yes | No | Ask first |": the mark answers in its column.
  if (header) {
    const row = text
      .split('|')
      .slice(1)
      .map((c) => c.trim());
    const heads = header
      .split('|')
      .slice(1)
      .map((c) => c.trim().toLowerCase());
    const marked = row.map((c, i) => (MARK.test(c) ? heads[i] : undefined)).filter((h): h is string => !!h);
    if (marked.length === 1) {
      const answer = ANSWERS.find((a) => a.cell.test(marked[0]!));
      if (answer) return { force: answer.force, permissionOf: null };
    }
  }
  const cells = text
    .split('|')
    .map((c) =>
      c
        .trim()
        .toLowerCase()
        .replace(/[.!]+$/, ''),
    )
    .filter((c) => c !== '');
  // The first cell says what the row is about; the answer is one of the cells after it.
  for (const cell of cells.slice(1, 3)) {
    const answer = ANSWERS.find((a) => a.cell.test(cell));
    if (!answer) continue;
    // "| Leaving privacy settings on public | Yes | Permitted, but strongly discouraged. |": leave the policy advises
    // against is advice not to.
    if (answer.force === 'may' && DISCOURAGED.test(cells.join(' ')))
      return { force: 'advised_not', permissionOf: null };
    const permissionOf = answer.force === 'only_with_permission' ? findRole(cells.slice(2).join(' ')) : null;
    return { force: answer.force, permissionOf };
  }
  return null;
}
