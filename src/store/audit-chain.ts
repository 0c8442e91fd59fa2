import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { AuditDraft, AuditEntry } from '../reports/incident-store.js';
import type { Database, Dialect } from './database.js';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with keys sorted at every level, so the same entry always hashes the same on any engine. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface ChainedFields {
  seq: number;
  at: string;
  actorId: string;
  actorName: string;
  action: string;
  incidentId: string | null;
  detail: unknown;
}

export function chainHash(prevHash: string, entry: ChainedFields): string {
  return createHash('sha256')
    .update(prevHash + canonicalJson(entry))
    .digest('hex');
}

/**
 * Appends inside the caller's transaction. The chain head row is locked first (FOR UPDATE on
 * PostgreSQL; SQLite transactions are already serialised), so two appends cannot both extend the same
 * head and fork the chain.
 */
export async function appendAudit(
  trx: Transaction<Database>,
  dialect: Dialect,
  draft: AuditDraft,
): Promise<AuditEntry> {
  const headQuery = trx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1);
  const head = await (dialect === 'postgres' ? headQuery.forUpdate() : headQuery).executeTakeFirstOrThrow();
  const seq = Number(head.seq) + 1;
  const at = draft.at.toISOString();
  const detail = JSON.parse(canonicalJson(draft.detail)) as Record<string, unknown>;
  const fields: ChainedFields = {
    seq,
    at,
    actorId: draft.actor.aadObjectId,
    actorName: draft.actor.name,
    action: draft.action,
    incidentId: draft.incidentId,
    detail,
  };
  const hash = chainHash(head.hash, fields);
  await trx
    .insertInto('audit_log')
    .values({
      seq,
      at,
      actor_id: fields.actorId,
      actor_name: fields.actorName,
      action: draft.action,
      incident_id: draft.incidentId,
      detail: canonicalJson(detail),
      prev_hash: head.hash,
      hash,
    })
    .execute();
  await trx.updateTable('audit_head').set({ seq, hash }).where('id', '=', 1).execute();
  return { ...draft, detail, seq, prevHash: head.hash, hash };
}
