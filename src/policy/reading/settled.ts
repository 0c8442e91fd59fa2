import type { Verdict } from '../answer.js';
import type { Clause } from '../types.js';
import {
  bindsStaff,
  conditionStanding,
  type Evaluation,
  evaluate,
  onQuestionParty,
  onQuestionPlatform,
  type Stance,
  sharesAct,
} from './evaluate.js';
import type { QuestionFrame } from './frame.js';
import type { Condition, ReadingEntry } from './schema.js';
import { quotedBan, type ReadingView } from './verdict.js';
import { WHO_THEY_ARE } from './vocabulary.js';

/**
 * The classic verdict, refined by what the reading says of the question's own facts (who the person is, what the
 * asker asks). Each step speaks of meanings, is tested with plain values (test/policy/reading/specific-permission
 * .test.ts) and was kept only for what it did on material it was not written for (docs/engine/figures.md).
 */
export interface Refining {
  view: ReadingView;
  frame: QuestionFrame;
  stance: Stance;
  chosen: Clause;
  /** The clauses the answer quotes, the chosen one first. */
  cited: readonly Clause[];
  /** The paragraphs the chosen clause is "subject to" or excepts ("except as set out in 7.2"), wherever they stand. */
  referenced?: readonly Clause[];
  /** The question, folded, to pick the rule of a sentence that holds several. */
  folded: string;
  askerIsStaff: boolean;
  /** The verdict came from the reading: reviewed by the owner, or drafted. Null: from the classic decision. */
  fromReading: { reviewed: boolean } | null;
}

/** What the drafter says it could not read of a rule's conditions or exceptions. */
const UNREAD_CONDITION = /condition|exception/;

export function refineVerdict(verdict: Verdict, r: Refining): Verdict {
  const { view, frame, stance, cited } = r;
  const reviewed = r.fromReading?.reviewed === true;
  // In doubt a prohibition beats a permission: a classic "yes" against a ban the answer itself quotes; a classic
  // "yes" on a permission for some people only, when the question shows or leaves open that this is not one of them.
  if (verdict === 'allowed' && !r.fromReading) {
    if (quotedBan(view, frame, stance, r.chosen, cited, r.askerIsStaff)) verdict = 'not_allowed';
    else verdict = permissionForOthers(view, frame, stance, r.chosen, r.folded)?.rule.verdict ?? verdict;
  }
  // "I'm not the leader": leave the policy gives to a role the asker says is not theirs is no leave for them.
  if (!reviewed && verdict !== 'not_allowed' && verdict !== 'guidance' && forAnotherRole(view, frame, stance, r))
    verdict = 'not_allowed';
  if (verdict === 'depends' && !reviewed) {
    if (settledAgainst(view, frame, stance, cited)) verdict = 'not_allowed';
    else if (settledFor(view, frame, stance, cited)) verdict = 'allowed';
  }
  if (verdict === 'not_allowed' && !reviewed)
    verdict =
      metPermission(view, frame, stance, [...cited, ...(r.referenced ?? [])])?.evaluation.rule.verdict ?? verdict;
  // "Until two full academic years have passed since they left", asked with no word of when she left: a classic "no"
  // on a ban that lapses is "it depends", naming what it turns on, as the reading's own rule would say.
  if (verdict === 'not_allowed' && !reviewed && mayHaveLapsed(view, frame, stance, r)) verdict = 'depends';
  // "Do I need to tell anyone?", "who does this go to?": a question about a duty to report is answered with what
  // to do, never with a "no" from the rule the situation broke, which would read as "no need to tell anyone".
  if (verdict === 'not_allowed' && asksAboutReporting(frame, stance)) verdict = 'guidance';
  return verdict;
}

function forAnotherRole(view: ReadingView, frame: QuestionFrame, stance: Stance, r: Refining): boolean {
  const entry = view.entryFor(r.chosen, frame, r.folded);
  return entry?.binds === 'roles' && evaluate(entry, frame, stance).rule.id === 'permission-for-another-role';
}

/** The chosen rule is a ban on the question's act and party that ends once facts hold that the question leaves open. */
function mayHaveLapsed(view: ReadingView, frame: QuestionFrame, stance: Stance, r: Refining): boolean {
  const entry = view.entryFor(r.chosen, frame, r.folded);
  if (!entry || entry.until.length === 0 || !onQuestionParty(entry, frame) || !sharesAct(entry, frame)) return false;
  return evaluate(entry, frame, stance).rule.id === 'prohibition-may-have-lapsed';
}

