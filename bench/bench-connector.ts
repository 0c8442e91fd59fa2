/**
 * TEMPORARY: a minimal fake Bot Connector for the benchmark, used only until the shared one
 * (test/fakes/fake-connector.ts) lands; then this file is deleted so there is one fake connector.
 *
 * It answers the Bot Connector REST calls a bot makes (reply, send, create conversation, update)
 * on loopback and tells listeners the moment each activity arrives, which is what the load driver
 * times against.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedActivity {
  /** performance.now() when the request body was complete. */
  readonly at: number;
  readonly method: string;
  readonly path: string;
  readonly conversationId: string;
  readonly replyToId?: string;
  readonly activity: Record<string, unknown>;
}

export class BenchConnector {
  private server: Server | undefined;
  private listeners = new Set<(a: ReceivedActivity) => void>();
  private nextId = 1;
  serviceUrl = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(
        ({ status, body }) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(body));
        },
        () => {
          res.writeHead(400);
          res.end();
        },
      );
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.serviceUrl = `http://127.0.0.1:${port}/`;
  }

  onActivity(listener: (a: ReceivedActivity) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const at = performance.now();
    const path = (req.url ?? '').split('?')[0] ?? '';
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    const id = `bench-${this.nextId++}`;
    if (req.method === 'POST' && parts.length === 2 && parts[0] === 'v3' && parts[1] === 'conversations') {
      return { status: 200, body: { id: `conv-${id}`, activityId: id } };
    }
    if (parts[0] !== 'v3' || parts[1] !== 'conversations' || parts[3] !== 'activities' || !parts[2]) {
      return { status: 404, body: { error: { code: 'NotFound', message: path } } };
    }
    const activity =
      chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
    const received: ReceivedActivity = {
      at,
      method: req.method ?? '',
      path,
      conversationId: parts[2],
      replyToId: parts[4],
      activity,
    };
    for (const listener of this.listeners) listener(received);
    return { status: 200, body: { id } };
  }
}
