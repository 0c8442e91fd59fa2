// The echo bot loads restify, and restify loads its HTTP/2 module (spdy) at import, whose http-deceiver calls the
// deprecated process.binding('http_parser') (DEP0111 on stderr). The bot defers that module (main.ts); so does this
// test, first, so the warning is not printed for a module nobody here uses. The benchmark itself is unchanged.
import '../../src/defer-unused-modules.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConnectorFeed, startConnectorFeed } from '../../bench/connector-feed.js';
import { type EchoBot, startEchoBot } from '../../bench/echo-bot.js';
import { type FeedActivity, personalMessage, postActivity, runLoad } from '../../bench/load.js';

// The benchmark harness itself, on a handful of requests: no timings are asserted, only that every
// question gets its reply back through the fake connector and is counted.
describe('bench load driver against the echo bot', () => {
  let bot: EchoBot;
  let connector: ConnectorFeed;

  beforeAll(async () => {
    connector = await startConnectorFeed();
    bot = await startEchoBot();
  });

  afterAll(async () => {
    await bot?.close();
    await connector?.close();
  });

  it('when one message is posted, then the echo reaches the connector as a reply to it', async () => {
    const activity = personalMessage({
      serviceUrl: connector.serviceUrl,
      conversationId: 'a:1smoke-single',
      userIndex: 1,
      text: 'can I friend a parent?',
    });
    const replies: FeedActivity[] = [];
    const stop = connector.onActivity((a) => {
      if (a.activity.type === 'message') replies.push(a);
    });
    const response = await postActivity(`http://127.0.0.1:${bot.port}`, activity);
    stop();
    expect(response.status).toBe(200);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.conversationId).toBe('a:1smoke-single');
    expect(replies[0]?.replyToId).toBe(activity.id);
    expect(replies[0]?.activity.text).toBe('can I friend a parent?');
  });

  it('when the driver runs 4 conversations for 20 requests, then every request is answered and none fail', async () => {
    const result = await runLoad({
      botUrl: `http://127.0.0.1:${bot.port}`,
      feed: connector,
      concurrency: 4,
      questions: ['hello', 'can I follow a former pupil?'],
      warmupRequests: 4,
      maxRequests: 20,
      maxMs: 20_000,
      conversationsPerWorker: 3,
      label: 'smoke',
    });
    expect(result.errors).toEqual([]);
    expect(result.failed).toBe(0);
    expect(result.answered).toBe(20);
    expect(result.replyKinds).toEqual({ text: 20 });
    expect(Number.isFinite(result.p95Ms)).toBe(true);
  });

  it('when the bot is not listening, then the driver counts failures instead of hanging', async () => {
    const result = await runLoad({
      botUrl: 'http://127.0.0.1:9',
      feed: connector,
      concurrency: 2,
      questions: ['hello'],
      warmupRequests: 0,
      maxRequests: 4,
      maxMs: 5_000,
      replyTimeoutMs: 1_000,
      label: 'closed',
    });
    expect(result.answered).toBe(0);
    expect(result.failed).toBe(4);
    expect(result.errors.length).toBeGreaterThan(0);
  });
});

describe('the card echo (the echo bot given a fixed reply)', () => {
  let bot: EchoBot;
  let connector: ConnectorFeed;
  const reply = {
    type: 'message',
    text: 'Not allowed [1]',
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard' } }],
  };

  beforeAll(async () => {
    connector = await startConnectorFeed();
    bot = await startEchoBot({ reply });
  });

  afterAll(async () => {
    await bot?.close();
    await connector?.close();
  });

  it('when two messages are posted, then each gets that reply, addressed to its own message', async () => {
    const replies: FeedActivity[] = [];
    const stop = connector.onActivity((a) => {
      if (a.activity.type === 'message') replies.push(a);
    });
    const ids: string[] = [];
    for (const n of [1, 2]) {
      const activity = personalMessage({
        serviceUrl: connector.serviceUrl,
        conversationId: `a:1card-${n}`,
        userIndex: n,
        text: 'whatever was asked',
      });
      ids.push(activity.id as string);
      expect((await postActivity(`http://127.0.0.1:${bot.port}`, activity)).status).toBe(200);
    }
    stop();
    expect(replies.map((r) => r.replyToId)).toEqual(ids);
    for (const r of replies) {
      expect(r.activity.text).toBe('Not allowed [1]');
      expect(r.activity.attachments).toEqual(reply.attachments);
    }
  });
});
