import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { FixedAnswerService } from '../fakes/fixed-answer-service.js';
import { BOT_APP_ID, STAFF, TENANT_ID } from '../fakes/teams-client.js';
import {
  FakeTokenIssuer,
  OUTBOUND_TEST_TOKEN,
  StaticTokenCredentialsFactory,
  strangerKey,
} from '../fakes/token-issuer.js';
import { type Bot, startBot } from '../support/bot.js';

type TokenClaims = Parameters<FakeTokenIssuer['authorization']>[0];

describe('authenticated mode (BOT_ID/BOT_PASSWORD set): every request is validated', () => {
  let issuer: FakeTokenIssuer;
  let bot: Bot;
  let questions: FixedAnswerService;
  let validFor: (activity: Record<string, unknown>) => string;

  beforeAll(async () => {
    issuer = await FakeTokenIssuer.start();
    questions = new FixedAnswerService();
    bot = await startBot({
      questions,
      env: { BOT_ID: BOT_APP_ID, BOT_PASSWORD: 'not-used-in-tests', BOT_TENANT_ID: TENANT_ID },
      deps: {
        botAuth: {
          openIdMetadataUrl: issuer.openIdMetadataUrl,
          credentialsFactory: new StaticTokenCredentialsFactory(BOT_APP_ID),
        },
      },
    });
    validFor = (activity) => issuer.authorization({ audience: BOT_APP_ID, serviceUrl: String(activity.serviceUrl) });
  });
  afterAll(async () => {
    await bot.dispose();
    await issuer.close();
  });

  // botframework-connector prints a rejected token's error (with its stack) or the whole JWKS key to the console
  // itself. Those are the refusals these tests expect, so they are kept out of the test output; the 401 and the
  // bot's own log line are what is checked.
  let connectorConsole: MockInstance<typeof console.error>;
  beforeEach(() => {
    connectorConsole = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    connectorConsole.mockRestore();
  });

  it('when a request has no token, then 401 and the bot does nothing', async () => {
    const res = await bot.client.send(bot.client.personalMessage('no token'), { authorization: null });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'unauthorized' });
    expect(questions.questions).not.toContain('no token');
  });

  // The last column is what botframework-connector prints for the refusal (null: nothing).
  it.each<[string, string, string, (serviceUrl: string) => TokenClaims, RegExp | null]>([
    [
      'the token was issued for another bot',
      '401',
      'other audience',
      (serviceUrl) => ({ audience: 'some-other-bot', serviceUrl }),
      null,
    ],
    [
      'the token has expired',
      '401',
      'expired',
      (serviceUrl) => ({ audience: BOT_APP_ID, serviceUrl, expiresInSeconds: -3600 }),
      /TokenExpiredError: jwt expired/,
    ],
    [
      'the token is signed with a key that is not in the JWKS',
      '401',
      'forged',
      (serviceUrl) => ({ audience: BOT_APP_ID, serviceUrl, signWith: strangerKey() }),
      /^Error finding key for token/,
    ],
    [
      'the token names another serviceUrl than the activity',
      '401 (the bot will not post elsewhere)',
      'redirected',
      () => ({ audience: BOT_APP_ID, serviceUrl: 'https://evil.example/' }),
      null,
    ],
  ])('when %s, then %s', async (_when, _outcome, text, claims, connectorSays) => {
    const activity = bot.client.personalMessage(text);
    const authorization = issuer.authorization(claims(String(activity.serviceUrl)));
    const printed = libraryConsoleError();
    const res = await bot.client.send(activity, { authorization });
    expect(res.status).toBe(401);
    expect(questions.questions).not.toContain(text);
    expect(printed.take()).toMatch(connectorSays ?? /^$/);
  });

  it('when a valid token comes with an activity from another tenant, then 403 and a log line without the token', async () => {
    const activity = bot.client.personalMessage('other tenant');
    (activity.channelData as { tenant: { id: string } }).tenant.id = 'another-tenant';
    (activity.conversation as { tenantId: string }).tenantId = 'another-tenant';
    const authorization = validFor(activity);
    const res = await bot.client.send(activity, { authorization });
    expect(res.status).toBe(403);
    expect(questions.questions).not.toContain('other tenant');
    const line = bot.logs().find((l) => String(l.msg).startsWith('activity refused: tenant'));
    expect(line?.tenantId).toBe('another-tenant');
    const token = authorization.slice('Bearer '.length);
    expect(JSON.stringify(bot.logs())).not.toContain(token);
  });

  it('when a valid token comes from our tenant, then 200 and the reply is sent with the bot credentials', async () => {
    const activity = bot.client.personalMessage('all good');
    const res = await bot.client.send(activity, { authorization: validFor(activity) });
    expect(res.status).toBe(200);
    expect(questions.questions).toContain('all good');
    const sent = await bot.connector.waitFor((c) => c.kind === 'reply' || c.kind === 'send');
    expect(sent.headers.authorization).toBe(`Bearer ${OUTBOUND_TEST_TOKEN}`);
    expect(sent.conversationId).toBe(bot.client.personalConversationId(STAFF));
  });
});

/**
 * botframework-connector's JwtTokenExtractor writes every token it refuses to console.error (a stack trace for an
 * expired one, the JWKS for an unknown key) besides throwing; the bot's own log line for the 401 is checked
 * elsewhere. Caught here so an expected refusal does not print a stack trace in the test output, and checked so a
 * change in what the library writes is noticed.
 */
function libraryConsoleError(): { take(): string } {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  return {
    take() {
      const written = spy.mock.calls.map((args) => args.map(String).join(' ')).join('\n');
      spy.mockRestore();
      return written;
    },
  };
}
