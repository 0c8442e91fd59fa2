/**
 * The load driver: N concurrent conversations, each a member of staff in a Teams personal chat
 * posting message activities to a bot's real POST /api/messages, one at a time (closed loop). A
 * question is timed from the moment its request starts to the moment the bot's reply reaches the
 * fake Bot Connector (correlated by conversation id and replyToId), which is what a teacher waits
 * for. Warm-up requests are sent first and not counted. Loopback only; bounded by count and time.
 */
import { Agent, request } from 'node:http';
import { errorMessage } from '../src/errors.js';
import { percentileOf } from './stats.js';

/** What the driver needs from a fake Bot Connector: its URL and a feed of what the bot sent. */
export interface ReplyFeed {
  readonly serviceUrl: string;
  /** Calls listener for every activity the bot sends; returns an unsubscribe function. */
  onActivity(listener: (received: FeedActivity) => void): () => void;
}

export interface FeedActivity {
  /** performance.now() in this process when the connector had the whole request. */
  readonly at: number;
  readonly conversationId: string;
  /** From the URL (.../activities/{replyToId}) or, failing that, the activity's replyToId. */
  readonly replyToId?: string;
  readonly activity: Record<string, unknown>;
}

export interface LoadOptions {
  /** e.g. http://127.0.0.1:3978 */
  readonly botUrl: string;
  readonly feed: ReplyFeed;
  readonly concurrency: number;
  /** Questions cycled through in order; each conversation starts at a different offset. */
  readonly questions: readonly string[];
  readonly warmupRequests: number;
  /** Measured requests stop at this count or at maxMs, whichever comes first. */
  readonly maxRequests: number;
  readonly maxMs: number;
  /** A reply that has not arrived by then is a failure. Default 15 s. */
  readonly replyTimeoutMs?: number;
  /** Distinguishes conversations across runs against the same bot (its state is per conversation). */
  readonly label?: string;
  /**
   * Each worker rotates over this many staff members (own user and personal chat each), so no one
   * person asks hundreds of questions a second, which a per-user rate limit would rightly refuse.
   * Default 1.
   */
  readonly conversationsPerWorker?: number;
}

export interface LoadResult {
  readonly concurrency: number;
  readonly answered: number;
  readonly failed: number;
  readonly durationMs: number;
  /** Answers per second over the measured phase. */
  readonly throughput: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Up to five distinct failure reasons, so a broken bot says why. */
  readonly errors: readonly string[];
  /**
   * What the measured replies were ("text", or "attachment:<contentType>"), counted, so a run where
   * the bot answered with an error or a rate-limit notice instead of an answer card is visible.
   */
  readonly replyKinds: Readonly<Record<string, number>>;
}

/** "text" or "attachment:<contentType>" of the first attachment. */
export function replyKind(activity: Record<string, unknown>): string {
  const attachments = activity.attachments as { contentType?: string }[] | undefined;
  const first = attachments?.[0];
  return first ? `attachment:${first.contentType ?? 'unknown'}` : 'text';
}

export const BENCH_TENANT_ID = '8f3c7a52-1d4e-4b0a-9c61-3e2f5d7a9b10';
export const BENCH_BOT_ID = '28:00000000-0000-0000-0000-00000000b0b0';

let activitySeq = 0;

