import { describe, expect, it } from 'vitest';
import { ageOf, yearsSinceLeftOf } from '../../../src/policy/understanding/numbers.js';
import { understandQuestion } from '../../../src/policy/understanding/understand.js';

const NOW = new Date('2026-12-07T12:00:00Z');

describe('ages and years since leaving, as staff write them', () => {
  it.each([
    ['girl who left last summer (17) has messaged my whatsapp', 17],
    ['a leaver for a plumbing apprenticeship (17 i think) sent a request', 17],
    ["he's in year 11 at his senior school now, so 16 i think", 16],
    ['my year 11 i think sent me a request', null],
    ['see section (12) of the policy', null],
  ])('when the question says "%s", then the age is %s', (q, age) => {
    expect(ageOf(q)).toBe(age);
  });

  it.each([
    ['cant remember exactly when she left, 2 or 3 years back maybe?', null],
    ['she left 2 or 3 years ago and added me', 2],
    ['she left 3 years ago', 3],
    ["left about 5 years ago and i'm not sure what she does now", null],
  ])('when the question says "%s", then the years since leaving are %s', (q, years) => {
    expect(yearsSinceLeftOf(q, NOW)).toBe(years);
  });

  it('when a former pupil "wants to connect on instagram", then the act is connecting', () => {
    const f = understandQuestion('a former student who left last summer wants to connect on instagram. fine?', NOW);
    expect(f.acts[0]).toBe('connect');
  });

  it('when a boy "went off to uni this September", then he is a former pupil', () => {
    const f = understandQuestion('A boy who went off to uni this September sent me a LinkedIn invite. Ok?', NOW);
    expect(f.party).toBe('former_pupil');
  });
});
