import { describe, expect, it } from 'vitest';
import { loadPolicyText } from '../../../src/policy/index.js';
import type { QuestionFrame } from '../../../src/policy/reading/frame.js';
import {
  banBesidePermission,
  metPermission,
  permissionForOthers,
  settledAgainst,
  settledFor,
} from '../../../src/policy/reading/settled.js';
import type { Clause } from '../../../src/policy/types.js';
import { drafted, frameOf } from './drafted.js';

const POLICY = `Staff Social Media Policy

1. Contact
1.1 Staff must not accept friend requests from parents of pupils.
1.2 Staff may accept a friend request from a parent they knew before the child joined the school.
1.3 Staff whose own children are pupils may message them as family.
1.4 Staff may connect with former pupils on LinkedIn once the former pupil has completed their course.
1.5 Staff may connect with a former pupil once the former pupil has reached the age of 18.
1.6 Staff must not message former pupils until two years after they have left the school.
1.7 Staff must not message pupils until they have reached the age of 18.
`;

const { view, clause } = drafted(POLICY);
const frame = frameOf;
const stance = { refusing: false, omitting: false };

describe('the most specific rule: a permission whose condition the question meets', () => {
  it('when the question says the parent was known before and the answer quotes that permission, then it decides', () => {
    const met = metPermission(view, frame({ facts: { known_before: true } }), stance, [clause('1.1'), clause('1.2')]);
    expect(met?.clause).toBe(clause('1.2'));
    expect(met?.evaluation.rule.verdict).toBe('allowed');
  });

  it('when a former pupil is 19 and the permission is from 18, then it decides', () => {
    const f = frame({ party: 'former_pupil', facts: { age: 19 } });
    expect(metPermission(view, f, stance, [clause('1.5')])?.evaluation.rule.verdict).toBe('allowed');
  });

  it.each([
    ['the question does not say how they know the parent', frame(), ['1.1', '1.2']],
    ['the condition fails (a former pupil of 17)', frame({ party: 'former_pupil', facts: { age: 17 } }), ['1.5']],
    ['the permission is about someone else', frame({ party: 'colleague', facts: { known_before: true } }), ['1.2']],
    ['the asker wants to leave a duty undone', frame({ facts: { known_before: true } }), ['1.2'], true as boolean],
    [
      'the permission has a condition the drafter could not read',
      frame({ party: 'former_pupil', facts: { age: 19 }, platforms: ['linkedin'] }),
      ['1.4'],
    ],
  ] as const)('when %s, then the "no" stands', (_why, f, quoted, omitting = false) => {
    expect(
      metPermission(
        view,
        f,
        { refusing: false, omitting },
        quoted.map((n) => clause(n)),
      ),
    ).toBeNull();
  });
});

describe('a permission only for some people', () => {
  const message = (facts: QuestionFrame['facts']) => frame({ acts: ['message'], party: 'current_pupil', facts });

  it('when the question is about the asker own child, then the permission is left to answer yes', () => {
    expect(permissionForOthers(view, message({ own_child: true }), stance, clause('1.3'), '')).toBeNull();
  });

  it('when the question shows it is not the asker own child, then the answer is no', () => {
    expect(permissionForOthers(view, message({ own_child: false }), stance, clause('1.3'), '')?.rule.verdict).toBe(
      'not_allowed',
    );
  });

  it('when the question does not say whose child it is, then the answer depends on it', () => {
    expect(permissionForOthers(view, message({}), stance, clause('1.3'), '')?.rule.verdict).toBe('depends');
  });
});

describe('an "it depends" the question has settled', () => {
  const former = (facts: QuestionFrame['facts'], acts: QuestionFrame['acts'] = ['message']) =>
    frame({ acts, party: 'former_pupil', facts });

  it.each([
    ['the ban lasts two years and they left months ago', former({ years_since_left: 0.4 }), '1.6'],
    ['the permission is from 18 and they are 17', former({ age: 17 }, ['connect']), '1.5'],
  ] as const)('when %s, then the answer is no', (_why, f, section) => {
    expect(settledAgainst(view, f, stance, [clause(section)])?.evaluation.rule.verdict).toBe('not_allowed');
  });

  it.each([
    ['the question does not say when they left', former({}), '1.6'],
    ['they left three years ago', former({ years_since_left: 3 }), '1.6'],
    ['the rule is about another act', former({ years_since_left: 0.4 }, ['post_about_school']), '1.6'],
  ] as const)('when %s, then it is left to depend', (_why, f, section) => {
    expect(settledAgainst(view, f, stance, [clause(section)])).toBeNull();
  });
});

