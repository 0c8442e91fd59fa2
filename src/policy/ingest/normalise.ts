import { UNUSUAL_BULLET_START } from './bullets.js';

/**
 * Turns extracted document text into clean lines: removes export artefacts (bookmarks, image markers,
 * zero-width characters), form and signature blanks, page numbers, table-of-contents lines and headers or
 * footers repeated on every page. Words of the policy itself are kept as they are.
 */
export function normaliseText(raw: string): string[] {
  let text = raw.replace(/\r\n?/g, '\n').replace(/[\u00a0\u2007\u202f]/g, ' ');
  text = text.replace(/[\u200b-\u200d\ufeff\u00ad]/g, '');
  text = text.replace(/\[(?:bookmark|image|img|picture)[^\]]*\]/gi, '');
  // Footnote references run into the text ("… the steps below:[5]", "Education[1]"); the notes themselves stay.
  text = text.replace(/(?<=[^\s[])\[\d{1,2}\]/g, '');
  // Markdown emphasis marks are formatting, not words.
  text = text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/__(.+?)__/g, '$1');
  // Word's Symbol and Wingdings bullets ("", "") and other dingbats ("➢", "■") are list bullets like "•".
  const lines = text.split('\n').map((l) => l.replace(UNUSUAL_BULLET_START, '$1• '));
  const counts = new Map<string, number>();
  lines.forEach((line, i) => {
    const key = line.trim().toLowerCase();
    // "RED – never:" above each topic's list repeats as often as a page header, but it leads a list: never furniture.
    if (key && !leadsAList(lines, i)) counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const furniture = runningHeaders(lines, counts);
  const out: string[] = [];
  for (const line of lines) {
    if (furniture.has(line.trim().toLowerCase())) {
      out.push('');
      continue;
    }
    const cleaned = cleanLine(line, counts);
    out.push(cleaned ?? '');
  }
  return unflattenTwoColumnTables(out).flatMap(splitMayMustNotRow);
}

/**
 * A "Role | May | Must not" table flattened to one line per row: "Peripatetic tutors — May: text a parent through
 * the booking system — Must not: text or call students". Read whole, the row is a ban on everything in it; it is put
 * back as the two rules it holds ("Peripatetic tutors may text a parent …", "Peripatetic tutors must not text …").
 */
const MAY_MUST_NOT_ROW =
  /^(\s*(?:[•*-]\s+)?)([^—–|:]{2,80}?)\s*[—–|]\s*(?:may|can|allowed|permitted|do)\s*:\s*(.+?)\s*[—–|]\s*(?:must not|may not|cannot|can't|not allowed|not permitted|don't|do not|never)\s*:\s*(.+?)\s*$/i;

function splitMayMustNotRow(line: string): string[] {
  const m = MAY_MUST_NOT_ROW.exec(line);
  if (!m) return [line];
  const [, lead, who, may, mustNot] = m;
  const plain = (t: string) => t.replace(/[.;,\s]+$/, '');
  return [`${lead}${who} may ${plain(may!)}.`, `${lead}${who} must not ${plain(mustNot!)}.`];
}

/** A line ending in a colon with a bullet on the next line that has text. */
function leadsAList(lines: readonly string[], i: number): boolean {
  if (!lines[i]!.trim().endsWith(':')) return false;
  const next = lines.slice(i + 1).find((l) => l.trim() !== '');
  return next !== undefined && /^\s*([•·▪●◦*-]|\d{1,2}[.)]|\(?[a-z]\))\s/.test(next);
}

