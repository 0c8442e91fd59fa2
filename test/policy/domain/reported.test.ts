import { describe, expect, it } from 'vitest';
import { reportsOtherRule } from '../../../src/policy/domain/reported.js';
import { fold } from '../../../src/policy/domain/text.js';
import { loadPolicyText } from '../../../src/policy/index.js';

describe('a rule the policy reports but does not hold', () => {
  it.each([
    ['Previously (2024 policy, para 5.1): "Staff may accept friend requests from former pupils at 18."', true],
    ['**Previously:** staff could use WhatsApp with parents.', true],
    ['Most schools tell staff they must never be friends with parents online.', true],
    ['Some employers ask assessors to join the workplace WhatsApp group.', true],
    ['Myth: you can accept a request from a pupil once they turn 16.', true],
    ['The old policy said that staff may follow sixth formers.', true],
    ['Staff must not accept friend requests from pupils.', false],
    ['Before posting, check the consent list.', false],
    ['Schools must report concerns to the DSL.', false],
    ['Previous pupils may be contacted on LinkedIn once they are 18.', false],
  ])('when the sentence is "%s", then reported is %s', (text, expected) => {
    expect(reportsOtherRule(fold(text))).toBe(expected);
  });

  it('when a policy update quotes its old rule, then the answer rests on the rule now in force', () => {
    const engine = loadPolicyText(
      'update.md',
      [
        "# What's changed",
        '## Change 1: trips',
        'Previously (2024 policy, para 7.2): "On trips, staff may take photographs of pupils on a personal phone, provided they are deleted within 48 hours."',
        'Now: Staff must never take photographs of pupils on a personal device, on a trip or anywhere else.',
        '## Change 2: parents',
        'Previously (2024 policy, para 6.3): "Staff may use WhatsApp on a personal phone to contact parents, provided each conversation is logged."',
        'Now: All contact with parents goes through the school app. Staff must not use WhatsApp on a personal phone to contact parents.',
      ].join('\n\n'),
    );
    const trip = engine.answer(
      'on the field trip can I take pics of the kids on my phone if I delete them within 48 hours?',
    );
    expect(trip.verdict).toBe('not_allowed');
    expect(trip.citations.map((c) => c.text).join(' ')).not.toMatch(/Previously/);
    const old = engine.reading().entries.find((e) => e.text.startsWith('Previously (2024 policy, para 6.3)'));
    expect(old?.force).toBe('none');
  });
});
