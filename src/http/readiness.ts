/**
 * What must be true before the bot takes traffic (for example "policy" loaded and "store" open). The
 * composition root marks each check as it completes; GET /readyz answers 200 only when all are done.
 */
export class Readiness {
  private readonly pendingChecks: Set<string>;
  private failure: string | null = null;
  private readonly facts: Record<string, unknown> = {};

  constructor(checks: readonly string[]) {
    this.pendingChecks = new Set(checks);
  }

  markReady(check: string): void {
    this.pendingChecks.delete(check);
  }

  /** A start-up step failed for good: the process stays unready (and main exits). */
  markFailed(reason: string): void {
    this.failure = reason;
  }

  /** Something an operator wants to see on /readyz ("policyReading": how much of it is reviewed). */
  setInfo(key: string, value: unknown): void {
    this.facts[key] = value;
  }

  isReady(): boolean {
    return this.failure === null && this.pendingChecks.size === 0;
  }

  status(): { ready: boolean; pending: string[]; failed: string | null; info: Record<string, unknown> } {
    return { ready: this.isReady(), pending: [...this.pendingChecks], failed: this.failure, info: { ...this.facts } };
  }
}
