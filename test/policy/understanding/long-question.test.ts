import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../../src/policy/understanding/index.js';

describe('a question longer than anyone types', () => {
  it('when 100,000 characters arrive, then only the first 2,000 are read and the meaning of the start is kept', () => {
    const text = `Can I message a pupil on Snapchat? ${'x'.repeat(100_000)}`;
    const frame = understandQuestion(text, new Date('2026-12-07T12:00:00Z'));
    expect(frame.text.length).toBe(2_000);
    expect(frame.acts).toContain('message');
  });
});
