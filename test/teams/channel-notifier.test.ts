import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectorError, type StoredConversationReference } from '../../src/alerts/notifier.js';
import { createBotAdapter } from '../../src/teams/adapter.js';
import { parseRetryAfter, TeamsChannelNotifier } from '../../src/teams/channel-notifier.js';
import { adaptiveCardsOf, FakeConnector } from '../fakes/fake-connector.js';

const CHANNEL = '19:alerts@thread.tacv2';

describe('TeamsChannelNotifier through the fake Bot Connector', () => {
  let connector: FakeConnector;
  let notifier: TeamsChannelNotifier;
  let channel: StoredConversationReference;

  beforeEach(async () => {
    connector = await FakeConnector.start();
    notifier = new TeamsChannelNotifier({ adapter: createBotAdapter({ mode: 'local' }), botAppId: '' });
    channel = {
      serviceUrl: connector.serviceUrl,
      channelId: 'msteams',
      conversation: { id: CHANNEL, conversationType: 'channel', tenantId: 'tenant-1' },
      bot: { id: '28:bot', name: 'Boundary' },
    };
  });
  afterEach(async () => {
    await connector.close();
  });

  it('when an alert is posted, then a new thread is created in the channel with the card and its activity id is returned', async () => {
    const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'SM-2026-0001' }] };
    const posted = await notifier.postToChannel(channel, card);
    const create = connector.requests.find((r) => r.kind === 'createConversation');
    expect(create?.body).toMatchObject({
      isGroup: true,
      channelData: { channel: { id: CHANNEL }, tenant: { id: 'tenant-1' } },
    });
    expect(posted.conversationId).toBe(`${CHANNEL};messageid=${posted.activityId}`);
    const sent = connector.sent.find((s) => s.kind === 'createConversation');
    expect(sent?.activityId).toBe(posted.activityId);
    expect(adaptiveCardsOf(sent!.activity)).toEqual([card]);
  });

  it('when a reminder mentions leads, then the text carries <at> tags with matching mention entities', async () => {
    await notifier.postToChannel(
      channel,
      { type: 'AdaptiveCard' },
      {
        text: 'Reminder: SM-2026-0001',
        mentions: [{ id: 'aad-dsl', name: 'Dana <Lead>' }],
      },
    );
    const sent = connector.sent.find((s) => s.kind === 'createConversation')!;
    expect(sent.activity.text).toBe('Reminder: SM-2026-0001 <at>Dana Lead</at>');
    expect(sent.activity.entities).toEqual([
      { type: 'mention', text: '<at>Dana Lead</at>', mentioned: { id: 'aad-dsl', name: 'Dana Lead' } },
    ]);
  });

  it('when a card is updated, then the same activity in the thread is replaced', async () => {
    const posted = await notifier.postToChannel(channel, { type: 'AdaptiveCard', body: [] });
    const thread = { ...channel, conversation: { ...channel.conversation, id: posted.conversationId } };
    const updated = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Acknowledged' }] };
    await notifier.updateCard(thread, posted.activityId, updated);
    const update = connector.sent.find((s) => s.kind === 'update')!;
    expect(update).toMatchObject({ conversationId: posted.conversationId, activityId: posted.activityId });
    expect(adaptiveCardsOf(update.activity)).toEqual([updated]);
  });

  it('when a reporter is messaged, then the text goes to their personal conversation', async () => {
    const personal = { serviceUrl: connector.serviceUrl, conversation: { id: 'a:personal-1' }, user: { id: '29:u' } };
    await notifier.sendToUser(personal, { text: 'Your report SM-2026-0001 has been picked up.' });
    expect(connector.activitiesTo('a:personal-1')).toMatchObject([
      { text: 'Your report SM-2026-0001 has been picked up.' },
    ]);
  });

  it('when the connector keeps answering 429 with Retry-After, then a retryable ConnectorError carries the wait', async () => {
    // botframework-connector's own pipeline already retries a 429 a few times (honouring Retry-After);
    // the relay only hears about it when those retries are used up.
    connector.scriptFaults(
      Array.from({ length: 6 }, () => ({ status: 429 as const, retryAfterSeconds: 1 })),
      (c) => c.kind === 'createConversation',
    );
    const err = await notifier.postToChannel(channel, { type: 'AdaptiveCard' }).catch((e: unknown) => e);
    connector.clearFaults();
    expect(err).toBeInstanceOf(ConnectorError);
    expect(err).toMatchObject({ status: 429, retryAfterMs: 1000, retryable: true });
    const attempts = connector.requests.filter((r) => r.kind === 'createConversation').length;
    console.log(`botframework-connector made ${attempts} createConversation requests for one 429-throttled post`);
    expect(connector.sent.filter((s) => s.kind === 'createConversation')).toHaveLength(0);
  });

  it('when the connector answers 403, then the ConnectorError is not retryable', async () => {
    connector.scriptFaults([{ status: 403 }], (c) => c.kind === 'update');
    const err = await notifier
      .updateCard({ ...channel, conversation: { id: `${CHANNEL};messageid=1` } }, '1', { type: 'AdaptiveCard' })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 403, retryable: false });
  });

  it('when Retry-After is an HTTP date, then it becomes milliseconds from now', () => {
    const now = Date.parse('2026-03-02T09:00:00Z');
    expect(parseRetryAfter('Mon, 02 Mar 2026 09:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});
