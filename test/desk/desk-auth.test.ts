import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entraDeskAuthenticator, isLoopbackAddress } from '../../src/http/desk-auth.js';
import { FakeEntraIssuer } from '../fakes/entra-issuer.js';
import { BOT_APP_ID, TENANT_ID } from '../fakes/teams-client.js';
import { APP_ID_URI, DEPUTY, type DeskBot, DSL, OWNER, STAFF, startDeskBot } from './desk-harness.js';

/** Sign-in to the desk: the real server checks Entra tokens from a loopback key issuer, offline. */
describe('desk sign-in (authenticated mode)', () => {
  let desk: DeskBot;
  beforeAll(async () => {
    desk = await startDeskBot();
  });
  afterAll(async () => {
    await desk.stop();
  });

  const bearer = (over: Parameters<DeskBot['entra']['bearer']>[1]) => desk.entra.bearer(DSL, over);
  const base = { tenantId: TENANT_ID, audience: APP_ID_URI };

  it('when a call has no token, then 401 with a plain message and a WWW-Authenticate header', async () => {
    const res = await desk.call(null, 'GET', '/api/desk/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
    expect(res.body.error.message).toMatch(/Sign in through Teams/);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
  });

  it.each([
    ['the token has expired', { ...base, expiresInSeconds: -3600 }, /expired/],
    ['the token is for another app', { ...base, audience: 'api://elsewhere.example/someone-else' }, /not for this app/],
    [
      'the token is from another tenant',
      {
        ...base,
        tid: '99999999-2222-4333-8444-555555555555',
        issuer: 'https://sts.windows.net/99999999-2222-4333-8444-555555555555/',
      },
      /not for this app/,
    ],
    ['the issuer is not the school tenant', { ...base, issuer: 'https://sts.windows.net/evil/' }, /not for this app/],
    [
      'the tid claim names another tenant',
      { ...base, tid: '99999999-2222-4333-8444-555555555555' },
      /another organisation/,
    ],
    ['the token lacks the access_as_user scope', { ...base, scope: 'User.Read' }, /not issued for the desk/],
  ])('when %s, then 401', async (_name, over, message) => {
    const res = await desk.call(await bearer(over), 'GET', '/api/desk/me');
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(message);
  });

  it('when the token is signed with another key (forged), then 401', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const res = await desk.call(await bearer({ ...base, signWith: privateKey }), 'GET', '/api/desk/me');
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(/not valid/);
  });

  it('when the header is not a bearer token, then 401', async () => {
    expect((await desk.call('Basic dXNlcjpwYXNz', 'GET', '/api/desk/me')).status).toBe(401);
    expect((await desk.call('Bearer not.a.jwt', 'GET', '/api/desk/me')).status).toBe(401);
  });

  it('when a v2 token names the client id as audience, then it is accepted', async () => {
    const res = await desk.call(
      await bearer({ tenantId: TENANT_ID, audience: BOT_APP_ID, version: 2 }),
      'GET',
      '/api/desk/me',
    );
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(DSL.aadObjectId);
  });

  it.each([
    ['the DSL (a lead by object id, and an owner)', DSL, 'lead', true],
    ['the deputy (a lead by UPN, not an owner)', DEPUTY, 'lead', false],
    ['the head (a policy owner, not a lead)', OWNER, 'owner', true],
    ['a member of staff', STAFF, 'staff', false],
  ])('when %s signs in, then /me gives their role', async (_name, user, role, isOwner) => {
    const res = await desk.call(user, 'GET', '/api/desk/me');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: user.name, id: user.aadObjectId, role, isOwner, local: false });
  });

  it('when many calls are made, then the tenant keys are fetched once and reused', async () => {
    const before = desk.entra.keyFetches;
    for (let i = 0; i < 5; i++) expect((await desk.call(STAFF, 'GET', '/api/desk/me')).status).toBe(200);
    expect(desk.entra.keyFetches - before).toBe(0);
    expect(desk.entra.keyFetches).toBe(1);
  });
});

describe('desk sign-in when the tenant keys cannot be fetched', () => {
  it('when the key server is down, then 503 (try again), not 401', async () => {
    const issuer = await FakeEntraIssuer.start();
    const auth = entraDeskAuthenticator({
      tenantId: TENANT_ID,
      clientId: BOT_APP_ID,
      appIdUri: APP_ID_URI,
      jwksUrl: 'http://127.0.0.1:9/keys',
    });
    try {
      const token = await issuer.bearer(DSL, { tenantId: TENANT_ID, audience: APP_ID_URI });
      expect(await auth.authenticate(token, '127.0.0.1')).toMatchObject({ ok: false, status: 503 });
    } finally {
      await issuer.close();
    }
  });
});

describe('desk sign-in (local mode: no BOT_ID)', () => {
  it('when a loopback caller has no token, then they act as the first safeguarding lead and /me says local', async () => {
    const { sqliteFactory } = await import('../store/factories.js');
    const { startAlertsBot } = await import('../support/alerts.js');
    const db = await sqliteFactory.create({ now: () => new Date() });
    const bot = await startAlertsBot(db);
    try {
      const res = await fetch(`${bot.boundary.url}/api/desk/me`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ id: DSL.aadObjectId, role: 'lead', local: true });
    } finally {
      await bot.dispose();
      await db.cleanup();
    }
  });

  it.each([
    ['127.0.0.1', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.5', false],
    ['192.168.1.20', false],
    [undefined, false],
  ])('when the caller is %s, then loopback is %s', (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected);
  });
});
