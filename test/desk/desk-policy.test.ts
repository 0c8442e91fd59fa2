import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEntry } from '../../src/policy/reading/plain.js';
import { DEPUTY, type DeskBot, DSL, OWNER, STAFF, startDeskBot } from './desk-harness.js';
import { MemoryReadingDesk, sampleReading } from './memory-reading-desk.js';

/** The policy page and its corrections, over a ReadingDesk, through the real server, for every role. */
describe('desk policy API', () => {
  let desk: DeskBot;
  let reading: MemoryReadingDesk;
  beforeAll(async () => {
    reading = new MemoryReadingDesk(sampleReading(), {
      lines: [
        {
          topic: 'Friend requests',
          question: 'Can I accept a pupil?',
          verdict: 'not_allowed',
          answer: 'No.',
          sections: ['3.1'],
        },
      ],
      gaps: ['Live streaming'],
    });
    desk = await startDeskBot({ reading });
    await desk.db.store.feedback.add({
      at: new Date(),
      userId: STAFF.aadObjectId,
      question: 'can I message a parent?',
      verdict: 'depends',
      clauseIds: ['3.2-bbbb'],
      helpful: false,
    });
  });
  afterAll(async () => {
    await desk.stop();
  });

  const lastAudit = async () => (await desk.audit()).at(-1);

  it('when the owner opens the page, then sections come uncertain first, in plain English, with the check and feedback', async () => {
    const res = await desk.call(OWNER, 'GET', '/api/desk/policy');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      title: 'Example social media policy',
      progress: { entries: 3, rules: 3, reviewed: 1, uncertain: 1 },
      check: { gaps: ['Live streaming'] },
      feedback: [{ clause: '3.2-bbbb', section: '3.2', helpful: 0, notHelpful: 1 }],
    });
    const [first] = res.body.sections;
    expect(first.heading).toBe('Contact with pupils');
    expect(first.entries.map((e: { id: string }) => e.id)).toEqual(['3.2-bbbb', '3.1-aaaa']);
    // The same sentence `boundary review` prints.
    expect(first.entries[0].plain).toBe(describeEntry(reading.reading().entries[1]!));
    expect(first.entries[0].plain).toMatch(
      /^3\.2 Staff may, with permission, message privately .* parents .* Headteacher/,
    );
    expect(first.entries[1].plain).toMatch(/^3\.1 Staff must not accept or send friend, follow or connection requests/);
  });

  it('when a lead who is not an owner opens the page, then they may read it', async () => {
    expect((await desk.call(DEPUTY, 'GET', '/api/desk/policy')).status).toBe(200);
  });

  it('when a member of staff opens the page or the vocabulary, then 403 and audited', async () => {
    for (const path of ['/api/desk/policy', '/api/desk/vocabulary']) {
      const res = await desk.call(STAFF, 'GET', path);
      expect(res.status).toBe(403);
      expect(await lastAudit()).toMatchObject({ action: 'desk.refused', actor: { name: STAFF.name } });
    }
  });

  it('when the owner asks for the vocabulary, then the pickers get acts, parties, facts, forces and binds', async () => {
    const res = await desk.call(OWNER, 'GET', '/api/desk/vocabulary');
    expect(res.status).toBe(200);
    expect(res.body.acts).toContainEqual({
      id: 'connect',
      say: 'accept or send friend, follow or connection requests',
    });
    expect(res.body.forces).toContain('may_with_permission');
    expect(res.body.binds).toContain('roles');
    expect(res.body.facts[0]).toMatchObject({ id: 'age', kind: 'number' });
  });

  it('when the owner corrects an entry, then before and after come back, the reading changes, and who/before/after is audited', async () => {
    const res = await desk.call(OWNER, 'PATCH', '/api/desk/policy/entries/3.2-bbbb', {
      permission_of: 'the DSL',
      reviewed: true,
      note: 'checked with the Head',
    });
    expect(res.status).toBe(200);
    expect(res.body.before).toMatchObject({ permissionOf: 'the Headteacher', reviewed: false });
    expect(res.body.after).toMatchObject({ permissionOf: 'the DSL', reviewed: true, note: 'checked with the Head' });
    expect(reading.reading().entries.find((e) => e.id === '3.2-bbbb')?.permission_of).toBe('the DSL');
    expect(await lastAudit()).toMatchObject({
      action: 'policy.corrected',
      actor: { name: OWNER.name },
      detail: {
        entry: '3.2-bbbb',
        before: { permission_of: 'the Headteacher', reviewed: false },
        after: { permission_of: 'the DSL', reviewed: true },
      },
    });
    const page = await desk.call(OWNER, 'GET', '/api/desk/policy');
    expect(page.body.progress.reviewed).toBe(2);
  });

  it('when the owner corrects the duties, then whom to tell and by when are saved, blanks left out, and audited', async () => {
    const res = await desk.call(OWNER, 'PATCH', '/api/desk/policy/entries/3.2-bbbb', {
      duties: [
        { act: ' tell ', to: 'the DSL', within: 'the same working day' },
        { act: 'record', to: '', within: '  ' },
      ],
    });
    expect(res.status).toBe(200);
    const saved = [{ act: 'tell', to: 'the DSL', within: 'the same working day' }, { act: 'record' }];
    expect(res.body.after.duties).toEqual(saved);
    expect(reading.reading().entries.find((e) => e.id === '3.2-bbbb')?.duties).toEqual(saved);
    expect(await lastAudit()).toMatchObject({
      action: 'policy.corrected',
      detail: { entry: '3.2-bbbb', after: { duties: saved } },
    });
  });

  it.each([
    [{ force: 'maybe' }, 'force'],
    [{ force: 'may_with_permission', permission_of: undefined, acts: ['teleport'] }, 'acts.0'],
    [{ text: 'rewritten' }, '(body)'],
    [{ duties: [{ act: '  ', to: 'the DSL' }] }, 'duties.0.act'],
    [{ duties: [{ act: 'tell', whom: 'the DSL' }] }, 'duties.0'],
    [{ duties: 'tell the DSL' }, 'duties'],
  ])(
    'when the correction %o does not validate, then 422 names the field and nothing is written',
    async (patch, field) => {
      const before = JSON.stringify(reading.reading());
      const res = await desk.call(OWNER, 'PATCH', '/api/desk/policy/entries/3.1-aaaa', patch);
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('invalid_patch');
      expect(res.body.problems.map((p: { field: string }) => p.field)).toContain(field);
      expect(JSON.stringify(reading.reading())).toBe(before);
    },
  );

  it('when an entry does not exist, then 404', async () => {
    expect((await desk.call(OWNER, 'PATCH', '/api/desk/policy/entries/9.9-none', { reviewed: true })).status).toBe(404);
  });

  it.each([
    ['a lead who is not an owner', DEPUTY],
    ['a member of staff', STAFF],
  ])('when %s corrects an entry, then 403, audited, and nothing changes', async (_n, user) => {
    const before = JSON.stringify(reading.reading());
    const res = await desk.call(user, 'PATCH', '/api/desk/policy/entries/3.1-aaaa', { reviewed: false });
    expect(res.status).toBe(403);
    expect(await lastAudit()).toMatchObject({ action: 'desk.refused', detail: { attempted: 'policy.correct' } });
    expect(JSON.stringify(reading.reading())).toBe(before);
  });

  it('when the DSL is also named an owner, then they may correct', async () => {
    const res = await desk.call(DSL, 'PATCH', '/api/desk/policy/entries/5.1-cccc', { reviewed: true });
    expect(res.status).toBe(200);
  });
});

describe('desk policy API without a reading', () => {
  it('when the policy has no reading yet, then 404 with a plain message', async () => {
    const desk = await startDeskBot({ reading: null });
    try {
      const res = await desk.call(OWNER, 'GET', '/api/desk/policy');
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('no_reading');
    } finally {
      await desk.stop();
    }
  });
});
