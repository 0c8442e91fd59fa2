import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';
import type { Clock } from '../../src/clock.js';
import type { Env } from '../../src/config.js';
import { type BoundaryDeps, type RunningBoundary, startBoundary } from '../../src/main.js';
import { loadPolicyFile } from '../../src/policy/index.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import type { QuestionService } from '../../src/teams/question-service.js';
import { FakeConnector, type SentActivity } from '../fakes/fake-connector.js';
import { memoryLogger, testConfig } from '../fakes/harness.js';
import { type Activity, STAFF, TeamsClient, type TeamsUser } from '../fakes/teams-client.js';
import type { TestDatabase } from '../store/factories.js';

/**
 * A bot for the report-form, answer-card and feedback tests: the real server as `npm start` runs it
 * (`startBoundary`: the same composition of store, IncidentService, outbox relay, lead directory, alert-channel
 * setup and Teams routes), with the real policy engine over the example policy, the real POST /api/messages and a
 * FakeConnector as Teams.
 *
 * By default the server opens its own SQLite database in DATA_DIR exactly as it does in production, and the test
 * opens the same file once more (WAL) to look at what was stored. With `db` (a PostgreSQL schema or SQLite file
 * from test/store/factories) or `wrapStore` (to make the database fail for a while), the server is handed that
 * store instead, wrapped the way main.ts wraps its own.
 */

export const EXAMPLE_POLICY = resolve(import.meta.dirname, '..', '..', 'policies', 'example-social-media-policy.md');

let policy: Promise<QuestionService> | undefined;
/** The example policy, loaded once per test file. */
export function examplePolicy(): Promise<QuestionService> {
  policy ??= loadPolicyFile(EXAMPLE_POLICY);
  return policy;
}

/** Relay tuning for tests: tens of milliseconds of polling and backoff instead of seconds. */
export const TEST_RELAY: NonNullable<BoundaryDeps['relay']> = {
  tuning: { baseDelayMs: 20, maxDelayMs: 200, pollMs: 40, noChannelRecheckMs: 60, maxAttempts: 12 },
};

export interface ReportBot {
  boundary: RunningBoundary;
  client: TeamsClient;
  connector: FakeConnector;
  /** The database the server uses (the same file or schema, opened by the test when the server opened its own). */
  store: Store;
  dataDir: string;
  logs: () => Record<string, unknown>[];
  /** Stops the server and closes the store; the data directory stays. */
  stop(): Promise<void>;
}

export interface ReportBotOptions {
  dataDir?: string;
  clock?: Clock;
  questions?: QuestionService;
  /** Settings over the test defaults (loopback, port 0, local mode, DATA_DIR = dataDir), e.g. SAFEGUARDING_LEADS. */
  env?: Env;
  /** Run on this database (e.g. a PostgreSQL schema) instead of SQLite in dataDir. The caller cleans it up. */
  db?: TestDatabase;
  /** Wraps the store the server uses, e.g. to make the database refuse a write for a while. */
  wrapStore?: (real: Store) => Store;
  /** Reuse a connector across a restart, so the client's serviceUrl stays valid. */
  connector?: FakeConnector;
  /** The safeguarding desk's seams (its policy reading, its tenant keys), as startBoundary takes them. */
  desk?: BoundaryDeps['desk'];
  /** Answer from the policy engine over POLICY_FILE, with its reading desk, as `npm start` does. */
  realPolicy?: boolean;
}

export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'boundary-reports-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Report bots for one describe block. `start` runs a bot on a fresh SQLite data directory (unless opts.dataDir is
 * given) with a FakeConnector of its own (unless opts.connector is given), over `defaults`; `defer` adds any other
 * clean-up. An afterEach registered here stops every bot started in the test, closes the connectors it started and
 * removes the directories, newest first.
 */
export function reportBotsPerTest(defaults: ReportBotOptions = {}): {
  start: (opts?: ReportBotOptions) => Promise<ReportBot>;
  defer: (cleanup: () => Promise<void> | void) => void;
} {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });
  const defer = (cleanup: () => Promise<void> | void) => {
    cleanups.push(cleanup);
  };
  async function start(over: ReportBotOptions = {}): Promise<ReportBot> {
    const opts = { ...defaults, ...over };
    const data = opts.dataDir ? null : tempDataDir();
    const connector = opts.connector ?? (await FakeConnector.start());
    const bot = await startReportBot({ ...opts, connector, ...(data ? { dataDir: data.dir } : {}) });
    defer(async () => {
      await bot.stop();
      if (!opts.connector) await connector.close();
      data?.remove();
    });
    return bot;
  }
  return { start, defer };
}

