import { describe, expect, it } from 'vitest';
import { FEEDBACK_MESSAGES } from '../../src/teams/routes/feedback.js';
import { cardTexts } from '../fakes/fake-connector.js';
import { STAFF } from '../fakes/teams-client.js';
import { botsPerTest, examplePolicy } from '../support/bot.js';
import { executeActions, invokeCard, press, sentCard } from '../support/cards.js';

describe('"Was this helpful?" through POST /api/messages', () => {
  const { start } = botsPerTest({ questions: examplePolicy });

  async function answered(question: string) {
    const bot = await start();
    await bot.client.send(bot.client.personalMessage(question));
    const [sent] = await bot.connector.waitForActivitiesTo(bot.client.personalConversationId(STAFF), 1);
    return { bot, card: sentCard(sent!) };
  }

  it('when No is pressed, then the feedback is stored with the question, verdict and clauses, and the row says thanks', async () => {
    const { bot: b, card } = await answered('a Year 9 sent me a Snapchat request');
    const res = await press(b, card, 'No');
    const replaced = invokeCard(res.body);
    expect(cardTexts(replaced).join(' ')).toMatch(/Thanks\. Your feedback goes to whoever looks after the policy\./);
    expect(executeActions(replaced).map((a) => a.title)).not.toContain('Yes');
    // The rest of the answer stays as it was.
    expect(cardTexts(replaced)[0]).toBe(cardTexts(card)[0]);

    const stored = await b.store.feedback.list();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      userId: STAFF.aadObjectId,
      question: 'a Year 9 sent me a Snapchat request',
      verdict: 'not_allowed',
      helpful: false,
    });
    expect(stored[0]!.clauseIds.length).toBeGreaterThan(0);
  });

  it('when the same Yes arrives twice, then it is stored once', async () => {
    const { bot: b, card } = await answered('can I go on insta at lunch');
    await press(b, card, 'Yes');
    const again = await press(b, card, 'Yes');
    expect(cardTexts(invokeCard(again.body)).join(' ')).toMatch(/Thanks/);
    const stored = await b.store.feedback.list();
    expect(stored.map((f) => [f.question, f.helpful])).toEqual([['can I go on insta at lunch', true]]);
  });

  it('when the card names an answer this chat never had, then nothing is stored and the person is told', async () => {
    const { bot: b } = await answered('can I go on insta at lunch');
    const res = await b.client.send(b.client.invoke('answer.feedback', { helpful: true, answerId: 'a-made-up' }));
    expect((res.body as { value: string }).value).toBe(FEEDBACK_MESSAGES.tooOld);
    expect(await b.store.feedback.list()).toEqual([]);
  });

  it('when the feedback data is tampered with, then nothing is stored', async () => {
    const { bot: b, card } = await answered('can I go on insta at lunch');
    const answerId = executeActions(card).find((a) => a.title === 'Yes')!.data.answerId;
    for (const data of [
      { helpful: 'yes', answerId },
      { helpful: true, answerId, question: 'something else entirely' },
      { helpful: true },
    ]) {
      const res = await b.client.send(b.client.invoke('answer.feedback', data));
      expect((res.body as { value: string }).value).toBe(FEEDBACK_MESSAGES.invalid);
    }
    expect(await b.store.feedback.list()).toEqual([]);
  });
});
