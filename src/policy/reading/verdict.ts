import type { Verdict } from '../answer.js';
import type { ParsedQuestion } from '../answering/question.js';
import type { Clause } from '../types.js';
import { textHash } from './carry.js';
import {
  bindsStaff,
  type Evaluation,
  evaluate,
  forceClass,
  onQuestionParty,
  onQuestionPlatform,
  partyMatch,
  type Stance,
  sharesAct,
} from './evaluate.js';
import type { QuestionFrame } from './frame.js';
import type { Reading, ReadingEntry } from './schema.js';
import { RELATION_FACTS } from './vocabulary.js';

/**
 * Where the verdict comes from. `reading`: every verdict is worked out from the reading by the verdict rules.
 * `reviewed`: entries the owner has reviewed answer from the reading; the rest by the classic decision, which
 * the reading was drafted from. Chosen by measurement (docs/engine/figures.md).
 */
export const VERDICT_MODES = ['reading', 'reviewed'] as const;
export type VerdictMode = (typeof VERDICT_MODES)[number];

/** The loaded reading, looked up by clause. */
export class ReadingView {
  private readonly byHash = new Map<string, ReadingEntry[]>();

  constructor(readonly reading: Reading) {
    for (const e of reading.entries) {
      // "3.1#9f31c0:2" is the second rule of the sentence whose hash is 9f31c0; ".2" marks a repeated sentence.
      const hash = /#([0-9a-f]+)/.exec(e.id)?.[1] ?? e.id;
      const list = this.byHash.get(hash) ?? [];
      if (!list.some((x) => x.id.split(':')[0] !== e.id.split(':')[0])) list.push(e);
      this.byHash.set(hash, list);
    }
  }

  /** The entries of a sentence: one, or one per rule it holds. */
  entriesFor(clause: Clause): readonly ReadingEntry[] {
    return this.byHash.get(textHash(clause.text)) ?? [];
  }

