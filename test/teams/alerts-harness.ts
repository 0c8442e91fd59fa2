import { expect } from 'vitest';
import type { Clock } from '../../src/clock.js';
import type { Env } from '../../src/config.js';
import { type BoundaryDeps, type RunningBoundary, startBoundary } from '../../src/main.js';
import type { Incident } from '../../src/reports/incident.js';
import { IncidentService } from '../../src/reports/incident-service.js';
import { ConfiguredLeadDirectory } from '../../src/reports/lead-directory.js';
import type { Store } from '../../src/store/open-store.js';
import { FakeConnector, type SentActivity } from '../fakes/fake-connector.js';
import { FixedAnswerService } from '../fakes/fixed-answer-service.js';
import { memoryLogger, testConfig } from '../fakes/harness.js';
import { DSL, SAFEGUARDING_TEAM, STAFF, TeamsClient, type TeamsUser } from '../fakes/teams-client.js';
import type { StoreFactory, TestDatabase } from '../store/factories.js';
import { executeActions, invokeCard, sentCard, TEST_RELAY } from './report-harness.js';

/**
 * The real server (startBoundary: the same wiring as `npm start`) on a real store from a StoreFactory (SQLite in
 * a temp dir, or a PostgreSQL schema of its own), with a FakeConnector as Teams and the relay tuned fast (tens of
 * milliseconds of backoff and polling instead of seconds), for the alert-channel and case-workflow tests.
 */

export const DEPUTY: TeamsUser = {
  id: '29:1deputy-kim',
  aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000003',
  name: 'Kim Deputy',
  userPrincipalName: 'kim.deputy@school.example',
};

export interface AlertsBot {
  boundary: RunningBoundary;
  connector: FakeConnector;
  client: TeamsClient;
  /** The store the server uses (opened once more by the test, on the same database). */
  store: Store;
  /** An IncidentService on the same database, playing the report forms' part. */
  service: IncidentService;
  logs: () => Record<string, unknown>[];
  stop(): Promise<void>;
}

/** What a test needs of a running bot to act as Teams: the client that sends, the connector that receives. */
export type OnTeams = Pick<AlertsBot, 'client' | 'connector'>;

export async function startAlertsBot(
  db: TestDatabase,
  opts: { env?: Env; connector?: FakeConnector; clock?: Clock; deps?: BoundaryDeps } = {},
): Promise<AlertsBot> {
  const connector = opts.connector ?? (await FakeConnector.start());
  const { logger, lines } = memoryLogger();
  const clock = opts.clock ?? { now: () => new Date() };
  const serverStore = await db.reopen();
  const env = { SAFEGUARDING_LEADS: `${DSL.aadObjectId},${DEPUTY.userPrincipalName}`, ...opts.env };
  const boundary = await startBoundary(testConfig(env), {
    logger,
    clock,
    loadQuestions: async () => new FixedAnswerService(),
    openStore: async () => serverStore,
    relay: TEST_RELAY,
    ...opts.deps,
  });
  await boundary.ready;
  const client = new TeamsClient({ messagesUrl: boundary.messagesUrl, serviceUrl: connector.serviceUrl });
  const service = new IncidentService({
    incidents: db.store.incidents,
    audit: db.store.audit,
    leads: new ConfiguredLeadDirectory([]),
    clock,
  });
  return {
    boundary,
    connector,
    client,
    store: db.store,
    service,
    logs: lines,
    async stop() {
      await boundary.stop();
      if (!opts.connector) await connector.close();
    },
  };
}

/** Roster entries for these people, as the fake connector answers Teams' member reads. */
export function rosterOf(users: TeamsUser[]) {
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    aadObjectId: u.aadObjectId,
    userPrincipalName: u.userPrincipalName,
  }));
}

export interface AlertsScenario {
  db: TestDatabase;
  bot: AlertsBot;
}

/**
 * The alert tests' usual start: a fresh database from `factory`, the server on it, and the DSL, the deputy and a
 * member of staff on Teams' roster. With `channelReady`, the DSL has also set the alerts channel and the member of
 * staff has greeted the bot, so alerts can be posted and the reporter can be told.
 */
export async function startAlertsScenario(
  factory: StoreFactory,
  opts: { channelReady?: boolean } = {},
): Promise<AlertsScenario> {
  const db = await factory.create({ now: () => new Date() });
  const bot = await startAlertsBot(db);
  bot.connector.setDefaultMembers(rosterOf([DSL, DEPUTY, STAFF]));
  if (opts.channelReady) {
    await setAlertsChannel(bot);
    await greet(bot, STAFF);
  }
  return { db, bot };
}

