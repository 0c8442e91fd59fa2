import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/policy/domain/text.js';
import { readConditions } from '../../../src/policy/reading/conditions.js';
import { conditionsInWords } from '../../../src/policy/reading/evaluate.js';

/** Constructions of English rule-writing, each with the conditions a careful reader would take from it. */
describe('reading the conditions of a rule', () => {
  it.each([
    [
      'Staff may connect with a former pupil once the former pupil has reached the age of 18.',
      'may',
      { provided: [{ fact: 'age', at_least: 18 }] },
    ],
    [
      'Staff must not connect with pupils until they have reached the age of 18.',
      'must_not',
      { until: [{ fact: 'age', at_least: 18 }] },
    ],
    [
      'Staff must not accept requests from a former learner until the former learner is 18 years old and at least two years have passed since they left.',
      'must_not',
      {
        until: [
          { fact: 'age', at_least: 18 },
          { fact: 'years_since_left', at_least: 2 },
        ],
      },
    ],
    ['Staff whose own children are pupils may message them as family.', 'may', { provided: [{ fact: 'own_child' }] }],
    [
      'Staff may accept a request from a parent who is a relative or a friend known before the child joined the school.',
      'may',
      { provided: [{ fact: 'immediate_family' }, { fact: 'known_before' }] },
    ],
    [
      'Staff may accept such a request, provided that the connection is recorded on the annual declaration of interests.',
      'may',
      { provided: [{ fact: 'declared' }], unread: [] },
    ],
  ] as const)('when "%s" is read, then its conditions are %o', (sentence, force, want) => {
    expect(readConditions(fold(sentence), force)).toMatchObject(want);
  });

  it('when a ban ends at an age and at an event it cannot place, then the event is said to be unread', () => {
    const read = readConditions(
      fold(
        'Staff will not connect with a former pupil until the former pupil has reached the age of eighteen and has left their senior school.',
      ),
      'must_not',
    );
    expect(read.until).toEqual([{ fact: 'age', at_least: 18 }]);
    expect(read.unread).toHaveLength(1);
    // Both limbs read: nothing is said to be unread.
    expect(
      readConditions(
        fold('Staff must not connect with former pupils until they are 18 and left two years ago.'),
        'must_not',
      ).unread,
    ).toHaveLength(0);
  });

  it('when a permission starts with an event it cannot place, then the owner is told it could not be read', () => {
    const read = readConditions(
      fold('Staff may connect with students on LinkedIn once the student has completed their course.'),
      'may',
    );
    expect(read.unread).toHaveLength(1);
  });
});

describe('conditions in words', () => {
  it('when a proviso names two kinds of relationship and a declaration, then the relationships read as either/or', () => {
    expect(
      conditionsInWords(
        [{ fact: 'relative' }, { fact: 'known_before' }, { fact: 'declared', of: 'the Headteacher' }],
        'and',
      ),
    ).toBe(
      'they are a relative (a niece, nephew, cousin or grandchild) or you knew them before they joined the school, and you have told the Headteacher',
    );
  });
});
