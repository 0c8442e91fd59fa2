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
