import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type LaunchedBrowser, launchBrowser } from './helpers/browser.js';
import { SKIP_REASON } from './helpers/journey.js';
import { PlaygroundPage } from './helpers/page.js';
import { REPO, RESULTS_DIR } from './helpers/session.js';

/**
 * `npm run playground` itself (scripts/playground.ts), not the journeys' own set-up: `--as dsl` signs in the DSL,
 * who can set the alerts channel in the Safeguarding team's Alerts channel, and a second run opens on the welcome
 * card again. Both runs share one data directory (DATA_DIR given, so the script does not clear it), so the second
 * welcome comes from the run's own personal chat, not from a fresh database.
 */
async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Run {
  child: ChildProcess;
  url: string;
  output: () => string;
}

async function startScript(args: string[], dataDir: string): Promise<Run> {
  const [botPort, playgroundPort] = [await freePort(), await freePort()];
  let out = '';
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'scripts', 'playground.ts'), ...args], {
    cwd: REPO,
    env: {
      ...process.env,
      BOUNDARY_PORT: String(botPort),
      PLAYGROUND_PORT: String(playgroundPort),
      PLAYGROUND_OPEN_BROWSER: 'false',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (d) => {
    out += String(d);
  });
  child.stderr?.on('data', (d) => {
    out += String(d);
  });
  const deadline = Date.now() + 90_000;
  while (!out.includes('Press Ctrl+C to stop both')) {
    if (child.exitCode !== null) throw new Error(`npm run playground exited ${child.exitCode}:\n${out}`);
    if (Date.now() > deadline) throw new Error(`npm run playground did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { child, url: `http://localhost:${playgroundPort}`, output: () => out };
}

async function stopScript(run: Run | undefined): Promise<void> {
  if (!run?.child.pid || run.child.exitCode !== null) return;
  const exited = new Promise((r) => run.child.once('exit', r));
  process.kill(-run.child.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
}

describe.skipIf(SKIP_REASON !== null)('npm run playground -- --as dsl', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'boundary-playground-script-'));
  const shots = join(RESULTS_DIR, 'playground-script');
  let run: Run | undefined;
  let browser: LaunchedBrowser | undefined;
  let current: PlaygroundPage | undefined;

  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await current?.screenshot('FAILED').catch(() => undefined);
    current = undefined;
    await browser?.close();
    browser = undefined;
    await stopScript(run);
    run = undefined;
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function openPage(r: Run): Promise<PlaygroundPage> {
    browser = await launchBrowser();
    const pg = new PlaygroundPage(browser.page, r.url, shots);
    current = pg;
    await pg.open();
    return pg;
  }

  it('when started as the DSL, then Sam Lead is signed in, is welcomed, and can set the alerts channel', async () => {
    run = await startScript(['--as', 'dsl'], dataDir);
    expect(run.output()).toMatch(/you are Sam Lead \(DSL\), the Designated Safeguarding Lead/);
    const pg = await openPage(run);
    await expect(pg.page.getByText('Sam Lead (DSL)').first().isVisible()).resolves.toBe(true);
    await pg.openPersonalChat();
    await pg.waitForCard("Hello, I'm Boundary");
    await pg.openChannel('Safeguarding', 'Alerts');
    await pg.postInChannel('set alerts channel', 'Boundary');
    // Only a safeguarding lead is answered "Done": the script told the bot that Sam is one.
    await pg.waitForText(/Done: safeguarding alerts will be posted in this channel/);
    await pg.screenshot('dsl-set-channel');
  });

  it('when the Playground is started again on the same data, then the personal chat opens on the welcome card again', async () => {
    run = await startScript(['--as', 'dsl'], dataDir);
    const pg = await openPage(run);
    await pg.openPersonalChat();
    await pg.waitForCard("Hello, I'm Boundary");
    await pg.screenshot('second-run-welcome');
  });

  it('when given a role it does not know, then it prints its usage and exits 2', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'scripts', 'playground.ts'), '--as', 'head'], {
      cwd: REPO,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr?.on('data', (d) => {
      err += String(d);
    });
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).toBe(2);
    expect(err).toContain('--as takes teacher or dsl, not "head"');
    expect(err).toContain('Usage: npm run playground [-- --as teacher|dsl]');
  });
});
