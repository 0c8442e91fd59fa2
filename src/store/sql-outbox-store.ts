import type { Selectable } from 'kysely';
import { BoundaryError } from '../errors.js';
import type { OutboxDraft, OutboxKind, OutboxPayload } from '../outbox/messages.js';
import type {
  ClaimOptions,
  OutboxCounts,
  OutboxRow,
  OutboxStatus,
  OutboxStore,
  UndeliveredRow,
} from '../outbox/outbox-store.js';
import type { Db, Dialect, OutboxTable } from './database.js';
import { outboxValues } from './sql-incident-store.js';

function rowToOutbox(r: Selectable<OutboxTable>): OutboxRow {
  return {
    id: r.id,
    kind: r.kind as OutboxKind,
    incidentId: r.incident_id,
    conversationKey: r.conversation_key,
    payload: JSON.parse(r.payload) as OutboxPayload,
    status: r.status as OutboxStatus,
    attempts: Number(r.attempts),
    dueAt: new Date(r.due_at),
    claimedBy: r.claimed_by,
    claimedUntil: r.claimed_until ? new Date(r.claimed_until) : null,
    lastError: r.last_error,
    createdAt: new Date(r.created_at),
    deliveredAt: r.delivered_at ? new Date(r.delivered_at) : null,
  };
}

/**
 * OutboxStore over Kysely. Claims use FOR UPDATE SKIP LOCKED on PostgreSQL so several relays share rows
 * without waiting on each other; on SQLite one process runs one relay, and the claiming UPDATE re-checks the
 * lease so two relays in that process still cannot both take a row.
 */
export class SqlOutboxStore implements OutboxStore {
  constructor(
    private readonly db: Db,
    private readonly dialect: Dialect,
  ) {}

  async enqueue(drafts: OutboxDraft[], now: Date): Promise<void> {
    if (drafts.length === 0) return;
    await this.guard(() =>
      this.db
        .insertInto('outbox')
        .values(drafts.map((d) => outboxValues(d, now)))
        .execute(),
    );
  }

  async claimDue(
    claimant: string,
    now: Date,
    leaseMs: number,
    limit: number,
    opts: ClaimOptions = {},
  ): Promise<OutboxRow[]> {
    const nowS = now.toISOString();
    const until = new Date(now.getTime() + leaseMs).toISOString();
    const skip = [...(opts.skipConversations ?? [])];
    const onePer = opts.onePerConversation ?? false;
    if (limit <= 0) return [];
    return this.guard(() =>
      // One transaction, so on PostgreSQL the candidates stay locked (and skipped by other relays) until claimed.
      this.db.transaction().execute(async (trx) => {
        let due = trx
          .selectFrom('outbox')
          .select(['id', 'conversation_key'])
          .where('status', 'in', ['pending', 'sending'])
          .where('due_at', '<=', nowS)
          .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', nowS)]));
        if (skip.length > 0) due = due.where('conversation_key', 'not in', skip);
        // A new alert goes before card updates and reminders that are due in the same channel; within a kind,
        // oldest due first. An update can never overtake its own alert: the post is always ranked first.
        due = due
          .orderBy((eb) => eb.case().when('kind', '=', 'alert.post').then(0).else(1).end())
          .orderBy('due_at')
          .orderBy('created_at')
          .orderBy('id')
          // Enough candidates that one busy conversation does not hide the others behind it.
          .limit(onePer ? Math.max(limit * 8, 64) : limit);
        if (this.dialect === 'postgres') due = due.forUpdate().skipLocked();
        const candidates = await due.execute();
        const chosen: string[] = [];
        const rank = new Map<string, number>();
        const seen = new Set<string>();
        for (const c of candidates) {
          if (chosen.length >= limit) break;
          if (onePer && seen.has(c.conversation_key)) continue;
          seen.add(c.conversation_key);
          rank.set(c.id, chosen.length);
          chosen.push(c.id);
        }
        if (chosen.length === 0) return [];
        const rows = await trx
          .updateTable('outbox')
          .set({ claimed_by: claimant, claimed_until: until })
          .where('id', 'in', chosen)
          // Checked again here: on SQLite two relays in one process may interleave between select and update.
          .where('status', 'in', ['pending', 'sending'])
          .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', nowS)]))
          .returningAll()
          .execute();
        return rows.map(rowToOutbox).sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
      }),
    );
  }

