import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, freePort, processExists, SPAWN_MARK, spawnBot, startNodeFlags } from '../../bench/spawn.js';
import { FakeConnector } from '../fakes/fake-connector.js';
import { STAFF, TeamsClient } from '../fakes/teams-client.js';

/**
 * Boundary as a container runs it: `prestart` (the dist build), then the `start` script's node command on
 * dist/main.js, signals straight to that process (no npm in between). What an operator meets: a log collector
 * that stops reading, SIGTERM from the supervisor, a second SIGTERM, and settings that are wrong.
 */
const REPO = resolve(import.meta.dirname, '..', '..');
const MAIN = join(REPO, 'dist', 'main.js');
const QUESTION = 'can I accept a friend request from a pupil on instagram?';

let workDir: string;
const bots: BotProcess[] = [];
const cleanups: (() => Promise<unknown> | unknown)[] = [];

beforeAll(async () => {
  // What `npm start` runs first (package.json "prestart").
  await promisify(execFile)(process.execPath, [join(REPO, 'scripts', 'build-dist.mjs')], { cwd: REPO });
  workDir = mkdtempSync(join(tmpdir(), 'boundary-process-'));
}, 120_000);

afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  for (const bot of bots.splice(0)) {
    await bot.stop(1_000);
    expect(processExists(bot.pid)).toBe(false);
  }
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

async function startBot(env: Record<string, string>, stdout: 'log-file' | 'unread-pipe' = 'log-file') {
  const port = await freePort();
  const bot = await spawnBot({
    script: MAIN,
    cwd: REPO,
    nodeArgs: startNodeFlags(REPO),
    port,
    stdout,
    logFile: join(workDir, `bot-${port}.log`),
    readyTimeoutMs: 60_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: join(workDir, `data-${port}`),
      BOT_ID: undefined,
      BOT_PASSWORD: undefined,
      DATABASE_URL: undefined,
      ...env,
    },
  });
  bots.push(bot);
  const connector = await FakeConnector.start();
  cleanups.push(() => connector.close());
  const client = new TeamsClient({ messagesUrl: `${bot.url}/api/messages`, serviceUrl: connector.serviceUrl });
  return { bot, connector, client };
}

/** Runs a start that should fail to its end; kills it if it has not exited in time. */
function runToExit(env: Record<string, string | undefined>, timeoutMs = 60_000) {
  return new Promise<{ code: number | null; stdout: string; stderr: string; pid: number }>((done, fail) => {
    const child = spawn(process.execPath, [...startNodeFlags(REPO), MAIN], {
      cwd: REPO,
      env: {
        ...process.env,
        [SPAWN_MARK]: process.env.BOUNDARY_TEST_RUN ?? 'manual',
        BOT_ID: undefined,
        BOT_PASSWORD: undefined,
        DATABASE_URL: undefined,
        HOST: '127.0.0.1',
        DATA_DIR: join(workDir, 'failing-start'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => {
      stdout += b.toString();
    });
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`the start did not end within ${timeoutMs} ms:\n${stderr}\n${stdout}`));
    }, timeoutMs);
    child.once('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr, pid: child.pid ?? -1 });
    });
  });
}

/** Posts bodies Boundary refuses (each refusal is a log line), many at a time, to fill a stalled log quickly. */
async function refusedRequests(url: string, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let sent = 0; sent < count; sent += 50) {
    const batch = await Promise.all(
      Array.from({ length: 50 }, () =>
        fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' })
          .then((r) => r.status)
          .catch(() => 0),
      ),
    );
    statuses.push(...batch);
  }
  return statuses;
}

