import type { ChannelNotifier, MentionTarget, StoredConversationReference } from '../../src/alerts/notifier.js';
import type { Clock } from '../../src/clock.js';

type Call = 'post' | 'update' | 'send';

/**
 * A ChannelNotifier that keeps what it was given, with scripted failures: failNext(n, makeError) makes
 * the next n calls throw; acceptThenHang() makes the next call succeed at "Teams" but never answer (the
 * process dies before recording it).
 */
export class InMemoryChannelNotifier implements ChannelNotifier {
  readonly posts: {
    at: Date;
    channel: StoredConversationReference;
    card: Record<string, unknown>;
    mentions: MentionTarget[];
    text?: string;
    activityId: string;
    conversationId: string;
  }[] = [];
  readonly updates: {
    at: Date;
    conversation: StoredConversationReference;
    activityId: string;
    card: Record<string, unknown>;
  }[] = [];
  readonly sent: { at: Date; user: StoredConversationReference; text?: string }[] = [];
  readonly calls: { at: Date; call: Call; to: string }[] = [];
  private failures: { make: () => Error; match?: (call: Call, to: string) => boolean }[] = [];
  private hang: 'accept' | 'before' | null = null;
  private gate: Promise<void> | null = null;
  private holds: { match: (call: Call, to: string) => boolean; gate: Promise<void> }[] = [];
  private releases: (() => void)[] = [];
  /** Calls currently held by hold() and not yet released. */
  held = 0;
  private n = 0;

  constructor(private readonly clock: Clock) {}

  /** The next n calls (that match, when `match` is given) throw makeError(). */
  failNext(n: number, makeError: () => Error, match?: (call: Call, to: string) => boolean): void {
    for (let i = 0; i < n; i++) this.failures.push({ make: makeError, ...(match ? { match } : {}) });
  }

  acceptThenHang(): void {
    this.hang = 'accept';
  }

  /** The next call waits until the returned function is called. */
  holdNext(): () => void {
    let release = () => {};
    this.gate = new Promise<void>((r) => {
      release = r;
    });
    return release;
  }

  /**
   * The next call that matches (by kind and the conversation id it goes to) never answers until the returned
   * function is called, like a Teams call that hangs; other calls go through meanwhile.
   */
  hold(match: (call: Call, to: string) => boolean): () => void {
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    this.holds.push({ match, gate });
    this.releases.push(release);
    return release;
  }

  /** Lets every held call answer (and drops holds not used yet), so a test can stop its relay. */
  releaseAll(): void {
    this.holds = [];
    for (const r of this.releases.splice(0)) r();
  }

  async postToChannel(
    channel: StoredConversationReference,
    card: object,
    opts?: { mentions?: MentionTarget[]; text?: string },
  ): Promise<{ activityId: string; conversationId: string }> {
    await this.enter('post', channel.conversation.id);
    const activityId = `17000000${String(++this.n).padStart(5, '0')}`;
    const conversationId = `${channel.conversation.id};messageid=${activityId}`;
    this.posts.push({
      at: this.clock.now(),
      channel,
      card: card as Record<string, unknown>,
      mentions: opts?.mentions ?? [],
      ...(opts?.text ? { text: opts.text } : {}),
      activityId,
      conversationId,
    });
    await this.maybeHang();
    return { activityId, conversationId };
  }

  async updateCard(conversation: StoredConversationReference, activityId: string, card: object): Promise<void> {
    await this.enter('update', conversation.conversation.id);
    this.updates.push({ at: this.clock.now(), conversation, activityId, card: card as Record<string, unknown> });
    await this.maybeHang();
  }

  async sendToUser(user: StoredConversationReference, message: { text?: string; card?: object }): Promise<void> {
    await this.enter('send', user.conversation.id);
    this.sent.push({ at: this.clock.now(), user, ...(message.text ? { text: message.text } : {}) });
    await this.maybeHang();
  }

  private async enter(call: Call, to: string): Promise<void> {
    this.calls.push({ at: this.clock.now(), call, to });
    const i = this.holds.findIndex((h) => h.match(call, to));
    if (i >= 0) {
      const [h] = this.holds.splice(i, 1);
      this.held++;
      await h!.gate;
      this.held--;
    }
    if (this.gate) {
      const g = this.gate;
      this.gate = null;
      await g;
    }
    const f = this.failures.findIndex((x) => !x.match || x.match(call, to));
    if (f >= 0) throw this.failures.splice(f, 1)[0]!.make();
  }

  private async maybeHang(): Promise<void> {
    if (this.hang === 'accept') {
      this.hang = null;
      await new Promise(() => {});
    }
  }
}

/** The largest number of calls inside any window of `ms`. */
export function maxInWindow(times: Date[], ms = 1000): number {
  const t = times.map((d) => d.getTime()).sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < t.length; end++) {
    while (t[end]! - t[start]! >= ms) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}
