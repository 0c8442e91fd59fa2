import { describe, expect, it } from 'vitest';
import { BoundaryError } from '../../src/errors.js';
import type { Incident } from '../../src/reports/incident.js';
import type { Store } from '../../src/store/open-store.js';
import { cardTexts, FakeConnector } from '../fakes/fake-connector.js';
import { STAFF } from '../fakes/teams-client.js';
import { allText, errorUnder, inputIds, inputValue } from '../reports/forms/card-helpers.js';
import { type Bot, botsPerTest, examplePolicy, startBot, tempDir } from '../support/bot.js';
import { executeActions, invokeCard, press, sentCard } from '../support/cards.js';

// A fixed clock, so "today" and "the future" are known: 10:00 UK time on Tuesday 10 March 2026.
const NOW = new Date('2026-03-10T10:00:00Z');
const clock = { now: () => NOW };

const SENDER = { sender: 'current_pupil', senderName: 'Sam Pupil', senderClass: '9B' };
const REQUEST = { platform: 'snapchat', platformOther: '', occurredOn: '2026-03-09', response: 'declined' };
const DETAILS = { messagesExchanged: 'no', welfareWorry: 'no', screenshotKept: 'yes', anythingElse: '' };

describe('report forms through POST /api/messages', () => {
  const { start, defer } = botsPerTest({ questions: examplePolicy, clock });

  const conv = (bot: Bot) => bot.client.personalConversationId(STAFF);

  /** Types a command and returns the card the bot sent in reply. */
  async function command(bot: Bot, text: string): Promise<Record<string, unknown>> {
    const before = bot.connector.activitiesTo(conv(bot)).length;
    const res = await bot.client.send(bot.client.personalMessage(text));
    expect(res.status).toBe(200);
    const sent = await bot.connector.waitForActivitiesTo(conv(bot), before + 1);
    return sentCard(sent[before]!);
  }

  async function next(bot: Bot, card: unknown, title: string, inputs: Record<string, unknown> = {}) {
    const res = await press(bot, card, title, inputs);
    expect(res.status).toBe(200);
    return invokeCard(res.body);
  }

  async function friendToReview(bot: Bot) {
    let card = await command(bot, 'report friend request');
    card = await next(bot, card, 'Next', SENDER);
    card = await next(bot, card, 'Next', REQUEST);
    return next(bot, card, 'Next', DETAILS);
  }

  async function allIncidents(bot: Bot): Promise<Incident[]> {
    return bot.store.incidents.listByReporter(STAFF.aadObjectId);
  }

  describe('the friend-request form', () => {
    it('when a member of staff goes from the command to Send, then one incident is stored and the confirmation gives its reference', async () => {
      const bot = await start();
      const first = await command(bot, 'report friend request');
      expect(allText(first)).toMatch(/You have done the right thing by reporting this/);
      expect(inputIds(first)).toEqual(['sender', 'senderName', 'senderClass']);

      const review = await friendToReview(bot);
      expect(allText(review)).toContain('Sam Pupil');
      // The school's own policy, asked when the form opened, is quoted before sending.
      expect(allText(review)).toContain(
        '“Staff must not accept or send friend requests, follows or connection requests between their personal accounts and any pupil of the school.”',
      );

      const confirmation = await next(bot, review, 'Send report');
      const incidents = await allIncidents(bot);
      expect(incidents).toHaveLength(1);
      const incident = incidents[0]!;
      expect(incident.ref).toBe('SM-2026-0001');
      expect(allText(confirmation)).toContain('SM-2026-0001');
      expect(incident.category).toBe('friend_request');
      expect(incident.reporter).toEqual({ aadObjectId: STAFF.aadObjectId, name: STAFF.name });
      expect(incident.pupilName).toBe('Sam Pupil');
      expect(incident.answers).toMatchObject({ sender: 'current_pupil', platform: 'snapchat', response: 'declined' });
      expect(incident.occurredAt).toEqual({ kind: 'date', date: '2026-03-09' });
      // No alert channel is set up yet: the reporter is told it has not reached the team, and to speak to the DSL.
      expect(allText(confirmation)).toMatch(/their alerts channel is not set up\. Please speak to the DSL/);
      expect(executeActions(confirmation).map((a) => a.verb)).toContain('reports.mine');
    });

    it('when the alert channel is set up, then the confirmation says the safeguarding team has been alerted', async () => {
      const bot = await start();
      await bot.store.settings.setAlertChannel(
        { conversation: { id: '19:alerts@thread.tacv2' }, serviceUrl: bot.connector.serviceUrl } as never,
        STAFF.aadObjectId,
        NOW,
      );
      const review = await friendToReview(bot);
      const confirmation = await next(bot, review, 'Send report');
      expect(allText(confirmation)).toMatch(/The safeguarding team \(the DSL\) has been alerted/);
    });
  });

  describe('the abusive-post form', () => {
    it('when a member of staff goes from the command to Send, then the incident holds the answers and the guidance follows', async () => {
      const bot = await start();
      let card = await command(bot, 'report post');
      expect(inputIds(card)).toEqual(['postKind']);
      card = await next(bot, card, 'Next', { postKind: 'harassment' });
      card = await next(bot, card, 'Next', { platform: 'facebook', platformOther: '', link: 'https://fb.example/p/1' });
      card = await next(bot, card, 'Next', { about: 'me', postedBy: 'parent', pupilName: '' });
      card = await next(bot, card, 'Next', {
        seenOn: '2026-03-10',
        evidence: 'date,link,screenshot',
        description: 'A parent called me useless on the school Facebook group.',
      });
      const confirmation = await next(bot, card, 'Send report');
      const [incident] = await allIncidents(bot);
      expect(incident?.category).toBe('abusive_post');
      expect(incident?.answers).toMatchObject({ postKind: 'harassment', platform: 'facebook', about: 'me' });
      expect(allText(confirmation)).toContain(incident!.ref);
      expect(allText(confirmation)).toMatch(/Do not engage with or reply to the post/);
      expect(allText(confirmation)).toContain(
        'The Professionals Online Safety Helpline (POSH) can help get it removed: 0344 381 4772 or helpline@saferinternet.org.uk (Monday to Friday, 10am to 4pm).',
      );
    });

    it('when "may be an indecent image of a child" is chosen, then the form never asks for an image and the record holds none', async () => {
      const bot = await start();
      let card = await command(bot, 'report post');
      card = await next(bot, card, 'Next', { postKind: 'indecent_image' });
      expect(allText(card)).toMatch(/Do not view it again/);
      expect(inputIds(card)).toEqual(['device', 'platform', 'link', 'whoKnows']);
      expect(JSON.stringify(card)).not.toMatch(/Input\.File|upload|attach/i);

      // A tampered card that tries to send an image along is refused, and nothing of it is kept.
      const image = `data:image/png;base64,${'iVBORw0KGgo'.repeat(60)}`;
      const refused = await next(bot, card, 'Next', { device: 'my school laptop', screenshot: image });
      expect(allText(refused)).toMatch(/sent something it does not ask for/);
      const smallImage = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==';
      const typedFile = await next(bot, refused, 'Next', { device: smallImage, platform: '', link: '', whoKnows: '' });
      expect(errorUnder(typedFile, 'device')).toMatch(/words only/);
      expect(inputValue(typedFile, 'device')).toBe('');

      card = await next(bot, typedFile, 'Next', {
        device: 'a pupil’s phone, handed to the office',
        platform: 'snapchat',
        link: '',
        whoKnows: 'Only me and the office manager',
      });
      // The send is attached to the request the attachments rode in on, to check they are ignored too.
      const res = await bot.client.send({
        ...bot.client.invoke('report.post.submit', executeActions(card).find((a) => a.title === 'Send report')!.data),
        attachments: [{ contentType: 'image/png', contentUrl: image, name: 'evidence.png' }],
      });
      const confirmation = invokeCard(res.body);
      const [incident] = await allIncidents(bot);
      expect(incident?.category).toBe('indecent_image');
      expect(incident?.severity).toBe('critical');
      const stored = JSON.stringify(incident);
      expect(stored).not.toMatch(/data:image|base64|iVBORw0KGgo|evidence\.png|contentUrl/);
      expect(Object.keys(incident!.answers).sort()).toEqual(['device', 'platform', 'postKind', 'whoKnows']);
      expect(allText(confirmation)).toMatch(/Do not screenshot, copy, save, print or forward it/);
    });
  });

  describe('pre-filling from a question', () => {
    it('when a Year 9 sent a Snapchat request, then the answer offers the friend-request form, pressing it opens it with the sender and platform filled in, and the review puts their account before the policy', async () => {
      const bot = await start();
      await bot.client.send(bot.client.personalMessage('a Year 9 sent me a Snapchat request'));
      const [answerActivity] = await bot.connector.waitForActivitiesTo(conv(bot), 1);
      const answer = sentCard(answerActivity!);
      const button = executeActions(answer).find((a) => a.verb === 'report.friend.start');
      expect(button?.title).toBe('Report a friend request');
      expect(button?.data.prefill).toEqual({ sender: 'pupil', platform: 'snapchat' });

      const res = await press(bot, answer, 'Report a friend request');
      // The answer stays on screen; the form opens below it.
      expect(cardTexts(invokeCard(res.body))[0]).toBe('No — decline it');
      const sent = await bot.connector.waitForActivitiesTo(conv(bot), 2);
      let form = sentCard(sent[1]!);
      expect(inputValue(form, 'sender')).toBe('current_pupil');

      form = await next(bot, form, 'Next', { sender: 'current_pupil', senderName: '', senderClass: 'Year 9' });
      expect(inputValue(form, 'platform')).toBe('snapchat');
      form = await next(bot, form, 'Next', REQUEST);
      const review = await next(bot, form, 'Next', DETAILS);
      // The review quotes the clause the answer rested on, after the reporter's own account and with no verdict.
      const text = allText(review);
      expect(text).toContain('3.1');
      expect(text.indexOf('What you told us')).toBeGreaterThan(-1);
      expect(text.indexOf('What you told us')).toBeLessThan(text.indexOf('For reference: your school’s policy'));
      expect(text).toContain('Reporting this is the right thing to do.');
      expect(text).not.toMatch(/Not allowed|What your school’s policy says|^No:/m);
    });
  });

  describe('every validation branch re-renders the same card with the answers kept', () => {
    async function atRequestStep(bot: Bot) {
      const card = await command(bot, 'report friend request');
      return next(bot, card, 'Next', SENDER);
    }

    it('when a required answer is missing, then the card says so under the field and keeps the others', async () => {
      const bot = await start();
      const card = await atRequestStep(bot);
      const again = await next(bot, card, 'Next', { ...REQUEST, response: '' });
      expect(inputIds(again)).toEqual(inputIds(card));
      expect(errorUnder(again, 'response')).toBe('Please answer this.');
      expect(inputValue(again, 'platform')).toBe('snapchat');
      expect(inputValue(again, 'occurredOn')).toBe('2026-03-09');
    });

    it('when the date is in the future, then the date field says so and keeps the date typed', async () => {
      const bot = await start();
      const card = await atRequestStep(bot);
      const again = await next(bot, card, 'Next', { ...REQUEST, occurredOn: '2026-03-11' });
      expect(errorUnder(again, 'occurredOn')).toMatch(/in the future/);
      expect(inputValue(again, 'occurredOn')).toBe('2026-03-11');
    });

    it('when a text field holds 100 KB, then it states the limit and keeps the first 2,000 characters', async () => {
      const bot = await start();
      let card = await atRequestStep(bot);
      card = await next(bot, card, 'Next', REQUEST);
      const huge = 'The pupil also messaged me about homework. '.repeat(2400).slice(0, 100 * 1024);
      const again = await next(bot, card, 'Next', { ...DETAILS, anythingElse: huge });
      expect(errorUnder(again, 'anythingElse')).toMatch(/the limit is 2,000/);
      expect(inputValue(again, 'anythingElse')).toBe(huge.slice(0, 2000));
      expect(inputValue(again, 'messagesExchanged')).toBe('no');
    });

    it('when a choice value is not one of the options, then it asks for one shown', async () => {
      const bot = await start();
      const card = await command(bot, 'report friend request');
      const again = await next(bot, card, 'Next', { ...SENDER, sender: 'headteacher' });
      expect(errorUnder(again, 'sender')).toBe('Please choose one of the options shown.');
      expect(inputValue(again, 'senderName')).toBe('Sam Pupil');
    });

    it('when the card sends a field it does not ask for, then nothing is saved and the step says why', async () => {
      const bot = await start();
      const card = await command(bot, 'report friend request');
      const again = await next(bot, card, 'Next', { ...SENDER, isAdmin: 'true' });
      expect(inputIds(again)).toEqual(['sender', 'senderName', 'senderClass']);
      expect(allText(again)).toMatch(/sent something it does not ask for/);
    });

    it('when the verb is tampered with, then the step comes back with a message and the answers so far are kept', async () => {
      const bot = await start();
      const card = await atRequestStep(bot);
      const formId = executeActions(card)[0]!.data.formId;
      const res = await bot.client.send(
        bot.client.invoke('report.friend.approve', { formId, step: 'request', ...REQUEST }),
      );
      const again = invokeCard(res.body);
      expect(allText(again)).toMatch(/did not match this form/);
      expect(inputIds(again)).toEqual(inputIds(card));
      // What the sender step saved is still there.
      const back = await next(bot, again, 'Back');
      expect(inputValue(back, 'senderName')).toBe('Sam Pupil');
    });
  });

  it('when the bot restarts in the middle of a form, then the member of staff carries on where they were', async () => {
    const data = tempDir();
    defer(() => data.remove());
    const connector = await FakeConnector.start();
    defer(() => connector.close());
    const first = await startBot({ questions: examplePolicy, clock, connector, dataDir: data.dir });
    let card = await command(first, 'report friend request');
    card = await next(first, card, 'Next', SENDER);
    await first.stop();

    const second = await startBot({ questions: examplePolicy, clock, connector, dataDir: data.dir });
    defer(() => second.stop());
    // The card still on the person's screen was rendered by the first process.
    card = await next(second, card, 'Next', REQUEST);
    expect(inputIds(card)).toEqual(['messagesExchanged', 'welfareWorry', 'screenshotKept', 'anythingElse']);
    const review = await next(second, card, 'Next', DETAILS);
    expect(allText(review)).toContain('Sam Pupil');
    await next(second, review, 'Send report');
    expect(await allIncidents(second)).toHaveLength(1);
  });

  it('when the same send arrives twice (a double tap or Teams retrying), then one incident is made and both get its reference', async () => {
    const bot = await start();
    const review = await friendToReview(bot);
    const send = executeActions(review).find((a) => a.title === 'Send report')!;
    const invoke = bot.client.invoke(send.verb, send.data);
    const [a, b] = await Promise.all([bot.client.send(invoke), bot.client.send(invoke)]);
    const c = await bot.client.send(invoke);
    const incidents = await allIncidents(bot);
    expect(incidents).toHaveLength(1);
    for (const res of [a, b, c]) expect(allText(invokeCard(res.body))).toContain(incidents[0]!.ref);
  });

  it('when the store cannot take the report, then a calm card keeps the answers and Try again sends it once', async () => {
    // The database itself refuses the first write (as a locked or unreachable database would); the server's
    // own IncidentService, composed by startBoundary, meets the failure.
    let failures = 1;
    const bot = await start({
      wrapStore: (real: Store) => ({
        ...real,
        incidents: new Proxy(real.incidents, {
          get(target, prop, receiver) {
            if (prop === 'create' && failures-- > 0) {
              return async () => {
                throw new BoundaryError('store_unavailable', 'database is locked');
              };
            }
            const value = Reflect.get(target, prop, receiver);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        }),
      }),
    });
    const review = await friendToReview(bot);
    const failed = await next(bot, review, 'Send report');
    expect(cardTexts(failed)[0]).toBe('Your report has not been sent yet');
    expect(allText(failed)).toMatch(/Nothing you wrote has been lost/);
    expect(await allIncidents(bot)).toHaveLength(0);
    expect(bot.logs().some((l) => l.msg === 'report could not be stored; answers kept for Try again')).toBe(true);

    const confirmation = await next(bot, failed, 'Try again');
    const incidents = await allIncidents(bot);
    expect(incidents).toHaveLength(1);
    expect(allText(confirmation)).toContain(incidents[0]!.ref);
    expect(incidents[0]!.pupilName).toBe('Sam Pupil');
  });

  it('when cancel is typed, then the report in progress is discarded and its old card no longer works', async () => {
    const bot = await start();
    const card = await command(bot, 'report friend request');
    const sender = await next(bot, card, 'Next', SENDER);
    const cancelled = await command(bot, 'cancel');
    expect(cardTexts(cancelled).join(' ')).toMatch(/Report cancelled\. Nothing was sent\./);
    const closed = await next(bot, sender, 'Next', REQUEST);
    expect(allText(closed)).toMatch(/no longer open/);
    // A new form starts empty.
    const fresh = await command(bot, 'report friend request');
    expect(inputValue(fresh, 'senderName')).toBe('');
    expect(await allIncidents(bot)).toHaveLength(0);
  });

  it('when a report command is typed in a channel, then the bot asks for the personal chat and opens no form there', async () => {
    const bot = await start();
    await bot.client.send(bot.client.channelMessage('report post'));
    const sent = await bot.connector.waitForActivity(() => true);
    expect(sent.activity.text).toMatch(/personal chat/);
    expect(sent.activity.attachments).toBeUndefined();
  });
});
