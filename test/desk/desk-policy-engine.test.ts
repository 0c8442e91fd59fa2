import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReading } from '../../src/policy/reading/file.js';
import { EXAMPLE_POLICY } from '../support/bot.js';
import { type DeskBot, OWNER, startDeskBot } from './desk-harness.js';

/**
 * The policy page over the real engine, as `npm start` wires it: the reading the bot answers from is the one the
 * page shows, and a correction is written to `<policy>.reading.yaml` beside the policy and used at once.
 */
describe('desk policy page over the policy engine', () => {
  let desk: DeskBot;
  let dir: string;
  let policy: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'boundary-desk-policy-'));
    policy = join(dir, 'policy.md');
    copyFileSync(EXAMPLE_POLICY, policy);
    desk = await startDeskBot({ realPolicy: true, env: { POLICY_FILE: policy } });
  });
  afterAll(async () => {
    await desk.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('when the owner opens the page, then the engine reading of the example policy is there with the policy check', async () => {
    const res = await desk.call(OWNER, 'GET', '/api/desk/policy');
    expect(res.status).toBe(200);
    expect(res.body.file).toBe(join(dir, 'policy.reading.yaml'));
    expect(res.body.progress.entries).toBeGreaterThan(10);
    expect(res.body.sections.length).toBeGreaterThan(1);
    expect(res.body.check.lines.length).toBeGreaterThan(5);
  });

  it('when the owner confirms an entry, then the reading file is written beside the policy and the page shows it at once', async () => {
    const page = await desk.call(OWNER, 'GET', '/api/desk/policy');
    const entry = page.body.sections
      .flatMap((s: { entries: { id: string; reviewed: boolean }[] }) => s.entries)
      .find((e: { reviewed: boolean }) => !e.reviewed);
    expect(existsSync(join(dir, 'policy.reading.yaml'))).toBe(false);
    const res = await desk.call(OWNER, 'PATCH', `/api/desk/policy/entries/${encodeURIComponent(entry.id)}`, {
      reviewed: true,
      note: 'checked with the Head',
    });
    expect(res.status).toBe(200);
    const written = parseReading(readFileSync(join(dir, 'policy.reading.yaml'), 'utf8'));
    expect(written.ok && written.reading.entries.find((e) => e.id === entry.id)).toMatchObject({
      reviewed: true,
      note: 'checked with the Head',
    });
    const after = await desk.call(OWNER, 'GET', '/api/desk/policy');
    expect(after.body.progress.reviewed).toBe(page.body.progress.reviewed + 1);
  });
});
