/**
 * A sentence that reports a rule not in force here: the old version a policy update quotes ("Previously (2024
 * policy, para 5.1): 'Staff may accept …'"), what other schools or employers do ("Most schools tell staff they must
 * never …"), a myth the policy corrects. It is read, indexed and shown to the policy owner as information, and never
 * quoted as the school's rule.
 */
const REPORTED_OPENING = new RegExp(
  [
    // An earlier version, labelled as such.
    String.raw`(previously|formerly|in the past|until now|up to now)\b`,
    String.raw`old (rule|policy|wording|version)\b`,
    String.raw`(before|was|old|then)\s*:`,
    String.raw`the (old|previous|former|earlier|\d{4}) (rule|policy|version|guidance|code)[^.:]{0,40}\b(said|says|stated|read|was|allowed|required)\b`,
    // The writer's own earlier word: "In September I wrote: …", "Last year we said …".
    String.raw`((in|back in|last) (january|february|march|april|may|june|july|august|september|october|november|december|term|year|spring|summer|autumn)|earlier this (term|year)|originally)[, ]+(i|we) (wrote|said|told you|asked you|announced)\b`,
    // Someone else's practice.
    String.raw`(most|many|some|other|a lot of) (schools|employers|trusts|academies|colleges|organisations)\b[^.]{0,20}\b(tell|say|ask|require|have|expect|ban|allow|let|used to)\b`,
    // A belief the policy sets right.
    String.raw`myths?\b`,
    String.raw`(a )?(common )?misconception\b`,
    String.raw`you (may|might) have heard\b`,
    String.raw`some (people|staff|colleagues) (think|say|believe|assume)\b`,
    String.raw`it is (often|commonly|sometimes|widely) (said|thought|believed|assumed)\b`,
  ]
    .map((p) => `(?:${p})`)
    .join('|'),
);

/** Whether the sentence (folded) opens by reporting a rule that is not this school's now. */
export function reportsOtherRule(folded: string): boolean {
  const start = /[a-z0-9]/.exec(folded);
  return !!start && REPORTED_OPENING.exec(folded.slice(start.index))?.index === 0;
}
