import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type RunningBot, startBot } from './boundary.js';
import { launchBrowser } from './browser.js';
import { PlaygroundPage } from './page.js';
import { type PlaygroundUser, type RunningPlayground, startPlayground } from './playground.js';

export const REPO = resolve(import.meta.dirname, '..', '..', '..');
/** Git-ignored: screenshots, the bot's and the Playground's logs for each journey. */
export const RESULTS_DIR = join(REPO, 'test-results', 'e2e');
/** Committed: the screenshots the README shows. */
export const DOCS_SCREENSHOTS_DIR = join(REPO, 'docs', 'screenshots');

export interface Session {
  pg: PlaygroundPage;
  playground: RunningPlayground;
  resultsDir: string;
  /** What the bot has logged so far (JSON lines), for steps that depend on how the bot was composed. */
  botLog(): string;
  close(): Promise<void>;
}

/**
 * One journey's world: a bot (the real Boundary unless `endpoint` is given), a Playground signed in as `user`,
 * and a headless Chromium on its page. Everything is torn down by close(), in reverse order, even when a step
 * failed half-way.
 */
export async function startSession(opts: {
  name: string;
  user: PlaygroundUser;
  env?: Record<string, string>;
  /** Drive some other bot (the probe bot of the self-test) instead of Boundary. */
  endpoint?: string;
}): Promise<Session & { bot: RunningBot | null }> {
  const resultsDir = join(RESULTS_DIR, opts.name);
  // A journey's folder holds only its latest run, so a stale screenshot is never mistaken for a current one.
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  const cleanups: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
  };
  try {
    let bot: RunningBot | null = null;
    let endpoint = opts.endpoint;
    if (!endpoint) {
      bot = await startBot({ name: opts.name, logDir: resultsDir, ...(opts.env ? { env: opts.env } : {}) });
      cleanups.push(() => (bot as RunningBot).stop());
      endpoint = bot.messagesUrl;
    }
    const playground = await startPlayground({
      botEndpoint: endpoint,
      currentUser: opts.user,
      logDir: resultsDir,
      name: opts.name,
    });
    cleanups.push(() => playground.stop());
    const browser = await launchBrowser();
    cleanups.push(() => browser.close());
    const pg = new PlaygroundPage(browser.page, playground.url, resultsDir);
    await pg.open();
    const botLog = () => {
      const file = join(resultsDir, `bot-${opts.name}.log`);
      return existsSync(file) ? readFileSync(file, 'utf8') : '';
    };
    return { pg, playground, resultsDir, botLog, bot, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/**
 * Copies a journey screenshot into docs/screenshots/<docName>.png for the README, only when E2E_UPDATE_DOCS=1
 * (`E2E_UPDATE_DOCS=1 npm run test:e2e`), so an ordinary test run never changes committed files.
 */
export function publishScreenshot(path: string, docName: string): string | null {
  if (process.env.E2E_UPDATE_DOCS !== '1') return null;
  mkdirSync(DOCS_SCREENSHOTS_DIR, { recursive: true });
  const target = join(DOCS_SCREENSHOTS_DIR, `${docName}.png`);
  copyFileSync(path, target);
  return target;
}