describe('an "it depends" the question has settled as met', () => {
  const former = (facts: QuestionFrame['facts']) => frame({ acts: ['message'], party: 'former_pupil', facts });

  it('when the ban lasts two years and they left three years ago, then the answer is yes', () => {
    expect(settledFor(view, former({ years_since_left: 3 }), stance, [clause('1.6')])?.evaluation.rule.verdict).toBe(
      'allowed',
    );
  });

  it('when the drafter only guessed whom the rule binds, then a met condition still settles it', () => {
    const guessed = drafted(
      'Staff Social Media Policy\n\n1. Former pupils\n1.1 No contact with former pupils until they are 19 or older and left the school at least two years ago.\n',
    );
    const f = frame({ acts: ['connect'], party: 'former_pupil', facts: { age: 20, years_since_left: 3 } });
    expect(guessed.view.entriesFor(guessed.clause('1.1'))[0]?.uncertain.join()).toMatch(/whom this binds/);
    expect(settledFor(guessed.view, f, stance, [guessed.clause('1.1')])?.evaluation.rule.verdict).toBe('allowed');
  });

  it.each([
    ['the question does not say when they left', former({})],
    ['they left months ago', former({ years_since_left: 0.4 })],
    [
      'the person is still a pupil here',
      frame({ acts: ['message'], party: 'current_pupil', facts: { years_since_left: 3 } }),
    ],
  ] as const)('when %s, then it is left to depend', (_why, f) => {
    expect(settledFor(view, f, stance, [clause('1.6')])).toBeNull();
  });

  it('when the person is still a pupil here, then even a met "until 18" is no yes', () => {
    const pupil = frame({ acts: ['message'], party: 'current_pupil', facts: { age: 18 } });
    expect(settledFor(view, pupil, stance, [clause('1.7')])).toBeNull();
  });
});

describe('a rule on other platforms', () => {
  const linkedin = loadPolicyText(
    'policy.txt',
    `Staff Social Media Policy

1. Your employer
1.1 Staff may name the school as their employer on LinkedIn.
`,
  );
  const reviewed = linkedin.reading();
  linkedin.replaceReading({ ...reviewed, entries: reviewed.entries.map((e) => ({ ...e, reviewed: true })) });

  it('when a reviewed permission names LinkedIn and the question asks about Facebook, then it does not answer yes', () => {
    expect(linkedin.answer('Can I put the school as my workplace on my Facebook profile?').verdict).not.toBe('allowed');
  });

  it('when the question asks about LinkedIn, then the permission answers', () => {
    expect(linkedin.answer('Can I put the school as my employer on LinkedIn?').verdict).toBe('allowed');
  });
});

describe('a "yes" beside a quoted ban that fits the question as closely', () => {
  const phones = drafted(
    'Staff phones\n\n1. Phones\n1.1 Staff may use their own phones in the staff room when no children are present.\n1.2 Staff must not use their own phones in the playground.\n1.3 Staff whose own children are pupils may message them as family.\n1.4 Staff must not message pupils on personal accounts.\n',
  );
  const c = phones.clause;
  const onDuty = frame({ acts: ['use_personal_device'], party: null, incoming: false });
  /** The ban quoted beside the permission of `chosen`; the keys of `closeness` are the sections quoted, in order. */
  const beside = (f: QuestionFrame, chosen: string, closeness: Record<string, number>) =>
    banBesidePermission(
      phones.view,
      f,
      stance,
      c(chosen),
      Object.keys(closeness).map(c),
      (clause: Clause) => closeness[clause.section ?? ''] ?? 0,
    );

  it('when the ban fits the question at least as well as the permission, then it is the one quoted beside it', () => {
    expect(beside(onDuty, '1.1', { '1.1': 0.5, '1.2': 0.6 })).toBe(c('1.2'));
  });

  it('when the permission fits the question better, then it stands alone', () => {
    expect(beside(onDuty, '1.1', { '1.1': 0.8, '1.2': 0.3 })).toBeNull();
  });

  it('when the permission turns on who the person is and the question says they are that person, then it stands', () => {
    const ownSon = frame({ acts: ['message'], party: 'current_pupil', facts: { own_child: true }, incoming: false });
    expect(beside(ownSon, '1.3', { '1.3': 0.4, '1.4': 0.5 })).toBeNull();
  });
});

describe("a decision chart's branch", () => {
  const chart = drafted(
    [
      'Staff online contact: the decision chart',
      '',
      'BOX 7: CURRENT PUPIL. Is the pupil your own child or grandchild, or a child who lives in your home?',
      '  → Yes: You may be connected with them and message them as family. STOP.',
      '  → No: You must not be connected with, follow or message the pupil. STOP.',
      '',
      'BOX 9: FORMER PUPIL. Is the former pupil 18 or over?',
      '  → Yes: You may connect with them. You do not need to ask or tell anyone. STOP.',
      '  → No: You must not connect with them. STOP.',
    ].join('\n'),
  );
  const entry = (start: string) => {
    const clause = chart.engine.document.clauses.find((c) => c.text.startsWith(start))!;
    return chart.view.entriesFor(clause)[0]!;
  };

  it('when a "Yes" branch gives leave, then what its box asks is the proviso', () => {
    expect(entry('→ Yes: You may be connected').provided).toContainEqual({ fact: 'own_child' });
    expect(entry('→ Yes: You may connect').provided).toContainEqual({ fact: 'age', at_least: 18 });
  });

  it('when the branch is read, then its box question is its lead-in', () => {
    expect(entry('→ No: You must not connect').lead_in).toMatch(/Is the former pupil 18 or over\?/);
  });
});
