/** Question and clause words as index terms: stemmed, stop words dropped, misspellings mended. */
import { stemmer } from 'stemmer';

const STOP = new Set(
  'a an the and or but of to in on at for with from by as is are was were be been being it its this that these those their they them there which who whom what when where how not no any all such other than then so if into out up about will would shall should must may might can could do does did has have had i me my you your we our us he she his her also only own very just'.split(
    ' ',
  ),
);

/** Plurals the Porter stemmer leaves apart from their singular ("children" / "child"). */
const IRREGULAR: Record<string, string> = {
  children: 'child',
  childrens: 'child',
  people: 'person',
  men: 'man',
  women: 'woman',
  mice: 'mouse',
};

/**
 * Word → index term, remembered: a policy and its questions use a few thousand distinct words, and stemming each
 * again was a sixth of the time spent answering (bench/results.md). Bounded, since questions are unbounded in
 * variety.
 */
const termCache = new Map<string, string | null>();
const TERM_CACHE_MAX = 50_000;

export function processTerm(term: string): string | null {
  let stem = termCache.get(term);
  if (stem !== undefined) return stem;
  const t = term
    .toLowerCase()
    .replace(/[‘’']/g, '')
    .replace(/[^a-z0-9-]/g, '');
  stem = !t || STOP.has(t) || t.length < 2 ? null : stemmer(IRREGULAR[t] ?? t);
  if (termCache.size >= TERM_CACHE_MAX) termCache.clear();
  termCache.set(term, stem);
  return stem;
}

/** Replaces a misspelt word by the closest policy or lexicon word, tolerating one edit (two in long words). */
export function correctTypo(word: string, vocabulary: ReadonlySet<string>): string {
  if (word.length < 5 || vocabulary.has(word) || STOP.has(word)) return word;
  const limit = word.length >= 8 ? 2 : 1;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const v of vocabulary) {
    if (Math.abs(v.length - word.length) > limit) continue;
    if (v[0] !== word[0] && v[1] !== word[1]) continue;
    const d = editDistance(word, v, limit);
    if (d < bestDistance) {
      bestDistance = d;
      best = v;
    }
  }
  return best ?? word;
}

/** Damerau-Levenshtein (optimal string alignment) with an early exit above `limit`. */
export function editDistance(a: string, b: string, limit = 3): number {
  const m = a.length;
  const n = b.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n]!;
}