function asksAboutReporting(frame: QuestionFrame, stance: Stance): boolean {
  if (stance.omitting) return false;
  if (frame.intent === 'who_to_tell' || frame.intent === 'by_when') return true;
  return (frame.intent === 'must_i' || frame.intent === 'what_to_do') && frame.acts[0] === 'report_concern';
}

/**
 * The most specific rule wins: a "no" gives way to a permission the answer itself quotes when the question meets
 * that permission's own condition. The permission binds staff, is about one of the question's acts, names the
 * question's party (or no party) and its platform (or none), and at least one of its conditions holds on the
 * question's facts with none failing ("a parent you knew before the pupil joined", "a former pupil of 18 or over
 * on LinkedIn"). A condition the question leaves open makes the answer depend on it, never a plain yes.
 */
export function metPermission(
  view: ReadingView,
  frame: QuestionFrame,
  stance: Stance,
  quoted: readonly Clause[],
): { clause: Clause; entry: ReadingEntry; evaluation: Evaluation } | null {
  if (frame.acts.length === 0 || stance.omitting) return null;
  for (const clause of quoted)
    for (const entry of view.entriesFor(clause)) {
      if (!bindsStaff(entry) || (entry.force !== 'may' && entry.force !== 'may_with_permission')) continue;
      // A condition the drafter could not read may be the one the question fails.
      if (!entry.reviewed && entry.uncertain.some((u) => UNREAD_CONDITION.test(u))) continue;
      if (!sharesAct(entry, frame) || !onQuestionPlatform(entry, frame) || !onQuestionParty(entry, frame)) continue;
      const conditions = [...entry.provided, ...entry.unless];
      const standings = conditions.map((c) => conditionStanding(c, frame));
      if (standings.includes('fails')) continue;
      if (!conditions.some((c, i) => standings[i] === 'holds' && WHO_THEY_ARE.has(c.fact))) continue;
      const evaluation = evaluate(entry, frame, stance);
      if (evaluation.rule.verdict === 'not_allowed') continue;
      return { clause, entry, evaluation };
    }
  return null;
}

/**
 * A "yes" from the classic decision on a permission that is only for some people ("staff whose own children are
 * pupils may…"): when the question shows the person is not one of them, or does not say, the permission's own
 * proviso decides ("no" or "it depends on …"). Only facts about who the person is count here (see WHO_THEY_ARE).
 */
export function permissionForOthers(
  view: ReadingView,
  frame: QuestionFrame,
  stance: Stance,
  chosen: Clause,
  folded: string,
): Evaluation | null {
  const entry = view.entryFor(chosen, frame, folded);
  if (entry?.force !== 'may' || !bindsStaff(entry)) return null;
  const who = entry.provided.filter((c) => WHO_THEY_ARE.has(c.fact));
  if (who.length === 0) return null;
  const standings = who.map((c) => conditionStanding(c, frame));
  if (!standings.includes('fails') && !standings.includes('unknown')) return null;
  const evaluation = evaluate(entry, frame, stance);
  return evaluation.rule.verdict === 'allowed' ? null : evaluation;
}

/**
 * An "it depends" the question has already settled: a quoted rule on the question's own act and party turns on who
 * the person is (their age, when they left, how they are related), and the question says that condition fails, so
 * the ban still stands ("until they are 18 and left two years ago": left last July) or the permission does not
 * reach them ("only once they are 19": she is 18). Only facts about who the person is count (WHO_THEY_ARE).
 */
export function settledAgainst(
  view: ReadingView,
  frame: QuestionFrame,
  stance: Stance,
  quoted: readonly Clause[],
): { clause: Clause; entry: ReadingEntry; evaluation: Evaluation } | null {
  if (frame.acts.length === 0 || !frame.party) return null;
  for (const { clause, entry } of entriesOnQuestion(view, frame, quoted)) {
    const deciding = decidingConditions(entry);
    if (!deciding.some((c) => WHO_THEY_ARE.has(c.fact) && conditionStanding(c, frame) === 'fails')) continue;
    const evaluation = evaluate(entry, frame, stance);
    if (evaluation.rule.verdict === 'not_allowed') return { clause, entry, evaluation };
  }
  return null;
}

/**
 * The other side of settledAgainst: an "it depends" whose every condition the question settles as met. A quoted
 * rule on the question's own act and party turns only on who the person is, each of its conditions holds ("only
 * when they are 19 or older and left two years ago": she is 20 and left three years ago), and no other quoted ban
 * on the same act and party still stands. Then the answer is the rule's own.
 */
