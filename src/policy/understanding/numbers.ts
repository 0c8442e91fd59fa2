import { AGE_PATTERNS, AGE_WORDS, countOf, digits, LEFT_PATTERNS, YEAR_GROUP, YEAR_WORDS } from './words/numbers.js';

/**
 * Ages, school years and time since leaving, read from the question's text. Dates count from `now`, passed in
 * so that the same question gives the same frame in a test and on the day.
 */

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
/** The English school year ends in late July: a pupil who "left in 2019" left then. */
const LEAVING_MONTH = 6; // July, 0-based
const LEAVING_DAY = 20;

function leftOn(year: number, month = LEAVING_MONTH): Date {
  return new Date(Date.UTC(year, month, LEAVING_DAY));
}

/** The most recent end of a school year at or before now ("last summer", "last July", "this summer"). */
function lastSummer(now: Date): number {
  return now.getTime() >= leftOn(now.getUTCFullYear()).getTime() ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
}

function yearsBetween(then: Date, now: Date): number {
  return Math.max(0, Math.floor(((now.getTime() - then.getTime()) / YEAR_MS) * 10) / 10);
}

export function ageOf(lower: string): number | null {
  const text = digits(lower);
  for (const re of AGE_PATTERNS) {
    const m = re.exec(text);
    const n = m ? Number(m[1] ?? m[2]) : Number.NaN;
    if (n >= 4 && n <= 99) return n;
  }
  for (const [re, age] of AGE_WORDS) if (re.test(text)) return age;
  return null;
}

/** The school year named ("yr 9", "my year 3s", "reception"), or null. Years above 13 are not school years. */
export function yearGroupOf(lower: string): number | null {
  const m = YEAR_GROUP.exec(lower);
  if (m && Number(m[1]) <= 13) return Number(m[1]);
  for (const [re, y] of YEAR_WORDS) if (re.test(lower)) return y;
  return null;
}

/** The asker says they do not know the number they give. */
const UNSURE =
  /\b(maybe|perhaps|can'?t remember|cannot remember|can'?t recall|not sure|unsure|don'?t know|no idea|not certain)\b/;

export function yearsSinceLeftOf(lower: string, now: Date): number | null {
  const text = digits(lower);
  for (const { re, kind } of LEFT_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const word = m[1] ?? m[2];
    if (kind === 'year') {
      const y = Number(word);
      if (y > now.getUTCFullYear() || y < 1950) continue;
      return yearsBetween(leftOn(y), now);
    }
    // "cant remember exactly when she left, 2 or 3 years back maybe?": the asker does not know, so the question
    // does not settle it; "2 or 3 years" alone is at least 2.
    if (kind === 'years_ago' || kind === 'months_ago') {
      if (UNSURE.test(text)) return null;
      const range = new RegExp(`\\b(\\d{1,2}) or ${word}\\b`).exec(text);
      if (range && kind === 'years_ago') return Math.min(Number(range[1]), countOf(word ?? ''));
    }
    if (kind === 'years_ago') return countOf(word ?? '');
    if (kind === 'months_ago') return Math.floor((countOf(word ?? '') / 12) * 10) / 10;
    if (kind === 'summers_ago') return yearsBetween(leftOn(lastSummer(now) - (countOf(word ?? '') - 1)), now);
    // "last summer", "last July", "this summer": the last end of a school year. "Last year" is the calendar's:
    // said in December it means the summer before the one just gone.
    if (word === 'year' && !/\bthis year\b/.test(m[0])) return yearsBetween(leftOn(now.getUTCFullYear() - 1), now);
    return yearsBetween(leftOn(lastSummer(now)), now);
  }
  return null;
}
