import type { Incident, IncidentEvent } from '../reports/incident.js';
import type { ConcernFilter, IncidentQueries } from '../reports/incident-query.js';
import type { Db } from './database.js';
import { eventFromRow, incidentFromRow } from './sql-incident-store.js';

/** Bound parameters per IN list: well under SQLite's 32766 and PostgreSQL's 65535. */
const CHUNK = 500;

export class SqlIncidentQueries implements IncidentQueries {
  constructor(private readonly db: Db) {}

  async list(f: ConcernFilter): Promise<Incident[]> {
    let q = this.db.selectFrom('incidents').selectAll();
    if (f.statuses?.length) q = q.where('status', 'in', [...f.statuses]);
    if (f.categories?.length) q = q.where('category', 'in', [...f.categories]);
    if (f.assignedTo) q = q.where('assigned_to_id', '=', f.assignedTo);
    if (f.reporterId) q = q.where('reporter_id', '=', f.reporterId);
    // Times are fixed-width ISO text on both engines, so text order is time order.
    if (f.from) q = q.where('reported_at', '>=', f.from.toISOString());
    if (f.to) q = q.where('reported_at', '<', f.to.toISOString());
    // Wildcards are stripped: a reference holds only letters, digits and hyphens.
    if (f.refStartsWith) q = q.where('ref', 'like', `${f.refStartsWith.replace(/[^A-Za-z0-9-]/g, '')}%`);
    q = q.orderBy('reported_at', 'desc').orderBy('ref', 'desc');
    if (f.limit) q = q.limit(f.limit);
    if (f.offset) q = q.offset(f.offset);
    return (await q.execute()).map(incidentFromRow);
  }

  async eventsOf(incidentIds: readonly string[]): Promise<Map<string, IncidentEvent[]>> {
    const out = new Map<string, IncidentEvent[]>(incidentIds.map((id) => [id, []]));
    for (let i = 0; i < incidentIds.length; i += CHUNK) {
      const rows = await this.db
        .selectFrom('incident_events')
        .selectAll()
        .where('incident_id', 'in', incidentIds.slice(i, i + CHUNK))
        .orderBy('incident_id')
        .orderBy('seq')
        .execute();
      for (const r of rows) out.get(r.incident_id)?.push(eventFromRow(r));
    }
    return out;
  }

  async perMonth(since: Date): Promise<{ month: string; category: string; count: number }[]> {
    const rows = await this.db
      .selectFrom('incidents')
      .select(['reported_at', 'category'])
      .where('reported_at', '>=', since.toISOString())
      .execute();
    const counts = new Map<string, number>();
    for (const r of rows) {
      const key = `${r.reported_at.slice(0, 7)}\t${r.category}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts]
      .map(([key, count]) => {
        const [month = '', category = ''] = key.split('\t');
        return { month, category, count };
      })
      .sort((a, b) => a.month.localeCompare(b.month) || a.category.localeCompare(b.category));
  }
}
