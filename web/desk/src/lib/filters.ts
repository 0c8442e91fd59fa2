/** The concerns list's filters, as the page holds them and as the API's query string carries them. */
export interface ConcernFilters {
  status: string;
  kind: string;
  mine: boolean;
  from: string;
  to: string;
  q: string;
}

export const NO_FILTERS: ConcernFilters = { status: '', kind: '', mine: false, from: '', to: '', q: '' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with the filters, in words for the person, or null: nothing is sent until they make sense. */
export function filterProblem(f: ConcernFilters): string | null {
  if (f.from && !DATE.test(f.from)) return 'The "from" date is not a date.';
  if (f.to && !DATE.test(f.to)) return 'The "to" date is not a date.';
  if (f.from && f.to && f.to < f.from) return 'The "to" date is before the "from" date.';
  return null;
}

/** The query string for GET /api/desk/concerns; empty filters are left out, and page 1 is the default. */
export function filterQuery(f: ConcernFilters, page = 1): string {
  const p = new URLSearchParams();
  if (f.status) p.set('status', f.status);
  if (f.kind) p.set('kind', f.kind);
  if (f.mine) p.set('assigned', 'me');
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  const q = f.q.trim().toUpperCase();
  if (q) p.set('q', q);
  if (page > 1) p.set('page', String(page));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Which rows a page shows, for the pager: "Concerns 51 to 100" (or "No concerns on this page"). */
export function pageWords(page: number, pageSize: number, rows: number, what = 'Concerns'): string {
  if (rows === 0) return page > 1 ? `No ${what.toLowerCase()} on page ${page}` : `No ${what.toLowerCase()}`;
  const first = (page - 1) * pageSize + 1;
  return `${what} ${first} to ${first + rows - 1}`;
}
