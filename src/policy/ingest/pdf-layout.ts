/**
 * Rebuilds a PDF's paragraphs from where its text sits on the page. A PDF holds positioned runs of text, not
 * paragraphs: a sentence wrapped across lines, a running header, a page number and a bullet glyph all look
 * alike in a plain extract. Here lines are grouped by baseline, page furniture (text in the top or bottom
 * band that repeats across pages, or is a page number) is dropped, wrapped lines are joined into one
 * paragraph per line of output, and bullets, section numbers and table cells (tab-separated) are kept.
 */

import { UNUSUAL_BULLETS } from './bullets.js';

export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageText {
  width: number;
  height: number;
  runs: TextRun[];
}

interface Line {
  page: number;
  x: number;
  right: number;
  y: number;
  size: number;
  text: string;
  /** The line's table cells (text split where a wide gap was), each with where it starts; one for plain text. */
  cells: { x: number; text: string }[];
}

const BULLET_START = new RegExp(`^(?:[•·▪●◦o§\\-–*]\\s|[${UNUSUAL_BULLETS}]\\s*(?=\\S))`);
const NUMBER_START = /^(\d{1,2}(\.\d{1,2}){0,3}\.?|\(?[a-z]\)|\(?[ivx]+\))[\s\t]/;
const SENTENCE_END = /[.!?:;]["'’”)]?$/;
const PAGE_NUMBER = /^(page\s+)?#+(\s*(of|\/)\s*#+)?$|^[-–—]\s*#+\s*[-–—]$/i;

export function pdfLayoutText(pages: PageText[]): string {
  const lines = pages.flatMap((p, i) => pageLines(p, i));
  const kept = dropFurniture(lines, pages);
  return joinParagraphs(kept, pages).join('\n');
}

function pageLines(page: PageText, index: number): Line[] {
  const runs = page.runs.filter((r) => r.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextRun[][] = [];
  for (const r of runs) {
    if (!r.str.trim() && r.width === 0) continue;
    const row = rows.find((rw) => Math.abs(rw[0]!.y - r.y) <= Math.max(2, (rw[0]!.height || r.height) * 0.4));
    if (row) row.push(r);
    else rows.push([r]);
  }
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  const columns = columnStarts(rows);
  const out: Line[] = [];
  for (const row of rows) {
    const size = Math.max(...row.map((r) => r.height)) || 10;
    let text = '';
    let end = row[0]!.x;
    const starts: number[] = [];
    for (const r of row) {
      const gap = r.x - end;
      if (text && r.str.trim()) {
        // A wide gap, or a narrower one before a column several rows start at (a table cell filled to its edge).
        if (gap >= size * 1.5 || (gap >= size * 0.5 && columns.has(Math.round(r.x)))) {
          text = `${text.replace(/\s+$/, '')}\t`;
          starts.push(r.x);
        } else if (gap > size * 0.15 && !/\s$/.test(text) && !/^\s/.test(r.str)) text += ' ';
      }
      if (!text && r.str.trim()) starts.push(r.x);
      text += r.str;
      // A run of spaces as wide as a letter or more spans a gap (PDF.js puts one between table cells): it does not
      // close the gap.
      if (r.str.trim() || r.width < size) end = Math.max(end, r.x + r.width);
    }
    text = text.replace(/[ \u00a0]+/g, ' ').trim();
    if (!text) continue;
    const first = row.find((r) => r.str.trim())!;
    const pieces = text.split('\t');
    const cells = pieces.map((t, i) => ({ x: starts[i] ?? first.x, text: t.trim() }));
    out.push({ page: index, x: first.x, right: end, y: row[0]!.y, size, text, cells });
  }
  return out.sort((a, b) => b.y - a.y);
}

/**
 * Where a table's columns start on this page: an x (to the point) at which text begins after a gap of at least
 * half a letter's height on three or more lines. Wrapped prose starts its words at varying places; a column's
 * cells all start at the same one.
 */
function columnStarts(rows: readonly TextRun[][]): Set<number> {
  const seen = new Map<number, number>();
  for (const row of rows) {
    const size = Math.max(...row.map((r) => r.height)) || 10;
    let end = Number.NaN;
    const here = new Set<number>();
    for (const r of row) {
      if (!r.str.trim()) {
        if (r.width < size && !Number.isNaN(end)) end = Math.max(end, r.x + r.width);
        continue;
      }
      if (r.x - end >= size * 0.5) here.add(Math.round(r.x));
      end = Number.isNaN(end) ? r.x + r.width : Math.max(end, r.x + r.width);
    }
    for (const x of here) seen.set(x, (seen.get(x) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= 3).map(([x]) => x));
}

/** Text in the top or bottom eighth of the page that repeats (digits aside) on other pages, or a page number. */
function dropFurniture(lines: Line[], pages: PageText[]): Line[] {
  const key = (l: Line) => l.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
  const band = (l: Line) => {
    const h = pages[l.page]!.height || 842;
    return l.y > h * 0.88 || l.y < h * 0.12;
  };
  const pagesOf = new Map<string, Set<number>>();
  for (const l of lines) {
    if (!band(l)) continue;
    const k = key(l);
    const set = pagesOf.get(k) ?? new Set<number>();
    set.add(l.page);
    pagesOf.set(k, set);
  }
  return lines.filter((l) => {
    if (!band(l)) return true;
    const k = key(l);
    if (PAGE_NUMBER.test(k) || /\bpage #+( of #+)?$/.test(k)) return false;
    return pages.length < 2 || (pagesOf.get(k)?.size ?? 0) < 2;
  });
}

/** A line in capitals with at least two words and no lower-case letter: a heading. */
const CAPS_HEADING = /^(?=(?:.*?[A-Z]{2,}){2})[A-Z0-9][A-Z0-9 ,&'’()/:–—-]{4,}$/;

function joinParagraphs(lines: Line[], pages: PageText[]): string[] {
  // The body's line pitch: the smallest gap between consecutive lines that recurs. Not the commonest gap: in
  // a policy of short paragraphs the gap between paragraphs is the commoner one.
  const gaps = new Map<number, number>();
  let pairs = 0;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page !== b.page) continue;
    const g = Math.round(a.y - b.y);
    if (g >= a.size * 0.9 && g < a.size * 3) {
      gaps.set(g, (gaps.get(g) ?? 0) + 1);
      pairs++;
    }
  }
  const floor = Math.max(2, pairs * 0.05);
  const recurring = [...gaps.entries()].filter(([, n]) => n >= floor).map(([g]) => g);
  const pitch = recurring.length ? Math.min(...recurring) : 14;
  const leftOf = new Map<number, number>();
  const rightOf = new Map<number, number>();
  for (const l of lines) {
    leftOf.set(l.page, Math.min(leftOf.get(l.page) ?? l.x, l.x));
    rightOf.set(l.page, Math.max(rightOf.get(l.page) ?? l.right, l.right));
  }
  const words = vocabulary(lines);
  const out: string[] = [];
  let prev: Line | null = null;
  // The table row being read: its output line, where each column starts, and each cell's text so far. A cell that
  // wraps puts its next line under that column, so the row's next line is shared out among the columns.
  let row: { at: number; cols: number[]; texts: string[] } | null = null;
  for (const l of lines) {
    const left = leftOf.get(l.page)!;
    if (row && prev && row.at === out.length - 1 && prev.page === l.page && prev.y - l.y <= pitch * 1.3) {
      const open = row;
      const columns = l.cells.map((c) => columnOf(open.cols, c.x, l.size));
      if (columns.every((j) => j >= 0) && new Set(columns).size === columns.length) {
        l.cells.forEach((c, i) => {
          const j = columns[i]!;
          open.texts[j] = open.texts[j] ? joinLine(open.texts[j]!, c.text, words) : c.text;
        });
        out[open.at] = open.texts.join('\t');
        prev = l;
        continue;
      }
    }
    row = null;
    const startsItem = BULLET_START.test(l.text) || NUMBER_START.test(l.text);
    let joins = false;
    if (prev && out.length) {
      const right = rightOf.get(prev.page)!;
      const width = right - (leftOf.get(prev.page) ?? 0) || pages[prev.page]!.width;
      // A wrapped line runs close to the right edge; a paragraph's last line usually stops short.
      const firstWord = /^\S+/.exec(l.text)?.[0].length ?? 1;
      const full = prev.right + (firstWord + 1) * prev.size * 0.55 >= right - 1 || prev.right >= right - width * 0.02;
      const ended = SENTENCE_END.test(prev.text);
      const lower = /^[a-z(]/.test(l.text);
      const samePage = prev.page === l.page;
      const gap = samePage ? prev.y - l.y : 0;
      const close = samePage ? gap <= pitch * 1.3 && gap > 0 : true;
      const cellWrap = samePage && close && prev.text.includes('\t') && l.x > left + width * 0.2;
      // A heading in capitals ("SMART WATCHES AND OTHER WEARABLE DEVICES"), or a list's lead-in line ("Practitioners
      // must not:") right after another list's last item, starts afresh however full the line above it ran.
      // A heading in capitals wrapped onto a second line of capitals is still one heading; prose after it is not.
      const prevCaps = CAPS_HEADING.test(prev.text);
      const capsHeading =
        (CAPS_HEADING.test(l.text) && !prevCaps && !/-$/.test(prev.text)) || (prevCaps && !CAPS_HEADING.test(l.text));
      const leadInAfterItem =
        /^[A-Z]\S* .*\b(must|should|shall|will|may|can|are|is)\b.*:$/.test(l.text) &&
        l.text.length < 80 &&
        BULLET_START.test(out[out.length - 1]!.trim());
      if (cellWrap) joins = true;
      else if (capsHeading || leadInAfterItem) joins = false;
      else if (BULLET_START.test(l.text)) joins = false;
      else if (startsItem && (ended || !full)) joins = false;
      else if (!samePage) joins = !ended && (full || lower);
      else joins = close && (full || (lower && !ended) || (lower && !startsItem));
    }
    if (joins && prev) {
      const last = out[out.length - 1]!;
      out[out.length - 1] = joinLine(last, l.text, words);
    } else {
      const indent = Math.max(0, l.x - leftOf.get(l.page)!);
      const spaces = BULLET_START.test(l.text) ? 2 * Math.floor(indent / 16) : 0;
      out.push(`${' '.repeat(spaces)}${l.text}`);
      if (l.cells.length >= 2)
        row = { at: out.length - 1, cols: l.cells.map((c) => c.x), texts: l.cells.map((c) => c.text) };
    }
    prev = l;
  }
  return out;
}

/** The column a piece of text starting at x belongs to: the one it starts at (give or take a little), or -1. */
function columnOf(cols: readonly number[], x: number, size: number): number {
  const slack = Math.max(2, size * 0.3);
  return cols.findIndex((c) => Math.abs(c - x) <= slack);
}

/** Words seen whole in the document, to tell a line-end hyphen that splits a word from one that is its own. */
function vocabulary(lines: Line[]): Set<string> {
  const set = new Set<string>();
  for (const l of lines) for (const w of l.text.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []) set.add(w);
  return set;
}

const HYPHEN_PREFIX =
  /^(e|non|self|well|co|cyber|ex|anti|pre|re|sub|up|day|full|part|sixth|year|after|out|off|on|in|over|under|long|short|high|low|one|two|three|four|five|six|seven|eight|nine|ten|twenty)$/i;

function joinLine(last: string, next: string, words: Set<string>): string {
  const hy = /([A-Za-z]+)-$/.exec(last);
  const head = /^([a-z]+)/.exec(next);
  if (hy && head) {
    const whole = `${hy[1]}${head[1]}`.toLowerCase();
    const hyphenated = `${hy[1]}-${head[1]}`.toLowerCase();
    // Justified text breaks words at line ends; a hyphen is the word's own only when the document spells the
    // word with it elsewhere, or it follows a prefix that takes one (e-safety, non-school, self-employed).
    if (words.has(hyphenated) || (!words.has(whole) && HYPHEN_PREFIX.test(hy[1]!))) return `${last}${next}`;
    return `${last.slice(0, -1)}${next}`;
  }
  if (/[/–—]$/.test(last)) return `${last}${next}`;
  if (last.endsWith('\t')) return `${last}${next}`;
  return `${last} ${next}`;
}
