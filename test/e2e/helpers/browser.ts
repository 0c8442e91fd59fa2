import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's chromium package; Playwright's own browser download does not work on the project's machines. */
export const CHROMIUM_PATH = process.env.E2E_CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Why the end-to-end suite cannot run here, or null when it can. The suite skips (and prints this) rather than
 * fails where no Chromium can be had, so a fresh clone's test run stays green; .ci/run installs it.
 */
export function e2eSkipReason(): string | null {
  if (!existsSync(CHROMIUM_PATH)) {
    return `end-to-end tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set E2E_CHROMIUM_PATH)`;
  }
  return null;
}

/** Headless Chromium flags that work in a container (no sandbox, no GPU) and keep it from phoning home. */
export const QUIET_HEADLESS_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export interface LaunchedBrowser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * Headless Chromium with a fresh, throwaway profile (a persistent context is how Playwright takes a
 * user-data-dir) and nothing that phones home. The viewport is a laptop's, so the screenshots show the
 * Playground as a member of staff would see it on a school laptop.
 */
export async function launchBrowser(viewport = { width: 1280, height: 900 }): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'boundary-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    timeout: 30_000,
    viewport,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    args: [...QUIET_HEADLESS_ARGS, '--disable-sync', '--disable-quic'],
  });
  // Every wait in the suite is bounded; these are the defaults for anything that does not pass its own.
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