  /** The entry of a sentence that a question is about: the rule sharing its acts, then its words. */
  entryFor(
    clause: Clause,
    frame?: { acts: readonly string[]; platforms?: readonly string[] },
    folded = '',
  ): ReadingEntry | undefined {
    const entries = this.entriesFor(clause);
    if (entries.length <= 1 || !frame) return entries[0];
    const words = new Set(folded.match(/[a-z]{4,}/g) ?? []);
    let best = entries[0];
    let bestScore = -1;
    for (const e of entries) {
      const acts = e.acts.filter((a) => frame.acts.includes(a)).length;
      const shared = (e.part?.match(/[a-z]{4,}/g) ?? []).filter((w) => words.has(w)).length;
      // "… except on LinkedIn, where …": the rule naming the question's platform is the one it asks about.
      const platform = e.platforms.some((p) => frame.platforms?.includes(p.toLowerCase())) ? 5 : 0;
      const score = acts * 10 + platform + shared;
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  /** Reviewed as no rule for staff: left out when a member of staff asks what they may do. */
  reviewedNotForStaff(clause: Clause): boolean {
    const entries = this.entriesFor(clause);
    return entries.length > 0 && entries.every((e) => e.reviewed && !bindsStaff(e));
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
  frame: QuestionFrame,
): ReadingVerdict | null {
  const entries = view.entriesFor(clause);
  if (mode === 'reviewed' && !entries.some((e) => e.reviewed)) return null;
  const entry = view.entryFor(clause, frame, q.folded);
  if (!entry) return null;
  if (mode === 'reviewed' && !entry.reviewed) return null;
  // "You may name the school as your employer on LinkedIn" says nothing of Facebook: the rule names other platforms
  // than the question's, so it does not decide.
  if (frame.platforms.length > 0 && !onQuestionPlatform(entry, frame)) return null;
  // "You may be connected to parents" says nothing of a former pupil: leave for another party is no leave for the
  // question's, nor is leave for a named party an answer to a question that names none ("a 19 yr old cellist in
  // the youth orchestra"), so it does not decide; unless the leave is for a relationship the question has ("a parent
  // who is your sister", "my sister's boy"). A ban on another party is left to the verdict rules, which read it
  // safely. (Keeping the reading's no or "it depends" from such leave, and dropping only its yes, did worse.)
  const force = forceClass(entry);
  const forOthers = partyMatch(entry, frame.party) === 'other' || (!frame.party && entry.parties.length > 0);
  if ((force === 'permission' || force === 'permission_needed') && forOthers && !forRelationHeld(entry, frame))
    return null;
  const evaluation = evaluate(entry, frame, stanceOf(q, frame));
  return { verdict: evaluation.rule.verdict, evaluation, entry };
}

/** The entry's conditions name a kind of relationship the question says the asker has. */
function forRelationHeld(entry: ReadingEntry, frame: QuestionFrame): boolean {
  const related = [...RELATION_FACTS].some((f) => frame.facts[f] === true);
  if (related && entry.parties.includes('family')) return true;
  return [...entry.provided, ...entry.unless].some((c) => RELATION_FACTS.has(c.fact) && frame.facts[c.fact] === true);
}

/**
 * "What your policy asks: tell the DSL the same working day." from the first of these sentences whose reading
 * holds a duty to tell someone, or null. The policy's own deadline is stated, never one of ours.
 */
export function dutyInWords(view: ReadingView, clauses: readonly Clause[]): string | null {
  const tell = clauses
    .flatMap((c) => view.entriesFor(c))
    .flatMap((e) => e.duties)
    .find((d) => d.act === 'tell' && d.to && d.within);
  if (!tell) return null;
  const whom = tell.to ? ` ${tell.to}` : ' the school';
  const when = tell.within ? ` ${tell.within.replace(/^on /, '')}` : '';
  return `What your policy asks: tell${whom}${when}.`;
}

/**
 * In doubt a prohibition beats a permission: a "yes" from the reading stands only if no other sentence close to
 * the question (the search's nearest few) forbids the same act for the same people on the same facts.
 */
export function prohibitionNearby(
  view: ReadingView,
  mode: VerdictMode,
  frame: QuestionFrame,
  stance: Stance,
  near: readonly Clause[],
): { clause: Clause; entry: ReadingEntry } | null {
  for (const clause of near)
    for (const entry of view.entriesFor(clause)) {
      if (mode === 'reviewed' && !entry.reviewed) continue;
      if (!bindsStaff(entry) || !sharesAct(entry, frame) || !onQuestionParty(entry, frame)) continue;
      // "… on any other platform (Instagram, Facebook …)" is no ban on LinkedIn.
      if (frame.platforms.length > 0 && !onQuestionPlatform(entry, frame)) continue;
      if (evaluate(entry, frame, stance).rule.verdict === 'not_allowed') return { clause, entry };
    }
  return null;
}

/**
 * The asker's stance, from both readings of the question: refusing the other person's act ("can I just decline
 * it?") and omitting a duty ("can I leave it till Monday?", "do I have to tell anyone?").
 */
export function stanceOf(q: ParsedQuestion, frame: QuestionFrame): Stance {
  return { refusing: q.negativeAction, omitting: q.skipsReporting || frame.negated };
}

/**
 * A "yes" from the classic decision meets a ban the answer itself quotes: in doubt a prohibition beats a permission,
 * but only where the ban is plainly the question's own case. It names the question's party, forbids its main act,
 * has no exception or end of its own, and the question shows nothing that a permission could turn on: no condition
 * of the permission met, no family or prior friendship, no school account, system or device, no one but the asker.
 * (Taken wider, to any quoted ban, it cost 27 right answers for 11 fewer wrong yeses: docs/engine/figures.md.)
 */
export function quotedBan(
  view: ReadingView,
  frame: QuestionFrame,
  stance: Stance,
  chosen: Clause,
  quoted: readonly Clause[],
  askerIsStaff: boolean,
): { clause: Clause; entry: ReadingEntry } | null {
  if (!askerIsStaff || !frame.party || frame.acts.length === 0) return null;
  const f = frame.facts;
  if (f.own_child || f.relative || f.immediate_family || f.known_before) return null;
  if (f.official_account || f.school_system || f.school_device) return null;
  const permission = view.entryFor(chosen, frame);
  if (permission) {
    const { standing } = evaluate(permission, frame, stance);
    if (standing.provided === 'holds' || standing.unless === 'holds') return null;
  }
  const ban = prohibitionNearby(
    view,
    'reading',
    frame,
    stance,
    quoted.filter((c) => c !== chosen),
  );
  if (!ban) return null;
  const { entry } = ban;
  const plain =
    entry.parties.includes(frame.party) &&
    entry.acts.includes(frame.acts[0]!) &&
    entry.unless.length === 0 &&
    entry.until.length === 0;
  return plain ? ban : null;
}
