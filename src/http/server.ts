import type { AddressInfo } from 'node:net';
import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger } from '../log.js';
import type { BotEndpoint } from '../teams/bot-endpoint.js';
import { activityEnvelopeSchema, envelopeProblems } from './activity-envelope.js';
import type { Readiness } from './readiness.js';

export interface HttpServerOptions {
  host: string;
  port: number;
  /** Bodies larger than this get 413 before they are parsed. */
  maxBodyBytes: number;
  bot: BotEndpoint;
  readiness: Readiness;
  logger: Logger;
  /** More routes on the same server (the safeguarding desk), registered before it listens. */
  extraRoutes?: (server: Server) => void;
}

/** The running server. restify stays inside src/http: nothing outside sees a request or response object. */
export interface RunningHttpServer {
  /** Base URL, e.g. http://127.0.0.1:3978 (the real port when started on port 0). */
  readonly url: string;
  /** Requests to POST /api/messages currently being processed. */
  inFlight(): number;
  /**
   * Stops accepting requests (new /api/messages calls get 503 so the Bot Connector retries elsewhere or later),
   * waits up to `timeoutMs` for in-flight turns to finish, then closes every connection.
   * Resolves true when every in-flight turn finished in time, false when some were cut off.
   */
  close(timeoutMs: number): Promise<boolean>;
}

type Refusal = { status: number; error: string; detail?: string[] };

export async function startHttpServer(opts: HttpServerOptions): Promise<RunningHttpServer> {
  const { bot, readiness, logger, maxBodyBytes } = opts;
  const server = restify.createServer({ name: 'boundary', handleUncaughtExceptions: false, ignoreTrailingSlash: true });
  const inFlight = new Set<Promise<unknown>>();
  let closing = false;

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    const status = readiness.status();
    res.send(status.ready && !closing ? 200 : 503, { ...status, ready: status.ready && !closing, closing });
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    const started = process.hrtime.bigint();
    const refuse = (r: Refusal) => {
      logger.warn({ status: r.status, reason: r.error, detail: r.detail }, 'POST /api/messages refused');
      if (r.status === 503) res.header('Retry-After', '5');
      res.send(r.status, r.detail ? { error: r.error, problems: r.detail } : { error: r.error });
    };
    if (closing) return refuse({ status: 503, error: 'shutting_down' });
    if (!readiness.isReady()) return refuse({ status: 503, error: 'not_ready' });

    const body = await readBody(req, maxBodyBytes);
    if (body.kind === 'too_large') {
      // The rest of an oversized upload is not worth reading; the connection is closed after the answer.
      res.header('Connection', 'close');
      return refuse({ status: 413, error: 'body_too_large', detail: [`at most ${maxBodyBytes} bytes`] });
    }
    if (body.kind === 'aborted') return;

    let json: unknown;
    try {
      json = JSON.parse(body.text);
    } catch {
      return refuse({ status: 400, error: 'invalid_json' });
    }
    const envelope = activityEnvelopeSchema.safeParse(json);
    if (!envelope.success) {
      return refuse({ status: 400, error: 'not_an_activity', detail: envelopeProblems(envelope.error) });
    }

    const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
    const turn = bot.handle(envelope.data, authorization);
    inFlight.add(turn);
    try {
      const outcome = await turn;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const line = {
        activityType: envelope.data.type,
        activityId: envelope.data.id,
        status: outcome.status,
        note: outcome.note,
        ms: Math.round(ms * 10) / 10,
      };
      if (outcome.note === 'ignored') logger.info(line, 'activity ignored: no route for it');
      else if (outcome.note === 'turn_failed') logger.warn(line, 'activity failed (the person was sent a reference)');
      else if (outcome.status >= 400) logger.warn(line, 'activity refused');
      else logger.info(line, 'activity processed');
      if (outcome.body === undefined) {
        res.send(outcome.status);
      } else {
        res.send(outcome.status, outcome.body);
      }
    } finally {
      inFlight.delete(turn);
    }
  });

  opts.extraRoutes?.(server);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${hostForUrl === '0.0.0.0' ? '127.0.0.1' : hostForUrl}:${address.port}`;

  return {
    url,
    inFlight: () => inFlight.size,
    async close(timeoutMs) {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      let timer: NodeJS.Timeout | undefined;
      const drained = await Promise.race([
        Promise.allSettled([...inFlight]).then(() => true),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), timeoutMs);
        }),
      ]);
      clearTimeout(timer);
      if (!drained) logger.warn({ cutOff: inFlight.size }, 'shutdown timed out with turns still running');
      server.server.closeAllConnections();
      await closed;
      return drained;
    },
  };
}

export type BodyResult = { kind: 'ok'; text: string } | { kind: 'too_large' } | { kind: 'aborted' };

export function readBody(req: Request, maxBytes: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve({ kind: 'too_large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult) => {
      req.removeListener('data', onData);
      req.removeListener('end', onEnd);
      req.removeListener('error', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // Stop reading without destroying the socket, so the 413 still reaches the caller.
        req.pause();
        finish({ kind: 'too_large' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish({ kind: 'ok', text: Buffer.concat(chunks).toString('utf8') });
    const onError = () => finish({ kind: 'aborted' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
