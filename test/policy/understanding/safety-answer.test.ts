import { describe, expect, it } from 'vitest';
import type { SafetyClass } from '../../../src/policy/reading/vocabulary.js';
import { type SafetyAnswer, safetyAnswer } from '../../../src/policy/understanding/index.js';

describe('what Boundary must say when a safety class fires', () => {
  it.each<[SafetyClass[], SafetyAnswer['verdict'], boolean]>([
    [['indecent_image'], 'not_allowed', false],
    [['delay_or_secrecy'], 'not_allowed', false],
    [['private_contact'], 'not_allowed', false],
    [['child_at_risk'], 'guidance', true],
    [['child_at_risk', 'indecent_image'], 'not_allowed', true],
  ])('when %j fires, then the verdict is %s and 999 comes first: %s', (classes, verdict, call999) => {
    const a = safetyAnswer(classes, 'the DSL, Mrs Khan')!;
    expect(a.verdict).toBe(verdict);
    expect(a.call999).toBe(call999);
    expect(a.lines.join(' ')).toContain('the DSL, Mrs Khan');
    if (call999) expect(a.lines[0]).toMatch(/999/);
    expect(a.national.length).toBeGreaterThan(0);
  });

  it('when the policy names no contact, then the DSL is named by role', () => {
    expect(safetyAnswer(['delay_or_secrecy'], null)!.lines[0]).toContain('Designated Safeguarding Lead');
  });

  it('when an image class fires, then the UKCIS advice is the national rule named', () => {
    expect(safetyAnswer(['indecent_image'], null)!.national[0]!.source).toMatch(/Sharing nudes and semi-nudes/);
  });

  it('when no class fires, then there is no safety answer', () => {
    expect(safetyAnswer([], 'the DSL')).toBeNull();
  });
});
