import { join } from 'node:path';
import SQLite from 'better-sqlite3';

/**
 * What must hold in a Boundary database whatever was thrown at it: every incident was written whole (its
 * `reported` chronology event, its `incident.reported` audit entry and its `alert.post` outbox row are there),
 * no outbox row is left claimed by nobody, and the audit hash chain has no gap. Opened read-only on the SQLite
 * file, so it can run while the server is up (WAL) or after it was killed.
 */
export interface DatabaseFacts {
  incidents: { id: string; ref: string; reporterId: string }[];
  problems: string[];
  outbox: { pending: number; sending: number; delivered: number; dead: number };
  /** Rows not delivered yet, whether due now or backed off, except reminders scheduled for later. */
  dueUndelivered: number;
}

export function checkSqliteInvariants(dataDir: string, opts: { now?: Date } = {}): DatabaseFacts {
  const db = new SQLite(join(dataDir, 'boundary.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const problems: string[] = [];
    const incidents = db
      .prepare('select id, ref, reporter_id as reporterId from incidents order by ref')
      .all() as DatabaseFacts['incidents'];
    const hasEvent = db.prepare(
      "select count(*) as n from incident_events where incident_id = ? and type = 'reported'",
    );
    const hasAudit = db.prepare(
      "select count(*) as n from audit_log where incident_id = ? and action = 'incident.reported'",
    );
    const hasOutbox = db.prepare("select count(*) as n from outbox where incident_id = ? and kind = 'alert.post'");
    for (const i of incidents) {
      const n = (stmt: SQLite.Statement) => (stmt.get(i.id) as { n: number }).n;
      if (n(hasEvent) !== 1) problems.push(`${i.ref}: ${n(hasEvent)} 'reported' chronology events`);
      if (n(hasAudit) !== 1) problems.push(`${i.ref}: ${n(hasAudit)} 'incident.reported' audit entries`);
      if (n(hasOutbox) !== 1) problems.push(`${i.ref}: ${n(hasOutbox)} alert.post outbox rows`);
    }
    const refs = new Set(incidents.map((i) => i.ref));
    if (refs.size !== incidents.length) problems.push('two incidents share a reference');
    const seqs = db.prepare('select seq from audit_log order by seq').all() as { seq: number }[];
    seqs.forEach((row, index) => {
      if (index > 0 && row.seq !== (seqs[index - 1] as { seq: number }).seq + 1) {
        problems.push(`audit log gap before seq ${row.seq}`);
      }
    });
    const counts = { pending: 0, sending: 0, delivered: 0, dead: 0 };
    for (const r of db.prepare('select status, count(*) as n from outbox group by status').all() as {
      status: keyof typeof counts;
      n: number;
    }[]) {
      counts[r.status] = r.n;
    }
    const dueUndelivered = (
      db
        .prepare(
          "select count(*) as n from outbox where status in ('pending', 'sending') and (kind <> 'alert.reminder' or due_at <= ?)",
        )
        .get((opts.now ?? new Date()).toISOString()) as { n: number }
    ).n;
    if (opts.now) {
      const stuck = db
        .prepare(
          "select count(*) as n from outbox where status = 'sending' and (claimed_until is null or claimed_until < ?)",
        )
        .get(new Date(opts.now.getTime() - 60 * 60_000).toISOString()) as { n: number };
      if (stuck.n > 0) problems.push(`${stuck.n} outbox rows claimed with a lease that ended over an hour ago`);
    }
    return { incidents, problems, outbox: counts, dueUndelivered };
  } finally {
    db.close();
  }
}
