import { BoundaryError } from '../errors.js';
import type {
  AuditCheckpoint,
  AuditDraft,
  AuditEntry,
  AuditLog,
  AuditVerification,
} from '../reports/incident-store.js';
import { appendAudit, chainHash, GENESIS_HASH } from './audit-chain.js';
import type { Db, Dialect } from './database.js';

/** AuditLog over Kysely. verify() streams the chain in pages so a long log does not fill memory. */
export class SqlAuditLog implements AuditLog {
  constructor(
    private readonly db: Db,
    private readonly dialect: Dialect,
  ) {}

  async append(draft: AuditDraft): Promise<AuditEntry> {
    try {
      return await this.db.transaction().execute((trx) => appendAudit(trx, this.dialect, draft));
    } catch (err) {
      throw new BoundaryError('store_write_failed', 'Could not write the audit log', { cause: err });
    }
  }

  async verify(from?: AuditCheckpoint): Promise<AuditVerification> {
    let prev = GENESIS_HASH;
    let expectedSeq = 1;
    let count = 0;
    if (from && from.seq > 0) {
      const row = await this.db.selectFrom('audit_log').select(['hash']).where('seq', '=', from.seq).executeTakeFirst();
      if (!row) return { ok: false, count: 0, brokenAt: from.seq, reason: `row ${from.seq} is missing` };
      if (row.hash !== from.hash)
        return { ok: false, count: 0, brokenAt: from.seq, reason: 'the row changed since it was last verified' };
      prev = from.hash;
      expectedSeq = from.seq + 1;
      count = from.seq;
    }
    const page = 1000;
    for (;;) {
      const rows = await this.db
        .selectFrom('audit_log')
        .selectAll()
        .where('seq', '>=', expectedSeq)
        .orderBy('seq')
        .limit(page)
        .execute();
      for (const r of rows) {
        const seq = Number(r.seq);
        if (seq !== expectedSeq)
          return { ok: false, count, brokenAt: expectedSeq, reason: `row ${expectedSeq} is missing` };
        if (r.prev_hash !== prev)
          return { ok: false, count, brokenAt: seq, reason: 'prev_hash does not match the row before' };
        let detail: unknown;
        try {
          detail = JSON.parse(r.detail);
        } catch {
          return { ok: false, count, brokenAt: seq, reason: 'detail is not valid JSON' };
        }
        const hash = chainHash(prev, {
          seq,
          at: r.at,
          actorId: r.actor_id,
          actorName: r.actor_name,
          action: r.action,
          incidentId: r.incident_id,
          detail,
        });
        if (hash !== r.hash) return { ok: false, count, brokenAt: seq, reason: 'hash does not match the row content' };
        prev = r.hash;
        expectedSeq++;
        count++;
      }
      if (rows.length < page) break;
    }
    const head = await this.db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
    // Deleting the newest rows leaves a consistent prefix; the head row remembers how long the chain was.
    if (head && (Number(head.seq) !== count || head.hash !== prev)) {
      return { ok: false, count, brokenAt: count + 1, reason: `chain ends at ${count} but the head says ${head.seq}` };
    }
    return { ok: true, count, headHash: prev };
  }

  async list(opts: { incidentId?: string; limit?: number } = {}): Promise<AuditEntry[]> {
    let q = this.db.selectFrom('audit_log').selectAll().orderBy('seq');
    if (opts.incidentId) q = q.where('incident_id', '=', opts.incidentId);
    if (opts.limit) q = q.limit(opts.limit);
    const rows = await q.execute();
    return rows.map((r) => ({
      seq: Number(r.seq),
      at: new Date(r.at),
      actor: { aadObjectId: r.actor_id, name: r.actor_name },
      action: r.action,
      incidentId: r.incident_id,
      detail: JSON.parse(r.detail) as Record<string, unknown>,
      prevHash: r.prev_hash,
      hash: r.hash,
    }));
  }
}
