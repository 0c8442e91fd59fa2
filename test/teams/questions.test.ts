import { afterEach, describe, expect, it } from 'vitest';
import { cardTexts } from '../fakes/fake-connector.js';
import { FailingQuestionService, FixedAnswerService } from '../fakes/fixed-answer-service.js';
import { STAFF, type TeamsClient } from '../fakes/teams-client.js';
import { type Bot, startBot } from '../support/bot.js';

describe('questions through POST /api/messages', () => {
  let bot: Bot | undefined;
  afterEach(async () => {
    await bot?.dispose();
    bot = undefined;
  });

  it('when a person asks a question in their own words, then the answer card shows the verdict, answer, clause and contact', async () => {
    const questions = new FixedAnswerService();
    bot = await startBot({ questions });
    const res = await bot.client.send(bot.client.personalMessage('a year 9 sent me a snapchat request??'));
    expect(res.status).toBe(200);
    const conv = bot.client.personalConversationId(STAFF);
    await bot.connector.waitForActivitiesTo(conv, 1);
    expect(questions.questions).toEqual(['a year 9 sent me a snapchat request??']);
    const texts = cardTexts(bot.connector.cardsTo(conv)[0]);
    expect(texts[0]).toBe('No — don’t');
    expect(texts).toContain('Decline the request and do not reply.');
    expect(texts).toContain('Section 4.1 · 4. Contact with pupils');
    expect(texts).toContain('“Staff must not accept friend requests from pupils on personal accounts.”');
    expect(texts).toContain('the Designated Safeguarding Lead');
  });

  it.each<[string, string, (c: TeamsClient) => Record<string, unknown>, string]>([
    [
      'a person types a command the bot does not have yet',
      'it is treated as a question',
      (c: TeamsClient) => c.personalMessage('export my data'),
      'export my data',
    ],
    [
      'a question merely contains the word help',
      'it is answered as a question',
      (c: TeamsClient) => c.personalMessage('can you help me with a parent on instagram'),
      'can you help me with a parent on instagram',
    ],
    [
      'a question is asked in a channel with an @mention',
      'the mention is not part of the question',
      (c: TeamsClient) => c.channelMessage('can I post photos of the school trip?'),
      'can I post photos of the school trip?',
    ],
    [
      'the example-question button is pressed',
      'its question is answered',
      (c: TeamsClient) => c.personalSubmit({ question: 'Can I accept a friend request from a parent?' }),
      'Can I accept a friend request from a parent?',
    ],
  ])('when %s, then %s', async (_when, _outcome, send, asked) => {
    const questions = new FixedAnswerService();
    bot = await startBot({ questions });
    await bot.client.send(send(bot.client));
    await bot.connector.waitForActivity(() => true);
    expect(questions.questions).toEqual([asked]);
  });

  it('when answering fails unexpectedly, then the person gets a calm message with a reference and no error detail', async () => {
    bot = await startBot({ questions: new FailingQuestionService() });
    const res = await bot.client.send(bot.client.personalMessage('can I use tiktok?'));
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('exploded');
    const conv = bot.client.personalConversationId(STAFF);
    await bot.connector.waitForActivitiesTo(conv, 1);
    const texts = cardTexts(bot.connector.cardsTo(conv)[0]).join('\n');
    expect(texts).toContain('Sorry, something went wrong on my side.');
    const reference = /E-[A-Z0-9]{6}/.exec(texts)?.[0];
    expect(reference).toBeDefined();
    expect(texts).not.toContain('exploded');
    const logged = bot.logs().find((l) => l.msg === 'turn failed');
    expect(logged?.reference).toBe(reference);
    expect(logged?.activityId).toBeDefined();
    expect(bot.logs().some((l) => l.msg === 'activity failed (the person was sent a reference)')).toBe(true);
  });

  it('when a personal chat sends an activity, then its conversation reference is stored under the person', async () => {
    bot = await startBot();
    await bot.client.send(bot.client.personalMessage('hello'));
    await bot.connector.waitForActivity(() => true);
    expect(await bot.store.conversations.get(STAFF.aadObjectId)).toMatchObject({
      serviceUrl: bot.connector.serviceUrl,
      conversation: { id: bot.client.personalConversationId(STAFF), conversationType: 'personal' },
      user: { id: STAFF.id, aadObjectId: STAFF.aadObjectId },
    });
  });
});