/** The header of a "Do | Don't" table's first and second column. */
const FIRST_COLUMN = /^(do|dos|do's|✓|✔|yes|acceptable|appropriate|permitted|allowed|you can|you may)$/i;
const SECOND_COLUMN =
  /^(don'?t|don’t|donts|don'ts|don’ts|do not|✗|✘|no|unacceptable|not acceptable|inappropriate|not appropriate|not permitted|not allowed|you can'?t|you can’t|you must not)$/i;

/**
 * A two-column "Do | Don't" table pasted as text comes out one cell per line, the columns taking turns:
 * "Do", "Don't", then a do, a don't, a do, a don't …. Read that way, every don't would be an instruction. Such a
 * block is put back as two lists, each under its column's header ("Do:" then its cells, "Don't:" then its cells).
 */
function unflattenTwoColumnTables(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!.trim();
    const second = (lines[i + 1] ?? '').trim();
    if (FIRST_COLUMN.test(first) && SECOND_COLUMN.test(second)) {
      const cells: string[] = [];
      let j = i + 2;
      while (j < lines.length && isCell(lines[j]!)) cells.push(lines[j++]!.trim());
      if (cells.length >= 2 && cells.length % 2 === 0) {
        out.push(`${first}:`, ...cells.filter((_, k) => k % 2 === 0).map((c) => `• ${c}`), '');
        out.push(`${second}:`, ...cells.filter((_, k) => k % 2 === 1).map((c) => `• ${c}`));
        i = j - 1;
        continue;
      }
    }
    out.push(lines[i]!);
  }
  return out;
}

/** A short line that can be a table cell: no tab, no colon at its end, not a numbered or bulleted line. */
function isCell(line: string): boolean {
  const t = line.trim();
  return (
    t !== '' &&
    !t.includes('\t') &&
    !t.endsWith(':') &&
    t.split(/\s+/).length <= 16 &&
    !/^(\d+(\.\d+)*\.?\s|[•·▪●◦*-]\s|\(?[a-z]\)\s)/i.test(t)
  );
}

const PAGE_MARK = /^\s*(?:\f\s*)*(?:(?:page\s+)?\d+(?:\s+(?:of|\/)\s+\d+)?|[-–—]\s*\d+\s*[-–—])?\s*\f?\s*$/i;

/**
 * Headers and footers of a short PDF repeat only once or twice, too few for the repeat count alone: a line
 * seen at least twice that sits within three lines of a page number or a form feed is page furniture.
 */
function runningHeaders(lines: string[], counts: Map<string, number>): Set<string> {
  const marks: number[] = [];
  lines.forEach((line, i) => {
    if (line.includes('\f') || (/\d/.test(line) && PAGE_MARK.test(line))) marks.push(i);
  });
  const found = new Set<string>();
  if (marks.length === 0) return found;
  lines.forEach((line, i) => {
    const key = line.trim().toLowerCase();
    if (!key || key.length >= 120 || (counts.get(key) ?? 0) < 2 || PAGE_MARK.test(line)) return;
    if (marks.some((m) => Math.abs(m - i) <= 3)) found.add(key);
  });
  return found;
}

const FORM_LABEL =
  /^(name|signed|sign|signature|date|job title|position|role|authorised by|authorized by|approved by|print name|headteacher signature|chair of governors signature|dated)\s*[:.]?\s*[._\-…\s]*$/i;
const META_LINE =
  /^(issue date|review date|date of issue|date for next review|next review( date)?|last reviewed|version|document owner|ratified|date adopted|adopted)\s*:/i;

/**
 * A row of a document's version history ("1.1 | [insert date] | Executive Headteacher | Tapestry section added") or
 * its header ("Version | Date | Author | Change"): the document's record of itself, never a rule, though its cells
 * name the policy's subjects.
 */
function versionHistoryRow(trimmed: string): boolean {
  const cells = trimmed
    .split(/\s*\|\s*|\t+/)
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean);
  if (cells.length < 3) return false;
  if (
    cells.includes('version') &&
    cells.some((c) => /^(date|author|authors?|changes?|amendments?|summary of changes|reason|by)$/.test(c))
  )
    return true;
  return (
    /^v?\d+(\.\d+){1,2}$/.test(cells[0]!) &&
    cells.some((c) =>
      /^\[?insert date\]?$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|^(\d{1,2} )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}$|^(spring|summer|autumn|winter) (term )?\d{4}$/.test(
        c,
      ),
    )
  );
}

/** The rule under a markdown table's header row ("|---|:---:|"). */
export const TABLE_RULE = /^\|\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

function cleanLine(line: string, counts: Map<string, number>): string | null {
  const trimmed = line.trim();
  if (!trimmed) return null;
  if (versionHistoryRow(trimmed)) return null;
  const key = trimmed.toLowerCase();
  // Page headers and footers repeat on every page; a policy's own sentences almost never repeat 4+ times.
  if ((counts.get(key) ?? 0) >= 4 && trimmed.length < 120) return null;
  if (/^(page\s+)?\d+(\s+(of|\/)\s+\d+)?$/i.test(trimmed)) return null;
  // A footer that runs the title into the page number ("Staff Policy v3.2 Page 4 of 12") is furniture too.
  if (/\bpage\s+\d+\s+(of|\/)\s+\d+$/i.test(trimmed) && trimmed.length < 120) return null;
  if (/^[-–—]\s*\d+\s*[-–—]$/.test(trimmed)) return null;
  // Table-of-contents lines: a title followed by dot leaders or a tab and a page number.
  if (
    /(\.{4,}|…{2,}|\s{2,}|\t)\s*\d{1,3}$/.test(trimmed) &&
    trimmed.length < 120 &&
    !/[^.][.;:]\s*\d{1,3}$/.test(trimmed)
  )
    return null;
  if (/^(contents|table of contents)$/i.test(trimmed)) return null;
  // A markdown table's header rule ("|---|:---:|") is kept, short, so the header row above it is known as one.
  if (TABLE_RULE.test(trimmed)) return '|---|';
  if (/^[._\-…\s|]+$/.test(trimmed)) return null;
  if (FORM_LABEL.test(trimmed)) return null;
  if (/^(signed|sign)\s*[:.]?\s*$/i.test(trimmed)) return null;
  let out = line;
  // "-<tab>item": a list item whose marker the export set apart with a tab; the marker is no form blank.
  const tabBullet = /^(\s*)([-–*o•·])\t+(?=\S)/.exec(line);
  if (tabBullet) return cleanLine(`${tabBullet[1]}${tabBullet[2]} ${line.slice(tabBullet[0].length)}`, counts);
  if (line.includes('\t')) {
    const cells = line
      .split('\t')
      .map((c) => c.trim())
      .filter((c) => c && !FORM_LABEL.test(c) && !/^[._\-…|]+$/.test(c));
    if (cells.length === 0) return null;
    if (cells.every((c) => META_LINE.test(c) || FORM_LABEL.test(c))) return null;
    // A leading section number keeps its place; other cells are prose run together by the export.
    out = (/^\s/.test(line) ? ' ' : '') + cells.join(' ');
  }
  if (META_LINE.test(trimmed) && trimmed.length < 100) return null;
  // Stray table pipes from PDF exports.
  out = out.replace(/\s\|\s*$/, '').replace(/\s{2,}/g, ' ');
  return out.replace(/\s+$/, '');
}
