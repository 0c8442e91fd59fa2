import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/policy/answering/question.js';
import { evaluate } from '../../../src/policy/reading/evaluate.js';
import { ReadingView, readingVerdict } from '../../../src/policy/reading/verdict.js';
import { drafted, frameOf } from './drafted.js';

const POLICY = `Staff Social Media Policy

1. Photographs
1.1 Staff must not take photographs of pupils on personal phones.
1.2 On expeditions where no school camera can be taken, the expedition leader may take photographs of pupils on a personal phone.
1.3 The trip leader may authorise the use of a personal phone to take photographs on a residential visit.
2. Former pupils
2.1 Staff may connect with former pupils on LinkedIn once they are 18.
2.2 Gap-year assistants (GYAs) must not connect with former pupils on any platform until one year after they have left.
3. Parents
3.1 You may be connected to parents on personal social media.
`;

const { engine, view, clause } = drafted(POLICY);
/** The same reading, every entry as if the owner had checked it. */
const reviewed = new ReadingView({
  ...view.reading,
  entries: view.reading.entries.map((e) => ({ ...e, reviewed: true })),
});
const stance = { refusing: false, omitting: false };
const photo = { acts: ['photograph_pupils' as const, 'use_personal_device' as const], party: 'current_pupil' as const };

describe('rules for named roles', () => {
  it('when "X may authorise" is drafted, then it binds staff and needs X\'s permission', () => {
    const [entry] = view.entriesFor(clause('1.3'));
    expect(entry).toMatchObject({ binds: 'staff', force: 'may_with_permission', permission_of: 'the trip leader' });
  });

  it('when the leave is for the expedition leader and the asker says they are not the leader, then the answer is no', () => {
    const [entry] = view.entriesFor(clause('1.2'));
    expect(entry?.binds).toBe('roles');
    const f = frameOf({ ...photo, askerRole: { is: [], isNot: ['leader'] } });
    expect(evaluate(entry!, f, stance).rule.id).toBe('permission-for-another-role');
    expect(evaluate(entry!, frameOf({ ...photo }), stance).rule.verdict).not.toBe('not_allowed');
  });

  it('when a gap-year assistant asks about a leaver of 19 on LinkedIn, then the ban for their role is quoted and it is no', () => {
    const a = engine.answer('GYA here, a lad who left in the summer (he is 19) wants to connect on LinkedIn. fine?');
    expect(a.verdict).toBe('not_allowed');
    expect(a.citations.map((c) => c.text).join(' ')).toMatch(/Gap-year assistants \(GYAs\) must not connect/);
  });

  it('when a member of staff with no role named asks the same, then LinkedIn is open', () => {
    const a = engine.answer('A lad who left in the summer (he is 19) wants to connect on LinkedIn. fine?');
    expect(a.verdict).toBe('allowed');
  });
});

describe('leave for one party is no leave for another', () => {
  it('when the leave is for parents and the question is about a former pupil, then the reading does not decide', () => {
    const q = "Lad finished Y11 with us summer 2024, he's 18 now. Can I be friends with him on fb?";
    const f = frameOf({ party: 'former_pupil', facts: { age: 18 }, platforms: ['facebook'], incoming: false });
    expect(readingVerdict(reviewed, 'reviewed', parseQuestion(q), clause('3.1'), f)).toBeNull();
    const parent = frameOf({ platforms: ['facebook'] });
    expect(readingVerdict(reviewed, 'reviewed', parseQuestion(q), clause('3.1'), parent)?.verdict).toBe('allowed');
  });
});

describe('leave given on a school device, asked about a personal one', () => {
  const device = drafted(`Staff Social Media Policy

1. Phones
1.1 Staff may message parents on WhatsApp using the class mobile phone.
`);

  it('when the question names the class phone only to say the personal one is quicker, then the leave does not reach it', () => {
    const [entry] = device.view.entriesFor(device.clause('1.1'));
    expect(entry?.provided.map((c) => c.fact)).toContain('school_device');
    const own = frameOf({
      acts: ['use_personal_device', 'message'],
      facts: { school_device: true },
      platforms: ['whatsapp'],
    });
    expect(evaluate(entry!, own, stance).rule.verdict).toBe('not_allowed');
    const onTheClassPhone = frameOf({
      acts: ['message'],
      facts: { school_device: true, official_account: true },
      platforms: ['whatsapp'],
    });
    expect(evaluate(entry!, onTheClassPhone, stance).rule.verdict).toBe('allowed');
  });
});

describe('leave for a named party, asked about someone the question does not place', () => {
  it('when the leave is for parents and the question names no party, then the reading does not decide', () => {
    const q = '19 yr old cellist in the county youth orch asked to add me on fb. ok?';
    const f = frameOf({ party: null, facts: { age: 19 }, platforms: ['facebook'] });
    expect(readingVerdict(reviewed, 'reviewed', parseQuestion(q), clause('3.1'), f)).toBeNull();
  });
});
