/**
 * `npm run playground`: starts Boundary in local mode on 127.0.0.1:3978 and the Microsoft 365 Agents Playground
 * pointed at it, so anyone can chat with the bot in a browser without a Microsoft 365 tenant.
 * Telemetry is off (--disable-telemetry). The Playground's mock Teams context is .m365agentsplayground.yml.
 * Ctrl+C stops both.
 *
 * Environment: BOUNDARY_PORT (3978), PLAYGROUND_PORT (56150), PLAYGROUND_OPEN_BROWSER=false to not open one.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorMessage } from '../src/errors.js';
import { buildTab } from './build-tab.mjs';

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

async function main(): Promise<void> {
  mkdirSync(join(root, '.playground'), { recursive: true });
  // The safeguarding desk (http://localhost:3978/tab/) is served from dist/tab; the bot itself runs from src/.
  await buildTab();
  // Local mode on loopback: no credentials, so the bot accepts the Playground's unauthenticated requests.
  const botEnv: NodeJS.ProcessEnv = { ...process.env, PORT: botPort, HOST: '127.0.0.1' };
  delete botEnv.BOT_ID;
  delete botEnv.BOT_PASSWORD;
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
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: join(root, '.m365agentsplayground.yml'),
        M365_AGENTS_PLAYGROUND_LOGFILE: join(root, '.playground', 'playground.log'),
        ...(process.env.PLAYGROUND_OPEN_BROWSER === 'false' ? { TEAMSAPPTESTER_BROWSER: 'none' } : {}),
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  children.push(playground);
  playground.on('exit', (code) => {
    process.stderr.write(`Agents Playground stopped (exit code ${code}).\n`);
    stopAll(code ?? 1);
  });
  process.stdout.write(
    `\nBoundary is running at ${botUrl} (local mode).\nOpen the Agents Playground at http://localhost:${playgroundPort} ` +
      'and say hello, or type "help".\nPress Ctrl+C to stop both.\n\n',
  );
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
main().catch((err: unknown) => {
  process.stderr.write(`${errorMessage(err)}\n`);
  stopAll(1);
});
