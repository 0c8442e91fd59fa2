import type { Clock } from '../clock.js';

export type Sleep = (ms: number) => Promise<void>;

/**
 * Keeps the relay under Teams' limits: at most `perKey` sends in any one-second window to one
 * conversation (Teams: ~7/s), and `overall` in any one-second window for the app (~50/s). A sliding
 * window rather than a token bucket, because a bucket lets a full burst follow a refill and doubles the
 * rate inside one second. Single consumer (the relay delivers one row at a time).
 */
export class Pacer {
  private readonly sent = new Map<string, number[]>();
  private readonly all: number[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly sleep: Sleep,
    private readonly perKey = 7,
    private readonly overall = 50,
    private readonly windowMs = 1000,
  ) {}

  /** Waits until one more send to `key` fits, then counts it. */
  async take(key: string): Promise<void> {
    for (;;) {
      const now = this.clock.now().getTime();
      const mine = this.prune(this.sent.get(key) ?? [], now);
      this.sent.set(key, mine);
      this.prune(this.all, now);
      const waitKey = mine.length >= this.perKey ? mine[mine.length - this.perKey]! + this.windowMs - now : 0;
      const waitAll =
        this.all.length >= this.overall ? this.all[this.all.length - this.overall]! + this.windowMs - now : 0;
      const wait = Math.max(waitKey, waitAll);
      if (wait <= 0) {
        mine.push(now);
        this.all.push(now);
        return;
      }
      await this.sleep(wait);
    }
  }

  private prune(times: number[], now: number): number[] {
    while (times.length > 0 && times[0]! <= now - this.windowMs) times.shift();
    if (this.sent.size > 1000) {
      for (const [k, v] of this.sent)
        if (v.length === 0 || v[v.length - 1]! <= now - this.windowMs) this.sent.delete(k);
    }
    return times;
  }
}
