import { describe, expect, it } from 'vitest';
import { referencedSections } from '../../../src/policy/answering/cross-references.js';
import { loadPolicyText } from '../../../src/policy/index.js';

describe('a rule that points to another paragraph for its limits', () => {
  it.each([
    ['Subject to 3.6, staff may use personal accounts on their own devices in the staffroom.', ['3.6']],
    ['Staff must not send or accept a request from a former pupil, subject to 5.2 and 5.3.', ['5.2', '5.3']],
    ['Staff must not name the school online, except as set out in paragraph 3.4.', ['3.4']],
    ['Staff must not contact pupils through personal accounts (see the Code of Conduct).', []],
    ['Staff must report concerns within 24 hours.', []],
  ])('when the rule says "%s", then it points to %j', (text, expected) => {
    expect(referencedSections(text)).toEqual(expected);
  });

  it('when a permission is subject to a ban elsewhere on the same act, then a yes becomes "it depends", quoting both', () => {
    const engine = loadPolicyText(
      'policy.txt',
      [
        'Staff Social Media Policy',
        '3. General duties',
        '3.1 Staff must keep their personal accounts private.',
        '3.2 Staff must not access personal accounts on a school device or through the school network, at any time.',
        '3.3 Staff must not let pupils see their personal accounts.',
        '3.4 Staff must set a strong password on every account.',
        '3.5 Staff must not post about pupils.',
        '3.6 Subject to 3.2, staff may use personal accounts on their own devices in the staffroom and during non-contact time.',
      ].join('\n'),
    );
    const answer = engine.answer('can I check twitter on the staffroom computer over lunch?');
    expect(answer.verdict).not.toBe('allowed');
    expect(answer.citations.map((c) => c.text).join(' ')).toMatch(/school device or through the school network/);
  });
});
