import type { ReadingDesk } from '../../src/policy/reading/desk.js';
import type { Incident } from '../../src/reports/incident.js';
import type { AuditEntry } from '../../src/reports/incident-store.js';
import { FakeEntraIssuer } from '../fakes/entra-issuer.js';
import { BOT_APP_ID, DSL, STAFF, TENANT_ID, type TeamsUser } from '../fakes/teams-client.js';
import { FakeTokenIssuer, StaticTokenCredentialsFactory } from '../fakes/token-issuer.js';
import { sqliteFactory, type TestDatabase } from '../store/factories.js';
import { type AlertsBot, DEPUTY, friendRequestReport, startAlertsBot } from '../support/alerts.js';

/**
 * The real server (startBoundary) in authenticated mode on a real SQLite store, with Entra played on loopback by
 * FakeEntraIssuer, so every desk API call goes through the real token check, role lookup, use case and audit.
 * Concerns are made by an IncidentService on the same database, as the report forms would.
 */

export const OWNER: TeamsUser = {
  id: '29:1owner-pat',
  aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000009',
  name: 'Pat Head',
  userPrincipalName: 'pat.head@school.example',
};

export const OTHER_STAFF: TeamsUser = {
  id: '29:1staff-jo',
  aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000010',
  name: 'Jo Support',
  userPrincipalName: 'jo.support@school.example',
};

export const APP_ID_URI = `api://desk.school.example/${BOT_APP_ID}`;

export { DEPUTY, DSL, STAFF };

export interface DeskBot {
  bot: AlertsBot;
  db: TestDatabase;
  entra: FakeEntraIssuer;
  /** Calls the desk API as `user` (null: no Authorization header; a string: that header as it is). */
  call(
    user: TeamsUser | null | string,
    method: string,
    path: string,
    body?: unknown,
    // biome-ignore lint/suspicious/noExplicitAny: each test reads the JSON shape it asserts on
  ): Promise<{ status: number; body: any; headers: Headers; bytes: Buffer }>;
  report(reporter?: TeamsUser, summary?: string): Promise<Incident>;
  audit(): Promise<AuditEntry[]>;
  stop(): Promise<void>;
}

export async function startDeskBot(
  opts: {
    reading?: ReadingDesk | null;
    tabDir?: string;
    env?: Record<string, string>;
    /** Answer from the policy engine over POLICY_FILE, with its reading desk, as `npm start` does. */
    realPolicy?: boolean;
  } = {},
): Promise<DeskBot> {
  const db = await sqliteFactory.create({ now: () => new Date() });
  const entra = await FakeEntraIssuer.start();
  const botIssuer = await FakeTokenIssuer.start();
  const bot = await startAlertsBot(db, {
    env: {
      BOT_ID: BOT_APP_ID,
      BOT_PASSWORD: 'not-used-in-tests',
      BOT_TENANT_ID: TENANT_ID,
      BOT_DOMAIN: 'desk.school.example',
      POLICY_OWNERS: `${OWNER.userPrincipalName},${DSL.aadObjectId}`,
      ...opts.env,
    },
    deps: {
      botAuth: {
        openIdMetadataUrl: botIssuer.openIdMetadataUrl,
        credentialsFactory: new StaticTokenCredentialsFactory(BOT_APP_ID),
      },
      ...(opts.realPolicy ? { loadQuestions: undefined } : {}),
      desk: {
        jwksUrl: entra.jwksUrl,
        ...(opts.reading ? { reading: () => opts.reading ?? null } : {}),
        ...(opts.tabDir ? { tabDir: opts.tabDir } : {}),
      },
    },
  });
  const base = bot.boundary.url;
  return {
    bot,
    db,
    entra,
    async call(user, method, path, body) {
      const headers: Record<string, string> = {};
      if (typeof user === 'string') headers.authorization = user;
      else if (user) headers.authorization = await entra.bearer(user, { tenantId: TENANT_ID, audience: APP_ID_URI });
      if (body !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(`${base}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      });
      const bytes = Buffer.from(await res.arrayBuffer());
      const type = res.headers.get('content-type') ?? '';
      return {
        status: res.status,
        headers: res.headers,
        bytes,
        body: type.includes('json') ? JSON.parse(bytes.toString('utf8')) : bytes.toString('utf8'),
      };
    },
    async report(reporter = STAFF, summary = 'Friend request on Snapchat from a pupil') {
      const { incident } = await bot.service.submitReport(friendRequestReport(reporter, summary), null);
      return incident;
    },
    audit: () => db.store.audit.list(),
    async stop() {
      await bot.dispose();
      await entra.close();
      await botIssuer.close();
      await db.cleanup();
    },
  };
}
