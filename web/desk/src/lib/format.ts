/** Words and numbers as a DSL reads them: British dates, ages in the largest whole unit. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long ago, in the largest whole unit: "just now", "5 min", "3 h", "2 days". */
export function age(fromIso: string, now: number): string {
  const t = Date.parse(fromIso);
  if (Number.isNaN(t)) return '';
  const ms = Math.max(0, now - t);
  if (ms < MINUTE) return 'just now';
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)} h`;
  const days = Math.floor(ms / DAY);
  return days === 1 ? '1 day' : `${days} days`;
}

/** "7 Dec 2026, 09:05" in the school's (UK) way; what the server gave when it is no date. */
export function when(iso: string, timeZone?: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(t);
}

/** "7 Dec 2026". */
export function day(iso: string, timeZone?: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(timeZone ? { timeZone } : {}),
  }).format(t);
}

/** "2026-11" as "Nov 2026". */
export function monthLabel(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${names[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** "90" minutes as "1 h 30 min"; a day and more in days. */
export function minutes(n: number): string {
  if (n < 60) return `${n} min`;
  if (n < 24 * 60) {
    const h = Math.floor(n / 60);
    const m = n % 60;
    return m ? `${h} h ${m} min` : `${h} h`;
  }
  const d = Math.floor(n / (24 * 60));
  return d === 1 ? '1 day' : `${d} days`;
}

/** snake_case words from the server, for a person: "in_progress" -> "In progress". */
export function sayId(id: string): string {
  const words = id.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
