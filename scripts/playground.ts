/**
 * `npm run playground`: starts Boundary in local mode on 127.0.0.1:3978 and the Microsoft 365 Agents Playground
 * pointed at it, so anyone can chat with the bot in a browser without a Microsoft 365 tenant.
 * Telemetry is off (--disable-telemetry). The people and the team come from .m365agentsplayground.yml.
 * `npm run playground -- --as dsl` signs in as the DSL instead of a member of staff (scripts/playground-config.ts).
 * Ctrl+C stops both.
 *
 * Each run is a fresh school: the Playground keeps its chats only in memory, so the bot's data for a run lives in
 * .playground/data and is cleared when the next run starts (unless DATA_DIR or DATABASE_URL is set), and the
 * personal chat gets an id of its own, so every run opens on the welcome card.
 *
 * Environment: BOUNDARY_PORT (3978), PLAYGROUND_PORT (56150), PLAYGROUND_OPEN_BROWSER=false to not open one,
 * SAFEGUARDING_LEADS (default: the DSL and the deputy of the config).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorMessage } from '../src/errors.js';
import { buildTab } from './build-tab.mjs';
import {
  PlaygroundUsageError,
  parsePlaygroundArgs,
  playgroundConfigFor,
  playgroundLeads,
  ROLES,
  type Role,
  USAGE,
} from './playground-config.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const botPort = process.env.BOUNDARY_PORT ?? '3978';
const playgroundPort = process.env.PLAYGROUND_PORT ?? '56150';
const botUrl = `http://127.0.0.1:${botPort}`;
const children: ChildProcess[] = [];

function stopAll(code: number): never {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}

async function waitForReady(url: string, timeoutMs: number, bot: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (bot.exitCode !== null) throw new Error(`Boundary exited with code ${bot.exitCode} before it was ready`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Boundary was not ready at ${url}/readyz within ${timeoutMs / 1000} s`);
}

async function main(role: Role): Promise<void> {
  // The safeguarding desk (http://localhost:3978/tab/) is served from dist/tab; the bot itself runs from src/.
  await buildTab();
  const workDir = join(root, '.playground');
  mkdirSync(workDir, { recursive: true });
  const config = playgroundConfigFor(
    readFileSync(join(root, '.m365agentsplayground.yml'), 'utf8'),
    role,
    Date.now().toString(36),
  );
  // JSON is valid YAML, and the Playground reads either.
  const configPath = join(workDir, `m365agentsplayground.${role}.yml`);
  writeFileSync(configPath, `${JSON.stringify(config, null, 2)}\n`);

  // Local mode on loopback: no credentials, so the bot accepts the Playground's unauthenticated requests.
  const botEnv: NodeJS.ProcessEnv = { ...process.env, PORT: botPort, HOST: '127.0.0.1' };
  delete botEnv.BOT_ID;
  delete botEnv.BOT_PASSWORD;
  if (!process.env.DATA_DIR && !process.env.DATABASE_URL) {
    const dataDir = join(workDir, 'data');
    rmSync(dataDir, { recursive: true, force: true });
    botEnv.DATA_DIR = dataDir;
  }
  botEnv.SAFEGUARDING_LEADS ??= playgroundLeads(config).join(',');
  const bot = spawn(process.execPath, ['--import', 'tsx', join(root, 'src', 'main.ts')], {
    cwd: root,
    env: botEnv,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.push(bot);
  bot.on('exit', (code) => {
    process.stderr.write(`Boundary stopped (exit code ${code}).\n`);
    stopAll(code ?? 1);
  });
  await waitForReady(botUrl, 60_000, bot);

  const playgroundBin = join(root, 'node_modules', '.bin', 'agentsplayground');
  const playground = spawn(
    playgroundBin,
    [
      '--app-endpoint',
      `${botUrl}/api/messages`,
      '--channel-id',
      'msteams',
      '--port',
      playgroundPort,
      '--disable-telemetry',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
        M365_AGENTS_PLAYGROUND_LOGFILE: join(root, '.playground', 'playground.log'),
        ...(process.env.PLAYGROUND_OPEN_BROWSER === 'false' ? { TEAMSAPPTESTER_BROWSER: 'none' } : {}),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  children.push(playground);
  // The page is only there once the Playground says where it listens (another port if the one asked for is taken).
  const port = await new Promise<string>((resolvePort) => {
    let seen = '';
    playground.stdout?.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      seen += chunk.toString('utf8');
      const m = /Listening on (\d+)/.exec(seen);
      if (m) resolvePort(m[1]!);
      if (seen.length > 10_000) seen = seen.slice(-1_000);
    });
  });
  playground.on('exit', (code) => {
    process.stderr.write(`Agents Playground stopped (exit code ${code}).\n`);
    stopAll(code ?? 1);
  });
  const dslHint =
    role === 'dsl'
      ? 'In the Safeguarding team\'s Alerts channel, post "@Boundary set alerts channel"; reports then arrive there.\n'
      : 'To be the DSL instead, stop and run "npm run playground -- --as dsl".\n';
  process.stdout.write(
    `\nBoundary is running at ${botUrl} (local mode).\nOpen the Agents Playground at http://localhost:${port}: ` +
      `you are ${config.currentUser.name}, ${ROLES[role].about}. Say hello, or type "help".\n${dslHint}` +
      'Press Ctrl+C to stop both.\n\n',
  );
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
let role: Role;
try {
  ({ role } = parsePlaygroundArgs(process.argv.slice(2)));
} catch (err) {
  if (!(err instanceof PlaygroundUsageError)) throw err;
  process.stderr.write(`playground: ${err.message}\n\n${USAGE}\n`);
  process.exit(2);
}
main(role).catch((err: unknown) => {
  process.stderr.write(`${errorMessage(err)}\n`);
  stopAll(1);
});
