import type { Request, Response, Server } from 'restify';
import type { Desk } from '../desk/desk.js';
import type { DeskOutcome, Refusal } from '../desk/outcome.js';
import type { DeskUser } from '../desk/roles.js';
import { asBoundaryError } from '../errors.js';
import type { Logger } from '../log.js';
import type { DeskAuthenticator } from './desk-auth.js';
import { readBody } from './server.js';
import { API_HEADERS } from './tab-headers.js';
import { tabHandler } from './tab-static.js';

/**
 * The safeguarding desk's HTTP edge: the JSON API under /api/desk (every call signed in, see desk-auth.ts) and the
 * built tab under /tab. Requests are parsed and answered here; what they do is in src/desk. Every error is
 * `{ error: { code, message } }` with a message in plain words; 401 no or bad sign-in, 403 wrong role (audited
 * by the use case), 404, 409 a race lost or a closed concern, 422 a policy correction that does not validate.
 */
export interface DeskHttpOptions {
  auth: DeskAuthenticator;
  /** Null until the store is open and the services built: the API answers 503 until then. */
  desk: () => Desk | null;
  /** The built tab (dist/tab). */
  tabDir: string;
  maxBodyBytes: number;
  logger: Logger;
}

const STATUS: Record<Refusal['kind'], number> = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
};

type Handler = (ctx: { req: Request; user: DeskUser; desk: Desk }) => Promise<Reply>;
type Reply = { status: number; body: unknown } | { status: 200; pdf: Buffer; filename: string };

