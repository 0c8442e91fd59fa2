import type { Application } from '@microsoft/teams-ai';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { type Clock, systemClock } from '../clock.js';
import type { Logger } from '../log.js';
import { REPORT_VERB_ROUTE } from '../reports/forms/index.js';
import { executeActionOf } from './card-action.js';

/**
 * Per-person limits, so one account (a compromised one, a stuck client, a script) cannot flood the bot, the
 * database or the safeguarding channel. Each report is one post to the safeguarding channel, so the report limit
 * is also the cap on channel posts one person can cause.
 *
 * - messages (questions and typed commands): `questionsPerMinute` in any 60 s;
 * - report submissions: `reportsPerHour` distinct reports (by form id) in any hour. Sending the same form again
 *   (a double tap, Teams retrying the invoke) is never refused and never counted twice: it creates no second
 *   incident, and refusing it could hide the confirmation of a report that was stored;
 * - other card actions (form steps, feedback, alert buttons): `cardActionsPerMinute`.
 *
 * Counts are kept in memory per instance (a restart or a second instance starts afresh): this protects the
 * service from floods, it is not an accounting of what anyone did (the audit log is).
 */
export interface RateLimitSettings {
  questionsPerMinute: number;
  reportsPerHour: number;
  cardActionsPerMinute?: number;
}

export type RateLimitKind = 'message' | 'report' | 'card_action';

export type RateDecision = { allowed: true } | { allowed: false; kind: RateLimitKind; retryAfterMs: number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Distinct people tracked at once; beyond this the least recently seen are forgotten (forged ids cannot grow it). */
const MAX_TRACKED = 20_000;

interface Window {
  /** Times (ms) of counted events, oldest first. */
  times: number[];
  /** Form ids already counted for reports, with when, so a repeated send is free. */
  forms?: Map<string, number>;
}

/** Sliding-window counters per person and kind. Pure bookkeeping: time comes from the clock passed in. */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly limits: Record<RateLimitKind, { max: number; windowMs: number }>;

  constructor(
    settings: RateLimitSettings,
    private readonly clock: Clock = systemClock,
  ) {
    this.limits = {
      message: { max: settings.questionsPerMinute, windowMs: MINUTE },
      report: { max: settings.reportsPerHour, windowMs: HOUR },
      card_action: { max: settings.cardActionsPerMinute ?? settings.questionsPerMinute * 4, windowMs: MINUTE },
    };
  }

  /** Counts one event for `person` and says whether it may go ahead. `formId` makes a report send idempotent. */
  check(person: string, kind: RateLimitKind, formId?: string): RateDecision {
    const now = this.clock.now().getTime();
    const { max, windowMs } = this.limits[kind];
    const key = `${kind}\u0000${person}`;
    let w = this.windows.get(key);
    if (w) {
      // Re-insert so Map order is least recently seen first, for eviction.
      this.windows.delete(key);
    } else {
      w = { times: [] };
    }
    this.windows.set(key, w);
    while (w.times.length > 0 && (w.times[0] as number) <= now - windowMs) w.times.shift();
    if (w.forms) for (const [id, at] of w.forms) if (at <= now - windowMs) w.forms.delete(id);

    if (kind === 'report' && formId !== undefined && w.forms?.has(formId)) return { allowed: true };
    if (w.times.length >= max) {
      const oldest = w.times[0] as number;
      return { allowed: false, kind, retryAfterMs: Math.max(1_000, oldest + windowMs - now) };
    }
    w.times.push(now);
    if (kind === 'report' && formId !== undefined) {
      w.forms ??= new Map();
      w.forms.set(formId, now);
    }
    this.evict();
    return { allowed: true };
  }

  /** People tracked now (for tests: forged ids must not grow this without bound). */
  get size(): number {
    return this.windows.size;
  }

  private evict(): void {
    while (this.windows.size > MAX_TRACKED) {
      const oldest = this.windows.keys().next().value;
      if (oldest === undefined) return;
      this.windows.delete(oldest);
    }
  }
}

/** What a person sees when refused. Calm, says when to try again, and never lets a limit stand between a child and help. */
export function rateLimitMessage(kind: RateLimitKind, retryAfterMs: number): string {
  const wait = describeWait(retryAfterMs);
  const urgent = 'If a child is at immediate risk, call 999 and tell the DSL in person now.';
  switch (kind) {
    case 'message':
      return `You have sent me a lot of messages in the last minute, so I am pausing for a moment to keep Boundary quick for everyone. Please try again in ${wait}. ${urgent}`;
    case 'report':
      return `You have sent the most reports Boundary takes from one person in an hour. Your answers are still on the form: press Send again in ${wait}. If it cannot wait, tell the DSL in person now. ${urgent}`;
    case 'card_action':
      return `That was a lot of button presses in a minute, so I am pausing for a moment. Please try again in ${wait}. ${urgent}`;
  }
}

function describeWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** Which limit an activity counts against, or null for activities that are not limited (installs, updates). */
export function classify(context: TurnContext): { kind: RateLimitKind; formId?: string } | null {
  const activity = context.activity;
  if (activity.type === ActivityTypes.Message) return { kind: 'message' };
  if (activity.type === ActivityTypes.Invoke) {
    const action = executeActionOf(context);
    if (action && REPORT_VERB_ROUTE.test(action.verb) && action.verb.endsWith('.submit')) {
      const formId = typeof action.data.formId === 'string' ? action.data.formId.slice(0, 200) : undefined;
      return formId === undefined ? { kind: 'report' } : { kind: 'report', formId };
    }
    return { kind: 'card_action' };
  }
  return null;
}

/** The person a limit applies to: the Entra object id Teams sends, else the channel account id. */
function personKey(context: TurnContext): string | undefined {
  const from = context.activity.from;
  const key = (from?.aadObjectId ?? '').trim() || (from?.id ?? '').trim();
  return key === '' ? undefined : key.slice(0, 200);
}

/**
 * Registers the limits as the app's first beforeTurn handler: a refused turn runs no route, stores nothing and
 * is answered with the friendly message (as an invoke's message response, so the card and what was typed on it
 * stay as they were). Register before the routes.
 */
export function registerRateLimits(
  // biome-ignore lint/suspicious/noExplicitAny: limits apply whatever the app's turn state type is
  app: Application<any>,
  limiter: RateLimiter,
  logger: Logger,
): void {
  app.turn('beforeTurn', async (context) => {
    const what = classify(context);
    const person = personKey(context);
    if (!what || !person) return true;
    const decision = limiter.check(person, what.kind, what.formId);
    if (decision.allowed) return true;
    logger.warn(
      { activityId: context.activity.id, limit: decision.kind, retryAfterMs: decision.retryAfterMs },
      'rate limit: activity refused',
    );
    const text = rateLimitMessage(decision.kind, decision.retryAfterMs);
    if (context.activity.type === ActivityTypes.Invoke) {
      await context.sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: {
          status: 200,
          body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text },
        },
      });
    } else {
      await context.sendActivity({ text, textFormat: 'plain' });
    }
    return false;
  });
}
