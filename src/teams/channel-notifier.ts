import {
  type Activity,
  ActivityTypes,
  CardFactory,
  Channels,
  type CloudAdapter,
  type ConversationParameters,
  type ConversationReference,
  type Mention,
} from 'botbuilder';
import {
  type ChannelNotifier,
  ConnectorError,
  type MentionTarget,
  type StoredConversationReference,
} from '../alerts/notifier.js';

export interface TeamsChannelNotifierOptions {
  adapter: CloudAdapter;
  /** The bot's app id; '' in local mode (no authentication). */
  botAppId: string;
  /** OAuth audience for outbound calls; undefined uses the public cloud's. */
  audience?: string;
}

/**
 * ChannelNotifier over the Bot Framework CloudAdapter. A new alert is a new thread in the channel
 * (createConversationAsync with channelData.channel.id, as Teams requires); the posted activity id is the
 * `;messageid=` part of the thread id Teams returns. Updates and personal messages continue an existing
 * conversation. Every failure becomes a ConnectorError with the HTTP status and Retry-After, if any.
 */
export class TeamsChannelNotifier implements ChannelNotifier {
  constructor(private readonly o: TeamsChannelNotifierOptions) {}

  async postToChannel(
    channel: StoredConversationReference,
    card: object,
    opts: { mentions?: MentionTarget[]; text?: string } = {},
  ): Promise<{ activityId: string; conversationId: string }> {
    const channelId = channelIdOf(channel);
    const tenantId = tenantIdOf(channel);
    const activity: Partial<Activity> = {
      type: ActivityTypes.Message,
      attachments: [CardFactory.adaptiveCard(card)],
      ...withMentions(opts.text, opts.mentions ?? []),
    };
    const params: ConversationParameters = {
      isGroup: true,
      channelData: { channel: { id: channelId }, ...(tenantId ? { tenant: { id: tenantId } } : {}) },
      activity: activity as Activity,
      ...(tenantId ? { tenantId } : {}),
      ...(channel.bot ? { bot: channel.bot as ConversationParameters['bot'] } : {}),
    } as ConversationParameters;
    let created: { conversationId: string; activityId: string } | null = null;
    await this.call(() =>
      this.o.adapter.createConversationAsync(
        this.o.botAppId,
        Channels.Msteams,
        channel.serviceUrl,
        this.o.audience ?? '',
        params,
        async (context) => {
          const conversationId = context.activity.conversation.id;
          const messageId = /;messageid=([^;]+)$/.exec(conversationId)?.[1];
          created = { conversationId, activityId: messageId ?? context.activity.id ?? conversationId };
        },
      ),
    );
    if (!created) throw new ConnectorError('createConversation returned no conversation', null);
    return created;
  }

  async updateCard(conversation: StoredConversationReference, activityId: string, card: object): Promise<void> {
    await this.continue(conversation, async (context) => {
      await context.updateActivity({
        type: ActivityTypes.Message,
        id: activityId,
        attachments: [CardFactory.adaptiveCard(card)],
      });
    });
  }

  async sendToUser(user: StoredConversationReference, message: { text?: string; card?: object }): Promise<void> {
    await this.continue(user, async (context) => {
      await context.sendActivity({
        type: ActivityTypes.Message,
        ...(message.text ? { text: message.text } : {}),
        ...(message.card ? { attachments: [CardFactory.adaptiveCard(message.card)] } : {}),
      });
    });
  }

  private continue(
    reference: StoredConversationReference,
    logic: (context: import('botbuilder').TurnContext) => Promise<void>,
  ): Promise<void> {
    const ref = { channelId: Channels.Msteams, ...reference } as unknown as Partial<ConversationReference>;
    // The bot's adapter has an onTurnError (teams-ai's app.error), which swallows what the logic throws: the
    // connector's failure would read as success and the outbox row would be marked delivered. Carry it out here.
    let failure: { err: unknown } | null = null;
    const guarded = async (context: import('botbuilder').TurnContext) => {
      try {
        await logic(context);
      } catch (err) {
        failure = { err };
      }
    };
    return this.call(async () => {
      await (this.o.audience
        ? this.o.adapter.continueConversationAsync(this.o.botAppId, ref, this.o.audience, guarded)
        : this.o.adapter.continueConversationAsync(this.o.botAppId, ref, guarded));
      if (failure) throw (failure as { err: unknown }).err;
    });
  }

  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw toConnectorError(err);
    }
  }
}

function channelIdOf(channel: StoredConversationReference): string {
  const data = channel.channelData as { channel?: { id?: string } } | undefined;
  // A reference saved from a message in a thread carries ;messageid=; the channel is the part before it.
  return data?.channel?.id ?? channel.conversation.id.split(';')[0]!;
}

function tenantIdOf(channel: StoredConversationReference): string | undefined {
  const data = channel.channelData as { tenant?: { id?: string } } | undefined;
  return channel.conversation.tenantId ?? data?.tenant?.id;
}

function withMentions(text: string | undefined, mentions: MentionTarget[]): Partial<Activity> {
  if (!text && mentions.length === 0) return {};
  // Names come from Teams (the roster), never from what a user typed; angle brackets are still removed.
  const clean = (s: string) => s.replace(/[<>]/g, '');
  const entities: Mention[] = mentions.map((m) => ({
    type: 'mention',
    text: `<at>${clean(m.name)}</at>`,
    mentioned: { id: m.id, name: clean(m.name) },
  }));
  const tags = entities.map((e) => e.text).join(' ');
  return { text: [text ?? '', tags].filter(Boolean).join(' '), ...(entities.length ? { entities } : {}) };
}

/** Maps what botframework-connector throws (RestError with statusCode/response.headers) to a ConnectorError. */
export function toConnectorError(err: unknown): ConnectorError {
  if (err instanceof ConnectorError) return err;
  const e = err as {
    statusCode?: number;
    message?: string;
    code?: string;
    response?: { status?: number; headers?: { get?: (name: string) => string | undefined } };
  };
  const status = e?.statusCode ?? e?.response?.status ?? null;
  const retryAfter = e?.response?.headers?.get?.('retry-after');
  return new ConnectorError(
    `Bot Connector ${status ?? e?.code ?? 'error'}: ${e?.message ?? String(err)}`.slice(0, 300),
    typeof status === 'number' && status > 0 ? status : null,
    parseRetryAfter(retryAfter),
  );
}

export function parseRetryAfter(value: string | undefined | null, now = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
