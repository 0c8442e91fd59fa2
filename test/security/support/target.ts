import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import type { Env } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import { type BoundaryDeps, type RunningBoundary, startBoundary } from '../../../src/main.js';
import { loadPolicyFile } from '../../../src/policy/index.js';
import type { QuestionService } from '../../../src/teams/question-service.js';
import { FakeConnector } from '../../fakes/fake-connector.js';
import { testConfig } from '../../fakes/harness.js';
import { DSL, SAFEGUARDING_TEAM, TeamsClient } from '../../fakes/teams-client.js';

export const EXAMPLE_POLICY = resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'policies',
  'example-social-media-policy.md',
);

let policy: Promise<QuestionService> | undefined;
/** The real policy engine over the example policy, loaded once per test file. */
export function examplePolicy(): Promise<QuestionService> {
  policy ??= loadPolicyFile(EXAMPLE_POLICY);
  return policy;
}

/** Every log line the server wrote, raw, so a test can grep the whole log (not only parsed fields). */
export function capturedLogger(level = 'debug') {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  });
  return { logger: createLogger({ level, destination }), raw: () => chunks.join('') };
}

export interface Target {
  boundary: RunningBoundary;
  connector: FakeConnector;
  client: TeamsClient;
  dataDir: string;
  /** The whole log so far, as written. */
  log: () => string;
  /** Stops the server; the connector and data directory stay until `dispose`. */
  stop(): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * The real server in-process (startBoundary on port 0) with its default store: SQLite under a temporary DATA_DIR,
 * the incident service, the outbox relay and the Teams notifier exactly as main composes them, a fake Bot
 * Connector on loopback, and the alert channel set up by a DSL as in a school. Relay timings are fast so alerts
 * arrive within a test's patience.
 */
export async function startTarget(
  opts: {
    env?: Env;
    questions?: QuestionService;
    deps?: BoundaryDeps;
    connector?: FakeConnector;
    dataDir?: string;
    setUpChannel?: boolean;
  } = {},
): Promise<Target> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'boundary-security-'));
  const connector = opts.connector ?? (await FakeConnector.start({ defaultMembers: [DSL] }));
  connector.setTeam(SAFEGUARDING_TEAM.teamId, {
    name: SAFEGUARDING_TEAM.name,
    channels: [{ id: SAFEGUARDING_TEAM.channelId, name: SAFEGUARDING_TEAM.channelName }],
  });
  const { logger, raw } = capturedLogger();
  const boundary = await startBoundary(
    testConfig({
      DATA_DIR: dataDir,
      SAFEGUARDING_LEADS: DSL.aadObjectId,
      LOG_LEVEL: 'debug',
      ...opts.env,
    }),
    {
      logger,
      loadQuestions: async () => opts.questions ?? (await examplePolicy()),
      relay: { tuning: { pollMs: 50, baseDelayMs: 20, maxDelayMs: 200, noChannelRecheckMs: 200 } },
      ...opts.deps,
    } as BoundaryDeps,
  );
  await boundary.ready;
  const client = new TeamsClient({ messagesUrl: boundary.messagesUrl, serviceUrl: connector.serviceUrl });
  if (opts.setUpChannel ?? true) {
    await client.send(client.teamInstall({ user: DSL }));
    await client.send(
      client.channelMessage('set alerts channel', { user: DSL, inChannel: SAFEGUARDING_TEAM.channelId }),
    );
  }
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await boundary.stop();
  };
  return {
    boundary,
    connector,
    client,
    dataDir,
    log: raw,
    stop,
    async dispose() {
      await stop();
      if (!opts.connector) await connector.close();
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
