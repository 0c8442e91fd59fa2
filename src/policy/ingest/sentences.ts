/**
 * Splits a paragraph into sentences without breaking on abbreviations ("e.g.", "i.e.", "etc.", "Mr."),
 * initials, or section numbers ("6.2"). Returns the sentences verbatim (trimmed).
 */
const ABBREVIATIONS = new Set([
  'e.g',
  'eg',
  'i.e',
  'ie',
  'etc',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'no',
  'vs',
  'cf',
  'approx',
  'incl',
  'co',
  'ltd',
  'dept',
  'esp',
  'fig',
  'viz',
  'al',
  'prof',
  'rev',
  'jan',
  'feb',
  'sept',
  'oct',
  'nov',
  'dec',
  'n.b',
  'nb',
  'p',
  'pp',
]);

export function splitSentences(paragraph: string): string[] {
  const text = paragraph.trim();
  if (!text) return [];
  const out: string[] = [];
  let start = 0;
  // A candidate boundary: terminal punctuation, optional closing quote/bracket, whitespace, then an opener.
  const re = /([.!?])(["'’”)\]]*)(\s+)(?=["'‘“([]?[A-Z0-9•·])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + 1 + m[2]!.length;
    if (m[1] === '.' && isAbbreviation(text.slice(start, m.index), text.slice(re.lastIndex))) continue;
    out.push(text.slice(start, end).trim());
    start = end + m[3]!.length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((s) => s.length > 0);
}

const SENTENCE_STARTERS =
  /^(If|The|This|These|That|It|Staff|You|We|They|In|All|Any|Where|When|Please|Employees|Members|Our|Such|There|However|Also|Teachers|Parents|Pupils)\b/;

function isAbbreviation(before: string, after: string): boolean {
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
  const bare = word.replace(/^[("'‘“[]+/, '').toLowerCase();
  // "etc." can end a sentence; a usual sentence opener after it says it did.
  if (bare === 'etc' && SENTENCE_STARTERS.test(after)) return false;
  if (ABBREVIATIONS.has(bare)) return true;
  // Initials ("J. Smith") and list labels ("a." "ii.") are not sentence ends.
  if (/^[a-z]$/i.test(bare)) return true;
  if (/^(i|ii|iii|iv|v|vi|vii|viii|ix|x)$/.test(bare)) return true;
  // A bare number before the full stop is a numbered label ("1. Introduction") only at the very start.
  if (/^\d+(\.\d+)*$/.test(bare) && before.trim() === word) return true;
  return false;
}
