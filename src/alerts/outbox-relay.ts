import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { ALERT_CHANNEL_KEY, type OutboxDraft } from '../outbox/messages.js';
import type { OutboxRow, OutboxStore } from '../outbox/outbox-store.js';
import type { Incident } from '../reports/incident.js';
import { SYSTEM_ACTOR } from '../reports/incident.js';
import type { IncidentChange, IncidentStore } from '../reports/incident-store.js';
import type { RenderAlert } from './alert-card.js';
import {
  type ChannelNotifier,
  ConnectorError,
  type MentionTarget,
  type StoredConversationReference,
} from './notifier.js';
import {
  Pacer,
  PacingCancelled,
  type RateWindow,
  type Sleep,
  TEAMS_APP_WINDOWS,
  TEAMS_CONVERSATION_WINDOWS,
} from './pacer.js';
import type { AlertChannelSettings, ConversationDirectory } from './settings.js';

export interface RelayTuning {
  /** Attempts before a row is dead-lettered. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** How long a claim lasts; a crashed instance's rows are claimable again after this. */
  leaseMs: number;
  /** Idle poll interval when nothing was due. */
  pollMs: number;
  /** Most rows one runOnce() call claims. The background loop is not capped (it keeps `concurrency` busy). */
  batchSize: number;
  /**
   * Deliveries in flight at once, across conversations; never more than one per conversation key, so sends to
   * one conversation keep their order and pace, and a call Teams never answers holds up only its own key.
   */
  concurrency: number;
  /** Sliding-window limits per conversation and for the whole app (see Pacer). */
  conversationWindows: readonly RateWindow[];
  appWindows: readonly RateWindow[];
  /**
   * How long alert rows wait before looking again for an alert channel that is not set up yet. Setting the channel
   * makes them due at once (AlertChannelSetup); this bounds the wait when that misses them (the channel set on another
   * instance while this one was putting a row off).
   */
  noChannelRecheckMs: number;
  /** A connector call taking longer than this counts as a (retryable) timeout. */
  deliveryTimeoutMs: number;
}

export const DEFAULT_TUNING: RelayTuning = {
  maxAttempts: 10,
  baseDelayMs: 1_000,
  maxDelayMs: 5 * 60_000,
  leaseMs: 5 * 60_000,
  pollMs: 2_000,
  batchSize: 20,
  concurrency: 4,
  conversationWindows: TEAMS_CONVERSATION_WINDOWS,
  appWindows: TEAMS_APP_WINDOWS,
  noChannelRecheckMs: 5_000,
  // Longer than botframework-connector's own retries (it retries 429/5xx itself): abandoning a call it is
  // still retrying could post the alert twice.
  deliveryTimeoutMs: 120_000,
};

export interface ReminderSettings {
  firstMinutes: number;
  secondMinutes: number;
  /** Who to @mention: level 1 the leads, level 2 the deputies. Names come from Teams, not from users. */
  mentions?: (level: 1 | 2) => Promise<MentionTarget[]>;
}

export interface RelayTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface OutboxRelayDeps {
  outbox: OutboxStore;
  incidents: IncidentStore;
  channel: AlertChannelSettings;
  conversations: ConversationDirectory;
  notifier: ChannelNotifier;
  renderAlert: RenderAlert;
  clock: Clock;
  logger: Logger;
  reminders?: ReminderSettings;
  tuning?: Partial<RelayTuning>;
  /** Waits used for pacing; tests pass one that moves a manual clock. */
  sleep?: Sleep;
  timers?: RelayTimers;
  random?: () => number;
  instanceId?: string;
}

export interface RelayStats {
  delivered: number;
  retried: number;
  deadLettered: number;
  waitingForChannel: number;
  /** Rows found mid-send from a crashed holder: the connector may already have them (possible duplicates). */
  resumedInFlight: number;
}

const realTimers: RelayTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

