import type { OutboxDraft } from '../outbox/messages.js';
import type { Incident, IncidentEvent, IncidentEventType, IncidentStatus, Outcome, Person } from './incident.js';

/**
 * The storage roles the incident use cases need. Implemented over SQL in src/store (SqlIncidentStore).
 * Every method either resolves or throws BoundaryError('store_unavailable' | 'store_write_failed');
 * a write that throws has written nothing (each method is one transaction).
 */

export interface EventDraft {
  type: IncidentEventType;
  actor: Person;
  at: Date;
  data: Record<string, unknown>;
}

export interface AuditDraft {
  at: Date;
  actor: Person;
  /** e.g. incident.reported, incident.read, incident.acknowledged, incident.refused, incident.exported */
  action: string;
  incidentId: string | null;
  /** Ids and references only; the audit log says who did what, not what the record says. */
  detail: Record<string, unknown>;
}

export interface AuditEntry extends AuditDraft {
  seq: number;
  prevHash: string;
  hash: string;
}

export type AuditVerification =
  | { ok: true; count: number; headHash: string }
  | { ok: false; count: number; brokenAt: number; reason: string };

/** An entry of the chain already verified: its seq and its hash. */
export interface AuditCheckpoint {
  seq: number;
  hash: string;
}

/** Append-only, hash-chained. append() never forks the chain, even across instances. */
export interface AuditLog {
  append(draft: AuditDraft): Promise<AuditEntry>;
  /**
   * Re-computes every hash from the start; reports the first row that does not match. Given a checkpoint a
   * verification returned (`count` and `headHash`), checks that that entry still has that hash and re-computes only
   * the entries after it: cheap, but a change to an earlier entry is not seen, so callers still verify in full now
   * and then.
   */
  verify(from?: AuditCheckpoint): Promise<AuditVerification>;
  list(opts?: { incidentId?: string; limit?: number }): Promise<AuditEntry[]>;
}

export type NewIncident = Omit<Incident, 'ref' | 'eventSeq'>;

export interface IncidentDrafts {
  event: EventDraft;
  audit: AuditDraft;
  outbox: OutboxDraft[];
}

export interface IncidentChange {
  incidentId: string;
  /** The change applies only if the row still matches; otherwise nothing is written (the loser of a race). */
  expect?: { statusIn?: readonly IncidentStatus[]; unassignedOr?: string };
  set?: {
    status?: IncidentStatus;
    assignedTo?: Person | null;
    alert?: { activityId: string; conversationId: string };
    outcome?: Outcome;
    closedAt?: Date;
  };
  at: Date;
  events: EventDraft[];
  audit: AuditDraft[];
  outbox: OutboxDraft[];
  /** Finishes an outbox row in the same transaction (the relay recording what it posted, or gave up on). */
  finishOutbox?: { id: string; status: 'delivered' | 'dead'; result: Record<string, unknown>; error?: string };
}

export type ChangeResult = { ok: true; incident: Incident } | { ok: false; current: Incident | null };

export interface IncidentStore {
  /**
   * Writes the incident with its reference, first chronology event, audit entry and outbox rows in one
   * transaction. With an idempotency key already used, writes nothing and returns the first incident.
   */
  create(
    incident: NewIncident,
    opts: { refPrefix: string; idempotencyKey: string | null; drafts: (ref: string) => IncidentDrafts },
  ): Promise<{ incident: Incident; created: boolean }>;
  change(change: IncidentChange): Promise<ChangeResult>;
  get(id: string): Promise<Incident | null>;
  getByRef(ref: string): Promise<Incident | null>;
  events(incidentId: string): Promise<IncidentEvent[]>;
  listByReporter(reporterId: string): Promise<Incident[]>;
  /** Closed incidents, oldest first, for retention review. */
  listClosed(): Promise<Incident[]>;
  listOpen(): Promise<Incident[]>;
}
