import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Clock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { Readiness } from '../../src/http/readiness.js';
import { startHttpServer } from '../../src/http/server.js';
import { loadPolicyFile } from '../../src/policy/index.js';
import { IncidentService } from '../../src/reports/incident-service.js';
import { ConfiguredLeadDirectory } from '../../src/reports/lead-directory.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { createBotAdapter } from '../../src/teams/adapter.js';
import { createTeamsApp } from '../../src/teams/app.js';
import { createBotEndpoint } from '../../src/teams/bot-endpoint.js';
import type { QuestionService } from '../../src/teams/question-service.js';
import type { TeamsServices } from '../../src/teams/routes.js';
import { FakeConnector, type SentActivity } from '../fakes/fake-connector.js';
import { memoryLogger } from '../fakes/harness.js';
import { type Activity, STAFF, TeamsClient, type TeamsUser } from '../fakes/teams-client.js';

/**
 * A bot for the report-form and answer-card tests: the real POST /api/messages, the real teams-ai app and
 * routes, turn state on the real SQLite store (SqlBotStorage) in a temp directory, the real IncidentService and
 * FeedbackLog on that store, and the real policy engine over the example policy.
 *
 * TODO(wiring): main.ts does not yet hand the store's IncidentService, alert-channel settings and feedback log to
 * the Teams routes (the alerts integration is adding them). Until it does, this composes the same parts main.ts
 * composes, so the tests drive the real endpoint; switch to startBoundary once main.ts passes them through.
 */

export const EXAMPLE_POLICY = resolve(import.meta.dirname, '..', '..', 'policies', 'example-social-media-policy.md');

let policy: Promise<QuestionService> | undefined;
/** The example policy, loaded once per test file. */
export function examplePolicy(): Promise<QuestionService> {
  policy ??= loadPolicyFile(EXAMPLE_POLICY);
  return policy;
}

export interface ReportBot {
  client: TeamsClient;
  connector: FakeConnector;
  store: Store;
  incidents: IncidentService;
  dataDir: string;
  logs: () => Record<string, unknown>[];
  /** Stops the server and closes the store; the data directory stays. */
  stop(): Promise<void>;
}

export interface ReportBotOptions {
  dataDir?: string;
  clock?: Clock;
  questions?: QuestionService;
  /** Wraps the real incident service, e.g. to make the store fail for a while. */
  wrapIncidents?: (real: IncidentService) => TeamsServices['incidents'];
  /** Reuse a connector across a restart, so the client's serviceUrl stays valid. */
  connector?: FakeConnector;
}

export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'boundary-reports-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startReportBot(opts: ReportBotOptions = {}): Promise<ReportBot> {
  const clock = opts.clock ?? { now: () => new Date() };
  const dataDir = opts.dataDir ?? tempDataDir().dir;
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dataDir });
  const { logger, lines } = memoryLogger();
  const store = await openStore({ dataDir, logger, clock });
  const incidents = new IncidentService({
    incidents: store.incidents,
    audit: store.audit,
    leads: new ConfiguredLeadDirectory([]),
    clock,
  });
  const questions = opts.questions ?? (await examplePolicy());
  const adapter = createBotAdapter(config.bot);
  const app = createTeamsApp({
    adapter,
    storage: store.botStorage,
    services: {
      questions,
      logger,
      clock,
      incidents: opts.wrapIncidents ? opts.wrapIncidents(incidents) : incidents,
      alertChannel: store.settings,
      feedback: store.feedback,
    },
  });
  const readiness = new Readiness([]);
  const http = await startHttpServer({
    host: '127.0.0.1',
    port: 0,
    maxBodyBytes: config.maxBodyBytes,
    bot: createBotEndpoint({ adapter, app, logger }),
    readiness,
    logger,
  });
  const connector = opts.connector ?? (await FakeConnector.start());
  const client = new TeamsClient({ messagesUrl: `${http.url}/api/messages`, serviceUrl: connector.serviceUrl });
  return {
    client,
    connector,
    store,
    incidents,
    dataDir,
    logs: lines,
    async stop() {
      await http.close(5_000);
      await store.close();
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
