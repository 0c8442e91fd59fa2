import { describe, expect, it } from 'vitest';
import { loadPolicyText } from '../../../src/policy/index.js';

// Written in words of its own: a rule to act at once, and a warning about the dangers of an act.
const POLICY = `Meadow Bank School
Online safety for staff

1. Concerns
1.1 Any message from a pupil that worries you must be passed to the Designated Safeguarding Lead immediately.
1.2 Staff must not delete such messages.

2. Your own profiles
2.1 Staff should be aware of the risks of sharing their home address or holiday plans on social networking sites.
2.2 Staff may use professional networking sites such as LinkedIn.
`;

describe('yes/no questions about what the clause warns against', () => {
  const engine = loadPolicyText('meadow.txt', POLICY);

  it.each([
    [
      'asked whether to put off a step the rule says to take immediately',
      'A pupil sent me a worrying message. Can I wait until Monday to pass it to the DSL?',
      /immediately/,
    ],
    [
      'asked whether to do what an awareness clause names as a risk',
      'Should I share my holiday plans on Facebook?',
      /risks of sharing/,
    ],
  ])('when %s, then the answer is no', (_when, question, clause) => {
    const a = engine.answer(question);
    expect(a.verdict).toBe('not_allowed');
    expect(a.citations[0]?.text).toMatch(clause);
  });

  it('when the same policy is asked about something it allows, then the answer is still yes', () => {
    expect(engine.answer('Can I use LinkedIn?').verdict).toBe('allowed');
  });
});