  async markSending(id: string, claimant: string, now: Date, leaseMs: number): Promise<boolean> {
    return this.updateClaimed(id, claimant, (eb) => ({
      status: 'sending',
      attempts: eb('attempts', '+', 1),
      claimed_until: new Date(now.getTime() + leaseMs).toISOString(),
    }));
  }

  async complete(id: string, claimant: string, now: Date, result: Record<string, unknown>): Promise<boolean> {
    return this.updateClaimed(id, claimant, () => ({
      status: 'delivered',
      delivered_at: now.toISOString(),
      result: JSON.stringify(result),
      claimed_by: null,
      claimed_until: null,
    }));
  }

  async retryLater(id: string, claimant: string, dueAt: Date, error: string, countAttempt = false): Promise<boolean> {
    return this.updateClaimed(id, claimant, (eb) => ({
      ...(countAttempt ? { attempts: eb('attempts', '+', 1) } : {}),
      status: 'pending',
      due_at: dueAt.toISOString(),
      last_error: error.slice(0, 500),
      claimed_by: null,
      claimed_until: null,
    }));
  }

  async release(id: string, claimant: string, dueAt: Date | null): Promise<boolean> {
    return this.updateClaimed(id, claimant, () => ({
      ...(dueAt ? { due_at: dueAt.toISOString() } : {}),
      claimed_by: null,
      claimed_until: null,
    }));
  }

  async deadLetter(id: string, claimant: string, _now: Date, error: string): Promise<boolean> {
    return this.updateClaimed(id, claimant, () => ({
      status: 'dead',
      last_error: error.slice(0, 500),
      claimed_by: null,
      claimed_until: null,
    }));
  }

  async dueNowIfUntried(conversationKey: string, kinds: readonly OutboxKind[], now: Date): Promise<number> {
    if (kinds.length === 0) return 0;
    const nowS = now.toISOString();
    const res = await this.guard(() =>
      this.db
        .updateTable('outbox')
        .set({ due_at: nowS })
        .where('conversation_key', '=', conversationKey)
        .where('kind', 'in', [...kinds])
        .where('status', '=', 'pending')
        .where('attempts', '=', 0)
        .where('due_at', '>', nowS)
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', nowS)]))
        .executeTakeFirst(),
    );
    return Number(res.numUpdatedRows);
  }

  async counts(): Promise<OutboxCounts> {
    const rows = await this.guard(() =>
      this.db
        .selectFrom('outbox')
        .select((eb) => ['status', eb.fn.countAll<string | number>().as('n')])
        .groupBy('status')
        .execute(),
    );
    const counts: OutboxCounts = { pending: 0, sending: 0, delivered: 0, dead: 0 };
    for (const r of rows) if (r.status in counts) counts[r.status as keyof OutboxCounts] = Number(r.n);
    return counts;
  }

  async listUndelivered(limit = 100): Promise<UndeliveredRow[]> {
    const rows = await this.guard(() =>
      this.db
        .selectFrom('outbox')
        .leftJoin('incidents', 'incidents.id', 'outbox.incident_id')
        .selectAll('outbox')
        .select('incidents.ref')
        .where('outbox.status', 'in', ['pending', 'sending', 'dead'])
        .orderBy('outbox.created_at')
        .limit(limit)
        .execute(),
    );
    return rows.map((r) => ({ ...rowToOutbox(r), ref: r.ref ?? null }));
  }

  async get(id: string): Promise<OutboxRow | null> {
    const r = await this.guard(() => this.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst());
    return r ? rowToOutbox(r) : null;
  }

  private async updateClaimed(
    id: string,
    claimant: string,
    // biome-ignore lint/suspicious/noExplicitAny: Kysely's update-set callback type is not exported in a usable form
    set: (eb: any) => Record<string, unknown>,
  ): Promise<boolean> {
    const res = await this.guard(() =>
      this.db
        .updateTable('outbox')
        .set((eb) => set(eb))
        .where('id', '=', id)
        .where('claimed_by', '=', claimant)
        .executeTakeFirst(),
    );
    return Number(res.numUpdatedRows) > 0;
  }

  private async guard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw new BoundaryError('store_unavailable', 'The outbox could not be read or written', { cause: err });
    }
  }
}
