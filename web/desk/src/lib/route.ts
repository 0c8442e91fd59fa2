/** The desk's pages, as the paths the server serves index.html for (/tab/...). */
export type Route =
  | { page: 'concerns' }
  | { page: 'record'; reference: string }
  | { page: 'overview' }
  | { page: 'policy' }
  | { page: 'config' }
  | { page: 'unknown'; path: string };

export const BASE = '/tab';

export function parseRoute(pathname: string): Route {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  const parts = rest.split('/').filter((p) => p !== '' && p !== 'index.html');
  if (parts.length === 0) return { page: 'concerns' };
  const [first, second, ...more] = parts;
  if (first === 'concerns' && second === undefined) return { page: 'concerns' };
  if (first === 'concerns' && second !== undefined && more.length === 0) {
    let reference = second;
    try {
      reference = decodeURIComponent(second);
    } catch {
      // A malformed escape is shown as typed; the server will not find it and says so.
    }
    return { page: 'record', reference };
  }
  if (first === 'overview' && second === undefined) return { page: 'overview' };
  if (first === 'policy' && second === undefined) return { page: 'policy' };
  if (first === 'config' && second === undefined) return { page: 'config' };
  return { page: 'unknown', path: pathname };
}

export function recordPath(reference: string): string {
  return `${BASE}/concerns/${encodeURIComponent(reference)}`;
}

/**
 * The query to carry from page to page: the theme (local mode) stays, page-specific filters do not.
 */
export function carriedQuery(search: string): string {
  const theme = new URLSearchParams(search).get('theme');
  return theme ? `?theme=${encodeURIComponent(theme)}` : '';
}

/**
 * The record a deep link names when the desk is opened outside Teams (local mode): the alert card's link carries
 * `context={"subEntityId":"<reference>"}`, which Teams hands to the tab as `page.subPageId`; on the local server the
 * same query on the tab's own address does it. Anything that is not a reference is ignored.
 */
export function subPageFromQuery(search: string): string | null {
  const raw = new URLSearchParams(search).get('context');
  if (!raw) return null;
  try {
    const ctx = JSON.parse(raw) as { subEntityId?: unknown };
    const ref = typeof ctx.subEntityId === 'string' ? ctx.subEntityId.trim() : '';
    return /^[A-Za-z0-9-]{1,40}$/.test(ref) ? ref : null;
  } catch {
    return null;
  }
}
