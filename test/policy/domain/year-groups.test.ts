import { describe, expect, it } from 'vitest';
import { yearAgreement, yearGroupsOf } from '../../../src/policy/domain/year-groups.js';

describe('yearGroupsOf', () => {
  it('when a question names a year, then that year is found', () => {
    expect([...yearGroupsOf('can a year 1 class use a messaging app').years]).toEqual([1]);
    expect([...yearGroupsOf('can my yr 9s go on tiktok').years]).toEqual([9]);
  });
  it('when a clause names key stages or a range, then every year in them is found', () => {
    expect([...yearGroupsOf('pupils in reception and key stage 1 do not use social media').years].sort()).toEqual([
      0, 1, 2,
    ]);
    expect([...yearGroupsOf('classes 9 and 10 will only have access').years]).toEqual([9, 10]);
    expect([...yearGroupsOf('years 7 to 9').years]).toEqual([7, 8, 9]);
  });
  it('when a text says lower school, then it is an age group the school defines', () => {
    expect(yearGroupsOf('no access for pupils in lower school').ambiguous).toBe(true);
  });
  it('when a number is a date, then it is no year group', () => {
    expect(yearGroupsOf('reviewed in year 2025').years.size).toBe(0);
  });
});

describe('yearAgreement', () => {
  it.each<[string, string, string, string, string]>([
    [
      'the clause covers the asked year',
      'they agree',
      'can a year 1 class use a messaging app',
      'reception and key stage 1',
      'agree',
    ],
    [
      'the clause names only other years',
      'they clash',
      'can a year 1 class use a messaging app',
      'pupils in key stage 2 may use the blog',
      'clash',
    ],
    [
      'the clause names lower school',
      'it counts as about the asked age',
      'can class 7 go online',
      'pupils in lower school',
      'agree',
    ],
    ['the question names no year', 'nothing follows', 'can pupils use tiktok', 'key stage 2', 'none'],
  ])('when %s, then %s', (_when, _outcome, question, clause, agreement) => {
    expect(yearAgreement(yearGroupsOf(question), yearGroupsOf(clause))).toBe(agreement);
  });
});
