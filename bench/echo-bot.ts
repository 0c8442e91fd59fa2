/**
 * The ceiling Boundary is measured against: a bare echo bot on exactly the stack Boundary runs on
 * (restify 11, botbuilder CloudAdapter through teams-ai's TeamsAdapter, a teams-ai Application), in
 * local unauthenticated mode, replying to every message with its text. Whatever this bot costs per
 * turn is the platform's cost; whatever Boundary costs above it is ours.
 *
 * With ECHO_REPLY_FILE set (a JSON activity), it replies to every message with that activity instead: the "card
 * echo", which sends a reply of the same size and shape as one of Boundary's answers (an Adaptive Card with
 * citations), built once before the run, so the stack's cost of carrying such a reply can be told apart from the
 * work Boundary does to produce it.
 *
 * Run as a child process (`node --import tsx bench/echo-bot.ts`): it listens on loopback, port 0 by
 * default (or ECHO_PORT), and once bound tells its parent `{ listening: port }` over the IPC channel
 * (or prints that JSON line on stdout when started by hand). GET /readyz answers 200 at once (there is nothing to load), which makes
 * its start-up time the floor for Boundary's.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import { MemoryStorage, type TurnContext } from 'botbuilder';
import restify from 'restify';

export interface EchoBot {
  readonly port: number;
  close(): Promise<void>;
}

/** Starts the echo bot on 127.0.0.1; rejects if the port cannot be bound. */
export async function startEchoBot(
  options: { port?: number; host?: string; reply?: Readonly<Record<string, unknown>> } = {},
): Promise<EchoBot> {
  // No MicrosoftAppId: botbuilder treats the bot as unauthenticated (local mode), like Boundary without BOT_ID.
  const adapter = new TeamsAdapter({});
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    process.stderr.write(`echo-bot turn error: ${error.message}\n`);
    await context.sendActivity('The echo bot failed on this turn.');
  };
  const app = new Application({ adapter, storage: new MemoryStorage() });
  const reply = options.reply;
  app.activity('message', async (context) => {
    // A shallow copy per turn, as a bot building its reply would hand botbuilder a fresh object.
    await context.sendActivity(reply ? { ...reply } : (context.activity.text ?? ''));
  });

  const server = restify.createServer({ name: 'echo-bot' });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024 }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, async (context) => {
      await app.run(context);
    });
  });
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    return next();
  });
  server.get('/readyz', (_req, res, next) => {
    res.send(200, { status: 'ready' });
    return next();
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  return {
    port: address.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const replyFile = process.env.ECHO_REPLY_FILE;
  const reply = replyFile ? (JSON.parse(readFileSync(replyFile, 'utf8')) as Record<string, unknown>) : undefined;
  const bot = await startEchoBot({ port: Number(process.env.ECHO_PORT ?? 0), reply });
  if (process.send) process.send({ listening: bot.port });
  else process.stdout.write(`${JSON.stringify({ listening: bot.port })}\n`);
  const stop = () => {
    void bot.close().then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