/** A realistic Teams personal-chat message activity, as the Teams service posts it. */
export function personalMessage(options: {
  serviceUrl: string;
  conversationId: string;
  userIndex: number;
  text: string;
}): Record<string, unknown> {
  const now = new Date();
  const user = String(options.userIndex).padStart(12, '0');
  return {
    type: 'message',
    id: `1${Date.now()}${String(activitySeq++).padStart(6, '0')}`,
    timestamp: now.toISOString(),
    localTimestamp: now.toISOString(),
    localTimezone: 'Europe/London',
    serviceUrl: options.serviceUrl,
    channelId: 'msteams',
    from: {
      id: `29:1bench-user-${user}`,
      name: `Bench Teacher ${options.userIndex}`,
      aadObjectId: `00000000-0000-4000-8000-${user}`,
    },
    conversation: {
      conversationType: 'personal',
      tenantId: BENCH_TENANT_ID,
      id: options.conversationId,
    },
    recipient: { id: BENCH_BOT_ID, name: 'Boundary' },
    textFormat: 'plain',
    locale: 'en-GB',
    text: options.text,
    entities: [{ type: 'clientInfo', locale: 'en-GB', country: 'GB', platform: 'Web', timezone: 'Europe/London' }],
    channelData: { tenant: { id: BENCH_TENANT_ID } },
  };
}

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/** Posts one activity to the bot; resolves with the HTTP status and body (never rejects on a status). */
export function postActivity(
  botUrl: string,
  activity: unknown,
  path = '/api/messages',
): Promise<{ status: number; body: string }> {
  const url = new URL(path, botUrl);
  const payload = Buffer.from(JSON.stringify(activity));
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        method: 'POST',
        hostname: url.hostname,
        port: url.port,
        path: url.pathname,
        headers: { 'content-type': 'application/json', 'content-length': payload.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Waits for message replies by conversation id + replyToId. */
class ReplyWaiter {
  private waiting = new Map<string, (at: number, activity: Record<string, unknown>) => void>();
  private readonly unsubscribe: () => void;

  constructor(feed: ReplyFeed) {
    this.unsubscribe = feed.onActivity((received) => {
      if (received.activity.type !== 'message') return;
      const replyTo = received.replyToId ?? (received.activity.replyToId as string | undefined);
      const key = `${received.conversationId}|${replyTo}`;
      const resolve = this.waiting.get(key);
      if (resolve) {
        this.waiting.delete(key);
        resolve(received.at, received.activity);
      }
    });
  }

  wait(
    conversationId: string,
    activityId: string,
    timeoutMs: number,
  ): Promise<{ at: number; activity: Record<string, unknown> }> {
    const key = `${conversationId}|${activityId}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(key);
        reject(new Error(`no reply within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(key, (at, activity) => {
        clearTimeout(timer);
        resolve({ at, activity });
      });
    });
  }

  close(): void {
    this.unsubscribe();
  }
}

/** Runs warm-up then the measured phase at one concurrency. Rejects only on a driver bug. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (options.questions.length === 0) throw new Error('runLoad needs at least one question');
  const waiter = new ReplyWaiter(options.feed);
  const replyTimeoutMs = options.replyTimeoutMs ?? 15_000;
  const label = options.label ?? `c${options.concurrency}`;
  const errors = new Set<string>();

  const pool = Math.max(1, options.conversationsPerWorker ?? 1);
  const ask = async (worker: number, n: number): Promise<{ ms: number; kind: string } | undefined> => {
    const user = worker * pool + (n % pool);
    const conversationId = `a:1bench-${label}-${user}`;
    const text = options.questions[(worker * 7 + n) % options.questions.length] ?? '';
    const activity = personalMessage({ serviceUrl: options.feed.serviceUrl, conversationId, userIndex: user, text });
    const start = performance.now();
    const replied = waiter.wait(conversationId, activity.id as string, replyTimeoutMs);
    try {
      const [response, reply] = await Promise.all([postActivity(options.botUrl, activity), replied]);
      if (response.status < 200 || response.status >= 300) {
        errors.add(`HTTP ${response.status}: ${response.body.slice(0, 200)}`);
        return undefined;
      }
      return { ms: reply.at - start, kind: replyKind(reply.activity) };
    } catch (err) {
      // Keep the reply waiter from rejecting unobserved when the POST failed first.
      replied.catch(() => undefined);
      errors.add(errorMessage(err));
      return undefined;
    }
  };

  const phase = async (count: number, maxMs: number) => {
    const latencies: number[] = [];
    const kinds: Record<string, number> = {};
    let failed = 0;
    let issued = 0;
    const started = performance.now();
    const deadline = started + maxMs;
    const worker = async (w: number) => {
      let n = 0;
      while (issued < count && performance.now() < deadline) {
        issued++;
        const outcome = await ask(w, n++);
        if (outcome === undefined) failed++;
        else {
          latencies.push(outcome.ms);
          kinds[outcome.kind] = (kinds[outcome.kind] ?? 0) + 1;
        }
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, (_, w) => worker(w)));
    return { latencies, kinds, failed, durationMs: performance.now() - started };
  };

  try {
    await phase(options.warmupRequests, Math.max(options.maxMs, 10_000));
    const { latencies, kinds, failed, durationMs } = await phase(options.maxRequests, options.maxMs);
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      concurrency: options.concurrency,
      answered: sorted.length,
      failed,
      durationMs,
      throughput: durationMs > 0 ? (sorted.length * 1000) / durationMs : 0,
      p50Ms: percentileOf(sorted, 50),
      p95Ms: percentileOf(sorted, 95),
      p99Ms: percentileOf(sorted, 99),
      maxMs: sorted.at(-1) ?? Number.NaN,
      errors: [...errors].slice(0, 5),
      replyKinds: kinds,
    };
  } finally {
    waiter.close();
  }
}
