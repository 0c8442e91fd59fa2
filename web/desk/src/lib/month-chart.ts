/** The layout of the concerns-per-month chart: pure numbers, so it can be checked without a browser. */

export interface MonthCount {
  month: string;
  kind: string;
  count: number;
}

export interface Segment {
  kind: string;
  count: number;
  /** Where the segment starts, counted from the bottom of the bar, in concerns. */
  from: number;
}

export interface MonthBar {
  month: string;
  total: number;
  segments: Segment[];
}

export interface ChartLayout {
  bars: MonthBar[];
  kinds: string[];
  /** A round top for the axis: at least the tallest bar. */
  top: number;
  ticks: number[];
}

/** A top of 1, 2 or 5 times a power of ten at or above the tallest bar, with its tick marks. */
export function niceTop(max: number): { top: number; ticks: number[] } {
  if (max <= 0) return { top: 1, ticks: [0, 1] };
  const power = 10 ** Math.floor(Math.log10(max / 5));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s * 5 >= max) ?? power * 10;
  const whole = Math.max(1, Math.round(step));
  const top = Math.ceil(max / whole) * whole;
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += whole) ticks.push(t);
  return { top, ticks };
}

/**
 * Months in order, each with one segment per kind (kinds in a fixed order, the most common first, so a kind keeps
 * its colour and pattern across months). Months with no concerns between the first and last are shown as empty.
 */
export function layoutMonths(rows: MonthCount[], kindOrder: readonly string[] = []): ChartLayout {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.kind, (totals.get(r.kind) ?? 0) + Math.max(0, r.count));
  const kinds = [...totals.keys()].sort((a, b) => {
    const ia = kindOrder.indexOf(a);
    const ib = kindOrder.indexOf(b);
    if (ia !== ib) return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib);
    return a.localeCompare(b);
  });
  const months = fillMonths([...new Set(rows.map((r) => r.month))].sort());
  const bars = months.map((month) => {
    let from = 0;
    const segments: Segment[] = [];
    for (const kind of kinds) {
      const count = rows
        .filter((r) => r.month === month && r.kind === kind)
        .reduce((n, r) => n + Math.max(0, r.count), 0);
      if (count > 0) {
        segments.push({ kind, count, from });
        from += count;
      }
    }
    return { month, total: from, segments };
  });
  const { top, ticks } = niceTop(Math.max(0, ...bars.map((b) => b.total)));
  return { bars, kinds, top, ticks };
}

/** Every month from the first to the last ("2026-09".."2026-12"), so a quiet month shows as a gap, not nothing. */
export function fillMonths(sorted: string[]): string[] {
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const parse = (m: string) => /^(\d{4})-(\d{2})$/.exec(m);
  const a = first ? parse(first) : null;
  const b = last ? parse(last) : null;
  if (!a || !b) return sorted;
  const out: string[] = [];
  let y = Number(a[1]);
  let m = Number(a[2]);
  const endY = Number(b[1]);
  const endM = Number(b[2]);
  while ((y < endY || (y === endY && m <= endM)) && out.length < 240) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}
