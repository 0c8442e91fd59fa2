import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach } from 'vitest';
import { type Clock, systemClock } from '../../src/clock.js';
import { type Config, type Env, loadConfig } from '../../src/config.js';
import { createLogger, type Logger, silentLogger } from '../../src/log.js';
import { type BoundaryDeps, type RunningBoundary, startBoundary } from '../../src/main.js';
import { loadPolicyFile } from '../../src/policy/index.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import type { QuestionService } from '../../src/teams/question-service.js';
import { FakeConnector } from '../fakes/fake-connector.js';
import { FixedAnswerService } from '../fakes/fixed-answer-service.js';
import { TeamsClient } from '../fakes/teams-client.js';
import type { TestDatabase } from '../store/factories.js';

/**
 * The one bot harness: the real server in-process (`startBoundary`, composed exactly as `npm start` composes it)
 * on port 0, a real store, a FakeConnector on loopback as Teams, and a TeamsClient that posts to the real
 * POST /api/messages. Presets for particular suites (alerts, security) are thin layers over `startBot`.
 */

export const EXAMPLE_POLICY = resolve(import.meta.dirname, '..', '..', 'policies', 'example-social-media-policy.md');

let policy: Promise<QuestionService> | undefined;
/** The real policy engine over the example policy, loaded once per test file. */
export function examplePolicy(): Promise<QuestionService> {
  policy ??= loadPolicyFile(EXAMPLE_POLICY);
  return policy;
}

/** Relay tuning for tests: tens of milliseconds of polling and backoff instead of seconds. */
export const TEST_RELAY: NonNullable<BoundaryDeps['relay']> = {
  tuning: { baseDelayMs: 20, maxDelayMs: 200, pollMs: 40, noChannelRecheckMs: 60, maxAttempts: 12 },
};

/** A logger whose JSON lines are kept in memory, so tests can assert what was (and was not) logged. */
export function memoryLogger(level = 'debug'): {
  logger: Logger;
  lines: () => Record<string, unknown>[];
  raw: () => string;
} {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  });
  const raw = () => chunks.join('');
  return {
    logger: createLogger({ level, destination }),
    raw,
    lines: () =>
      raw()
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

/** A Config for tests: loopback, port 0, local mode unless the env says otherwise. */
export function testConfig(env: Env = {}): Config {
  return loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', SHUTDOWN_TIMEOUT_MS: '5000', ...env });
}

export function tempDir(prefix = 'boundary-test-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The real store on SQLite in a fresh temporary folder, removed when the store is closed. */
export async function openTempStore(opts: { logger?: Logger; clock?: Clock } = {}): Promise<Store> {
  const { dir, remove } = tempDir();
  const store = await openStore({
    dataDir: dir,
    logger: opts.logger ?? silentLogger(),
    clock: opts.clock ?? systemClock,
  });
  return {
    ...store,
    close: async () => {
      await store.close();
      remove();
    },
  };
}

export interface BotOptions {
  /** Settings over the test defaults (loopback, port 0, local mode, DATA_DIR), e.g. SAFEGUARDING_LEADS. */
  env?: Env;
  /** Default: a FixedAnswerService (routing and rendering tests); `examplePolicy` for the real engine. */
  questions?: QuestionService | (() => Promise<QuestionService>);
  clock?: Clock;
  /** SQLite in this folder, kept after the bot stops (a restart reuses it). Default: a temporary folder. */
  dataDir?: string;
  /** Run on this database (a PostgreSQL schema or SQLite file from test/store/factories) instead. */
  db?: TestDatabase;
  /** Wraps the store the server uses, e.g. to make the database refuse a write for a while. */
  wrapStore?: (real: Store) => Store;
  /** Reuse a connector (across a restart, so the client's serviceUrl stays valid); it is not closed here. */
  connector?: FakeConnector;
  /** Anything else startBoundary takes; the relay defaults to TEST_RELAY. An openStore here opens the store. */
  deps?: BoundaryDeps;
}

export interface Bot {
  boundary: RunningBoundary;
  /** The store the server runs on (the same handle). */
  store: Store;
  connector: FakeConnector;
  client: TeamsClient;
  questions: QuestionService;
  dataDir: string;
  /** The log lines so far, parsed. */
  logs: () => Record<string, unknown>[];
  /** The whole log so far, as written. */
  log: () => string;
  /** Stops the server (which closes the store); the connector and data folder stay. */
  stop(): Promise<void>;
  /** Stops, then closes the connector and removes the data folder unless they were given. */
  dispose(): Promise<void>;
}

/** Starts the real server and waits until it is ready; rejects (with nothing left running) if it cannot start. */
export async function startBot(opts: BotOptions = {}): Promise<Bot> {
  const clock = opts.clock ?? systemClock;
  const own = opts.dataDir || opts.db ? null : tempDir();
  const dataDir = opts.dataDir ?? own?.dir ?? '';
  const connector = opts.connector ?? (await FakeConnector.start());
  const questions =
    typeof opts.questions === 'function' ? await opts.questions() : (opts.questions ?? new FixedAnswerService());
  const config = testConfig({ ...(dataDir ? { DATA_DIR: dataDir } : {}), ...opts.env });
  const { logger, lines, raw } = memoryLogger();
  let store: Store | undefined;
  const open = async (): Promise<Store> => {
    const real = opts.deps?.openStore
      ? await opts.deps.openStore()
      : opts.db
        ? await opts.db.reopen()
        : await openStore({
            databaseUrl: config.databaseUrl,
            dataDir,
            logger,
            clock,
            recentAnswersDays: config.recentAnswersDays,
            feedbackDays: config.feedbackDays,
          });
    store = opts.wrapStore ? { ...opts.wrapStore(real), close: () => real.close() } : real;
    return store;
  };
  const cleanUp = async () => {
    if (!opts.connector) await connector.close();
    own?.remove();
  };
  let boundary: RunningBoundary;
  try {
    boundary = await startBoundary(config, {
      logger,
      clock,
      loadQuestions: async () => questions,
      relay: TEST_RELAY,
      ...opts.deps,
      openStore: open,
    });
  } catch (err) {
    await cleanUp();
    throw err;
  }
  try {
    await boundary.ready;
  } catch (err) {
    await boundary.stop();
    await cleanUp();
    throw err;
  }
  const client = new TeamsClient({ messagesUrl: boundary.messagesUrl, serviceUrl: connector.serviceUrl });
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= boundary.stop();
    return stopped;
  };
  return {
    boundary,
    store: store as Store,
    connector,
    client,
    questions,
    dataDir,
    logs: lines,
    log: raw,
    stop,
    async dispose() {
      await stop();
      await cleanUp();
    },
  };
}

/**
 * Bots for one describe block: `start` runs a bot over `defaults`, and an afterEach registered here disposes of
 * every bot started in the test, then runs whatever else was `defer`red, newest first.
 */
export function botsPerTest(defaults: BotOptions = {}): {
  start: (opts?: BotOptions) => Promise<Bot>;
  defer: (cleanup: () => Promise<void> | void) => void;
} {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });
  const defer = (cleanup: () => Promise<void> | void) => {
    cleanups.push(cleanup);
  };
  const start = async (over: BotOptions = {}) => {
    const bot = await startBot({ ...defaults, ...over });
    defer(() => bot.dispose());
    return bot;
  };
  return { start, defer };
}
