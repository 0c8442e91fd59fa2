import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardTexts } from '../fakes/fake-connector.js';
import { FixedAnswerService } from '../fakes/fixed-answer-service.js';
import { SAFEGUARDING_TEAM, STAFF } from '../fakes/teams-client.js';
import { type Bot, startBot } from '../support/bot.js';

describe('welcome and help through POST /api/messages', () => {
  let bot: Bot;
  let questions: FixedAnswerService;

  beforeEach(async () => {
    questions = new FixedAnswerService();
    bot = await startBot({ questions });
  });
  afterEach(async () => {
    await bot.dispose();
  });

  it('when the app is installed in a personal chat, then the bot sends the welcome card there', async () => {
    const res = await bot.client.send(bot.client.personalInstall());
    expect(res.status).toBe(200);
    const conv = bot.client.personalConversationId(STAFF);
    const sent = await bot.connector.waitForActivitiesTo(conv, 1);
    const cards = bot.connector.cardsTo(conv);
    expect(cards).toHaveLength(1);
    expect(cards[0]?.version).toBe('1.5');
    const texts = cardTexts(cards[0]).join('\n');
    expect(texts).toContain("Hello, I'm Boundary");
    expect(texts).toContain('call 999');
    // The alerts hint belongs to teams, and only once `set alerts channel` exists.
    expect(texts).not.toContain('set alerts channel');
    expect(sent[0]?.kind).toBe('reply');
  });

  it('when the app is added to a team, then the welcome card is posted in the General channel', async () => {
    const res = await bot.client.send(bot.client.teamInstall());
    expect(res.status).toBe(200);
    await bot.connector.waitForActivitiesTo(SAFEGUARDING_TEAM.teamId, 1);
    const cards = bot.connector.cardsTo(SAFEGUARDING_TEAM.teamId);
    expect(cards).toHaveLength(1);
    expect(cardTexts(cards[0]).join('\n')).toContain("Hello, I'm Boundary");
  });

  it('when an install arrives as installationUpdate and conversationUpdate at the same moment, then one welcome is sent', async () => {
    const [a, b] = await Promise.all([
      bot.client.send(bot.client.installationUpdate('add')),
      bot.client.send(bot.client.personalInstall()),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const conv = bot.client.personalConversationId(STAFF);
    await bot.connector.waitForActivitiesTo(conv, 1);
    expect(bot.connector.activitiesTo(conv)).toHaveLength(1);
  });

  it('when the same install is delivered twice (a Teams retry), then one welcome is sent', async () => {
    const install = bot.client.personalInstall();
    await bot.client.send(install);
    await bot.client.send(install);
    expect(bot.connector.activitiesTo(bot.client.personalConversationId(STAFF))).toHaveLength(1);
  });

  it('when the app is removed and installed again, then the person is welcomed again', async () => {
    await bot.client.send(bot.client.personalInstall());
    await bot.client.send(bot.client.installationUpdate('remove'));
    await bot.client.send(bot.client.installationUpdate('add'));
    await bot.client.send(bot.client.personalInstall());
    const conv = bot.client.personalConversationId(STAFF);
    await bot.connector.waitForActivitiesTo(conv, 2);
    expect(bot.connector.cardsTo(conv)).toHaveLength(2);
  });

  it('when someone other than the bot joins a team, then nothing is sent', async () => {
    const res = await bot.client.send(bot.client.memberJoined(STAFF));
    expect(res.status).toBe(200);
    expect(bot.connector.sent).toHaveLength(0);
  });

  it('when a person types "help", then the welcome card comes back and no question is asked', async () => {
    const res = await bot.client.send(bot.client.personalMessage('Help!'));
    expect(res.status).toBe(200);
    const conv = bot.client.personalConversationId(STAFF);
    await bot.connector.waitForActivitiesTo(conv, 1);
    expect(cardTexts(bot.connector.cardsTo(conv)[0]).join('\n')).toContain("Hello, I'm Boundary");
    expect(questions.questions).toEqual([]);
  });

  it('when a DSL @mentions the bot with "help" in a channel, then the reply goes to that thread', async () => {
    const activity = bot.client.channelMessage('help');
    const res = await bot.client.send(activity);
    expect(res.status).toBe(200);
    const conv = (activity.conversation as { id: string }).id;
    await bot.connector.waitForActivitiesTo(conv, 1);
    expect(cardTexts(bot.connector.cardsTo(conv)[0]).join('\n')).toContain("Hello, I'm Boundary");
    expect(questions.questions).toEqual([]);
  });

  it('when a welcome card button is pressed, then it sends plain Action.Submit data the routes understand', async () => {
    await bot.client.send(bot.client.personalMessage('help'));
    const conv = bot.client.personalConversationId(STAFF);
    await bot.connector.waitForActivitiesTo(conv, 1);
    const actions = (bot.connector.cardsTo(conv)[0]?.actions ?? []) as {
      type: string;
      data: Record<string, unknown>;
    }[];
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) {
      expect(action.type).toBe('Action.Submit');
      // messageBack/imBack are dropped by the Agents Playground, so buttons carry only our own data.
      expect(action.data).not.toHaveProperty('msteams');
    }
    const example = actions.find((a) => typeof a.data.question === 'string');
    expect(example).toBeDefined();
    await bot.client.send(bot.client.personalSubmit(example?.data ?? {}));
    expect(questions.questions).toEqual([example?.data.question]);
  });

  it('when the help card button data arrives without text, then the command is still recognised', async () => {
    const res = await bot.client.send(bot.client.personalSubmit({ command: 'help' }));
    expect(res.status).toBe(200);
    await bot.connector.waitForActivitiesTo(bot.client.personalConversationId(STAFF), 1);
    expect(questions.questions).toEqual([]);
  });

  it('when a message only contains an @mention, then the help card is shown instead of answering nothing', async () => {
    const activity = bot.client.channelMessage('');
    await bot.client.send(activity);
    const conv = (activity.conversation as { id: string }).id;
    await bot.connector.waitForActivitiesTo(conv, 1);
    expect(cardTexts(bot.connector.cardsTo(conv)[0]).join('\n')).toContain("Hello, I'm Boundary");
    expect(questions.questions).toEqual([]);
  });
});
