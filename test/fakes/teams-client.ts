import { randomUUID } from 'node:crypto';

/**
 * Plays Teams' part in a test: builds activities shaped the way Teams sends them (personal chat, a channel
 * @mention, installs, Action.Submit, Action.Execute invokes) with serviceUrl pointing at the FakeConnector, and
 * posts them to the bot's real POST /api/messages. Invoke responses come back in the HTTP body, as in Teams.
 */

export interface TeamsUser {
  /** Bot Framework user id ("29:..."). */
  id: string;
  /** Entra object id: what SAFEGUARDING_LEADS lists. */
  aadObjectId: string;
  name: string;
  userPrincipalName: string;
}

export const TENANT_ID = '11111111-2222-4333-8444-555555555555';
export const BOT_APP_ID = '00000000-0000-4000-8000-00000000b0b0';

export const STAFF: TeamsUser = {
  id: '29:1staff-alex',
  aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000001',
  name: 'Alex Teacher',
  userPrincipalName: 'alex.teacher@school.example',
};

export const DSL: TeamsUser = {
  id: '29:1dsl-sam',
  aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000002',
  name: 'Sam Lead',
  userPrincipalName: 'sam.lead@school.example',
};

export interface TeamRef {
  /** The team's id: the General channel's conversation id in Teams. */
  teamId: string;
  name: string;
  /** A channel in the team (for example the safeguarding channel). */
  channelId: string;
  channelName: string;
}

export const SAFEGUARDING_TEAM: TeamRef = {
  teamId: '19:team-general@thread.tacv2',
  name: 'Safeguarding',
  channelId: '19:safeguarding-alerts@thread.tacv2',
  channelName: 'Alerts',
};

export interface SendResult {
  status: number;
  /** Parsed JSON when the body was JSON, the raw text otherwise, undefined when empty. */
  body: unknown;
  text: string;
}

export interface TeamsClientOptions {
  /** The bot's POST /api/messages URL (RunningBoundary.messagesUrl). */
  messagesUrl: string;
  /** The FakeConnector's serviceUrl. */
  serviceUrl: string;
  tenantId?: string;
  /** The bot's app id; its Bot Framework id in Teams is "28:" + this. */
  botAppId?: string;
  botName?: string;
  /** Produces the Authorization header per request (authenticated mode); omitted when absent. */
  authorization?: (activity: Record<string, unknown>) => string | Promise<string>;
}

export type Activity = Record<string, unknown>;

export class TeamsClient {
  readonly tenantId: string;
  readonly botAppId: string;
  readonly botName: string;
  readonly botId: string;
  private counter = 0;

  constructor(private readonly opts: TeamsClientOptions) {
    this.tenantId = opts.tenantId ?? TENANT_ID;
    this.botAppId = opts.botAppId ?? BOT_APP_ID;
    this.botName = opts.botName ?? 'Boundary';
    this.botId = `28:${this.botAppId}`;
  }

  // ---- conversations ----------------------------------------------------------------------------------------

  /** The personal chat between a user and the bot (one per user, stable across a test). */
  personalConversationId(user: TeamsUser = STAFF): string {
    return `a:1personal-${user.aadObjectId}`;
  }

  /** A thread in a team channel: the channel id with ;messageid= the root post. */
  channelThreadId(team: TeamRef = SAFEGUARDING_TEAM, rootMessageId = '1700000000000'): string {
    return `${team.channelId};messageid=${rootMessageId}`;
  }

  // ---- activity builders ------------------------------------------------------------------------------------

  /** A message typed in the user's personal chat with the bot. */
  personalMessage(text: string, opts: { user?: TeamsUser; value?: unknown } = {}): Activity {
    const user = opts.user ?? STAFF;
    return {
      ...this.base('message', user),
      conversation: { conversationType: 'personal', tenantId: this.tenantId, id: this.personalConversationId(user) },
      text,
      textFormat: 'plain',
      ...(opts.value !== undefined ? { value: opts.value } : {}),
      channelData: { tenant: { id: this.tenantId } },
    };
  }

