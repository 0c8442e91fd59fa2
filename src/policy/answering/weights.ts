/**
 * The blend weights of the re-ranking score (decide.ts `rerank`), in one place so they can be calibrated by
 * cross-validation over the question sets (test/policy/calibrate.ts) rather than edited one by one.
 * A clause's score is, roughly:
 *   bm25 * sqrt(bm25 / best bm25) + specificity * (question's rare words the clause holds)
 *   + concept * (rarity-weighted share of the question's concepts) + who * (share of who the question is about)
 *   + literal * (rarity-weighted share of the clause's own distinctive words that the question uses)
 *   - absent * (the clause has distinctive words and the question uses none of them)
 *   + rare * (share of the question's rare, lexicon-unknown words the clause holds), applied only when the
 *     clause ranked first holds none of them (decide.ts), so a clause naming "supplier" can overtake it
 *   + the smaller adjustments (force, intent, section, time and year-group agreement, ...).
 * The defaults are the leave-one-policy-out calibration's choice (specificity 0.35 -> 0.5, concept 0.4 -> 0.3,
 * who 0.45 -> 0.3, literal 0 -> 0.2; absent was searched and left at 0; rare 0 -> 0.1 once it became the gated share of
 * the question's rare words).
 * `RANK_WEIGHTS` is the live object: the engine reads it on every answer, so the calibration script can
 * change it in place; nothing else should.
 */
export interface RankWeights {
  /** The square-rooted BM25 score relative to the best hit. */
  bm25: number;
  /** Rarity-weighted share of the question's words (and paraphrases, concepts) the clause holds. */
  specificity: number;
  /** Rarity-weighted share of the question's `what` concepts the clause is tagged with. */
  concept: number;
  /** Rarity-weighted share of the question's `who` concepts the clause is tagged with. */
  who: number;
  /** Rarity-weighted share of the clause's distinctive words ("full names", "by mistake") the question uses. */
  literal: number;
  /** Taken off a clause whose distinctive words are all absent from the question. */
  absent: number;
  /** Share of the question's rare words the clause holds, when the first-ranked clause holds none (0..1). */
  rare: number;
  /** A clause about the question's time gains this; one about another time loses `timeClash`. */
  timeAgree: number;
  timeClash: number;
  /** Year groups / key stages that agree or clash with the question's. */
  yearAgree: number;
  yearClash: number;
  /** Taken off clauses under introduction/scope/definitions headings. */
  weakSection: number;
  /**
   * Share of the gap to the best-matching scene (a descriptive sentence) under the same heading that a rule there
   * gains: "A parent sends a Dojo message at 9.30 pm …" is found by the question's words, and the rule under it
   * ("Staff must not reply to parents outside 8.00 am to 5.00 pm") is the answer.
   */
  scene: number;
}

export const DEFAULT_RANK_WEIGHTS: Readonly<RankWeights> = Object.freeze({
  bm25: 1,
  specificity: 0.5,
  concept: 0.3,
  who: 0.3,
  literal: 0.2,
  absent: 0,
  rare: 0.1,
  timeAgree: 0.2,
  timeClash: 0.35,
  yearAgree: 0.3,
  yearClash: 0.35,
  weakSection: 0.15,
  scene: 0.8,
});

export const RANK_WEIGHTS: RankWeights = { ...DEFAULT_RANK_WEIGHTS };

/** Replaces the live weights (calibration only); returns the previous ones. */
export function setRankWeights(next: Partial<RankWeights>): RankWeights {
  const before = { ...RANK_WEIGHTS };
  Object.assign(RANK_WEIGHTS, next);
  return before;
}
