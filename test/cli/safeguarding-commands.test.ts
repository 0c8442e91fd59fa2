import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractText } from 'unpdf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { silentLogger } from '../../src/log.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { dsl, friendRequest, makeService } from '../reports/service-fixtures.js';
import { ManualClock } from '../store/factories.js';
import { captureIo } from './capture-io.js';

const io = captureIo;

describe('boundary status, audit, retention and export', () => {
  let dir: string;
  let store: Store;
  let clock: ManualClock;
  let ref: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'boundary-cli-'));
    clock = new ManualClock(new Date('2020-01-10T10:00:00Z').getTime());
    store = await openStore({ dataDir: dir, logger: silentLogger(), clock });
    const service = makeService(store, clock);
    const { incident } = await service.submitReport(friendRequest({ summary: 'Friend *request* from a pupil' }), null);
    ref = incident.ref;
    await service.addNote(dsl, incident.id, 'Spoke to the teacher; advised to decline.');
    await service.close(dsl, incident.id, 'low_level_concern_recorded', 'Handled in school, no threshold met.');
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('when nothing is set up, then status says the alert channel is not set and lists waiting alerts', async () => {
    const c = io();
    expect(await runCli(['status', '--data-dir', dir], c.io)).toBe(0);
    const text = c.out.join('\n');
    expect(text).toContain('Alert channel: NOT SET');
    expect(text).toMatch(/Outbox: 4 pending/);
    expect(text).toContain(`wait  ${ref}  alert.post`);
  });

  it('when a delivery was dead-lettered, then status shows it with its reference and exits 1', async () => {
    const [row] = await store.outbox.claimDue('r', clock.now(), 60_000, 1);
    await store.outbox.deadLetter(row!.id, 'r', clock.now(), '403: Forbidden');
    const c = io();
    expect(await runCli(['status', '--data-dir', dir], c.io)).toBe(1);
    expect(c.out.join('\n')).toContain(`DEAD  ${ref}`);
  });

  it('when the audit log is intact, then audit verify prints OK; after an edit it names the row and exits 1', async () => {
    const ok = io();
    expect(await runCli(['audit', 'verify', '--data-dir', dir], ok.io)).toBe(0);
    expect(ok.out[0]).toMatch(/^OK: 3 audit entries/);
    await store.db.updateTable('audit_log').set({ action: 'incident.nothing_to_see' }).where('seq', '=', 2).execute();
    const bad = io();
    expect(await runCli(['audit', 'verify', '--data-dir', dir], bad.io)).toBe(1);
    expect(bad.out[0]).toMatch(/^BROKEN at entry 2/);
  });

  it('when retention is run as a dry run, then records past their period are listed and nothing is deleted', async () => {
    const early = io();
    expect(await runCli(['retention', '--dry-run', '--data-dir', dir, '--now', '2025-01-01'], early.io)).toBe(0);
    expect(early.out[0]).toContain('No records are due');
    const later = io();
    expect(await runCli(['retention', '--dry-run', '--data-dir', dir, '--now', '2026-02-01'], later.io)).toBe(0);
    expect(later.out.join('\n')).toContain(
      `${ref}  Friend request from a pupil  closed 2020-01-10  review due 2026-01-10`,
    );
    expect(await store.incidents.getByRef(ref)).not.toBeNull();
    const refused = io();
    expect(await runCli(['retention', '--data-dir', dir], refused.io)).toBe(2);
  });

  it('when a record is exported as Markdown, then it has the chronology with notes and rationale, and the export is audited', async () => {
    const c = io();
    expect(await runCli(['export', ref, '--format', 'md', '--data-dir', dir, '--by', 'Dana Lead'], c.io)).toBe(0);
    const md = c.out.join('\n');
    expect(md).toContain(`# Safeguarding record ${ref.replace(/-/g, '\\-')}`);
    expect(md).toContain('Jamie Pupil');
    expect(md).toContain('Friend \\*request\\* from a pupil');
    expect(md).toContain('advised to decline');
    expect(md).toContain('Rationale: Handled in school, no threshold met');
    const audit = await store.audit.list();
    expect(audit.at(-1)).toMatchObject({ action: 'incident.exported', actor: { aadObjectId: 'cli:Dana Lead' } });
  });

  it('when a record is exported as PDF, then the file is a PDF that holds the reference and the chronology', async () => {
    const out = join(dir, 'record.pdf');
    const c = io();
    expect(
      await runCli(['export', ref, '--format', 'pdf', '--out', out, '--data-dir', dir, '--by', 'Dana Lead'], c.io),
    ).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await extractText(new Uint8Array(bytes), { mergePages: true });
    expect(text).toContain(ref);
    expect(text).toContain('Handled in school');
  });

  it('when the reference does not exist or is malformed, then export says so', async () => {
    const missing = io();
    expect(await runCli(['export', 'SM-2026-9999', '--data-dir', dir], missing.io)).toBe(1);
    expect(missing.err[0]).toContain('No record SM-2026-9999');
    expect(await runCli(['export', 'hello', '--data-dir', dir], io().io)).toBe(2);
  });
});
