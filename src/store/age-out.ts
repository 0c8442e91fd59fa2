import type { Clock } from '../clock.js';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Rows that hold what staff typed (the answers given, "Was this helpful?" feedback) do not stay: those older than
 * `keepDays` are deleted with the next write, at most once an hour so a busy hour pays for one delete.
 */
export class AgeOut {
  private lastAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly clock: Clock,
    private readonly keepDays: number,
  ) {}

  /** The ISO time before which rows go, when a delete is due now (and counts as done); undefined otherwise. */
  cutoffDue(): string | undefined {
    const now = this.clock.now().getTime();
    if (now - this.lastAt < HOUR_MS) return undefined;
    this.lastAt = now;
    return new Date(now - this.keepDays * DAY_MS).toISOString();
  }
}
