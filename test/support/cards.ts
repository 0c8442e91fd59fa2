import type { FakeConnector, SentActivity } from '../fakes/fake-connector.js';
import { type Activity, STAFF, type TeamsClient, type TeamsUser } from '../fakes/teams-client.js';

/** Reading the cards the bot sent, and pressing their buttons as Teams does. */

/** The Adaptive Card an invoke answered with (Action.Execute replaces the pressed card with it). */
export function invokeCard(body: unknown): Record<string, unknown> {
  const b = body as { statusCode?: number; type?: string; value?: unknown };
  if (b?.type !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`expected a card in the invoke response, got ${JSON.stringify(body)}`);
  }
  return b.value as Record<string, unknown>;
}

/** The first Adaptive Card of an activity the bot sent. */
export function sentCard(sent: SentActivity | Record<string, unknown>): Record<string, unknown> {
  const activity = ('activity' in sent ? sent.activity : sent) as Activity;
  const attachments = (activity.attachments ?? []) as { contentType: string; content: Record<string, unknown> }[];
  const card = attachments.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  if (!card) throw new Error(`no card in ${JSON.stringify(activity)}`);
  return card.content;
}

/** Every Action.Execute on a card, wherever it sits (card actions or an ActionSet). */
export function executeActions(card: unknown): { title: string; verb: string; data: Record<string, unknown> }[] {
  const out: { title: string; verb: string; data: Record<string, unknown> }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.type === 'Action.Execute') {
      out.push({ title: String(n.title), verb: String(n.verb), data: (n.data ?? {}) as Record<string, unknown> });
    }
    for (const v of Object.values(n)) walk(v);
  };
  walk(card);
  return out;
}

/** Presses a button on a card as Teams does: the action's data plus the card's inputs, as an invoke. */
export async function press(
  bot: { client: TeamsClient },
  card: unknown,
  title: string,
  inputs: Record<string, unknown> = {},
  user: TeamsUser = STAFF,
) {
  const action = executeActions(card).find((a) => a.title === title);
  if (!action) {
    throw new Error(`no button "${title}" on the card; it has ${executeActions(card).map((a) => a.title)}`);
  }
  return bot.client.send(bot.client.invoke(action.verb, { ...action.data, ...inputs }, { user }));
}

/** A day in the past wherever the UK clock is. */
export const YESTERDAY = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

/**
 * A member of staff types "report friend request" in their personal chat and goes through the form to Send, as
 * Teams delivers it. Returns the confirmation card, its reference, and when it came back (Date.now()).
 */
export async function sendFriendRequestForm(
  bot: { client: TeamsClient; connector: FakeConnector },
  user: TeamsUser = STAFF,
): Promise<{ card: Record<string, unknown>; ref: string; at: number }> {
  const chat = bot.client.personalConversationId(user);
  const before = bot.connector.activitiesTo(chat).length;
  const res = await bot.client.send(bot.client.personalMessage('report friend request', { user }));
  if (res.status !== 200) throw new Error(`report friend request answered ${res.status}`);
  let card = sentCard((await bot.connector.waitForActivitiesTo(chat, before + 1))[before]!.activity);
  const steps: [string, Record<string, unknown>][] = [
    ['Next', { sender: 'current_pupil', senderName: '', senderClass: '' }],
    ['Next', { platform: 'snapchat', platformOther: '', occurredOn: YESTERDAY, response: 'declined' }],
    ['Next', { messagesExchanged: 'no', welfareWorry: 'no', screenshotKept: 'no', anythingElse: '' }],
    ['Send report', {}],
  ];
  for (const [title, inputs] of steps) card = invokeCard((await press(bot, card, title, inputs, user)).body);
  const at = Date.now();
  const ref = JSON.stringify(card).match(/SM-\d{4}-\d{4}/)?.[0];
  if (!ref) throw new Error(`no reference on the confirmation: ${JSON.stringify(card)}`);
  return { card, ref, at };
}
