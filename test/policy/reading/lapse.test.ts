import { describe, expect, it } from 'vitest';
import { refineVerdict } from '../../../src/policy/reading/settled.js';
import { drafted, frameOf } from './drafted.js';

const { view, clause } = drafted(`Staff Social Media Policy

1. Former pupils
1.1 Do not become Facebook friends with a former pupil until two full academic years have passed since they left us.
`);

const refine = (facts: Record<string, number>) =>
  refineVerdict('not_allowed', {
    view,
    frame: frameOf({ party: 'former_pupil', platforms: ['facebook'], facts }),
    stance: { refusing: false, omitting: false },
    chosen: clause('1.1'),
    cited: [clause('1.1')],
    folded: 'a former pupil added me on facebook, ok?',
    askerIsStaff: true,
    fromReading: null,
  });

describe('a ban that lapses, asked without the fact it turns on', () => {
  it('when the ban is drafted, then "two full academic years" is its end', () => {
    expect(view.entriesFor(clause('1.1'))[0]?.until).toEqual([{ fact: 'years_since_left', at_least: 2 }]);
  });

  it.each([
    [{}, 'depends'],
    [{ years_since_left: 1 }, 'not_allowed'],
  ])('when the question settles %j, then a classic no becomes %s', (facts, verdict) => {
    expect(refine(facts)).toBe(verdict);
  });
});
