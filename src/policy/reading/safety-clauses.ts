import type { Clause } from '../types.js';
import { bindsStaff } from './evaluate.js';
import type { QuestionFrame } from './frame.js';
import type { ReadingView } from './verdict.js';

/**
 * Safety classes whose answer must quote what the policy says to do, not the rule the words happen to meet. Not
 * delay_or_secrecy: it fires on "can I just block him?" too, where the rule quoted is the answer; quoting the duty
 * there cost four right answers for none gained (docs/engine/figures.md).
 */
const ACT_NOW = new Set(['indecent_image', 'child_at_risk']);

/** The question falls in a safety class whose answer is what the policy says to do now. */
export function callsForAction(frame: QuestionFrame): boolean {
  return frame.safety.some((c) => ACT_NOW.has(c));
}

/**
 * A question about a child at risk or an indecent image is answered from the policy's own
 * duty to report: the sentences whose reading holds a duty to tell someone, or that are about reporting or
 * handling an image, nearest the question by the search's own ranking. Empty when no safety class that calls for
 * action fires or the policy has no such sentence among the hits. (Tried for every question asking whether, to whom
 * or by when to report: +1, -2, not kept.)
 */
export function reportingClauses(
  view: ReadingView,
  frame: QuestionFrame,
  search: () => readonly { clause: Clause }[],
  most = 2,
): Clause[] {
  if (!callsForAction(frame)) return [];
  const images = frame.safety.includes('indecent_image');
  const out: Clause[] = [];
  for (const { clause } of search()) {
    if (out.length >= most) break;
    const entries = view.entriesFor(clause);
    const reporting = entries.some(
      (e) =>
        bindsStaff(e) &&
        (e.duties.some((d) => d.act === 'tell') ||
          e.acts.includes('report_concern') ||
          (images && e.acts.includes('handle_image'))),
    );
    if (reporting) out.push(clause);
  }
  return out;
}
