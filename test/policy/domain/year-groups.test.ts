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
  const q = yearGroupsOf('can a year 1 class use a messaging app');
  it('when the clause covers the asked year, then they agree', () => {
    expect(yearAgreement(q, yearGroupsOf('reception and key stage 1'))).toBe('agree');
  });
  it('when the clause names only other years, then they clash', () => {
    expect(yearAgreement(q, yearGroupsOf('pupils in key stage 2 may use the blog'))).toBe('clash');
  });
  it('when the clause names lower school, then it counts as about the asked age', () => {
    expect(yearAgreement(yearGroupsOf('can class 7 go online'), yearGroupsOf('pupils in lower school'))).toBe('agree');
  });
  it('when the question names no year, then nothing follows', () => {
    expect(yearAgreement(yearGroupsOf('can pupils use tiktok'), yearGroupsOf('key stage 2'))).toBe('none');
  });
});
