import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { type Clock, systemClock } from '../../src/clock.js';
import { type Config, type Env, loadConfig } from '../../src/config.js';
import { createLogger, type Logger, silentLogger } from '../../src/log.js';
import { type BoundaryDeps, type RunningBoundary, startBoundary } from '../../src/main.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import type { QuestionService } from '../../src/teams/question-service.js';
import { FakeConnector } from './fake-connector.js';
import { FixedAnswerService } from './fixed-answer-service.js';
import { TeamsClient, type TeamsClientOptions } from './teams-client.js';

/** A logger whose JSON lines are kept in memory, so tests can assert what was (and was not) logged. */
export function memoryLogger(level = 'debug'): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      raw.push(String(chunk));
      cb();
    },
  });
  const logger = createLogger({ level, destination });
  return {
    logger,
    lines: () =>
      raw
        .join('')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

/** A Config for tests: loopback, port 0, local mode unless the env says otherwise. */
export function testConfig(env: Env = {}): Config {
  return loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', SHUTDOWN_TIMEOUT_MS: '5000', ...env });
}

/** The real store on SQLite in a fresh temporary folder, removed when the store is closed. */
export async function openTempStore(opts: { logger?: Logger; clock?: Clock } = {}): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'boundary-test-'));
  const store = await openStore({
    dataDir: dir,
    logger: opts.logger ?? silentLogger(),
    clock: opts.clock ?? systemClock,
  });
  return {
    ...store,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TestBot {
  boundary: RunningBoundary;
  /** The store the server runs on (SQLite in a temporary folder unless deps.openStore gave another). */
  store: Store;
  connector: FakeConnector;
  client: TeamsClient;
  questions: QuestionService;
  logs: () => Record<string, unknown>[];
  stop(): Promise<void>;
}

/**
 * Starts the real server in-process (port 0) with a FakeConnector and a TeamsClient pointed at both, and waits
 * until it is ready. The store is SQLite in a temporary folder unless deps.openStore says otherwise.
 */
export async function startTestBot(
  opts: { env?: Env; questions?: QuestionService; deps?: BoundaryDeps; client?: Partial<TeamsClientOptions> } = {},
): Promise<TestBot> {
  const connector = await FakeConnector.start();
  const questions = opts.questions ?? new FixedAnswerService();
  const { logger, lines } = memoryLogger();
  let store: Store | undefined;
  const open = opts.deps?.openStore ?? (() => openTempStore({ logger }));
  const boundary = await startBoundary(testConfig(opts.env), {
    logger,
    loadQuestions: async () => questions,
    ...opts.deps,
    openStore: async () => {
      store = await open();
      return store;
    },
  });
  await boundary.ready;
  const client = new TeamsClient({
    messagesUrl: boundary.messagesUrl,
    serviceUrl: connector.serviceUrl,
    ...opts.client,
  });
  return {
    boundary,
    store: store as Store,
    connector,
    client,
    questions,
    logs: lines,
    async stop() {
      await boundary.stop();
      await connector.close();
    },
  };
}
