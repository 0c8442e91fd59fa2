import { expect } from 'vitest';
import type { Clock } from '../../src/clock.js';
import type { Env } from '../../src/config.js';
import type { BoundaryDeps } from '../../src/main.js';
import type { Incident } from '../../src/reports/incident.js';
import { IncidentService } from '../../src/reports/incident-service.js';
import { ConfiguredLeadDirectory } from '../../src/reports/lead-directory.js';
import type { Store } from '../../src/store/open-store.js';
import type { FakeConnector, SentActivity } from '../fakes/fake-connector.js';
import { DSL, SAFEGUARDING_TEAM, STAFF, type TeamsUser } from '../fakes/teams-client.js';
import type { StoreFactory, TestDatabase } from '../store/factories.js';
import { type Bot, startBot } from './bot.js';
import { executeActions, invokeCard, sentCard } from './cards.js';

/**
 * The safeguarding side as a school sees it, over the one bot harness: the alerts bot (leads configured, a real
 * store from a StoreFactory), the alert channel set by a DSL, and the alert card's posts, updates and buttons.
 */

export const DEPUTY: TeamsUser = {
  id: '29:1deputy-kim',
  aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000003',
  name: 'Kim Deputy',
  userPrincipalName: 'kim.deputy@school.example',
};

export interface AlertsBot extends Bot {
  /** An IncidentService on the same database, playing the report forms' part. */
  service: IncidentService;
}

/** What a test needs of a running bot to act as Teams: the client that sends, the connector that receives. */
export type OnTeams = Pick<Bot, 'client' | 'connector'>;

/** The bot on `db` with the DSL and the deputy as safeguarding leads (by object id and by UPN). */
export async function startAlertsBot(
  db: TestDatabase,
  opts: { env?: Env; connector?: FakeConnector; clock?: Clock; deps?: BoundaryDeps } = {},
): Promise<AlertsBot> {
  const clock = opts.clock ?? { now: () => new Date() };
  const env = { SAFEGUARDING_LEADS: `${DSL.aadObjectId},${DEPUTY.userPrincipalName}`, ...opts.env };
  const bot = await startBot({
    db,
    env,
    clock,
    ...(opts.connector ? { connector: opts.connector } : {}),
    ...(opts.deps ? { deps: opts.deps } : {}),
  });
  const service = new IncidentService({
    incidents: db.store.incidents,
    audit: db.store.audit,
    leads: new ConfiguredLeadDirectory([]),
    clock,
  });
  // The test's own handle on the database, open until db.cleanup(), so it can look after the server stopped.
  return { ...bot, store: db.store, service };
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
  await bot.dispose();
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
export async function greet(bot: OnTeams, user: TeamsUser = STAFF): Promise<void> {
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

export async function waitForAlert(bot: OnTeams, incident: Incident, timeoutMs = 5_000): Promise<SentActivity> {
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
export async function waitForUpdates(bot: OnTeams, alert: SentActivity, count: number): Promise<SentActivity[]> {
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
