import type { Clock } from '../clock.js';

/** Waits `ms`; may return early once `signal` is aborted (the Pacer then gives up the take). */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Thrown by Pacer.take when its signal is aborted (the relay is stopping): nothing was sent. */
export class PacingCancelled extends Error {
  constructor() {
    super('pacing cancelled: the relay is stopping');
    this.name = 'PacingCancelled';
  }
}

/** At most `max` sends in any `windowMs`. */
export interface RateWindow {
  max: number;
  windowMs: number;
}

/**
 * Teams' documented limits for a bot sending to one conversation are 7 per second, 8 per 2 seconds, 60 per
 * 30 seconds and 1800 per hour; an app may make about 50 requests a second per tenant. The relay counts a send
 * when it starts, but the connector sees it when it arrives, and network jitter can bunch starts that were
 * spaced apart; so the defaults keep one send under each limit.
 */
export const TEAMS_CONVERSATION_WINDOWS: readonly RateWindow[] = [
  { max: 6, windowMs: 1_000 },
  { max: 7, windowMs: 2_000 },
  { max: 59, windowMs: 30_000 },
  { max: 1_799, windowMs: 3_600_000 },
];
export const TEAMS_APP_WINDOWS: readonly RateWindow[] = [{ max: 45, windowMs: 1_000 }];

/**
 * Keeps the relay under Teams' limits with sliding windows (a token bucket lets a full burst follow a refill and
 * doubles the rate inside one window), per conversation and for the whole app. Sends to one key are also spaced
 * at least window/max apart so they do not arrive in a clump. Several takes may wait at once (the relay sends to
 * up to N conversations concurrently): each one re-checks every window after its sleep and counts its send in the
 * same synchronous step as the check, so concurrent takers cannot both fill the last place in a window. The
 * relay sends to one key at a time, so takes for one key do not overlap; if they did, the windows would still hold.
 */
export class Pacer {
  private readonly sent = new Map<string, number[]>();
  private readonly all: number[] = [];
  private readonly pausedUntil = new Map<string, number>();
  private readonly longestKeyWindow: number;
  private readonly longestAppWindow: number;
  private readonly keySpacingMs: number;

  constructor(
    private readonly clock: Clock,
    private readonly sleep: Sleep,
    private readonly perKey: readonly RateWindow[] = TEAMS_CONVERSATION_WINDOWS,
    private readonly overall: readonly RateWindow[] = TEAMS_APP_WINDOWS,
  ) {
    this.longestKeyWindow = Math.max(...perKey.map((w) => w.windowMs));
    this.longestAppWindow = Math.max(...overall.map((w) => w.windowMs));
    const first = perKey[0];
    this.keySpacingMs = first ? Math.floor(first.windowMs / first.max) : 0;
  }

  /**
   * Waits until one more send to `key` fits every window, then counts it. Throws PacingCancelled, without
   * counting, once `signal` is aborted.
   */
  async take(key: string, signal?: AbortSignal): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw new PacingCancelled();
      const now = this.clock.now().getTime();
      const mine = prune(this.sent.get(key) ?? [], now, this.longestKeyWindow);
      this.sent.set(key, mine);
      prune(this.all, now, this.longestAppWindow);
      this.forgetIdleKeys(now);
      const last = mine[mine.length - 1];
      const wait = Math.max(
        waitFor(mine, this.perKey, now),
        waitFor(this.all, this.overall, now),
        last === undefined ? 0 : last + this.keySpacingMs - now,
        (this.pausedUntil.get(key) ?? 0) - now,
      );
      if ((this.pausedUntil.get(key) ?? Number.POSITIVE_INFINITY) <= now) this.pausedUntil.delete(key);
      if (wait <= 0) {
        mine.push(now);
        this.all.push(now);
        return;
      }
      await this.sleep(wait, signal);
    }
  }

  /** Sends to `key` wait until `untilMs` (epoch ms): the conversation answered 429 with Retry-After. */
  pause(key: string, untilMs: number): void {
    if (untilMs > (this.pausedUntil.get(key) ?? 0)) this.pausedUntil.set(key, untilMs);
  }

  private forgetIdleKeys(now: number): void {
    if (this.sent.size <= 1000) return;
    for (const [k, v] of this.sent) {
      const last = v[v.length - 1];
      if (last === undefined || last <= now - this.longestKeyWindow) this.sent.delete(k);
    }
  }
}

/** How long until one more send fits all windows, given the send times (oldest first). */
function waitFor(times: readonly number[], windows: readonly RateWindow[], now: number): number {
  let wait = 0;
  for (const { max, windowMs } of windows) {
    let inWindow = 0;
    for (let i = times.length - 1; i >= 0 && times[i]! > now - windowMs; i--) inWindow++;
    if (inWindow >= max) {
      // The send that must age out of the window before another fits.
      const oldestCounted = times[times.length - max]!;
      wait = Math.max(wait, oldestCounted + windowMs - now);
    }
  }
  return wait;
}

function prune(times: number[], now: number, windowMs: number): number[] {
  let drop = 0;
  while (drop < times.length && times[drop]! <= now - windowMs) drop++;
  if (drop > 0) times.splice(0, drop);
  return times;
}