export function registerDeskRoutes(server: Server, o: DeskHttpOptions): void {
  const route = (name: string, handler: Handler) => async (req: Request, res: Response) => {
    const started = process.hrtime.bigint();
    let status = 500;
    let role: string | undefined;
    try {
      const desk = o.desk();
      if (!desk) {
        status = 503;
        res.header('Retry-After', '5');
        return json(res, 503, error('not_ready', 'Boundary is starting: try again in a moment.'));
      }
      const remote = req.socket?.remoteAddress;
      const auth = await o.auth.authenticate(header(req, 'authorization'), remote);
      if (!auth.ok) {
        status = auth.status;
        if (auth.status === 401) res.header('WWW-Authenticate', 'Bearer');
        return json(
          res,
          auth.status,
          error(auth.status === 401 ? 'unauthenticated' : 'sign_in_unavailable', auth.message),
        );
      }
      const user = await desk.userOf(auth.person, auth.local);
      role = user.role;
      const reply = await handler({ req, user, desk });
      status = reply.status;
      if ('pdf' in reply) {
        res.header('Cache-Control', 'no-store');
        res.header('X-Content-Type-Options', 'nosniff');
        res.header('Content-Type', 'application/pdf');
        res.header('Content-Disposition', `attachment; filename="${reply.filename}"`);
        res.header('Content-Length', String(reply.pdf.length));
        res.writeHead(200);
        res.end(reply.pdf);
        return;
      }
      return json(res, reply.status, reply.body);
    } catch (err) {
      const e = asBoundaryError(err);
      status = e.code === 'store_unavailable' ? 503 : 500;
      o.logger.error({ route: name, code: e.code, err: e.message }, 'desk request failed');
      return json(
        res,
        status,
        error(
          e.code === 'store_unavailable' ? 'store_unavailable' : 'internal',
          'Something went wrong on the server; it has been logged. Try again.',
        ),
      );
    } finally {
      const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
      // Route names and roles only: references and names stay out of the log.
      o.logger.info({ route: name, method: req.method, status, role, ms }, 'desk request');
    }
  };

  const param = (req: Request, name: string) => String((req.params as Record<string, unknown>)[name] ?? '');
  const query = (req: Request) => Object.fromEntries(new URL(req.url ?? '/', 'http://x').searchParams);

  server.get(
    '/api/desk/me',
    route('me', async ({ user }) => ({
      status: 200,
      body: {
        name: user.person.name,
        id: user.person.aadObjectId,
        role: user.role,
        isOwner: user.isOwner,
        isLead: user.isLead,
        local: user.local,
      },
    })),
  );
  server.get(
    '/api/desk/concerns',
    route('concerns.list', async ({ req, user, desk }) => reply(await desk.concerns.list(user, query(req)))),
  );
  server.get(
    '/api/desk/leads',
    route('leads', async ({ user, desk }) => reply(await desk.concerns.leads(user))),
  );
  server.get(
    '/api/desk/concerns/:ref',
    route('concerns.record', async ({ req, user, desk }) => reply(await desk.concerns.record(user, param(req, 'ref')))),
  );
  server.post(
    '/api/desk/concerns/:ref/actions',
    route('concerns.act', async ({ req, user, desk }) => {
      const body = await jsonBody(req, o.maxBodyBytes);
      if (!body.ok) return body.reply;
      return reply(await desk.concerns.act(user, param(req, 'ref'), body.value));
    }),
  );
  server.get(
    '/api/desk/concerns/:ref/export.pdf',
    route('concerns.export', async ({ req, user, desk }) => {
      const out = await desk.concerns.exportPdf(user, param(req, 'ref'));
      return out.ok ? { status: 200, pdf: out.value.pdf, filename: out.value.filename } : reply(out);
    }),
  );
  server.get(
    '/api/desk/overview',
    route('overview', async ({ user, desk }) => reply(await desk.overview(user))),
  );
  server.get(
    '/api/desk/policy',
    route('policy', async ({ user, desk }) => reply(await desk.policy.page(user))),
  );
  server.patch(
    '/api/desk/policy/entries/:id',
    route('policy.correct', async ({ req, user, desk }) => {
      const body = await jsonBody(req, o.maxBodyBytes);
      if (!body.ok) return body.reply;
      return reply(await desk.policy.correct(user, param(req, 'id'), body.value));
    }),
  );
  server.get(
    '/api/desk/vocabulary',
    route('vocabulary', async ({ user, desk }) => reply(await desk.policy.vocabulary(user))),
  );

  // Anything else under /api/desk answers in the API's own error shape, not restify's.
  const unknown = async (_req: Request, res: Response) =>
    json(res, 404, error('not_found', 'There is no such desk address.'));
  server.get('/api/desk/*', unknown);
  server.post('/api/desk/*', unknown);
  server.patch('/api/desk/*', unknown);

  const tab = tabHandler(o.tabDir);
  server.get('/tab', tab);
  server.get('/tab/*', tab);
  server.head('/tab/*', tab);
}

function reply<T>(out: DeskOutcome<T>): Reply {
  if (out.ok) return { status: 200, body: out.value };
  const body =
    out.kind === 'unprocessable'
      ? { ...error(out.code, out.message), problems: out.problems }
      : error(out.code, out.message);
  return { status: STATUS[out.kind], body };
}

function error(code: string, message: string) {
  return { error: { code, message } };
}

function header(req: Request, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
}

function json(res: Response, status: number, body: unknown): void {
  for (const [k, v] of Object.entries(API_HEADERS)) res.header(k, v);
  res.send(status, body);
}

async function jsonBody(
  req: Request,
  maxBytes: number,
): Promise<{ ok: true; value: unknown } | { ok: false; reply: Reply }> {
  const body = await readBody(req, maxBytes);
  if (body.kind === 'too_large')
    return {
      ok: false,
      reply: { status: 413, body: error('body_too_large', `The request is larger than ${maxBytes} bytes.`) },
    };
  if (body.kind === 'aborted')
    return { ok: false, reply: { status: 400, body: error('aborted', 'The request was cut off.') } };
  try {
    return { ok: true, value: body.text.trim() === '' ? {} : (JSON.parse(body.text) as unknown) };
  } catch {
    return { ok: false, reply: { status: 400, body: error('invalid_json', 'The request body is not JSON.') } };
  }
}
