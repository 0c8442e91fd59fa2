import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_APP_ID, DSL, STAFF, TENANT_ID } from '../fakes/teams-client.js';
import { FakeTokenIssuer, StaticTokenCredentialsFactory } from '../fakes/token-issuer.js';
import { fileReport } from './support/fuzz.js';
import { startTarget, type Target } from './support/target.js';

/**
 * Logs are shared with IT. A full run in authenticated mode (a question, a report naming a pupil, the alert and
 * a DSL acting on it, refused requests) at debug level, with planted secrets, and the whole log grepped for them.
 */
const PUPIL = 'Zebedee Quonsett';
const QUESTION = 'Can I follow xyzzyplugh on Instagram after she leaves?';
const FREE_TEXT = 'Wibblewobble said something about home';
const FORGED_TOKEN_MARK = 'forgedTokenMarkQ7';

describe('logs: planted secrets never reach the log', () => {
  let issuer: FakeTokenIssuer;
  let target: Target;
  const tokensUsed: string[] = [];

  beforeAll(async () => {
    issuer = await FakeTokenIssuer.start();
    target = await startTarget({
      env: { BOT_ID: BOT_APP_ID, BOT_PASSWORD: 'planted-bot-password-9z', BOT_TENANT_ID: TENANT_ID },
      deps: {
        botAuth: {
          openIdMetadataUrl: issuer.openIdMetadataUrl,
          credentialsFactory: new StaticTokenCredentialsFactory(BOT_APP_ID),
        },
      },
      setUpChannel: false,
    });
    // Every request carries a fresh valid token, which is recorded so the log can be searched for it.
    (
      target.client as unknown as { opts: { authorization: (a: Record<string, unknown>) => string } }
    ).opts.authorization = (activity) => {
      const header = issuer.authorization({ audience: BOT_APP_ID, serviceUrl: String(activity.serviceUrl) });
      tokensUsed.push(header.slice('Bearer '.length));
      return header;
    };
    const { client } = target;
    await client.send(client.teamInstall({ user: DSL }));
    await client.send(client.channelMessage('set alerts channel', { user: DSL }));
    await client.send(client.personalMessage(QUESTION));
    const report = await fileReport(client, STAFF, 'friend', {
      senderName: PUPIL,
      anythingElse: FREE_TEXT,
    });
    expect(report.reference).toMatch(/SM-\d{4}-\d{4}/);
    await target.connector.waitFor((c) => c.kind === 'createConversation', 10_000);
    // A refused request: its forged token must not be logged either.
    await client.send(client.personalMessage('refused'), {
      authorization: `Bearer eyJhbGciOiJSUzI1NiJ9.${FORGED_TOKEN_MARK}.c2ln`,
    });
    await target.stop();
  }, 60_000);
  afterAll(async () => {
    await target?.dispose();
    await issuer?.close();
  });

  it('when the whole log of the run is searched, then no token, password, pupil name, question or typed text is in it', () => {
    const log = target.log();
    expect(log.length).toBeGreaterThan(1_000);
    expect(tokensUsed.length).toBeGreaterThan(3);
    for (const token of tokensUsed) {
      expect(log.includes(token)).toBe(false);
      // Not even the signature part on its own.
      expect(log.includes(token.split('.')[2] as string)).toBe(false);
    }
    for (const secret of [
      FORGED_TOKEN_MARK,
      'planted-bot-password-9z',
      PUPIL,
      'Quonsett',
      'xyzzyplugh',
      'Wibblewobble',
    ]) {
      expect({ secret, found: log.includes(secret) }).toEqual({ secret, found: false });
    }
  });

  it('when a request is refused, then the log says why, with the activity id and no credential', () => {
    const lines = target
      .log()
      .split('\n')
      .filter((l) => l.includes('request refused'));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(FORGED_TOKEN_MARK);
  });
});