  /**
   * A message in a team channel. By default it @mentions the bot the way Teams does: "<at>Boundary</at> text" with
   * a mention entity (the bot only receives channel messages that mention it).
   */
  channelMessage(
    text: string,
    opts: { user?: TeamsUser; team?: TeamRef; mentionBot?: boolean; value?: unknown; inChannel?: string } = {},
  ): Activity {
    const user = opts.user ?? DSL;
    const team = opts.team ?? SAFEGUARDING_TEAM;
    const channelId = opts.inChannel ?? team.channelId;
    const mention = `<at>${this.botName}</at>`;
    const mentionBot = opts.mentionBot ?? true;
    const activity: Activity = {
      ...this.base('message', user),
      conversation: {
        isGroup: true,
        conversationType: 'channel',
        tenantId: this.tenantId,
        id: `${channelId};messageid=${this.nextId()}`,
      },
      text: mentionBot ? `${mention} ${text}` : text,
      textFormat: 'plain',
      channelData: this.teamChannelData(team, channelId),
      ...(opts.value !== undefined ? { value: opts.value } : {}),
    };
    if (mentionBot) {
      (activity.entities as unknown[]).push({
        type: 'mention',
        text: mention,
        mentioned: { id: this.botId, name: this.botName },
      });
    }
    return activity;
  }

  /** Action.Submit from a card in the personal chat: a message with `value` and (for messageBack) text. */
  personalSubmit(value: Record<string, unknown>, opts: { user?: TeamsUser; text?: string; replyToId?: string } = {}) {
    const activity = this.personalMessage(opts.text ?? '', { ...(opts.user ? { user: opts.user } : {}), value });
    if (opts.text === undefined) delete activity.text;
    if (opts.replyToId) activity.replyToId = opts.replyToId;
    return activity;
  }

  /** The bot installed in the user's personal scope: conversationUpdate with the bot among membersAdded. */
  personalInstall(user: TeamsUser = STAFF): Activity {
    return {
      ...this.base('conversationUpdate', user),
      conversation: { conversationType: 'personal', tenantId: this.tenantId, id: this.personalConversationId(user) },
      membersAdded: [{ id: this.botId }],
      channelData: { tenant: { id: this.tenantId } },
    };
  }

  /** The bot added to a team: conversationUpdate in the team's General channel, eventType teamMemberAdded. */
  teamInstall(opts: { user?: TeamsUser; team?: TeamRef } = {}): Activity {
    const user = opts.user ?? DSL;
    const team = opts.team ?? SAFEGUARDING_TEAM;
    return {
      ...this.base('conversationUpdate', user),
      conversation: { isGroup: true, conversationType: 'channel', tenantId: this.tenantId, id: team.teamId },
      membersAdded: [{ id: this.botId }],
      channelData: { ...this.teamChannelData(team, team.teamId), eventType: 'teamMemberAdded' },
    };
  }

  /** A person (not the bot) joining a conversation the bot is already in. */
  memberJoined(member: TeamsUser, opts: { team?: TeamRef } = {}): Activity {
    const team = opts.team ?? SAFEGUARDING_TEAM;
    return {
      ...this.base('conversationUpdate', DSL),
      conversation: { isGroup: true, conversationType: 'channel', tenantId: this.tenantId, id: team.teamId },
      membersAdded: [{ id: member.id, aadObjectId: member.aadObjectId }],
      channelData: { ...this.teamChannelData(team, team.teamId), eventType: 'teamMemberAdded' },
    };
  }

  /** installationUpdate (Teams sends it alongside conversationUpdate on install and alone on uninstall). */
  installationUpdate(action: 'add' | 'remove', opts: { user?: TeamsUser; scope?: 'personal' | 'team' } = {}): Activity {
    const user = opts.user ?? STAFF;
    const team = SAFEGUARDING_TEAM;
    const personal = (opts.scope ?? 'personal') === 'personal';
    return {
      ...this.base('installationUpdate', user),
      action,
      conversation: personal
        ? { conversationType: 'personal', tenantId: this.tenantId, id: this.personalConversationId(user) }
        : { isGroup: true, conversationType: 'channel', tenantId: this.tenantId, id: team.teamId },
      channelData: personal ? { tenant: { id: this.tenantId } } : this.teamChannelData(team, team.teamId),
    };
  }