export async function startReportBot(opts: ReportBotOptions = {}): Promise<ReportBot> {
  const clock = opts.clock ?? { now: () => new Date() };
  const dataDir = opts.dataDir ?? tempDataDir().dir;
  const { logger, lines } = memoryLogger();
  const questions = opts.realPolicy ? null : (opts.questions ?? (await examplePolicy()));
  const config = testConfig({ DATA_DIR: dataDir, ...opts.env });

  // The server's own store, when the test hands one in; otherwise startBoundary opens DATA_DIR itself.
  let given: Store | undefined;
  const openGiven: BoundaryDeps['openStore'] =
    opts.db || opts.wrapStore
      ? async () => {
          const real = opts.db ? await opts.db.reopen() : await openStore({ dataDir, logger, clock });
          const store = opts.wrapStore ? opts.wrapStore(real) : real;
          given = store;
          return { ...store, close: () => real.close() };
        }
      : undefined;

  const boundary = await startBoundary(config, {
    logger,
    clock,
    ...(questions ? { loadQuestions: async () => questions } : {}),
    relay: TEST_RELAY,
    ...(opts.desk ? { desk: opts.desk } : {}),
    ...(openGiven ? { openStore: openGiven } : {}),
  });
  try {
    await boundary.ready;
  } catch (err) {
    await boundary.stop();
    throw err;
  }
  // Looking from outside: the same database, opened once more (after the server applied its migrations).
  const own = given ? null : await openStore({ dataDir, logger, clock });
  const store = given ?? (own as Store);
  const connector = opts.connector ?? (await FakeConnector.start());
  const client = new TeamsClient({ messagesUrl: boundary.messagesUrl, serviceUrl: connector.serviceUrl });
  return {
    boundary,
    client,
    connector,
    store,
    dataDir,
    logs: lines,
    async stop() {
      await boundary.stop();
      await own?.close();
    },
  };
}
/** The Adaptive Card an invoke answered with (Action.Execute replaces the pressed card with it). */
export function invokeCard(body: unknown): Record<string, unknown> {
  const b = body as { statusCode?: number; type?: string; value?: unknown };
  if (b?.type !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`expected a card in the invoke response, got ${JSON.stringify(body)}`);
  }
  return b.value as Record<string, unknown>;
}

/** The first Adaptive Card of an activity the bot sent. */
export function sentCard(sent: SentActivity | Record<string, unknown>): Record<string, unknown> {
  const activity = ('activity' in sent ? sent.activity : sent) as Activity;
  const attachments = (activity.attachments ?? []) as { contentType: string; content: Record<string, unknown> }[];
  const card = attachments.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  if (!card) throw new Error(`no card in ${JSON.stringify(activity)}`);
  return card.content;
}

/** Every Action.Execute on a card, wherever it sits (card actions or an ActionSet). */
export function executeActions(card: unknown): { title: string; verb: string; data: Record<string, unknown> }[] {
  const out: { title: string; verb: string; data: Record<string, unknown> }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.type === 'Action.Execute') {
      out.push({ title: String(n.title), verb: String(n.verb), data: (n.data ?? {}) as Record<string, unknown> });
    }
    for (const v of Object.values(n)) walk(v);
  };
  walk(card);
  return out;
}

/** Presses a button on a card as Teams does: the action's data plus the card's inputs, as an invoke. */
export async function press(
  bot: ReportBot,
  card: unknown,
  title: string,
  inputs: Record<string, unknown> = {},
  user: TeamsUser = STAFF,
) {
  const action = executeActions(card).find((a) => a.title === title);
  if (!action) {
    throw new Error(`no button "${title}" on the card; it has ${executeActions(card).map((a) => a.title)}`);
  }
  const res = await bot.client.send(bot.client.invoke(action.verb, { ...action.data, ...inputs }, { user }));
  return res;
}
