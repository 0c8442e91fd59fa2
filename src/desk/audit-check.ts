import type { Clock } from '../clock.js';
import type { AuditCheckpoint, AuditLog, AuditVerification } from '../reports/incident-store.js';

/** What the overview says about the audit chain. */
export interface AuditStatus {
  verified: boolean;
  /** Entries the chain holds as verified (all of them when it verifies). */
  checked: number;
  problem?: string;
  /** When the whole chain was last re-computed from the first entry (ISO). */
  fullCheckAt?: string;
}

/** How often the whole chain is re-computed; between times only the entries added since are. */
export const FULL_CHECK_MS = 60 * 60_000;

/**
 * The overview's audit check, cached: a full verification remembers the entry it reached and its hash, and the next
 * overview verifies only the entries added since (checking that that entry still has its hash). A change to an
 * earlier entry is found at the next full check, at most FULL_CHECK_MS later, and by `boundary audit verify` at any
 * time. A chain that does not verify is never cached: every overview checks it again in full. Concurrent overviews
 * share one check.
 */
export class AuditCheck {
  private checkpoint: (AuditCheckpoint & { fullAt: number }) | null = null;
  private running: Promise<AuditStatus> | null = null;

  constructor(
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly fullEveryMs = FULL_CHECK_MS,
  ) {}

  status(): Promise<AuditStatus> {
    this.running ??= this.check().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async check(): Promise<AuditStatus> {
    const now = this.clock.now().getTime();
    const cached = this.checkpoint;
    const incremental = cached !== null && now - cached.fullAt < this.fullEveryMs;
    const result = incremental ? await this.audit.verify(cached) : await this.audit.verify();
    const fullAt = incremental ? cached.fullAt : now;
    this.checkpoint = result.ok ? { seq: result.count, hash: result.headHash, fullAt } : null;
    return statusOf(result, fullAt);
  }
}

function statusOf(v: AuditVerification, fullAt: number): AuditStatus {
  if (v.ok) return { verified: true, checked: v.count, fullCheckAt: new Date(fullAt).toISOString() };
  return {
    verified: false,
    checked: v.count,
    problem: `The audit log does not verify at entry ${v.brokenAt}: ${v.reason}`,
  };
}
