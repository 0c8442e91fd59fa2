/**
 * Which school years a text speaks of, so "a Year 1 class" meets "Reception and Key Stage 1" and not
 * "Key Stage 2". England's phases as data: Reception is year 0 (EYFS takes in nursery, -1), KS1 is years
 * 1–2, KS2 3–6, KS3 7–9, KS4 10–11, sixth form 12–13. "Lower school" and "upper school" mean different
 * years in different schools, so they say only that the text is about an age group (`ambiguous`).
 */
export interface YearGroups {
  years: Set<number>;
  /** The text names an age group whose years this school defines ("Lower School"). */
  ambiguous: boolean;
}

const RANGE = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

const PHASES: [RegExp, number[]][] = [
  [/\b(early years( foundation stage)?|eyfs|foundation stage|nursery)\b/g, [-1, 0]],
  [/\breception\b(?! (desk|area|office|staff|team))/g, [0]],
  [/\b(key stage|ks) ?(1|one)\b/g, RANGE(1, 2)],
  [/\b(key stage|ks) ?(2|two)\b/g, RANGE(3, 6)],
  [/\b(key stage|ks) ?(3|three)\b/g, RANGE(7, 9)],
  [/\b(key stage|ks) ?(4|four)\b/g, RANGE(10, 11)],
  [/\b(key stage|ks) ?(5|five)\b|\bsixth[- ]?form(ers?)?\b|\by(ear)?s? ?1[23]s?\b/g, RANGE(12, 13)],
  [/\binfants?\b(?! school)/g, RANGE(0, 2)],
  [/\bjuniors?\b(?! school)/g, RANGE(3, 6)],
];

/** "Year 6", "yr 9", "y10", "Classes 9 and 10", "years 7 to 9", "year 3s". */
const NUMBERED =
  /\b(?:years?|yrs?|y|class(?:es)?)\s?(\d{1,2})s?(?:\s?(?:and|to|-|–|or|&)\s?(?:years?\s?|classes?\s?)?(\d{1,2})s?)?\b/g;

export function yearGroupsOf(folded: string): YearGroups {
  const years = new Set<number>();
  for (const m of folded.matchAll(NUMBERED)) {
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    // "class 10" in a school of classes 1–12 is a year; "year 2025" is a date, not a year group.
    if (a > 13 || b > 13) continue;
    const joined = /\bto\b|-|–/.test(m[0]) ? RANGE(Math.min(a, b), Math.max(a, b)) : [a, b];
    for (const y of joined) years.add(y);
  }
  for (const [re, ys] of PHASES) if (re.test(folded)) for (const y of ys) years.add(y);
  for (const [re] of PHASES) re.lastIndex = 0;
  return { years, ambiguous: /\b(lower|upper|middle) school\b/.test(folded) };
}

/**
 * How a clause's age groups sit with the question's: `agree` when they share a year (or the clause names an
 * age group the school defines), `clash` when both name years and none is shared, `none` otherwise.
 */
export function yearAgreement(question: YearGroups, clause: YearGroups): 'agree' | 'clash' | 'none' {
  if (question.years.size === 0 && !question.ambiguous) return 'none';
  if (clause.years.size === 0) return clause.ambiguous ? 'agree' : 'none';
  if (question.years.size === 0) return 'none';
  for (const y of question.years) if (clause.years.has(y)) return 'agree';
  return 'clash';
}

/**
 * The youngest a child in the text's youngest named year can be (England: a Year N pupil is N+4 to N+5 during the
 * year; Reception 4–5), or null when no year is named. Used where a rule turns on age ("until they are 18") and the
 * question gives a year group instead of an age: the younger end is the safe reading.
 */
export function youngestAgeOf(folded: string): number | null {
  const { years } = yearGroupsOf(folded);
  if (years.size === 0) return null;
  return Math.min(...years) + 4;
}
