/**
 * The numbers a question settles, written as staff write them: ages ("she's 17", "a 19-year-old", "an adult
 * now"), school years ("yr 9", "my year 3s", "reception") and when a former pupil left ("left in 2019", "left last
 * summer", "two years ago", "a 2022 leaver"). Patterns over the lower-cased, respelled text; the arithmetic on
 * dates is in understand.ts, which knows `now`.
 */

const SPELLED: Record<string, number> = {
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  'twenty-one': 21,
  'twenty one': 21,
  'twenty-two': 22,
  'twenty two': 22,
  'twenty-five': 25,
  thirty: 30,
};
const SPELLED_RE = new RegExp(
  `\\b(${Object.keys(SPELLED)
    .filter((w) => w.length > 2)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'g',
);

/** "seventeen" → "17", so one set of patterns reads both. "a"/"an" stay words (handled where they mean one). */
export function digits(lower: string): string {
  return lower.replace(SPELLED_RE, (w) => String(SPELLED[w]));
}

/** Ages: the first capture is the age. Checked in order; the first that yields 4–99 wins. */
export const AGE_PATTERNS: RegExp[] = [
  /\b(\d{1,2})[- ]?(?:years?|yrs?|yo)[- ]?old\b/,
  /\b(\d{1,2}) ?(?:yo|y\/o)\b/,
  /\b(?:aged?|turned|turns|turning|now|just|only|nearly|almost|already)\s+(\d{1,2})\b(?! ?(?:years? ago|am|pm|%|mins?|minutes|hours|days|weeks|months|quid|pounds|times|followers|of))/,
  /\b(?:is|'s|are|'re|was|were|be|being)\s+(?:now\s+|just\s+|only\s+|nearly\s+|almost\s+|already\s+|actually\s+)?(\d{1,2})\b(?! ?(?:years? ago|am|pm|%|mins?|minutes|hours|days|weeks|months|quid|pounds|times|followers|of|:|\.\d))/,
  /\b(\d{1,2}) now\b/,
  // "an ex sixth former, 19, wants to…", "a former pupil (20)": an age set beside the person, between commas or brackets.
  /\b(?:pupil|student|learner|former|leaver|lad|boy|girl|son|daughter|kid|child|he|she|they)\s?(?:,\s?(\d{1,2})\s?,|\((\d{1,2})\))/,
  /\b(\d{1,2}) (?:this|next) (?:year|month|week)\b/,
  // "girl who left last summer (17) has messaged me", "(17 i think)": a teenager's or young adult's age in brackets.
  /(?<!\b(?:section|para|paragraph|clause|point|rule|page|part|item|question|q)\s?)\(((?:1[0-9]|2[0-5]))(?:\s?(?:i think|ish|maybe|probably|now|i reckon))?\)/,
  // "he's in Year 11 at his senior school now, so 16 I think".
  /(?<!\b(?:year|yr|y|years|yrs|page|section|para|paragraph|question|q)\s?)\b(\d{1,2}) i (?:think|reckon|believe)\b/,
];

/** Ages said in words: the age they stand for. "under 18" is 17: the question settles that they are not 18. */
export const AGE_WORDS: [RegExp, number][] = [
  [
    /\b(?:is|'s|are|'re|now|turned|become|became|technically)(?: now| technically| legally| fully)? an? adult\b|\bgrown (?:wo)?man\b|\bover (?:18|eighteen)\b|\b18\+/,
    18,
  ],
  [/\bunder[- ]?(?:18|eighteen)\b|\ba minor\b/, 17],
  [/\bunder[- ]?(?:16|sixteen)\b/, 15],
  [/\bunder[- ]?(?:13|thirteen)\b/, 12],
];

/** School years: the capture is the year. Reception and nursery are below. */
export const YEAR_GROUP = /\b(?:years?|yrs?|y)\s?(\d{1,2})s?\b/;
export const YEAR_WORDS: [RegExp, number][] = [
  [/\breception\b(?! (?:desk|area|office|staff|team|class teacher))/, 0],
  [/\bnursery\b/, -1],
];

/** When a former pupil left. `year` is a four-digit year; the others count back from now. */
export const LEFT_PATTERNS: { re: RegExp; kind: 'year' | 'years_ago' | 'months_ago' | 'summers_ago' | 'last' }[] = [
  {
    re: /\b(?:left|leaving|finished|graduated|moved on|went)\b[^.?!]{0,25}?\b(?:in |back in |summer |july |june |of )?((?:19|20)\d\d)\b/,
    kind: 'year',
  },
  { re: /\b((?:19|20)\d\d) (?:leavers?|cohort|graduates?)\b|\bclass of ((?:19|20)\d\d)\b/, kind: 'year' },
  {
    re: /\b(?:left|leaving|finished|graduated)\b[^.?!]{0,25}?\b(\d{1,2}|a|an) (?:years?|yrs?) (?:ago|back)\b/,
    kind: 'years_ago',
  },
  { re: /\b(\d{1,2}|a|an) (?:years?|yrs?) (?:ago|back)\b[^.?!]{0,20}\b(?:left|leaving|finished)\b/, kind: 'years_ago' },
  { re: /\b(?:left|leaving|finished)\b[^.?!]{0,25}?\b(\d{1,2}|a|an) months? (?:ago|back)\b/, kind: 'months_ago' },
  { re: /\b(?:left|leaving|finished)\b[^.?!]{0,25}?\b(\d{1,2}|a|two) summers ago\b/, kind: 'summers_ago' },
  {
    re: /\b(?:left|leaving|finished|moved up|went)\b[^.?!]{0,25}?\b(?:last|this) (summer|july|june|year|term|academic year|school year)\b/,
    kind: 'last',
  },
  { re: /\b(?:left|leaving|finished)\b[^.?!]{0,10}?\b(?:in|at) (?:the )?(summer|july|june)\b/, kind: 'last' },
  { re: /\blast (?:year|summer)'s (?:leavers?|year 1[13]s?|cohort)\b/, kind: 'last' },
];

export function countOf(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (SPELLED[word] ?? Number.NaN);
}