  /**
   * Action.Execute pressed on a card: invoke adaptiveCard/action with the verb and data. `where` picks the
   * conversation (personal chat by default, or a channel thread for alert cards).
   */
  invoke(
    verb: string,
    data: Record<string, unknown> = {},
    opts: { user?: TeamsUser; where?: 'personal' | { team?: TeamRef; threadId: string }; replyToId?: string } = {},
  ): Activity {
    const user = opts.user ?? STAFF;
    const where = opts.where ?? 'personal';
    const conversation =
      where === 'personal'
        ? { conversationType: 'personal', tenantId: this.tenantId, id: this.personalConversationId(user) }
        : { isGroup: true, conversationType: 'channel', tenantId: this.tenantId, id: where.threadId };
    const team = where === 'personal' ? undefined : (where.team ?? SAFEGUARDING_TEAM);
    return {
      ...this.base('invoke', user),
      name: 'adaptiveCard/action',
      conversation,
      ...(opts.replyToId ? { replyToId: opts.replyToId } : {}),
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      channelData: team ? this.teamChannelData(team, team.channelId) : { tenant: { id: this.tenantId } },
    };
  }

  /** Any other activity type (typing, messageReaction, endOfConversation ...) in the personal chat. */
  other(type: string, extra: Record<string, unknown> = {}, user: TeamsUser = STAFF): Activity {
    return {
      ...this.base(type, user),
      conversation: { conversationType: 'personal', tenantId: this.tenantId, id: this.personalConversationId(user) },
      channelData: { tenant: { id: this.tenantId } },
      ...extra,
    };
  }

  // ---- transport --------------------------------------------------------------------------------------------

  /** POSTs an activity to the bot and returns the HTTP status and body. `authorization: null` sends none. */
  async send(activity: Activity, opts: { authorization?: string | null } = {}): Promise<SendResult> {
    let authorization: string | undefined;
    if (opts.authorization !== undefined) authorization = opts.authorization ?? undefined;
    else if (this.opts.authorization) authorization = await this.opts.authorization(activity);
    return this.sendRaw(JSON.stringify(activity), {
      'content-type': 'application/json',
      ...(authorization ? { authorization } : {}),
    });
  }

  /** POSTs any body (bad JSON, oversized, ...) to /api/messages. */
  async sendRaw(body: string | Uint8Array, headers: Record<string, string> = {}): Promise<SendResult> {
    const res = await fetch(this.opts.messagesUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    const text = await res.text();
    let parsed: unknown;
    if (text !== '') {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return { status: res.status, body: parsed, text };
  }

  // ---- internals --------------------------------------------------------------------------------------------

  private base(type: string, user: TeamsUser): Activity {
    const now = new Date();
    return {
      type,
      id: this.nextId(),
      timestamp: now.toISOString(),
      localTimestamp: now.toISOString(),
      serviceUrl: this.opts.serviceUrl,
      channelId: 'msteams',
      from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
      recipient: { id: this.botId, name: this.botName },
      entities: [{ type: 'clientInfo', locale: 'en-GB', country: 'GB', platform: 'Web', timezone: 'Europe/London' }],
      locale: 'en-GB',
    };
  }

  private teamChannelData(team: TeamRef, channelId: string): Record<string, unknown> {
    return {
      teamsChannelId: channelId,
      teamsTeamId: team.teamId,
      channel: { id: channelId, ...(channelId === team.channelId ? { name: team.channelName } : {}) },
      team: { id: team.teamId, name: team.name, aadGroupId: `group-${team.teamId}` },
      tenant: { id: this.tenantId },
    };
  }

  private nextId(): string {
    this.counter += 1;
    return `f:${randomUUID().slice(0, 8)}-${this.counter}`;
  }
}
