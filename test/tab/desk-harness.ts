import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { DSL, STAFF, type TeamsUser } from '../fakes/teams-client.js';
import { latestCard, setAlertsChannel, waitForOutboxDrained } from '../support/alerts.js';
import { type Bot, EXAMPLE_POLICY, startBot, tempDir } from '../support/bot.js';
import { invokeCard, press, sentCard } from '../support/cards.js';

/**
 * The safeguarding desk as a DSL opens it: the real server (startBoundary, as `npm start` runs it) in local mode on
 * loopback, SQLite in a temp folder, the fake Bot Connector for Teams, the built tab from dist/tab, and Debian's
 * Chromium driven by playwright-core. Concerns are raised the way staff raise them: through POST /api/messages.
 */

export const CHROMIUM_PATH = process.env.E2E_CHROMIUM_PATH ?? '/usr/bin/chromium';
export const REPO = resolve(import.meta.dirname, '..', '..');
const AXE = resolve(REPO, 'node_modules', 'axe-core', 'axe.min.js');

export type ThemeName = 'light' | 'dark' | 'contrast';
export const THEMES: ThemeName[] = ['light', 'dark', 'contrast'];

export interface Desk {
  bot: Bot;
  browser: Browser;
  /** Opens a desk path (/tab/...) in a fresh page; `theme` adds ?theme=. Every request it makes is recorded. */
  open(path: string, opts?: { theme?: ThemeName }): Promise<DeskPage>;
}

export interface DeskPage {
  page: Page;
  context: BrowserContext;
  /** Every URL the page requested, for "nothing from a CDN". */
  requests: string[];
  /** Uncaught errors and console errors in the page. */
  errors: string[];
}

/** Why the desk's browser tests cannot run here, or null when they can. */
export function tabSkipReason(): string | null {
  if (!existsSync(CHROMIUM_PATH)) {
    return `desk browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set E2E_CHROMIUM_PATH)`;
  }
  return null;
}

/** One server and one browser for a test file; pages are closed after each use by the caller or at the end. */
export function deskPerFile(env: Record<string, string> = {}): () => Desk {
  let desk: Desk | undefined;
  const contexts: BrowserContext[] = [];
  let data: { dir: string; remove: () => void } | undefined;
  beforeAll(async () => {
    // The tab as `npm start` builds it (skipped when web/desk has not changed since the last build).
    execFileSync(process.execPath, [resolve(REPO, 'scripts', 'build-tab.mjs')], { cwd: REPO, stdio: 'inherit' });
    data = tempDir('boundary-desk-');
    // The policy engine and its reading as `npm start` loads them, over a copy of the example policy: the owner's
    // corrections are written beside the copy, never into the repository.
    const policy = join(data.dir, 'policy.md');
    copyFileSync(EXAMPLE_POLICY, policy);
    const bot = await startBot({
      dataDir: data.dir,
      env: { SAFEGUARDING_LEADS: DSL.aadObjectId, POLICY_FILE: policy, ...env },
      // No loadQuestions: startBoundary loads POLICY_FILE and its reading itself, as `npm start` does.
      deps: { loadQuestions: undefined },
    });
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
    desk = {
      bot,
      browser,
      async open(path, opts = {}) {
        const context = await browser.newContext({
          viewport: { width: 1280, height: 900 },
          acceptDownloads: true,
          locale: 'en-GB',
        });
        contexts.push(context);
        const page = await context.newPage();
        const requests: string[] = [];
        const errors: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
        const url = new URL(path, bot.boundary.url);
        if (opts.theme) url.searchParams.set('theme', opts.theme);
        await page.goto(url.href);
        return { page, context, requests, errors };
      },
    };
  }, 120_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await desk?.browser.close();
    await desk?.bot.dispose();
    data?.remove();
  });
  return () => {
    if (!desk) throw new Error('the desk is not started (beforeAll failed?)');
    return desk;
  };
}

// ---- raising concerns as staff do, through the bot -------------------------------------------------------------

const YESTERDAY = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

async function say(bot: Bot, user: TeamsUser, text: string): Promise<Record<string, unknown>> {
  const chat = bot.client.personalConversationId(user);
  const before = bot.connector.activitiesTo(chat).length;
  const res = await bot.client.send(bot.client.personalMessage(text, { user }));
  expect(res.status).toBe(200);
  const sent = await bot.connector.waitForActivitiesTo(chat, before + 1);
  return sent[before]!.activity;
}

async function next(bot: Bot, card: unknown, title: string, inputs: Record<string, unknown> = {}) {
  const res = await press(bot, card, title, inputs);
  expect(res.status).toBe(200);
  return invokeCard(res.body);
}

/** A member of staff reports a friend request in their chat with the bot; returns the reference it was given. */
export async function reportFriendRequest(
  bot: Bot,
  opts: { pupil?: string; anythingElse?: string; user?: TeamsUser } = {},
): Promise<string> {
  const user = opts.user ?? STAFF;
  let card = sentCard(await say(bot, user, 'report friend request'));
  const pressAs = async (title: string, inputs: Record<string, unknown>) => {
    const res = await press(bot, card, title, inputs, user);
    expect(res.status).toBe(200);
    card = invokeCard(res.body);
  };
  await pressAs('Next', { sender: 'current_pupil', senderName: opts.pupil ?? 'Sam Pupil', senderClass: '9B' });
  await pressAs('Next', { platform: 'snapchat', platformOther: '', occurredOn: YESTERDAY(), response: 'declined' });
  await pressAs('Next', {
    messagesExchanged: 'no',
    welfareWorry: 'no',
    screenshotKept: 'yes',
    anythingElse: opts.anythingElse ?? '',
  });
  await pressAs('Send report', {});
  const ref = JSON.stringify(card).match(/[A-Z]{1,6}-\d{4}-\d{4,}/)?.[0];
  if (!ref) throw new Error(`no reference on the confirmation: ${JSON.stringify(card).slice(0, 400)}`);
  return ref;
}

export { latestCard, next, setAlertsChannel, waitForOutboxDrained };

// ---- accessibility -------------------------------------------------------------------------------------------

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core in the page and returns its serious and critical violations. One exception, narrowly: Fluent's
 * focus manager (Tabster) puts `<i data-tabster-dummy tabindex=0 aria-hidden>` sentinels at the edges of focus
 * traps; they hand focus on at once and are hidden from screen readers on purpose (microsoft/tabster#288), so
 * those nodes, and only for aria-hidden-focus, are left out.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated over the DevTools protocol: the tab's Content-Security-Policy (script-src 'self') rightly refuses an
  // injected <script>.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const raw = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html })) })))`)) as {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: string; html: string }[];
  }[];
  return raw
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      ...v,
      nodes: v.nodes
        .filter((n) => !(v.id === 'aria-hidden-focus' && n.html.includes('data-tabster-dummy')))
        .map((n) => `${n.target} ${n.html.slice(0, 160)}`),
    }))
    .filter((v) => v.nodes.length > 0);
}
