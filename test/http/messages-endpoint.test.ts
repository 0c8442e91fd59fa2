import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Bot, startBot } from '../support/bot.js';

describe('POST /api/messages with bad input', () => {
  let bot: Bot;
  beforeEach(async () => {
    bot = await startBot({ env: { MAX_BODY_BYTES: '4096' } });
  });
  afterEach(async () => {
    await bot.dispose();
  });

  it.each([
    ['the body is not JSON', '{"type": "message", oops', 'invalid_json'],
    ['the body is JSON but not an activity', JSON.stringify({ hello: 'world' }), 'not_an_activity'],
    ['the body is a JSON array', '[1,2]', 'not_an_activity'],
    ['the body is a JSON string', '"message"', 'not_an_activity'],
  ])('when %s, then 400 (%s) with no stack trace, nothing sent and the refusal logged', async (_what, body, error) => {
    const res = await bot.client.sendRaw(body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error });
    expect(res.text).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(bot.connector.requests).toHaveLength(0);
    expect(bot.logs().some((l) => l.msg === 'POST /api/messages refused' && l.reason === error)).toBe(true);
  });

  it('when the body is JSON but not an activity, then the 400 names the missing fields', async () => {
    const res = await bot.client.sendRaw(JSON.stringify({ hello: 'world' }));
    const problems = (res.body as { problems: string[] }).problems.join('\n');
    expect(problems).toContain('type');
    expect(problems).toContain('serviceUrl');
  });

  it('when the serviceUrl is not an http URL, then 400', async () => {
    const activity = { ...bot.client.personalMessage('hi'), serviceUrl: 'file:///etc/passwd' };
    const res = await bot.client.send(activity);
    expect(res.status).toBe(400);
    expect(bot.connector.requests).toHaveLength(0);
  });

  it('when the body is larger than MAX_BODY_BYTES, then 413 and the bot does nothing', async () => {
    const res = await bot.client.send(bot.client.personalMessage('x'.repeat(10_000)));
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: 'body_too_large' });
    expect(bot.connector.requests).toHaveLength(0);
  });

  it('when an oversized body is streamed without a length, then 413', async () => {
    const big = JSON.stringify(bot.client.personalMessage('y'.repeat(10_000)));
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const res = await fetch(bot.boundary.messagesUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('when an activity type the bot does not handle arrives, then 200, nothing is sent, and a line is logged', async () => {
    const res = await bot.client.send(bot.client.other('typing'));
    expect(res.status).toBe(200);
    const res2 = await bot.client.send(bot.client.other('messageReaction', { reactionsAdded: [{ type: 'like' }] }));
    expect(res2.status).toBe(200);
    expect(bot.connector.requests).toHaveLength(0);
    const ignored = bot.logs().filter((l) => l.msg === 'activity ignored: no route for it');
    expect(ignored.map((l) => l.activityType)).toEqual(['typing', 'messageReaction']);
  });

  it('when a well-formed message arrives, then the log line carries ids but not what was typed', async () => {
    await bot.client.send(bot.client.personalMessage('my secret question about pupil Jo Bloggs'));
    const lines = JSON.stringify(bot.logs());
    expect(lines).not.toContain('Jo Bloggs');
    expect(bot.logs().some((l) => l.msg === 'activity processed' && l.activityType === 'message')).toBe(true);
  });
});

describe('health and readiness', () => {
  let bot: Bot;
  beforeEach(async () => {
    bot = await startBot();
  });
  afterEach(async () => {
    await bot.dispose();
  });

  it('when the process is up, then GET /healthz is 200', async () => {
    const res = await fetch(`${bot.boundary.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('when the bot is ready, then GET /readyz is 200', async () => {
    const res = await fetch(`${bot.boundary.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ready: true, pending: [] });
  });
});