export function settledFor(
  view: ReadingView,
  frame: QuestionFrame,
  stance: Stance,
  quoted: readonly Clause[],
): { clause: Clause; entry: ReadingEntry; evaluation: Evaluation } | null {
  if (frame.acts.length === 0 || !frame.party || stance.omitting) return null;
  // Never a "yes" about someone still at the school: private contact with a pupil is a safety question, whatever
  // their age, and safety is not left to a condition the drafter read (an 18-year-old in Year 13 meets "until 18").
  if (frame.party === 'current_pupil' || frame.party === 'family' || frame.facts.on_roll === true) return null;
  const relevant = entriesOnQuestion(view, frame, quoted).map((r) => ({
    ...r,
    evaluation: evaluate(r.entry, frame, stance),
  }));
  if (relevant.some((r) => r.evaluation.rule.verdict === 'not_allowed')) return null;
  for (const r of relevant) {
    const deciding = decidingConditions(r.entry);
    if (deciding.length === 0 || !deciding.every((c) => WHO_THEY_ARE.has(c.fact))) continue;
    // A condition or exception the drafter could not read may be the one the question fails; a doubt about whom the
    // rule binds is not (bindsStaff already took it to be staff).
    if (r.entry.unless.length > 0 || (!r.entry.reviewed && r.entry.uncertain.some((u) => UNREAD_CONDITION.test(u))))
      continue;
    if (deciding.every((c) => conditionStanding(c, frame) === 'holds') && r.evaluation.rule.verdict === 'allowed')
      return r;
  }
  return null;
}

/**
 * The quoted entries on the question's own case: rules for staff, about one of its acts, naming its party, on its
 * platform (or on none).
 */
function entriesOnQuestion(
  view: ReadingView,
  frame: QuestionFrame,
  quoted: readonly Clause[],
): { clause: Clause; entry: ReadingEntry }[] {
  const party = frame.party;
  if (!party) return [];
  return quoted.flatMap((clause) =>
    view
      .entriesFor(clause)
      .filter((e) => bindsStaff(e) && sharesAct(e, frame) && e.parties.includes(party) && onQuestionPlatform(e, frame))
      .map((entry) => ({ clause, entry })),
  );
}

/** What a rule turns on: a permission's proviso, a ban's end. */
function decidingConditions(entry: ReadingEntry): readonly Condition[] {
  return entry.force === 'may' ? entry.provided : entry.force === 'must_not' ? entry.until : [];
}

/**
 * A drafted "yes" whose answer also quotes a ban on the question's act, for its party or for anyone, that fits the
 * question's own words at least as closely as the permission does ("may use phones in the staff room" beside "must
 * not be carried … on the playground", asked about playground duty). Unless the permission turns on who the person is
 * and the question says they are that person (their own son), which of the two applies is for the asker to see:
 * the answer is "it depends", quoting both. Asking "no" instead broke six right answers for the same four wrong
 * yeses (docs/engine/figures.md).
 */
export function banBesidePermission(
  view: ReadingView,
  frame: QuestionFrame,
  stance: Stance,
  chosen: Clause,
  cited: readonly Clause[],
  closeness: (clause: Clause) => number,
  prevailing: readonly Clause[] = [],
): Clause | null {
  if (frame.acts.length === 0 || stance.refusing) return null;
  const permission = view.entryFor(chosen, frame);
  const conditions = permission ? [...permission.provided, ...permission.unless] : [];
  if (conditions.some((c) => WHO_THEY_ARE.has(c.fact) && conditionStanding(c, frame) === 'holds')) return null;
  const own = closeness(chosen);
  // A paragraph the permission is "subject to" prevails however closely it fits.
  for (const clause of [...prevailing, ...cited]) {
    const prevails = prevailing.includes(clause);
    if (clause === chosen || (!prevails && closeness(clause) < own)) continue;
    for (const e of view.entriesFor(clause)) {
      if (e.force !== 'must_not' && e.force !== 'should_not') continue;
      // A paragraph the permission is subject to limits the permission's own acts, however the question words them.
      const onAct = prevails && permission ? e.acts.some((a) => permission.acts.includes(a)) : sharesAct(e, frame);
      if (!bindsStaff(e) || !onAct || !onQuestionPlatform(e, frame) || !onQuestionParty(e, frame)) continue;
      if (evaluate(e, frame, stance).rule.verdict === 'not_allowed') return clause;
    }
  }
  return null;
}
