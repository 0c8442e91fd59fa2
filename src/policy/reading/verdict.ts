import type { Verdict } from '../answer.js';
import type { ParsedQuestion } from '../answering/question.js';
import type { Clause } from '../types.js';
import { textHash } from './carry.js';
import { type Evaluation, evaluate } from './evaluate.js';
import { frameOfParsed } from './frame-of-parsed.js';
import type { Reading, ReadingEntry } from './schema.js';

/**
 * Where the verdict comes from. `reading`: every verdict is worked out from the reading by the verdict rules.
 * `reviewed`: entries the owner has reviewed answer from the reading; the rest by the classic decision, which
 * the reading was drafted from. Chosen by measurement (docs/engine/figures.md).
 */
export const VERDICT_MODES = ['reading', 'reviewed'] as const;
export type VerdictMode = (typeof VERDICT_MODES)[number];

/** The loaded reading, looked up by clause. */
export class ReadingView {
  private readonly byHash = new Map<string, ReadingEntry>();

  constructor(readonly reading: Reading) {
    for (const e of reading.entries) {
      const hash = e.id.slice(e.id.lastIndexOf('#') + 1);
      if (!this.byHash.has(hash)) this.byHash.set(hash, e);
    }
  }

  entryFor(clause: Clause): ReadingEntry | undefined {
    return this.byHash.get(textHash(clause.text));
  }

  /** Reviewed as no rule for staff: left out when a member of staff asks what they may do. */
  reviewedNotForStaff(clause: Clause): boolean {
    const e = this.entryFor(clause);
    return !!e?.reviewed && e.binds !== 'staff' && e.binds !== 'roles';
  }
}

export interface ReadingVerdict {
  verdict: Verdict;
  evaluation: Evaluation;
  entry: ReadingEntry;
}

/** The reading's verdict on a chosen clause, or null when the classic decision stands. */
export function readingVerdict(
  view: ReadingView,
  mode: VerdictMode,
  q: ParsedQuestion,
  clause: Clause,
  now: Date,
): ReadingVerdict | null {
  const entry = view.entryFor(clause);
  if (!entry) return null;
  if (mode === 'reviewed' && !entry.reviewed) return null;
  const frame = frameOfParsed(q, now);
  const evaluation = evaluate(entry, frame, q.negativeAction || q.skipsReporting);
  return { verdict: evaluation.rule.verdict, evaluation, entry };
}

/** "Tell the DSL the same working day." from an entry's duties, or null. */
export function dutyInWords(entry: ReadingEntry): string | null {
  const tell = entry.duties.find((d) => d.act === 'tell' && (d.to || d.within));
  if (!tell) return null;
  const whom = tell.to ? ` ${tell.to}` : ' the school';
  const when = tell.within ? ` ${tell.within.replace(/^on /, '')}` : '';
  return `What your policy asks: tell${whom}${when}.`;
}
