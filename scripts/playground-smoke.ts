/**
 * Checks `npm run playground` end to end in a real browser: starts the bot and the Agents Playground (as
 * scripts/playground.ts does), opens the Playground page in headless Chromium, waits for Boundary's welcome card,
 * types "help" and a policy question, and saves screenshots under .playground/.
 *
 *   apt-get install -y chromium            # once
 *   npx tsx scripts/playground-smoke.ts    # CHROMIUM_PATH=/usr/bin/chromium by default
 *
 * Exit code 0 when the welcome card and an answer card were seen; 1 otherwise. Not part of `npm test`: it needs a
 * browser and takes a while.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { QUIET_HEADLESS_ARGS } from '../test/e2e/helpers/browser.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, '.playground');
const playgroundPort = process.env.PLAYGROUND_PORT ?? '56150';
const playgroundUrl = `http://localhost:${playgroundPort}`;

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

async function send(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox').last();
  await box.click();
  await box.fill(text);
  await box.press('Enter');
}

async function main(): Promise<number> {
  mkdirSync(outDir, { recursive: true });
  // A fresh database, so the Playground's install is a first install and the welcome card is sent.
  const dataDir = mkdtempSync(join(tmpdir(), 'boundary-playground-'));
  const launcher: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'playground.ts')], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PLAYGROUND_OPEN_BROWSER: 'false',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: QUIET_HEADLESS_ARGS,
  });
  let ok = false;
  try {
    await waitForHttp(playgroundUrl, 90_000);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(playgroundUrl, { waitUntil: 'networkidle' });

    // The Playground installs the bot in the personal chat when it opens: the welcome card should arrive.
    const welcome = page.getByText("Hello, I'm Boundary").first();
    const welcomed = await welcome
      .waitFor({ timeout: 20_000 })
      .then(() => true)
      .catch(() => false);
    await page.screenshot({ path: join(outDir, 'playground-1-open.png'), fullPage: true });
    process.stdout.write(`welcome card on open: ${welcomed ? 'yes' : 'no'}\n`);

    await send(page, 'help');
    const helpCards = page.getByText("Hello, I'm Boundary");
    // Wait until one more welcome card than before is on the page.
    const before = welcomed ? 1 : 0;
    const deadline = Date.now() + 20_000;
    while ((await helpCards.count()) <= before && Date.now() < deadline) await page.waitForTimeout(250);
    const helpCount = await helpCards.count();
    await page.screenshot({ path: join(outDir, 'playground-2-help.png'), fullPage: true });
    process.stdout.write(`welcome cards after "help": ${helpCount}\n`);

    await send(page, 'a year 9 pupil sent me a friend request on instagram, what do I do?');
    const answered = await page
      .getByText('Who to ask', { exact: false })
      .first()
      .waitFor({ timeout: 20_000 })
      .then(() => true)
      .catch(() => false);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(outDir, 'playground-3-answer.png'), fullPage: true });
    process.stdout.write(`answer card: ${answered ? 'yes' : 'no'}\n`);

    // The welcome card's example-question button: plain Action.Submit, which the Playground does send.
    const answersBefore = await page.getByText('Who to ask', { exact: false }).count();
    await page.getByRole('button', { name: 'Ask an example question' }).last().click();
    const deadline2 = Date.now() + 20_000;
    while ((await page.getByText('Who to ask', { exact: false }).count()) <= answersBefore && Date.now() < deadline2) {
      await page.waitForTimeout(250);
    }
    const buttonWorked = (await page.getByText('Who to ask', { exact: false }).count()) > answersBefore;
    await page.screenshot({ path: join(outDir, 'playground-4-button.png'), fullPage: true });
    process.stdout.write(`example-question button answered: ${buttonWorked ? 'yes' : 'no'}\n`);

    ok = welcomed && helpCount > 1 && answered && buttonWorked;
  } finally {
    await browser.close();
    if (launcher.pid) process.kill(-launcher.pid, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.stdout.write(`screenshots in ${outDir}\n`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
