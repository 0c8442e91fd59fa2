import { describe, expect, it } from 'vitest';
import { betterTitle, namesDocument } from '../../../src/policy/ingest/title.js';

describe('the policy title', () => {
  it.each([
    ['Social Media Policy', true],
    ['Staff Code of Conduct', true],
    ['Staff Acceptable Use and Online Conduct Agreement', true],
    ['Staff Online Conduct: Traffic Light Guide', true],
    ['The Schools HR Co-operative', false],
    ['BROOKFIELD SCHOOL', false],
    ['Every School Matters', false],
    ['Policy owner: Headteacher', false],
    ['Approved by the Full Governing Body: 23 September 2025', false],
    ['A guide for all staff and volunteers', false],
    ['Why we have this guide', false],
    ['Ysgol Bro Gwernant – Staff Social Media Policy – Page 1 of 9', false],
  ])('when a preamble line reads "%s", then it names the document: %s', (line, expected) => {
    expect(namesDocument(line)).toBe(expected);
  });

  it.each([
    ['', 'The Schools HR Co-operative', 'The Schools HR Co-operative'],
    ['The Schools HR Co-operative', 'Every School Matters', 'The Schools HR Co-operative'],
    ['The Schools HR Co-operative', 'Social Media Policy', 'Social Media Policy'],
    ['Social Media Policy', 'Model HR Policies & Procedures for Schools and Academies', 'Social Media Policy'],
  ])(
    'when the title so far is "%s" and the next title-like line is "%s", then the title is "%s"',
    (current, next, title) => {
      expect(betterTitle(current, next)).toBe(title);
    },
  );
});
