import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mulberry32 } from './seeded-random.js';

/**
 * A fake Bot Connector (the Teams side of the Bot Framework REST API) on loopback. The bot under test is given
 * `serviceUrl` in the activities it receives, so every reply, proactive post, card update and member lookup it
 * makes lands here, is recorded in order, and can be answered with scripted faults.
 *
 * Routes (paths as botframework-connector calls them; ids are URL-decoded):
 *   POST   /v3/conversations                                     create conversation -> { id, activityId }
 *   POST   /v3/conversations/{conv}/activities                   send   -> { id }
 *   POST   /v3/conversations/{conv}/activities/{activityId}      reply  -> { id }
 *   PUT    /v3/conversations/{conv}/activities/{activityId}      update -> { id }
 *   DELETE /v3/conversations/{conv}/activities/{activityId}      delete -> 200
 *   GET    /v3/conversations/{conv}/members                      -> ChannelAccount[]
 *   GET    /v3/conversations/{conv}/members/{memberId}           -> ChannelAccount | 404
 *   GET    /v3/conversations/{conv}/pagedmembers                 -> { members, continuationToken? }
 *   GET    /v3/teams/{teamId}                                    -> TeamDetails
 *   GET    /v3/teams/{teamId}/conversations                      -> { conversations: ChannelInfo[] }
 * Anything else gets 404 and is recorded with kind 'unknown'.
 */

export type ConnectorCallKind =
  | 'createConversation'
  | 'send'
  | 'reply'
  | 'update'
  | 'delete'
  | 'members'
  | 'member'
  | 'pagedMembers'
  | 'teamDetails'
  | 'teamChannels'
  | 'unknown';

/**
 * A scripted answer for one request: a status (with Retry-After: always for 429, 1 s unless given; for 503 when
 * given), a hang (timeout), or normal handling.
 */
export type Fault =
  | { status: 429; retryAfterSeconds?: number }
  | { status: 503; retryAfterSeconds?: number }
  | { status: 412 | 500 | 502 | 504 | 400 | 403 | 404 }
  | { hang: true }
  | 'ok';

export interface RecordedCall {
  /** 1-based order of arrival across all calls. */
  seq: number;
  kind: ConnectorCallKind;
  method: string;
  path: string;
  conversationId?: string;
  activityId?: string;
  teamId?: string;
  /** Parsed JSON body, or undefined. */
  body?: unknown;
  headers: IncomingMessage['headers'];
  /** What the fake answered: a status, or 'hang'. */
  answered: number | 'hang';
  at: Date;
}

/** An activity the bot sent (send, reply, update or the initial activity of a created conversation). */
export interface SentActivity {
  seq: number;
  kind: 'send' | 'reply' | 'update' | 'createConversation';
  conversationId: string;
  /** The id the fake assigned (send/reply/create) or the one updated. */
  activityId: string;
  /** For replies: the activity replied to. */
  replyToId?: string;
  activity: Record<string, unknown>;
}

export interface Member {
  id: string;
  name?: string;
  aadObjectId?: string;
  userPrincipalName?: string;
  email?: string;
  givenName?: string;
  surname?: string;
  tenantId?: string;
  userRole?: string;
}

export interface FakeConnectorOptions {
  /** Members returned for any conversation without its own list. */
  defaultMembers?: Member[];
}

type FaultFilter = (call: { kind: ConnectorCallKind; conversationId?: string }) => boolean;

export class FakeConnector {
  private readonly server: Server;
  private readonly calls: RecordedCall[] = [];
  private readonly sentActivities: SentActivity[] = [];
  private readonly waiters = new Set<() => void>();
  private readonly sentListeners = new Set<(sent: SentActivity) => void>();
  private readonly members = new Map<string, Member[]>();
  private readonly teams = new Map<string, { name: string; channels: { id: string; name?: string }[] }>();
  private defaultMembers: Member[];
  private script: { fault: Fault; filter?: FaultFilter }[] = [];
  private share: { rate: number; faults: Fault[]; filter?: FaultFilter; random: () => number } | null = null;
  private readonly hanging = new Set<ServerResponse>();
  private seq = 0;
  private idSeq = 0;
  /** Base URL with a trailing slash, as Teams sends serviceUrl (e.g. http://127.0.0.1:40123/). */
  readonly serviceUrl: string;

  private constructor(server: Server, serviceUrl: string, options: FakeConnectorOptions) {
    this.server = server;
    this.serviceUrl = serviceUrl;
    this.defaultMembers = options.defaultMembers ?? [];
  }

