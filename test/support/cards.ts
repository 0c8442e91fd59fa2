import type { SentActivity } from '../fakes/fake-connector.js';
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