/** Stops the server, then drops the database. */
export async function stopAlertsScenario({ db, bot }: AlertsScenario): Promise<void> {
  await bot.stop();
  await db.cleanup();
}

export async function createDb(factory: StoreFactory, clock: Clock = { now: () => new Date() }) {
  return factory.create(clock);
}

/** A report as the friend-request form would send it. */
export function friendRequestReport(reporter: TeamsUser = STAFF, summary = 'Friend request on Snapchat from a pupil') {
  return {
    category: 'friend_request',
    reporter: { aadObjectId: reporter.aadObjectId, name: reporter.name },
    occurredAt: new Date('2026-03-09T16:00:00Z'),
    summary,
    pupilName: 'Jamie Pupil',
    answers: { platform: 'snapchat', response: 'declined' },
  };
}

/** The DSL types "@Boundary set alerts channel" in the safeguarding channel; returns the bot's reply text. */
export async function setAlertsChannel(bot: OnTeams, user: TeamsUser = DSL): Promise<string> {
  const activity = bot.client.channelMessage('set alerts channel', { user });
  const conversationId = (activity.conversation as { id: string }).id;
  const res = await bot.client.send(activity);
  expect(res.status).toBe(200);
  const [reply] = await bot.connector.waitForActivitiesTo(conversationId, 1);
  return String(reply?.activity.text ?? '');
}

/** A person says hello in their personal chat, so the bot holds their conversation reference. */
export async function greet(bot: AlertsBot, user: TeamsUser = STAFF): Promise<void> {
  const res = await bot.client.send(bot.client.personalInstall(user));
  expect(res.status).toBe(200);
  await bot.connector.waitForActivitiesTo(bot.client.personalConversationId(user), 1);
}

/** Alert posts (new threads) in the safeguarding channel, in order. */
export function alertPosts(connector: FakeConnector, channelId = SAFEGUARDING_TEAM.channelId): SentActivity[] {
  return connector.sent.filter(
    (s) => s.kind === 'createConversation' && s.conversationId.startsWith(`${channelId};messageid=`),
  );
}

export async function waitForAlert(bot: AlertsBot, incident: Incident, timeoutMs = 5_000): Promise<SentActivity> {
  return bot.connector.waitForActivity(
    (s) => s.kind === 'createConversation' && JSON.stringify(s.activity).includes(incident.ref),
    timeoutMs,
  );
}

/** Updates (PUT) of one posted activity, in order. */
export function updatesOf(connector: FakeConnector, activityId: string): SentActivity[] {
  return connector.sent.filter((s) => s.kind === 'update' && s.activityId === activityId);
}

/** Presses a button on the alert card in its thread, as `user`. Returns the invoke's card or message. */
export async function pressOnAlert(
  bot: OnTeams,
  alert: SentActivity,
  title: string,
  inputs: Record<string, unknown> = {},
  user: TeamsUser = DSL,
): Promise<{ card?: Record<string, unknown>; message?: string }> {
  const card = latestCard(bot, alert);
  const action = executeActions(card).find((a) => a.title === title);
  if (!action) throw new Error(`no "${title}" on the alert card; it has ${executeActions(card).map((a) => a.title)}`);
  const res = await bot.client.send(
    bot.client.invoke(
      action.verb,
      { ...action.data, ...inputs },
      { user, where: { threadId: alert.conversationId }, replyToId: alert.activityId },
    ),
  );
  expect(res.status).toBe(200);
  const body = res.body as { type?: string; value?: unknown };
  if (body?.type === 'application/vnd.microsoft.activity.message') return { message: String(body.value) };
  return { card: invokeCard(res.body) };
}

/** The alert card as the channel sees it now: the last update, or the post. */
export function latestCard(bot: OnTeams, alert: SentActivity): Record<string, unknown> {
  const updates = updatesOf(bot.connector, alert.activityId);
  return sentCard(updates.at(-1) ?? alert);
}

/** Waits until the posted card has `count` updates. */
export async function waitForUpdates(bot: AlertsBot, alert: SentActivity, count: number): Promise<SentActivity[]> {
  await bot.connector.waitForActivity(() => updatesOf(bot.connector, alert.activityId).length >= count, 5_000);
  return updatesOf(bot.connector, alert.activityId);
}

/** Waits until the relay has delivered everything but reminders (pending, backing off or sending). */
export async function waitForOutboxDrained(store: Store, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    // Reminders are scheduled minutes ahead and do not count; rows backing off do.
    const due = (await store.outbox.listUndelivered(500)).filter(
      (r) => r.status !== 'dead' && r.kind !== 'alert.reminder',
    );
    if (due.length === 0) return;
    if (Date.now() > until) throw new Error(`outbox not drained: ${due.map((r) => r.kind).join(', ')}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
