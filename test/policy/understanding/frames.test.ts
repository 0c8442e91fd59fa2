import { describe, expect, it } from 'vitest';
import { understandQuestion, understandSentence } from '../../../src/policy/understanding/index.js';
import { FRAME_TABLE, NOW } from './frame-table.js';

describe('understanding a question', () => {
  it.each(FRAME_TABLE)('when staff ask "$q", then the frame says what a careful reader would', ({ q, want }) => {
    const f = understandQuestion(q, NOW);
    const { act, facts, ...rest } = want;
    const got: Record<string, unknown> = {};
    for (const k of Object.keys(rest)) got[k] = f[k as keyof typeof f];
    expect(got).toEqual(rest);
    if (act !== undefined) expect(f.acts[0]).toBe(act);
    if (facts) expect(f.facts).toMatchObject(facts);
  });

  it.each([
    ['she left in 2019', new Date('2026-12-07T12:00:00Z'), 7.3],
    ['she left in 2019', new Date('2020-03-01T12:00:00Z'), 0.6],
    ['he left last summer', new Date('2026-12-07T12:00:00Z'), 0.3],
    ['he left last summer', new Date('2027-03-01T12:00:00Z'), 0.6],
    ['she left three years ago', new Date('2026-12-07T12:00:00Z'), 3],
    ['he left two summers ago', new Date('2026-12-07T12:00:00Z'), 1.3],
  ])('when a former pupil "%s" and today is %s, then years_since_left is %s', (text, now, years) => {
    expect(understandQuestion(`can I follow a former pupil? ${text}`, now).facts.years_since_left).toBe(years);
  });

  it.each(['', '   ', '???', '🙂', 'a'.repeat(5000)])(
    'when the question is %j, then a frame comes back without throwing',
    (q) => {
      const f = understandQuestion(q, NOW);
      // Past 2,000 characters only the start is read (see understandQuestion).
      expect(f.text).toBe(q.slice(0, 2_000));
      expect(Array.isArray(f.acts)).toBe(true);
    },
  );
});

describe('understanding a policy sentence', () => {
  it.each([
    [
      'Staff must not accept friend or follow requests from current or former pupils on any platform.',
      { acts: ['connect'], parties: ['current_pupil', 'former_pupil'] },
    ],
    [
      'Staff should not give their personal mobile number to parents.',
      { acts: ['share_contact_details'], parties: ['parent'] },
    ],
    [
      'Photographs of pupils may only be taken on school devices.',
      { acts: ['photograph_pupils'], parties: ['current_pupil'] },
    ],
    ['Any concern must be reported to the DSL the same working day.', { acts: ['report_concern'], parties: [] }],
  ])('when the policy says "%s", then its acts and parties are in the question\'s words', (text, want) => {
    const m = understandSentence(text);
    expect(m.acts[0]).toBe(want.acts[0]);
    expect(m.parties).toEqual(want.parties);
  });
});
