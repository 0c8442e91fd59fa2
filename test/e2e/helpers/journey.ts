import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { COMMANDS } from '../../../src/teams/commands.js';
import { e2eSkipReason } from './browser.js';
import type { PlaygroundUser } from './playground.js';
import { REPO, type Session, startSession } from './session.js';

/** Printed once per file when Chromium is missing; the journeys then skip. */
export const SKIP_REASON = e2eSkipReason();
if (SKIP_REASON) console.warn(SKIP_REASON);

/**
 * Whether the bot routes a command yet. Journeys whose feature is not wired into the bot skip with a printed
 * reason instead of failing; once the command is routed they run (and must pass).
 */
export function routes(command: string): boolean {
  return COMMANDS.some((c) => c.name === command);
}

export function missingFeature(commands: string[]): string | null {
  const missing = commands.filter((c) => !routes(c));
  if (missing.length === 0) return null;
  const reason = `skipped: the bot does not route ${missing.map((m) => `"${m}"`).join(', ')} yet`;
  console.warn(reason);
  return reason;
}

/**
 * Starts one journey's session before its steps and tears it down after; a failing step leaves a FAILED
 * screenshot beside the others.
 */
export function useSession(opts: { name: string; user: PlaygroundUser; env?: Record<string, string> }): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await startSession(opts);
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail' && session) {
      await session.pg.screenshot('FAILED').catch(() => undefined);
    }
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('the journey session did not start');
    return session;
  };
}

/**
 * After a report is sent: the confirmation card, or null when the bot says it stored nothing because main.ts has
 * no incident service yet (its log says so). The caller then skips the rest with that reason; once the service
 * is wired the log line is gone and a missing confirmation fails the journey.
 */
export async function confirmationOrUnwired(s: Session): Promise<Locator | null> {
  const card = await s.pg.waitForCard(/Report sent|Report stored|has not been sent yet/);
  const lines = await s.pg.lines(card);
  if (lines.some((l) => /has not been sent yet/.test(l))) {
    await new Promise((r) => setTimeout(r, 300));
    if (s.botLog().includes('no incident service is configured')) {
      console.warn(`${UNWIRED}: the bot logged "no incident service is configured"`);
      return null;
    }
  }
  return card;
}

/**
 * Files a short abusive-post report from the signed-in user's personal chat and returns its reference (null when
 * reports are not stored yet, see confirmationOrUnwired).
 */
export async function fileQuickReport(s: Session): Promise<string | null> {
  const { pg } = s;
  await pg.openPersonalChat();
  await pg.sendMessage('report post');
  let c = await pg.waitForCard(/What kind of post or message is it\?/);
  await pg.chooseChoice(c, /What kind of post/, 'Harassment or bullying');
  await pg.clickCardButton(c, 'Next');
  c = await pg.waitForCard(/Where is it\?/);
  await pg.chooseChoice(c, /Where is it\?/, 'Facebook');
  await pg.clickCardButton(c, 'Next');
  c = await pg.waitForCard(/Who is it about\?/);
  await pg.chooseChoice(c, /Who is it about\?/, 'A colleague');
  await pg.chooseChoice(c, /Who posted it/, 'A parent or carer');
  await pg.clickCardButton(c, 'Next');
  c = await pg.waitForCard(/When did you see it\?/);
  await pg.setDate(c, /When did you see it\?/, new Date().toISOString().slice(0, 10));
  await pg.fillInput(c, /What does it say or show\?/, 'A parent is calling a colleague names in a public group.');
  await pg.clickCardButton(c, 'Next');
  c = await pg.waitForCard(/What you told us/);
  await pg.clickCardButton(c, /Send report/);
  const confirmation = await confirmationOrUnwired(s);
  if (!confirmation) return null;
  const ref = /Reference: (SM-\d{4}-\d{4,})/.exec((await pg.lines(confirmation)).join('\n'))?.[1];
  if (!ref) throw new Error('the confirmation card shows no reference');
  return ref;
}

export const UNWIRED = 'skipped: reports are not stored because the incident service is not wired into src/main.ts yet';

const POLICY_PATH = join(REPO, 'policies', 'example-social-media-policy.md');

/** The example policy as one line of single-spaced text, to check that a quoted clause is verbatim. */
export function policyText(): string {
  return normalise(readFileSync(POLICY_PATH, 'utf8').replace(/[*_`#>]/g, ''));
}

export function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