/** Exponential backoff with full jitter, never sooner than the connector's Retry-After. */
export function backoffMs(attempts: number, t: RelayTuning, random: () => number, retryAfterMs: number | null): number {
  const cap = Math.min(t.maxDelayMs, t.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  const jittered = Math.floor(random() * cap);
  return Math.max(jittered, retryAfterMs ?? 0, 50);
}

type Outcome =
  | { kind: 'delivered'; change?: Omit<IncidentChange, 'finishOutbox' | 'at'>; result: Record<string, unknown> }
  | { kind: 'wait'; reason: string; dueAt: Date }
  | { kind: 'give_up'; reason: string };

/**
 * Delivers outbox rows to Teams at least once: alert posts (recording the posted activity so the card can
 * be updated in place), card updates, reminders and reporter notices. Up to `concurrency` rows are in flight,
 * at most one per conversation key, each claimed (with a lease) only when a place for its key is free, so
 * every claimed row is being delivered; within a key, new alert posts go first, then rows by due time. The
 * alert channel is one key: its posts and updates stay serial and paced; a hung call there does not hold up
 * a reporter's notice, nor the reverse. Failures back off with jitter and honour Retry-After (a 429 also
 * pauses its conversation); after maxAttempts a row is dead-lettered, logged at error level and shown by
 * `boundary status`. start()/stop() run it in the background; runOnce() delivers what is due now (tests).
 * stop() lets calls already made to Teams finish and be recorded, and gives back rows still waiting to be
 * paced, so no row stays claimed.
 */
export class OutboxRelay {
  readonly id: string;
  readonly stats: RelayStats = { delivered: 0, retried: 0, deadLettered: 0, waitingForChannel: 0, resumedInFlight: 0 };
  private readonly t: RelayTuning;
  private readonly pacer: Pacer;
  private readonly timers: RelayTimers;
  private readonly random: () => number;
  private stopping = false;
  private running: Promise<void> | null = null;
  private timer: unknown = null;
  private wakeUp: (() => void) | null = null;
  /** A wake() or a finished delivery that came while the loop was busy: the next idle() returns at once. */
  private woken = false;
  /** Deliveries in flight by conversation key; each promise settles (never rejects) when its row is recorded. */
  private readonly inFlight = new Map<string, Promise<void>>();
  private abort = new AbortController();
  /** Deliveries finished so far: tells runOnce() a conversation it skipped as busy may have become free. */
  private finished = 0;

  constructor(private readonly d: OutboxRelayDeps) {
    this.id = d.instanceId ?? `relay-${randomUUID()}`;
    this.t = { ...DEFAULT_TUNING, ...d.tuning };
    this.timers = d.timers ?? realTimers;
    this.random = d.random ?? Math.random;
    const sleep: Sleep = d.sleep ?? ((ms, signal) => cancellableSleep(this.timers, ms, signal));
    this.pacer = new Pacer(d.clock, sleep, this.t.conversationWindows, this.t.appWindows);
  }

  start(): void {
    if (this.running) return;
    this.stopping = false;
    if (this.abort.signal.aborted) this.abort = new AbortController();
    this.running = this.loop();
  }

  /** Call after a commit that added rows, so the alert goes out now rather than at the next poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    // Deliveries still waiting for their place in a rate window give their row back instead of waiting.
    this.abort.abort();
    this.wake();
    await this.running;
    await Promise.all(this.inFlight.values());
    this.running = null;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      let claimed = 0;
      try {
        claimed = await this.fill(Number.POSITIVE_INFINITY);
      } catch (err) {
        this.d.logger.error({ err: errorMessage(err), relay: this.id }, 'outbox relay pass failed; will retry');
      }
      if (this.stopping) break;
      // Nothing more to claim now, or every place is taken: wait for a wake(), a finished delivery or the poll.
      if (claimed === 0 || this.inFlight.size >= this.t.concurrency) await this.idle(this.t.pollMs);
    }
    await Promise.all(this.inFlight.values());
  }

  private idle(ms: number): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        if (this.timer !== null) this.timers.clearTimeout(this.timer);
        this.timer = null;
        this.wakeUp = null;
        this.woken = false;
        resolve();
      };
      this.wakeUp = done;
      this.timer = this.timers.setTimeout(done, ms);
    });
  }

  /**
   * Delivers what is due now, as the background loop would (concurrently across conversations), claiming at
   * most batchSize rows; returns when those are recorded, with how many rows were claimed.
   */
  async runOnce(): Promise<number> {
    let claimed = 0;
    for (;;) {
      if (!this.stopping && claimed < this.t.batchSize) {
        const finishedBefore = this.finished;
        const n = await this.fill(this.t.batchSize - claimed);
        claimed += n;
        // Also look again when a delivery finished during the claim: its conversation was skipped as busy.
        if (n > 0 || this.finished !== finishedBefore) continue;
      }
      if (this.inFlight.size === 0) return claimed;
      // A finished delivery frees its key and may have queued follow-ups that are due at once.
      await Promise.race(this.inFlight.values());
    }
  }

  /** Claims due rows for the free places (one per conversation not already in flight) and starts them. */
  private async fill(limit: number): Promise<number> {
    const free = Math.min(limit, this.t.concurrency - this.inFlight.size);
    if (free <= 0) return 0;
    const rows = await this.d.outbox.claimDue(this.id, this.d.clock.now(), this.t.leaseMs, free, {
      onePerConversation: true,
      skipConversations: [...this.inFlight.keys()],
    });
    for (const row of rows) {
      if (this.inFlight.has(row.conversationKey)) {
        // A store that ignored skipConversations: never two sends to one conversation at once.
        await this.d.outbox.release(row.id, this.id, null);
        continue;
      }
      const key = row.conversationKey;
      const done = this.deliver(row)
        .catch((err: unknown) => {
          // Recording the outcome failed (the database is down): the lease expiry gives the row back.
          this.d.logger.error(
            { err: errorMessage(err), outboxId: row.id, relay: this.id },
            'outbox delivery could not be recorded; the row is retried when its lease ends',
          );
        })
        .finally(() => {
          this.inFlight.delete(key);
          this.finished++;
          this.wake();
        });
      this.inFlight.set(key, done);
    }
    return rows.length;
  }

  private async deliver(row: OutboxRow): Promise<void> {
    const log = this.d.logger.child({ outboxId: row.id, kind: row.kind, incidentId: row.incidentId, relay: this.id });
    if (row.status === 'sending') {
      this.stats.resumedInFlight++;
      log.warn(
        { attempts: row.attempts },
        'resuming a delivery a stopped instance left mid-send; Teams may show it twice',
      );
    }
    let outcome: Outcome;
    try {
      outcome = await this.attempt(row);
    } catch (err) {
      await this.failed(row, err, log);
      return;
    }
    if (outcome.kind === 'wait') {
      if (outcome.reason === 'no_alert_channel') this.stats.waitingForChannel++;
      log.warn({ reason: outcome.reason }, 'outbox row waiting');
      await this.d.outbox.release(row.id, this.id, outcome.dueAt);
      return;
    }
    const now = this.d.clock.now();
    if (outcome.kind === 'give_up') {
      await this.deadLetter(row, outcome.reason, log);
      return;
    }
    if (outcome.change) {
      await this.d.incidents.change({
        ...outcome.change,
        at: now,
        finishOutbox: { id: row.id, status: 'delivered', result: outcome.result },
      });
    } else {
      await this.d.outbox.complete(row.id, this.id, now, outcome.result);
    }
    this.stats.delivered++;
    log.info({ attempts: row.attempts + 1 }, 'outbox row delivered');
  }

  /** One try at one row. Throws (usually ConnectorError) when the connector refused or failed. */
  private async attempt(row: OutboxRow): Promise<Outcome> {
    const p = row.payload;
    const incident = await this.d.incidents.get(p.incidentId);
    if (!incident) return { kind: 'give_up', reason: `incident ${p.incidentId} not found` };

    if (p.kind === 'reporter.notify') {
      // Queued behind a closure (e.g. while Teams was down): "picked up" after "closed" would confuse.
      if (p.about === 'acknowledged' && incident.status === 'closed') {
        return { kind: 'delivered', result: { skipped: 'closed' } };
      }
      const ref = await this.d.conversations.get(p.reporterId);
      if (!ref) return { kind: 'give_up', reason: 'no personal conversation reference for the reporter' };
      await this.send(row, () => this.d.notifier.sendToUser(ref, { text: reporterMessage(incident, p.about) }));
      return {
        kind: 'delivered',
        result: { sent: true },
        change: {
          incidentId: incident.id,
          events: [
            { type: 'reporter_informed', actor: SYSTEM_ACTOR, at: this.d.clock.now(), data: { about: p.about } },
          ],
          audit: [],
          outbox: [],
        },
      };
    }

    const channel = await this.d.channel.getAlertChannel();
    if (!channel) {
      return {
        kind: 'wait',
        reason: 'no_alert_channel',
        dueAt: new Date(this.d.clock.now().getTime() + this.t.noChannelRecheckMs),
      };
    }

    if (p.kind === 'alert.post') {
      if (incident.alert) return { kind: 'delivered', result: { alreadyPosted: incident.alert } };
      const events = await this.d.incidents.events(incident.id);
      const card = this.d.renderAlert(incident, events);
      const posted = await this.send(row, () => this.d.notifier.postToChannel(channel.reference, card));
      const now = this.d.clock.now();
      const followUps: OutboxDraft[] = [];
      // Something changed between rendering and recording: refresh the card we just posted.
      const latest = await this.d.incidents.get(incident.id);
      if (latest && latest.eventSeq !== incident.eventSeq) followUps.push(this.draft('alert.update', incident.id, now));
      if (this.d.reminders && incident.status === 'new') {
        followUps.push(
          this.reminderDraft(incident.id, 1, new Date(now.getTime() + this.d.reminders.firstMinutes * 60_000)),
          this.reminderDraft(incident.id, 2, new Date(now.getTime() + this.d.reminders.secondMinutes * 60_000)),
        );
      }
      return {
        kind: 'delivered',
        result: posted,
        change: {
          incidentId: incident.id,
          set: { alert: posted },
          events: [{ type: 'alert_posted', actor: SYSTEM_ACTOR, at: now, data: { activityId: posted.activityId } }],
          audit: [],
          outbox: followUps,
        },
      };
    }

    if (p.kind === 'alert.update') {
      // Not posted yet: the post will render the latest state when it goes.
      if (!incident.alert) return { kind: 'delivered', result: { skipped: 'not_posted_yet' } };
      const alert = incident.alert;
      const events = await this.d.incidents.events(incident.id);
      const card = this.d.renderAlert(incident, events);
      await this.send(row, () =>
        this.d.notifier.updateCard(threadOf(channel.reference, alert.conversationId), alert.activityId, card),
      );
      return { kind: 'delivered', result: { updated: alert.activityId } };
    }

    // alert.reminder
    if (incident.status !== 'new') return { kind: 'delivered', result: { skipped: incident.status } };
    const mentions = (await this.d.reminders?.mentions?.(p.level)) ?? [];
    const events = await this.d.incidents.events(incident.id);
    const card = this.d.renderAlert(incident, events, { reminderLevel: p.level });
    const text =
      p.level === 1
        ? `Reminder: ${incident.ref} has not been acknowledged yet.`
        : `Second reminder: ${incident.ref} has still not been acknowledged.`;
    const posted = await this.send(row, () =>
      this.d.notifier.postToChannel(channel.reference, card, { mentions, text }),
    );
    return {
      kind: 'delivered',
      result: posted,
      change: {
        incidentId: incident.id,
        events: [
          {
            type: 'reminder_sent',
            actor: SYSTEM_ACTOR,
            at: this.d.clock.now(),
            data: { level: p.level, mentioned: mentions.length },
          },
        ],
        audit: [],
        outbox: [],
      },
    };
  }

  /** Paces, records 'sending' (so a crash is visible as a possible duplicate), then calls the connector. */
  private async send<T>(row: OutboxRow, call: () => Promise<T>): Promise<T> {
    await this.pacer.take(row.conversationKey, this.abort.signal);
    const stillMine = await this.d.outbox.markSending(row.id, this.id, this.d.clock.now(), this.t.leaseMs);
    if (!stillMine) throw new LostClaim();
    row.attempts++;
    row.status = 'sending';
    return this.withTimeout(call());
  }

  private withTimeout<T>(p: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const h = this.timers.setTimeout(
        () => reject(new ConnectorError(`no answer from the Bot Connector in ${this.t.deliveryTimeoutMs} ms`, null)),
        this.t.deliveryTimeoutMs,
      );
      p.then(
        (v) => {
          this.timers.clearTimeout(h);
          resolve(v);
        },
        (e: unknown) => {
          this.timers.clearTimeout(h);
          reject(e);
        },
      );
    });
  }

  private async failed(row: OutboxRow, err: unknown, log: Logger): Promise<void> {
    if (err instanceof LostClaim) {
      log.warn('another relay took this row over; leaving it');
      return;
    }
    if (err instanceof PacingCancelled) {
      // Stopping before this row's turn in the rate window: nothing was sent, so no attempt is counted.
      await this.d.outbox.release(row.id, this.id, null);
      return;
    }
    const retryable = err instanceof ConnectorError ? err.retryable : true;
    // A failure before the connector was called (rendering, reading) still counts towards giving up.
    const countAttempt = row.status !== 'sending' && !(err instanceof ConnectorError);
    if (countAttempt) row.attempts++;
    const status = err instanceof ConnectorError ? err.status : null;
    const reason = `${status ?? 'error'}: ${errorMessage(err)}`;
    if (!retryable || row.attempts >= this.t.maxAttempts) {
      await this.deadLetter(row, reason, log);
      return;
    }
    const retryAfterMs = err instanceof ConnectorError ? err.retryAfterMs : null;
    const delay = backoffMs(row.attempts, this.t, this.random, retryAfterMs);
    const now = this.d.clock.now();
    // Teams throttles per conversation: the rest of this conversation's rows wait out the Retry-After too.
    if (status === 429 && retryAfterMs) this.pacer.pause(row.conversationKey, now.getTime() + retryAfterMs);
    this.stats.retried++;
    log.warn({ status, attempts: row.attempts, retryInMs: delay }, 'delivery failed; will retry');
    if (row.kind === 'alert.post' && row.attempts === 1) {
      // The first failure goes into the chronology, so the record shows the alert was late and why.
      await this.d.incidents.change({
        incidentId: row.payload.incidentId,
        at: now,
        events: [{ type: 'alert_failed', actor: SYSTEM_ACTOR, at: now, data: { status, willRetry: true } }],
        audit: [],
        outbox: [],
      });
    }
    await this.d.outbox.retryLater(row.id, this.id, new Date(now.getTime() + delay), reason, countAttempt);
  }

  private async deadLetter(row: OutboxRow, reason: string, log: Logger): Promise<void> {
    const now = this.d.clock.now();
    this.stats.deadLettered++;
    log.error(
      { attempts: row.attempts, reason },
      'OUTBOX DEAD LETTER: a Teams delivery was given up; the record is safe but a person must act (see `boundary status`)',
    );
    const incident = await this.d.incidents.get(row.payload.incidentId);
    if (incident && (row.kind === 'alert.post' || row.kind === 'reporter.notify')) {
      await this.d.incidents.change({
        incidentId: incident.id,
        at: now,
        events: [
          {
            type: 'alert_dead_lettered',
            actor: SYSTEM_ACTOR,
            at: now,
            data: { kind: row.kind, reason: reason.slice(0, 200) },
          },
        ],
        audit: [],
        outbox: [],
        finishOutbox: { id: row.id, status: 'dead', result: {}, error: reason },
      });
    } else {
      await this.d.outbox.deadLetter(row.id, this.id, now, reason);
    }
  }

  private draft(kind: 'alert.update', incidentId: string, dueAt: Date): OutboxDraft {
    return { id: randomUUID(), payload: { kind, incidentId }, conversationKey: ALERT_CHANNEL_KEY, dueAt };
  }

  private reminderDraft(incidentId: string, level: 1 | 2, dueAt: Date): OutboxDraft {
    return {
      id: randomUUID(),
      payload: { kind: 'alert.reminder', incidentId, level },
      conversationKey: ALERT_CHANNEL_KEY,
      dueAt,
    };
  }
}

class LostClaim extends Error {}

function cancellableSleep(timers: RelayTimers, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const onAbort = () => {
      timers.clearTimeout(h);
      resolve();
    };
    const h = timers.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The posted card lives in its own thread: same channel reference, the thread's conversation id. */
function threadOf(channel: StoredConversationReference, conversationId: string): StoredConversationReference {
  return { ...channel, conversation: { ...channel.conversation, id: conversationId } };
}

/** What the reporter is told. Never the rationale or the outcome: those stay with the safeguarding team. */
export function reporterMessage(incident: Incident, about: 'acknowledged' | 'closed'): string {
  return about === 'acknowledged'
    ? `Your report ${incident.ref} has been picked up by the safeguarding team. Thank you for reporting it.`
    : `Your report ${incident.ref} has been closed by the safeguarding team. Thank you for reporting it; if anything else happens, please report again.`;
}
