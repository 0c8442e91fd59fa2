/** Age and leaving limits on a rule: whom it still covers ("under 18", "until two years after leaving"). */
import { fold } from '../domain/text.js';
import type { ParsedQuestion } from './question.js';

/** The question is about someone still at the school: a pupil, with nothing said of their having left. */
export function stillOnRoll(q: ParsedQuestion): boolean {
  return (
    q.concepts.who.has('pupil') &&
    !q.concepts.who.has('former_pupil') &&
    !/\b(left|leaver|leavers|graduated|finished (school|college|year 1[13]))\b/.test(q.folded)
  );
}

/** "once the former student is aged 18 or over", "students over the age of 18": the youngest a permission is for. */
const FROM_AGE =
  /\baged? (\d{1,2})(?: years)?(?: old)? (?:or over|or older|and over|and above)\b|\bover the age of (\d{1,2})\b|\b(\d{1,2}) (?:years old )?or (?:over|older)\b|\b(\d{1,2})\+/;

export function permittedFromAge(text: string): number | null {
  const m = FROM_AGE.exec(fold(text));
  if (!m) return null;
  const n = Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return n >= 11 && n <= 25 ? n : null;
}

const UNTIL_AGE =
  /\buntil (?:(?:they|he|she|the (?:\w+ )?(?:pupils?|students?|learners?|child|children|young person|person))(?: (?:have|has|are|is))? )?(?:at least |both )?(?:reach(?:ed|es)?|turn(?:ed|s)?|attain(?:ed|s)?|aged?)? ?(?:at least )?(?:the age of |age )?(\d{1,2})\b([^.;]*)/;

/**
 * Whether a rule held "until they reach the age of N" still holds for the age the question states:
 * 'applies' below N, 'lapsed' at N or over, 'lapsed_other' when a further condition ("and twelve months
 * have passed") still stands; null when the rule has no age limit or the question gives no age.
 */
export function ageGate(q: ParsedQuestion, text: string): 'applies' | 'lapsed' | 'lapsed_other' | null {
  if (q.age === null) return null;
  const folded = fold(text);
  const m = UNTIL_AGE.exec(folded) ?? UNDER_AGE.exec(folded);
  if (!m) return null;
  if (q.age < Number(m[1])) return 'applies';
  // "… under 18 or who is an adult at risk", asked about a 22-year-old with an EHCP: the other limb holds.
  if (AT_RISK_LIMB.test(m[2]!) && AT_RISK_ASKED.test(q.folded)) return 'applies';
  return /^\s*(?:years? old )?(?:,? ?and|,? ?or|,? ?provided|,? ?unless)\b/.test(m[2]!) ? 'lapsed_other' : 'lapsed';
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
};
const numberOf = (w: string): number => (/^\d+$/.test(w) ? Number(w) : (NUMBER_WORDS[w] ?? Number.NaN));

/** An age limit's other limb: "or who is an adult at risk", "or a vulnerable adult". */
const AT_RISK_LIMB =
  /^[^.;]{0,20}\bor (?:who (?:is|are) )?(?:an? )?(?:adults? at risk|vulnerable (?:adults?|persons?|people|learners?|students?|young (?:people|person)))\b/;
/** What in a question marks an adult as one the rules on adults at risk protect. */
const AT_RISK_ASKED =
  /\b(ehcp|ehc plan|education,? health and care plan|sen|special (educational )?needs|learning (disability|disabilities|difficult(y|ies))|vulnerable|at risk|care leaver)\b/;

/** "If a former pupil under 21 contacts …", "students aged under 18": a rule for people below an age. */
const UNDER_AGE =
  /\b(?:pupils?|students?|learners?|child|children|young (?:person|people)|persons?|people|boarders?|leavers?|ashdownians?|alumni)(?: who (?:are|is)| aged| of)? (?:under|below|younger than) (?:the age of |age )?(\d{1,2})\b([^.;]*)/;

/**
 * "until at least three years have passed since they left", "for two years after leaving", "who left within the last
 * 2 years", "until they … have left the Academy for two years".
 */
const UNTIL_YEARS_LEFT =
  /\b(?:until (?:at least )?(\w+) (?:full )?years? (?:have |has )?(?:passed|elapsed|gone by)? ?(?:since|after) (?:they|he|she|the (?:\w+ )?(?:pupil|student|learner|child|young person)) (?:have |has )?left|for (?:at least )?(\w+) (?:full )?years? (?:after|since) (?:they|he|she|the (?:\w+ )?(?:pupil|student|learner|child|young person)) (?:have |has )?(?:left|leave)|for (?:at least )?(\w+) (?:full )?years? after leaving|(?:who|that) (?:have |has )?left[^.;]{0,40}\b(?:in|within) the (?:last|past|previous) (\w+) years?|until [^.;]{0,40}\b(?:have|has) left (?:the (?:\w+ )?|school |us )?for (?:at least )?(\w+) years?|(?:have|has) (?:also )?left [^.;]{0,40}?\bat least (\w+) years? (?:earlier|before|beforehand|previously|ago)|\band at least (\w+) (?:full )?years? (?:have |has )?(?:passed|elapsed|gone by) (?:since|after) (?:they|he|she|the (?:\w+ )?(?:pupil|student|learner|child|young person)) (?:have |has )?left)\b/;
/** "left about 5 years back", "left two years ago", "left last year". */
const YEARS_SINCE_LEFT =
  /\bleft (?:school |us |the school )?(?:about |around |over |nearly |almost |roughly |more than )?(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten) years? (?:ago|back)\b|\bleft (?:school |us |the school |here )?(?:last|this) (?:year|summer|july|june|term)\b|\bleft (?:school |us |the school )?(?:about |around |over |nearly |almost |roughly |more than )?(\d{1,2}|six|eighteen|a few|a couple of) months? (?:ago|back)\b/;

/**
 * Whether a rule held for so many years after a pupil leaves still holds for the time the question gives:
 * 'applies' within it, 'lapsed' after it; null when the rule has no such limit or the question gives no time.
 */
export function leftGate(q: ParsedQuestion, text: string): 'applies' | 'lapsed' | 'lapsed_other' | null {
  const asked = YEARS_SINCE_LEFT.exec(q.folded);
  if (!asked) return null;
  const folded = fold(text);
  const rule = UNTIL_YEARS_LEFT.exec(folded);
  if (!rule) return null;
  // "left about 18 months ago": months, as a share of a year; "a few months ago" counts as less than one.
  const months =
    asked[2] === undefined ? undefined : /^\d+$/.test(asked[2]) ? Number(asked[2]) : asked[2] === 'eighteen' ? 18 : 6;
  const years = months !== undefined ? months / 12 : asked[1] ? numberOf(asked[1]) : 1;
  const limit = numberOf((rule[1] ?? rule[2] ?? rule[3] ?? rule[4] ?? rule[5] ?? rule[6] ?? rule[7])!);
  if (Number.isNaN(years) || Number.isNaN(limit)) return null;
  if (years < limit) return 'applies';
  // "until they are at least 18 and have left for two years", "… unless they are family": another condition stands.
  const rest = folded.slice(0, rule.index) + folded.slice(rule.index + rule[0].length);
  return /\b(and|or)\b/.test(rule[0]) || /\b(unless|except|provided|as long as|so long as|if|until)\b/.test(rest)
    ? 'lapsed_other'
    : 'lapsed';
}
