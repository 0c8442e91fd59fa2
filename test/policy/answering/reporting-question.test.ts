import { describe, expect, it } from 'vitest';
import { loadPolicyText } from '../../../src/policy/index.js';

const POLICY = `Staff Social Media Policy

1. Pupils
1.1 Staff must not accept friend requests from pupils on any platform.
1.2 A request from a pupil must be reported to the Designated Safeguarding Lead (DSL) the same working day.
`;

const engine = loadPolicyText('policy.txt', POLICY);

describe('a question about whether to report', () => {
  it.each([
    'A Y11 sent me a friend request on Insta and I declined it. Do I need to let the DSL know?',
    'A year 9 added me on snapchat, I ignored it. Who does this go to?',
    'A pupil sent me a friend request last night. By when do I have to report it?',
  ])('when staff ask "%s", then the answer is what to do, never a "no"', (question) => {
    expect(engine.answer(question).verdict).not.toBe('not_allowed');
  });

  it('when staff ask to leave it unreported, then the answer is still no', () => {
    expect(engine.answer('A pupil sent me a friend request. Can I just not tell anyone?').verdict).toBe('not_allowed');
  });
});
