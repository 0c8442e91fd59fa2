import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { extractText } from 'unpdf';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { silentLogger } from '../../src/log.js';
import { postSubmission } from '../../src/reports/forms/abusive-post.js';
import { friendSubmission } from '../../src/reports/forms/friend-request.js';
import { toReportInput } from '../../src/reports/forms/to-report-input.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { dsl, makeService, teacher } from '../reports/service-fixtures.js';
import { ManualClock } from '../store/factories.js';
import { captureIo } from './capture-io.js';

/**
 * `boundary export`: the record a DSL sends to the LADO or the police, from reports made with the real forms'
 * submissions, read back as the reporter saw the questions, with people by name and no time nobody gave.
 */

const KEYS = /postKind|sender:|current_pupil|messagesExchanged|evidence:|\["time"\]|about: me|welfareWorry/;

describe('boundary export', () => {
  let dir: string;
  let store: Store;
  let friendRef: string;
  let postRef: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'boundary-export-'));
    const clock = new ManualClock(new Date('2026-12-07T10:02:00Z').getTime());
    store = await openStore({ dataDir: dir, logger: silentLogger(), clock });
    const service = makeService(store, clock);
    const friend = friendSubmission({
      sender: 'current_pupil',
      senderName: 'Jamie Pupil',
      senderClass: '9B',
      platform: 'snapchat',
      occurredOn: '2026-12-06',
      response: 'declined',
      messagesExchanged: 'no',
      welfareWorry: 'yes',
      screenshotKept: 'yes',
    });
    const f = await service.submitReport(toReportInput(friend, teacher), null);
    friendRef = f.incident.ref;
    clock.advance(60_000);
    await service.acknowledge(dsl, f.incident.id);
    await service.addNote(dsl, f.incident.id, 'Spoke to Sam; the request was declined at once.');
    await service.escalate(dsl, f.incident.id, 'lado', 'Shared for advice.');
    const post = postSubmission({
      postKind: 'harassment',
      platform: 'facebook',
      about: 'me',
      postedBy: 'parent',
      seenOn: '2026-12-05',
      evidence: ['time', 'screenshot'],
      description: 'A post calling me a liar',
    });
    postRef = (await service.submitReport(toReportInput(post, teacher), null)).incident.ref;
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('when a friend-request record is exported as Markdown, then it reads as the questions and answers the reporter saw, with a date-only day and the exporter named', async () => {
    const c = captureIo();
    expect(
      await runCli(['export', friendRef, '--format', 'md', '--data-dir', dir, '--by', 'Dana Lead, DSL'], c.io),
    ).toBe(0);
    const md = c.out.join('\n');
    expect(md).toContain('**Who sent it?**');
    expect(md).toContain('A current pupil');
    expect(md).toContain('**When did it arrive?**');
    expect(md).toContain('6 Dec 2026');
    expect(md).toContain('| Happened | 6 Dec 2026 |');
    expect(md).toContain('Jamie Pupil');
    expect(md).toContain('Does anything in it worry you about the child’s welfare?');
    expect(md).toContain('| Reported | 7 Dec 2026, 10:02 |');
    expect(md).toMatch(/Exported by Dana Lead, DSL on \d+ \w+ \d{4}, \d\d:\d\d \\\(UK time\\\)/);
    expect(md).not.toMatch(KEYS);
    expect(md).not.toContain('00:00');
    expect(md).not.toContain('aad-teacher');
    const audit = await store.audit.list();
    expect(audit.at(-1)).toMatchObject({ action: 'incident.exported', actor: { name: 'Dana Lead, DSL' } });
  });

  it('when a post record is exported as PDF, then it has a title, the reference, sections, page numbers, the questions in words and the exporter', async () => {
    const out = join(dir, 'record.pdf');
    const c = captureIo();
    expect(
      await runCli(['export', postRef, '--format', 'pdf', '--out', out, '--data-dir', dir, '--by', 'Dana Lead'], c.io),
    ).toBe(0);
    const bytes = readFileSync(out);
    const { text, totalPages } = await extractText(new Uint8Array(bytes), { mergePages: true });
    expect(text).toContain('Safeguarding record');
    expect(text).toContain(`Reference ${postRef}`);
    expect(text).toContain('CONFIDENTIAL: SAFEGUARDING RECORD');
    expect(text).toContain(`Page 1 of ${totalPages}`);
    expect(text).toContain('The report, as the reporter answered it');
    expect(text).toContain('What kind of post or message is it?');
    expect(text).toContain('Harassment or bullying');
    expect(text).toContain('The time I saw it; A screenshot');
    expect(text).toContain('When did you see it?');
    expect(text).toContain('5 Dec 2026');
    expect(text).toContain('Chronology (UK time)');
    expect(text).toContain('Exported by Dana Lead');
    expect(text).not.toMatch(KEYS);
    expect(text).not.toContain('00:00');
    expect(text).not.toContain(`Exported by ${userInfo().username} `);
  });

  it('when nobody is named with --by, then the configured lead is named as the record knows them, and with no lead to name the export asks for --by', async () => {
    vi.stubEnv('SAFEGUARDING_LEADS', 'aad-dsl');
    const named = captureIo();
    expect(await runCli(['export', friendRef, '--data-dir', dir], named.io)).toBe(0);
    expect(named.out.join('\n')).toMatch(/Exported by Dana Lead on/);

    // The post record holds nothing by the lead, and an object id is no name a reader knows.
    const nameless = captureIo();
    expect(await runCli(['export', postRef, '--data-dir', dir], nameless.io)).toBe(2);
    expect(nameless.err.join('\n')).toMatch(/say who is exporting the record.*--by/);

    vi.stubEnv('SAFEGUARDING_LEADS', 'dana@school.example');
    const byUpn = captureIo();
    expect(await runCli(['export', postRef, '--data-dir', dir], byUpn.io)).toBe(0);
    expect(byUpn.out.join('\n')).toContain('Exported by dana@school\\.example on');
  });
});
