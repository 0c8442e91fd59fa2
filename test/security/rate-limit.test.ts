import { afterEach, describe, expect, it } from 'vitest';
import { RateLimiter, rateLimitMessage } from '../../src/teams/rate-limit.js';
import { DSL, STAFF } from '../fakes/teams-client.js';
import { type Bot, startBot } from '../support/bot.js';

function manualClock(start = Date.parse('2026-03-10T10:00:00Z')) {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

describe('RateLimiter', () => {
  it('when a person sends more messages than the limit in a minute, then the extra ones are refused until the window moves on', () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ questionsPerMinute: 3, reportsPerHour: 2 }, clock);
    expect([1, 2, 3].map(() => limiter.check('a', 'message').allowed)).toEqual([true, true, true]);
    const refused = limiter.check('a', 'message');
    expect(refused).toMatchObject({ allowed: false, kind: 'message' });
    // Another person is not affected.
    expect(limiter.check('b', 'message').allowed).toBe(true);
    clock.advance(60_001);
    expect(limiter.check('a', 'message').allowed).toBe(true);
  });

  it('when the same report form is sent again, then it is neither counted twice nor refused', () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ questionsPerMinute: 3, reportsPerHour: 2 }, clock);
    expect(limiter.check('a', 'report', 'form-1').allowed).toBe(true);
    expect(limiter.check('a', 'report', 'form-1').allowed).toBe(true);
    expect(limiter.check('a', 'report', 'form-2').allowed).toBe(true);
    expect(limiter.check('a', 'report', 'form-3')).toMatchObject({ allowed: false, kind: 'report' });
    // A retry of a report already counted still goes through, so its confirmation is never withheld.
    expect(limiter.check('a', 'report', 'form-1').allowed).toBe(true);
    clock.advance(60 * 60_000 + 1);
    expect(limiter.check('a', 'report', 'form-3').allowed).toBe(true);
  });

  it('when thousands of forged sender ids arrive, then the limiter forgets the oldest instead of growing without bound', () => {
    const limiter = new RateLimiter({ questionsPerMinute: 3, reportsPerHour: 2 });
    for (let i = 0; i < 25_000; i++) limiter.check(`forged-${i}`, 'message');
    expect(limiter.size).toBeLessThanOrEqual(20_000);
  });

  it('when a limit is reached, then the message says when to try again and how to get help now', () => {
    expect(rateLimitMessage('message', 12_300)).toMatch(/try again in 13 seconds/);
    expect(rateLimitMessage('report', 30 * 60_000)).toMatch(/press Send again in 30 minutes/);
    for (const kind of ['message', 'report', 'card_action'] as const) {
      expect(rateLimitMessage(kind, 1000)).toMatch(/call 999 and tell the DSL in person now/);
    }
  });
});

describe('rate limits through POST /api/messages (config RATE_LIMIT_*)', () => {
  let bot: Bot | undefined;
  afterEach(async () => {
    await bot?.dispose();
    bot = undefined;
  });

  it('when one person floods the bot with questions, then the extra ones are answered with a friendly message and not asked of the policy', async () => {
    bot = await startBot({ env: { RATE_LIMIT_QUESTIONS_PER_MINUTE: '3' } });
    const conv = bot.client.personalConversationId(STAFF);
    for (let i = 0; i < 5; i++) {
      const res = await bot.client.send(bot.client.personalMessage(`question ${i}`));
      expect(res.status).toBe(200);
    }
    const sent = await bot.connector.waitForActivitiesTo(conv, 5);
    const texts = sent.map((s) => String(s.activity.text ?? '')).filter((t) => /pausing for a moment/.test(t));
    expect(texts).toHaveLength(2);
    for (const t of texts) expect(t).toMatch(/try again in \d+ seconds/);
    expect((bot.questions as unknown as { questions: string[] }).questions).toEqual([
      'question 0',
      'question 1',
      'question 2',
    ]);
    // Someone else is answered as normal.
    await bot.client.send(bot.client.personalMessage('from the DSL', { user: DSL }));
    expect((bot.questions as unknown as { questions: string[] }).questions).toContain('from the DSL');
    const refusals = bot.logs().filter((l) => l.msg === 'rate limit: activity refused');
    expect(refusals).toHaveLength(2);
    expect(JSON.stringify(refusals)).not.toContain('question 3');
  });

  it('when one person sends more distinct reports than the hourly limit, then the extra send is refused with the form kept, and a repeat of a counted one is not', async () => {
    bot = await startBot({ env: { RATE_LIMIT_REPORTS_PER_HOUR: '1' } });
    const submit = (formId: string) =>
      bot!.client.send(bot!.client.invoke('report.friend.submit', { formId, step: 'review' }));
    const first = await submit('form-a');
    expect(first.status).toBe(200);
    const second = await submit('form-b');
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ type: 'application/vnd.microsoft.activity.message' });
    expect(String((second.body as { value: string }).value)).toMatch(/most reports Boundary takes.*press Send again/);
    const repeat = await submit('form-a');
    expect(String(JSON.stringify(repeat.body))).not.toMatch(/most reports Boundary takes/);
  });
});
