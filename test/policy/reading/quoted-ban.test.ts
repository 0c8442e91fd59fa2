import { describe, expect, it } from 'vitest';
import type { QuestionFrame } from '../../../src/policy/reading/frame.js';
import { quotedBan } from '../../../src/policy/reading/verdict.js';
import { drafted, frameOf } from './drafted.js';

const POLICY = `Staff Social Media Policy

1. Parents
1.1 Staff may use personal social media in their own time.
1.2 Staff must not accept friend requests from parents of pupils.
1.3 Staff must not accept friend requests from parents of pupils unless they knew them before the child joined.
`;

const { view, clause } = drafted(POLICY);
const frame = (over: Partial<QuestionFrame> = {}) =>
  frameOf({ text: 'A mum from the PTA sent me a friend request. Can I accept?', ...over });
const stance = { refusing: false, omitting: false };

describe('a "yes" against a ban the answer quotes', () => {
  it('when a quoted ban names the question own party and act with no exception, then it stands against the yes', () => {
    expect(quotedBan(view, frame(), stance, clause('1.1'), [clause('1.1'), clause('1.2')], true)?.clause).toBe(
      clause('1.2'),
    );
  });

  it.each([
    ['the ban has an exception of its own', frame(), ['1.1', '1.3'], true],
    ['the question shows a friendship from before', frame({ facts: { known_before: true } }), ['1.1', '1.2'], true],
    ['the contact is through a school system', frame({ facts: { school_system: true } }), ['1.1', '1.2'], true],
    ['the ban is about someone else', frame({ party: 'colleague' }), ['1.1', '1.2'], true],
    ['the asker is not the one bound', frame(), ['1.1', '1.2'], false],
  ] as const)('when %s, then the yes is left alone', (_why, f, quoted, staff) => {
    expect(
      quotedBan(
        view,
        f,
        stance,
        clause('1.1'),
        quoted.map((n) => clause(n)),
        staff,
      ),
    ).toBeNull();
  });
});
