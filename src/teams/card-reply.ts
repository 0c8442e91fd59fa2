import type { AdaptiveCard } from '@microsoft/teams-ai';

/** The attachment shape the Bot Framework expects for a card sent as a message. */
export function cardAttachment(card: object): { contentType: string; content: object } {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}

/** What an actionExecute handler returns: a card (our templates always render an AdaptiveCard) or a message. */
export function asInvokeCard(card: Record<string, unknown>): AdaptiveCard {
  return card as unknown as AdaptiveCard;
}
