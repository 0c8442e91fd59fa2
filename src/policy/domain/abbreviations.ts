/**
 * Abbreviations a policy defines for itself: "Local Authority Designated Officer (LADO)", "the School
 * Business Manager (SBM)". Learnt from the document at ingest so that a question using either form finds the
 * clauses using the other; the lexicon cannot know every school's or council's acronyms.
 */
export interface Abbreviation {
  /** Lower case, as a question would fold it ("lado"). */
  short: string;
  /** The long form's words, lower case (["local", "authority", "designated", "officer"]). */
  long: string[];
}

const SMALL = /^(of|and|for|the|in|on|to|&)$/i;
const DEFINED = /((?:[A-Z][A-Za-z'-]*\s+(?:(?:of|and|for|the|in|on|to|&)\s+)?){1,8})\(\s*([A-Z][A-Za-z]{1,7})\s*\)/g;

/** Every "Long Name (ABBR)" pair in the texts whose capitals spell the abbreviation; first definition wins. */
export function learnAbbreviations(texts: Iterable<string>): Abbreviation[] {
  const out = new Map<string, Abbreviation>();
  for (const text of texts) {
    for (const m of text.matchAll(DEFINED)) {
      const abbr = m[2]!;
      const letters = abbr.replace(/[a-z]/g, '');
      if (letters.length < 2) continue;
      const words = m[1]!.trim().split(/\s+/);
      // The long form is the shortest run of words ending before the brackets whose capitals spell it.
      for (let start = words.length - 1; start >= 0; start--) {
        const run = words.slice(start);
        if (SMALL.test(run[0]!)) continue;
        const initials = run
          .filter((w) => !SMALL.test(w))
          .map((w) => w[0]!)
          .join('');
        if (initials.toUpperCase() === letters.toUpperCase()) {
          const short = abbr.toLowerCase();
          if (!out.has(short)) out.set(short, { short, long: run.map((w) => w.toLowerCase()) });
          break;
        }
        if (initials.length > letters.length) break;
      }
    }
  }
  return [...out.values()];
}
