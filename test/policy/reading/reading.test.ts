import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPolicy, loadPolicyText } from '../../../src/policy/index.js';
import { carryReview } from '../../../src/policy/reading/carry.js';
import { createReadingDesk } from '../../../src/policy/reading/desk-service.js';
import { draftReading } from '../../../src/policy/reading/draft.js';
import { parseReading, readingPathFor, serialiseReading, writeReadingFile } from '../../../src/policy/reading/file.js';
import { describeEntry } from '../../../src/policy/reading/plain.js';

const NOW = new Date('2026-12-07T12:00:00Z');
const POLICY = `Staff Social Media Policy

1. Contact with pupils
1.1 Staff must not accept friend requests from pupils on any social media platform.
1.2 Staff must not accept requests from former pupils until two years after they have left the school.
1.3 Staff may name the school as their employer on LinkedIn, but must not use the school logo on personal profiles.
1.4 If a pupil sends you a friend request you must tell the Designated Safeguarding Lead (DSL) the same working day.

2. Photographs
2.1 Staff may take photographs of pupils only with the written permission of the Headteacher.
2.2 Parents may take photographs of their own children at school performances.
`;

const dir = mkdtempSync(join(tmpdir(), 'boundary-reading-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function draft(text = POLICY) {
  const engine = loadPolicyText('policy.txt', text);
  return { engine, reading: draftReading(engine.document, 'policy.txt', engine.fallbackContact, NOW) };
}

describe('drafting a reading', () => {
  const { reading } = draft();
  const entry = (section: string, part?: number) =>
    reading.entries.find((e) => e.section === section && (part === undefined || e.id.endsWith(`:${part}`)))!;

  it('when a policy is drafted, then it round-trips through its YAML file unchanged', () => {
    const back = parseReading(serialiseReading(reading));
    expect(back.ok && back.reading).toEqual(reading);
  });

  it.each([
    [
      '1.1',
      undefined,
      { binds: 'staff', force: 'must_not', acts: expect.arrayContaining(['connect']), parties: ['current_pupil'] },
    ],
    ['2.1', undefined, { force: 'may_with_permission', permission_of: 'the Headteacher' }],
    ['2.2', undefined, { binds: 'parents' }],
    ['1.3', 1, { force: 'may' }],
    ['1.3', 2, { force: 'must_not' }],
  ] as const)('when section %s (part %s) is read, then it reads as %o', (section, part, want) => {
    expect(entry(section, part)).toMatchObject(want);
  });

  it('when a ban lasts until two years after leaving, then that is its lapse condition', () => {
    expect(entry('1.2')).toMatchObject({ force: 'must_not', until: [{ fact: 'years_since_left', at_least: 2 }] });
  });

  it('when a sentence sets a duty to tell someone by a deadline, then the duty names them and the deadline', () => {
    expect(entry('1.4').duties).toContainEqual({
      act: 'tell',
      to: 'the Designated Safeguarding Lead (DSL)',
      within: 'the same working day',
    });
  });

  it('when an entry is shown to the owner, then it reads as a rule in plain English', () => {
    expect(describeEntry(entry('1.1'))).toMatch(/^1\.1 Staff must not accept or send friend, follow or connection/);
  });

  it('when a duty names its own act, a person and a time, then it reads as what to do, for whom and by when', () => {
    const duty = { act: 'send it', to: 'Sue Blackwood', within: '48 hours of return' };
    const must = { ...entry('1.1'), force: 'must' as const, duties: [duty] };
    expect(describeEntry(must)).toContain('must: send it (to Sue Blackwood), within 48 hours of return (about:');
  });

  it('when a ban lapses "under" a count of years, then it says less than that many years ago', () => {
    const e = { ...entry('1.1'), until: [], provided: [{ fact: 'years_since_left' as const, under: 1 }] };
    expect(describeEntry(e)).toContain('provided they left less than 1 year ago');
  });
});

describe('a bad edit of the reading file', () => {
  const { reading } = draft();
  const good = serialiseReading(reading);
  const firstId = reading.entries.find((e) => e.force !== 'none')!.id;

  it.each([
    ['an act that is not in the vocabulary', good.replace('- connect', '- befriend'), 'acts'],
    ['a force that does not exist', good.replace('force: must_not', 'force: forbidden'), 'force'],
    ['a permission without whose', good.replace(/\n\s+permission_of: the Headteacher/, ''), 'permission_of'],
  ])('when it has %s, then the problem names the entry and the field', (_what, text, field) => {
    const result = parseReading(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.some((p) => p.entry !== null && p.field.startsWith(field))).toBe(true);
  });

  it('when the YAML itself is broken, then the problem says so', () => {
    const result = parseReading(`${good}\n  - : [`);
    expect(result.ok).toBe(false);
  });

  it('when the file beside the policy is bad, then loading the policy is refused with the entry named', async () => {
    const file = join(dir, 'bad.txt');
    writeFileSync(file, POLICY);
    writeFileSync(readingPathFor(file), good.replace(/force: must_not/, 'force: forbidden'));
    await expect(loadPolicy(file)).rejects.toThrow(new RegExp(`entry ${firstId.replace(/[.#]/g, '.')}`));
  });
});

describe('a new version of the policy', () => {
  it('when one sentence changed, then reviews of unchanged sentences are kept and the changed one is flagged', () => {
    const before = draft().reading;
    const reviewed = { ...before, entries: before.entries.map((e) => ({ ...e, reviewed: true, note: 'checked' })) };
    const after = draft(POLICY.replace('until two years after', 'until three years after')).reading;
    const carried = carryReview(after, reviewed);
    const changed = carried.reading.entries.find((e) => e.section === '1.2')!;
    expect(changed.reviewed).toBe(false);
    expect(changed.uncertain[0]).toMatch(/changed since it was reviewed/);
    expect(carried.reading.entries.find((e) => e.section === '1.1')!).toMatchObject({
      reviewed: true,
      note: 'checked',
    });
    expect(carried.changed).toHaveLength(1);
  });
});

describe('correcting an entry', () => {
  it('when the owner reviews a corrected entry, then the file is rewritten and the next answer follows it', async () => {
    const file = join(dir, 'desk.txt');
    writeFileSync(file, POLICY);
    const { engine, reading } = await loadPolicy(file, { now: () => NOW });
    const desk = createReadingDesk(engine, reading.path);
    const question = 'Can I put the school logo on my personal Facebook profile?';
    expect(engine.answer(question).verdict).toBe('not_allowed');
    const id = desk.reading().entries.find((e) => e.section === '1.3' && e.force === 'must_not')!.id;
    const result = desk.correct(id, { force: 'may', reviewed: true });
    expect(result.ok).toBe(true);
    expect(readFileSync(reading.path, 'utf8')).toContain('reviewed: true');
    expect(engine.answer(question).verdict).toBe('allowed');
  });

  it('when the owner turns a ban on contact with pupils into leave, then safety still never answers yes', async () => {
    const file = join(dir, 'safety.txt');
    writeFileSync(file, POLICY);
    const { engine, reading } = await loadPolicy(file, { now: () => NOW });
    const desk = createReadingDesk(engine, reading.path);
    const id = desk.reading().entries.find((e) => e.section === '1.1')!.id;
    expect(desk.correct(id, { force: 'may', reviewed: true }).ok).toBe(true);
    expect(engine.answer('Can I accept a friend request from a pupil on Instagram?').verdict).not.toBe('allowed');
  });

  it('when a correction is invalid, then nothing is written and the problems are named', async () => {
    const file = join(dir, 'desk2.txt');
    writeFileSync(file, POLICY);
    const { engine, reading } = await loadPolicy(file, { now: () => NOW });
    writeReadingFile(reading.path, reading.reading);
    const before = readFileSync(reading.path, 'utf8');
    const desk = createReadingDesk(engine, reading.path);
    const id = desk.reading().entries.find((e) => e.section === '2.1')!.id;
    const result = desk.correct(id, { permission_of: '' });
    expect(result.ok).toBe(false);
    expect(readFileSync(reading.path, 'utf8')).toBe(before);
  });
});