describe('stopping, with nobody reading the log', () => {
  it('when nobody reads its stdout, then it keeps answering, and on SIGTERM it exits within SHUTDOWN_TIMEOUT_MS', async () => {
    const { bot, connector, client } = await startBot(
      { LOG_LEVEL: 'trace', SHUTDOWN_TIMEOUT_MS: '3000' },
      'unread-pipe',
    );
    // About 200 bytes of log each: 2,000 is six times what a pipe holds (64 KiB), so its reader has long stalled.
    const refused = await refusedRequests(bot.url, 2_000);
    expect(refused.filter((s) => s === 400)).toHaveLength(2_000);

    const conversation = client.personalConversationId(STAFF);
    for (let i = 0; i < 5; i++) {
      expect((await client.send(client.personalMessage(QUESTION))).status).toBe(200);
    }
    await connector.waitForActivitiesTo(conversation, 5, 20_000);
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);

    const exit = await bot.stop(10_000);
    expect(exit.signal).toBeNull();
    expect(exit.code).toBe(0);
    expect(exit.stopMs).toBeLessThanOrEqual(3_000);
    expect(processExists(bot.pid)).toBe(false);
  }, 120_000);

  it('when a turn never finishes, then SIGTERM still ends the process within SHUTDOWN_TIMEOUT_MS', async () => {
    const { bot, connector, client } = await startBot({ SHUTDOWN_TIMEOUT_MS: '2000' }, 'unread-pipe');
    connector.scriptFaults([{ hang: true }]);
    const turn = client.send(client.personalMessage(QUESTION)).catch(() => null);
    await connector.waitFor((call) => call.answered === 'hang', 20_000);

    const exit = await bot.stop(10_000);
    expect(exit.signal).toBeNull();
    expect(exit.stopMs).toBeLessThanOrEqual(2_000);
    expect(processExists(bot.pid)).toBe(false);
    await turn;
  }, 60_000);

  it('when a second SIGTERM comes while shutdown waits on a turn, then the process exits at once', async () => {
    const { bot, connector, client } = await startBot({ SHUTDOWN_TIMEOUT_MS: '60000' });
    connector.scriptFaults([{ hang: true }]);
    const turn = client.send(client.personalMessage(QUESTION)).catch(() => null);
    await connector.waitFor((call) => call.answered === 'hang', 20_000);

    process.kill(bot.pid, 'SIGTERM');
    // The first signal is taken (no longer ready: closing, or not listening) but the held turn keeps it waiting.
    await waitUntil(async () => (await fetch(`${bot.url}/readyz`).catch(() => null))?.status !== 200, 10_000);
    expect(bot.exit()).toBeNull();

    const exit = await bot.stop(10_000);
    expect(exit.signal).toBeNull();
    expect(exit.code).toBe(1);
    expect(exit.stopMs).toBeLessThan(2_000);
    expect(processExists(bot.pid)).toBe(false);
    await turn;
  }, 60_000);
});

// Each start loads the policy, and a refused one may wait on a database: slow on a busy machine.
describe('a start with wrong settings', { timeout: 90_000 }, () => {
  const holders: Server[] = [];
  afterEach(async () => {
    for (const s of holders.splice(0)) await new Promise((r) => s.close(r));
  });

  async function takePort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    holders.push(server);
    return (server.address() as { port: number }).port;
  }

  it('when PORT, LOG_LEVEL, POLICY_FILE and DATABASE_URL are all wrong, then one start names all four plainly and exits 1', async () => {
    const run = await runToExit({
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      POLICY_FILE: join(workDir, 'no-such-policy.md'),
      DATABASE_URL: 'postgres://boundary@127.0.0.1:1/school',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Boundary cannot start: 4 settings to fix:\n/);
    expect(run.stderr).toContain('PORT must be a whole number (got "eighty")');
    expect(run.stderr).toContain('LOG_LEVEL must be one of');
    expect(run.stderr).toMatch(
      /- POLICY_FILE: Cannot read policy file .*no-such-policy\.md: the file does not exist\./,
    );
    expect(run.stderr).toMatch(/- DATABASE_URL: Could not connect to postgres:\/\/127\.0\.0\.1:1\/school \(.*\)\./);
    expect(run.stdout).toBe('');
    expect(processExists(run.pid)).toBe(false);
  });

  it('when the port is taken and the policy file is missing, then one start names both, once each, with no JSON', async () => {
    const port = await takePort();
    const run = await runToExit({ PORT: String(port), POLICY_FILE: join(workDir, 'missing.md'), LOG_LEVEL: 'info' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Boundary cannot start: 2 settings to fix:\n/);
    expect(run.stderr).toContain(
      `- PORT=${port}: another program is already listening on 127.0.0.1:${port}. Stop it, or set PORT to a free port.`,
    );
    expect(run.stderr.match(/POLICY_FILE/g)).toHaveLength(2);
    expect(run.stderr).toContain('missing.md: the file does not exist. Set POLICY_FILE to');
    expect(run.stdout + run.stderr).not.toMatch(/"level":(50|60)/);
  });

  it('when the server listens but the policy and the database both fail, then both are named and nothing is logged as JSON errors', async () => {
    const port = await freePort();
    const run = await runToExit({
      PORT: String(port),
      POLICY_FILE: join(workDir, 'gone.md'),
      DATABASE_URL: 'postgres://boundary@127.0.0.1:1/school',
      LOG_LEVEL: 'info',
    });
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('Boundary cannot start: 2 settings to fix:');
    expect(lines.slice(1).map((l) => l.split(':')[0])).toEqual(['  - DATABASE_URL', '  - POLICY_FILE']);
    expect(run.stdout).toContain('"msg":"listening"');
    expect(run.stdout).not.toMatch(/"level":(50|60)/);
  });

  it('when only ALERT_REMINDER_MINUTES=60 is set, then the bot starts (the second reminder follows from the first)', async () => {
    const { bot } = await startBot({ ALERT_REMINDER_MINUTES: '60' });
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
  });

  it('when the policy file is empty, then the start says so plainly', async () => {
    const empty = join(workDir, 'empty.md');
    writeFileSync(empty, '');
    const run = await runToExit({ PORT: String(await freePort()), POLICY_FILE: empty });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`- POLICY_FILE: Policy file ${empty} is empty. Set POLICY_FILE to`);
  });
});

async function waitUntil(probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
