import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../src/policy/ingest/normalise.js';
import { segment } from '../../../src/policy/ingest/segment.js';

const PDF = [
  'Oakfield School Social Media Policy',
  '2.1 Staff must not initiate or accept any connection with a pupil on a pers-',
  'onal social media account. This includes following and adding pupils to',
  'group chats.',
  '',
  'Page 1 of 2',
  '\f',
  'Oakfield School        Social Media Policy        May 2025',
  '',
  '2.2 Staff must keep personal accounts private.',
  '',
  'Page 2 of 2',
  '\f',
  'Oakfield School        Social Media Policy        May 2025',
].join('\n');

describe('text extracted from a PDF', () => {
  it('when a word is hyphenated across a line end, then the clause holds the whole word', () => {
    const { clauses } = segment(normaliseText(PDF));
    const first = clauses.find((c) => c.section === '2.1');
    expect(first?.text).toBe(
      'Staff must not initiate or accept any connection with a pupil on a personal social media account.',
    );
  });

  it('when a running header repeats only twice beside page numbers, then it is dropped as page furniture', () => {
    const lines = normaliseText(PDF);
    expect(lines.some((l) => l.includes('Social Media Policy        May'))).toBe(false);
    expect(lines.join(' ')).not.toMatch(/May 2025/);
    const { clauses } = segment(lines);
    expect(clauses.some((c) => /May 2025/.test(c.text) || c.headingPath.some((h) => /May 2025/.test(h)))).toBe(false);
  });

  it('when a policy sentence repeats twice away from any page number, then it is kept', () => {
    const text = 'Staff must be kind online.\n\nOther text.\n\nMore text here.\n\n\nStaff must be kind online.';
    expect(normaliseText(text).filter((l) => l === 'Staff must be kind online.')).toHaveLength(2);
  });
});