  static async start(options: FakeConnectorOptions = {}): Promise<FakeConnector> {
    let self: FakeConnector | null = null;
    const server = createServer((req, res) => {
      void self?.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    self = new FakeConnector(server, `http://127.0.0.1:${port}/`, options);
    return self;
  }

  // ---- configuration ----------------------------------------------------------------------------------------

  /** Members for one conversation id (or a team id, for team-scoped lookups). */
  setMembers(conversationId: string, members: Member[]): void {
    this.members.set(conversationId, members);
  }

  setDefaultMembers(members: Member[]): void {
    this.defaultMembers = members;
  }

  /** A team and its channels, for GET /v3/teams/{id} and /conversations. */
  setTeam(teamId: string, team: { name: string; channels: { id: string; name?: string }[] }): void {
    this.teams.set(teamId, team);
  }

  /**
   * Answers the next matching requests with these faults, in order, then behaves normally again.
   * Example: `script([{ status: 429, retryAfterSeconds: 1 }, { status: 503 }], (c) => c.kind === 'createConversation')`.
   */
  scriptFaults(faults: Fault[], filter?: FaultFilter): void {
    for (const fault of faults) this.script.push({ fault, ...(filter ? { filter } : {}) });
  }

  /**
   * Fails a share (0..1) of matching requests with one of `faults`, chosen by a seeded generator so runs repeat.
   * `clearFaults()` turns it off.
   */
  failShare(rate: number, faults: Fault[], opts: { seed?: number; filter?: FaultFilter } = {}): void {
    this.share = { rate, faults, random: mulberry32(opts.seed ?? 42), ...(opts.filter ? { filter: opts.filter } : {}) };
  }

  clearFaults(): void {
    this.script = [];
    this.share = null;
  }

  /** Forgets everything recorded (configuration stays). */
  reset(): void {
    this.calls.length = 0;
    this.sentActivities.length = 0;
  }

  // ---- inspection -------------------------------------------------------------------------------------------

  /** Every request received, in order (including faulted ones). */
  get requests(): readonly RecordedCall[] {
    return this.calls;
  }

  /** Every activity the bot successfully sent, replied, updated or posted in a new conversation, in order. */
  get sent(): readonly SentActivity[] {
    return this.sentActivities;
  }

  /** Activities (as sent) that went to one conversation, in order, including updates. */
  activitiesTo(conversationId: string): Record<string, unknown>[] {
    return this.sentActivities.filter((s) => s.conversationId === conversationId).map((s) => s.activity);
  }

  /** Adaptive Card contents in the activities sent to a conversation, in order. */
  cardsTo(conversationId: string): Record<string, unknown>[] {
    return this.activitiesTo(conversationId).flatMap(adaptiveCardsOf);
  }

  /** Resolves with the first recorded call that matches (already recorded or arriving within timeoutMs). */
  waitFor(predicate: (call: RecordedCall) => boolean, timeoutMs = 5_000): Promise<RecordedCall> {
    return this.waitUntil(() => this.calls.find(predicate), timeoutMs, 'connector call');
  }

  /** Resolves with the first sent activity that matches. */
  waitForActivity(predicate: (sent: SentActivity) => boolean, timeoutMs = 5_000): Promise<SentActivity> {
    return this.waitUntil(() => this.sentActivities.find(predicate), timeoutMs, 'sent activity');
  }

  /** Resolves once `count` activities have been sent to the conversation, with them. */
  async waitForActivitiesTo(conversationId: string, count: number, timeoutMs = 5_000): Promise<SentActivity[]> {
    await this.waitUntil(
      () => (this.sentActivities.filter((s) => s.conversationId === conversationId).length >= count ? true : undefined),
      timeoutMs,
      `${count} activities to ${conversationId}`,
    );
    return this.sentActivities.filter((s) => s.conversationId === conversationId);
  }

  /**
   * Calls `listener` synchronously for each activity the bot sends, as it is recorded (before the bot gets its
   * answer). For the load benchmark, which times thousands of replies and cannot afford a scan per reply.
   * Returns a function that unsubscribes.
   */
  onSent(listener: (sent: SentActivity) => void): () => void {
    this.sentListeners.add(listener);
    return () => this.sentListeners.delete(listener);
  }

  /** Releases hanging requests (by destroying their sockets) and stops listening. */
  async close(): Promise<void> {
    for (const res of this.hanging) res.socket?.destroy();
    this.hanging.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- internals --------------------------------------------------------------------------------------------

  private waitUntil<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const found = probe();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = probe();
        if (value !== undefined) {
          cleanup();
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`FakeConnector: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
    });
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readAll(req);
    const url = new URL(req.url ?? '/', 'http://fake');
    const route = matchRoute(req.method ?? 'GET', url.pathname);
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const call: RecordedCall = {
      seq: ++this.seq,
      kind: route.kind,
      method: req.method ?? 'GET',
      path: url.pathname,
      ...(route.conversationId !== undefined ? { conversationId: route.conversationId } : {}),
      ...(route.activityId !== undefined ? { activityId: route.activityId } : {}),
      ...(route.teamId !== undefined ? { teamId: route.teamId } : {}),
      ...(body !== undefined ? { body } : {}),
      headers: req.headers,
      answered: 200,
      at: new Date(),
    };
    this.calls.push(call);

    const fault = this.pickFault(route);
    if (fault !== 'ok') {
      if ('hang' in fault) {
        call.answered = 'hang';
        this.hanging.add(res);
        res.on('close', () => this.hanging.delete(res));
        this.notify();
        return;
      }
      call.answered = fault.status;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (fault.status === 429) headers['retry-after'] = String(fault.retryAfterSeconds ?? 1);
      if (fault.status === 503 && fault.retryAfterSeconds !== undefined) {
        headers['retry-after'] = String(fault.retryAfterSeconds);
      }
      res.writeHead(fault.status, headers);
      res.end(JSON.stringify({ error: { code: 'FakeFault', message: `scripted ${fault.status}` } }));
      this.notify();
      return;
    }

    const recorded = this.sentActivities.length;
    const { status, json } = this.respond(route, url, body, call.seq);
    for (let i = recorded; i < this.sentActivities.length; i++) {
      const sent = this.sentActivities[i] as SentActivity;
      for (const listener of this.sentListeners) listener(sent);
    }
    call.answered = status;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(json === undefined ? '' : JSON.stringify(json));
    this.notify();
  }

  private pickFault(route: Route): Fault {
    const subject = {
      kind: route.kind,
      ...(route.conversationId !== undefined ? { conversationId: route.conversationId } : {}),
    };
    const index = this.script.findIndex((s) => !s.filter || s.filter(subject));
    if (index >= 0) {
      const [entry] = this.script.splice(index, 1);
      return entry?.fault ?? 'ok';
    }
    if (this.share && (!this.share.filter || this.share.filter(subject)) && this.share.random() < this.share.rate) {
      const faults = this.share.faults;
      return faults[Math.floor(this.share.random() * faults.length)] ?? 'ok';
    }
    return 'ok';
  }

  private respond(route: Route, url: URL, body: unknown, seq: number): { status: number; json?: unknown } {
    const activity = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    switch (route.kind) {
      case 'send':
      case 'reply': {
        const id = this.newId();
        this.sentActivities.push({
          seq,
          kind: route.kind,
          conversationId: route.conversationId as string,
          activityId: id,
          ...(route.kind === 'reply' ? { replyToId: route.activityId as string } : {}),
          activity,
        });
        return { status: 200, json: { id } };
      }
      case 'update': {
        this.sentActivities.push({
          seq,
          kind: 'update',
          conversationId: route.conversationId as string,
          activityId: route.activityId as string,
          activity,
        });
        return { status: 200, json: { id: route.activityId } };
      }
      case 'delete':
        return { status: 200 };
      case 'createConversation': {
        const params = activity as { channelData?: { channel?: { id?: string } }; activity?: Record<string, unknown> };
        const activityId = this.newId();
        const channelId = params.channelData?.channel?.id;
        // Teams answers a channel post with the thread's id: the channel id with ;messageid= the new post.
        const id = channelId ? `${channelId};messageid=${activityId}` : `a:fake-${randomUUID()}`;
        if (params.activity) {
          this.sentActivities.push({
            seq,
            kind: 'createConversation',
            conversationId: id,
            activityId,
            activity: params.activity,
          });
        }
        return { status: 201, json: { id, activityId, serviceUrl: this.serviceUrl } };
      }
      case 'members':
        return { status: 200, json: this.membersOf(route.conversationId as string) };
      case 'member': {
        const member = this.membersOf(route.conversationId as string).find(
          (m) => m.id === route.memberId || m.aadObjectId === route.memberId,
        );
        return member ? { status: 200, json: member } : { status: 404, json: { error: { code: 'MemberNotFound' } } };
      }
      case 'pagedMembers': {
        const all = this.membersOf(route.conversationId as string);
        const pageSize = Number(url.searchParams.get('pageSize') ?? '200') || 200;
        const start = Number(url.searchParams.get('continuationToken') ?? '0') || 0;
        const page = all.slice(start, start + pageSize);
        const next = start + pageSize < all.length ? String(start + pageSize) : undefined;
        return { status: 200, json: { members: page, ...(next ? { continuationToken: next } : {}) } };
      }
      case 'teamDetails': {
        const team = this.teams.get(route.teamId as string);
        return team
          ? { status: 200, json: { id: route.teamId, name: team.name, aadGroupId: route.teamId } }
          : { status: 404, json: { error: { code: 'TeamNotFound' } } };
      }
      case 'teamChannels': {
        const team = this.teams.get(route.teamId as string);
        return team
          ? { status: 200, json: { conversations: team.channels } }
          : { status: 404, json: { error: { code: 'TeamNotFound' } } };
      }
      default:
        return { status: 404, json: { error: { code: 'NotFound', message: 'FakeConnector has no such route' } } };
    }
  }

  private membersOf(conversationId: string): Member[] {
    const direct = this.members.get(conversationId);
    if (direct) return direct;
    // A channel thread id ("19:abc@thread.tacv2;messageid=123") shares the channel's members.
    const base = conversationId.split(';')[0] ?? conversationId;
    return this.members.get(base) ?? this.defaultMembers;
  }

  private newId(): string {
    this.idSeq += 1;
    return `1${String(this.idSeq).padStart(12, '0')}`;
  }
}

/** The Adaptive Card contents attached to an activity. */
export function adaptiveCardsOf(activity: Record<string, unknown>): Record<string, unknown>[] {
  const attachments = Array.isArray(activity.attachments) ? activity.attachments : [];
  return attachments
    .filter(
      (a): a is { contentType: string; content: Record<string, unknown> } =>
        typeof a === 'object' && a !== null && a.contentType === 'application/vnd.microsoft.card.adaptive',
    )
    .map((a) => a.content);
}

/** Every TextBlock text and TextRun text in a card, in document order: handy for asserting what a card says. */
export function cardTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if ((n.type === 'TextBlock' || n.type === 'TextRun') && typeof n.text === 'string') out.push(n.text);
    if (n.type === 'FactSet' && Array.isArray(n.facts)) {
      for (const f of n.facts as { title?: string; value?: string }[]) out.push(`${f.title ?? ''}: ${f.value ?? ''}`);
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'text') walk(value);
  };
  walk(card);
  return out;
}

interface Route {
  kind: ConnectorCallKind;
  conversationId?: string;
  activityId?: string;
  memberId?: string;
  teamId?: string;
}

function matchRoute(method: string, pathname: string): Route {
  const parts = pathname
    .split('/')
    .filter((p) => p !== '')
    .map((p) => decodeURIComponent(p));
  if (parts[0] !== 'v3') return { kind: 'unknown' };
  if (parts[1] === 'conversations') {
    const conversationId = parts[2];
    if (conversationId === undefined) return method === 'POST' ? { kind: 'createConversation' } : { kind: 'unknown' };
    if (parts[3] === 'activities') {
      const activityId = parts[4];
      if (activityId === undefined) return method === 'POST' ? { kind: 'send', conversationId } : { kind: 'unknown' };
      if (method === 'POST') return { kind: 'reply', conversationId, activityId };
      if (method === 'PUT') return { kind: 'update', conversationId, activityId };
      if (method === 'DELETE') return { kind: 'delete', conversationId, activityId };
      return { kind: 'unknown' };
    }
    if (parts[3] === 'members' && method === 'GET') {
      return parts[4] !== undefined
        ? { kind: 'member', conversationId, memberId: parts[4] }
        : { kind: 'members', conversationId };
    }
    if (parts[3] === 'pagedmembers' && method === 'GET') return { kind: 'pagedMembers', conversationId };
  }
  if (parts[1] === 'teams' && parts[2] !== undefined && method === 'GET') {
    if (parts[3] === undefined) return { kind: 'teamDetails', teamId: parts[2] };
    if (parts[3] === 'conversations') return { kind: 'teamChannels', teamId: parts[2] };
  }
  return { kind: 'unknown' };
}

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}
