import { describe, expect, it } from 'vitest';
import { askerRole, roleStanding, roleWords } from '../../../src/policy/understanding/asker-role.js';

describe('who the asker says they are', () => {
  it.each([
    ["I'm the trip leader for York, can I use my phone?", ['trip', 'leader'], []],
    ['GYA here, a lad who left in the summer wants to connect. fine?', ['gya'], []],
    ["I'm helping on DofE but I'm not the leader. Can I take a few snaps?", [], ['leader']],
    ['As a form tutor can I message parents?', ['form', 'tutor'], []],
    ['Can I accept a friend request from a parent?', [], []],
  ])('when the question is "%s", then the asker is %j and is not %j', (q, is, isNot) => {
    const role = askerRole(q);
    for (const w of is) expect(role.is).toContain(w);
    expect(role.isNot).toEqual(isNot);
  });

  it('when a role is named with an abbreviation in brackets and in the plural, then its words are singular', () => {
    expect(roleWords('gap-year assistants (GYAs)')).toEqual(['gap-year', 'assistant', 'gya']);
  });

  it.each([
    [['the expedition leader'], "I'm helping but I'm not the leader.", 'not_asker'],
    [['gap-year assistants (GYAs)'], 'GYA here, quick one.', 'asker'],
    [['the expedition leader'], 'Can I take photos on my phone?', 'unknown'],
    [['all members of staff'], "I'm not a member of staff, I volunteer.", 'unknown'],
  ] as const)('when a rule binds %j and the question says "%s", then the role is %s', (roles, q, standing) => {
    expect(roleStanding(roles, askerRole(q))).toBe(standing);
  });
});
