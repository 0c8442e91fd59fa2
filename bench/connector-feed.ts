/**
 * The shared fake Bot Connector (test/fakes/fake-connector.ts) as the load driver's reply feed: each
 * activity the bot sends is timestamped with performance.now() the moment the connector records it.
 */
import { FakeConnector } from '../test/fakes/fake-connector.js';
import type { FeedActivity, ReplyFeed } from './load.js';

export interface ConnectorFeed extends ReplyFeed {
  readonly connector: FakeConnector;
  /** Drops what the connector recorded, so a long run does not hold every reply in memory. */
  forget(): void;
  close(): Promise<void>;
}

export async function startConnectorFeed(): Promise<ConnectorFeed> {
  const connector = await FakeConnector.start();
  return {
    connector,
    serviceUrl: connector.serviceUrl,
    onActivity(listener: (received: FeedActivity) => void) {
      return connector.onSent((sent) => {
        listener({
          at: performance.now(),
          conversationId: sent.conversationId,
          replyToId: sent.replyToId,
          activity: sent.activity,
        });
      });
    },
    forget: () => connector.reset(),
    close: () => connector.close(),
  };
}
