import type { Generated, Kysely } from 'kysely';

/**
 * The tables, as Kysely sees them. One shape for SQLite and PostgreSQL: times are ISO-8601 UTC strings
 * (fixed width, so text order is time order on both), JSON is text, booleans are 0/1 integers. That keeps
 * one query layer and one set of migrations honest on both engines.
 */
export interface IncidentsTable {
  id: string;
  ref: string;
  category: string;
  severity: string;
  reporter_id: string;
  reporter_name: string;
  reporter_upn: string | null;
  occurred_at: string | null;
  reported_at: string;
  summary: string;
  pupil_name: string | null;
  answers: string;
  status: string;
  assigned_to_id: string | null;
  assigned_to_name: string | null;
  alert_activity_id: string | null;
  alert_conversation_id: string | null;
  outcome: string | null;
  closed_at: string | null;
  event_seq: number;
  updated_at: string;
}

export interface IncidentEventsTable {
  incident_id: string;
  seq: number;
  type: string;
  actor_id: string;
  actor_name: string;
  at: string;
  data: string;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  actor_id: string;
  actor_name: string;
  action: string;
  incident_id: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

/** One row (id = 1) holding the chain head, locked by every append so the chain cannot fork. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface OutboxTable {
  id: string;
  kind: string;
  incident_id: string | null;
  conversation_key: string;
  payload: string;
  status: string;
  attempts: number;
  due_at: string;
  claimed_by: string | null;
  claimed_until: string | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
  result: string | null;
}

export interface IdempotencyKeysTable {
  key: string;
  incident_id: string;
  created_at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface ConversationRefsTable {
  user_id: string;
  reference: string;
  updated_at: string;
}

export interface BotStateTable {
  key: string;
  value: string;
  etag: string;
  updated_at: string;
}

export interface FeedbackTable {
  id: Generated<number>;
  at: string;
  user_id: string;
  question: string;
  verdict: string;
  clause_ids: string;
  helpful: number;
  comment: string | null;
}

/** An answer given in a conversation, kept a while so its "Was this helpful?" and report buttons can find it. */
export interface RecentAnswersTable {
  id: string;
  conversation_id: string;
  at: string;
  answer: string;
  helpful: number | null;
}

export interface ReferenceCountersTable {
  year: number;
  last: number;
}

export interface Database {
  incidents: IncidentsTable;
  incident_events: IncidentEventsTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  outbox: OutboxTable;
  idempotency_keys: IdempotencyKeysTable;
  settings: SettingsTable;
  conversation_refs: ConversationRefsTable;
  bot_state: BotStateTable;
  feedback: FeedbackTable;
  reference_counters: ReferenceCountersTable;
  recent_answers: RecentAnswersTable;
}

export type Db = Kysely<Database>;
export type Dialect = 'sqlite' | 'postgres';
