import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/policy/answering/question.js';
import { paraphrasesOf } from '../../../src/policy/answering/retrieval.js';
import { processTerm } from '../../../src/policy/answering/terms.js';
import { PARAPHRASES } from '../../../src/policy/domain/lexicon.js';
import { loadPolicyText } from '../../../src/policy/index.js';

const POLICY = [
  '1. Contact',
  '1.1 Staff must not contact pupils on personal social media.',
  '1.2 If a parent contacts a member of staff on a personal account, the staff member should not respond on that account.',
  '1.3 Staff may use social media in their own time.',
  '1.4 Staff must not post photographs taken in school, unless the post is on the school official accounts.',
  '1.5 Staff on playground duty may carry a phone only if the Headteacher has agreed it.',
  '1.6 Staff must not open, copy, forward or delete a sexual image of a pupil; they should tell the DSL.',
].join('\n');

describe('the paraphrase table', () => {
  it('when a question says "reply", then the policy word "respond" is searched for', () => {
    expect(paraphrasesOf(parseQuestion('should i reply to him')).flat()).toContain('respond');
  });

  it('when staff call a comment horrible, then negative and offensive are searched for', () => {
    expect(paraphrasesOf(parseQuestion('a horrible comment about me')).flat()).toEqual(
      expect.arrayContaining(['negative', 'offensive']),
    );
  });

  it('when a question mentions break duty, then duty and playground are searched for', () => {
    expect(paraphrasesOf(parseQuestion('can i have my phone on break duty')).flat()).toEqual(
      expect.arrayContaining(['duty', 'playground']),
    );
  });

  it('when every entry is read, then each has at least one policy word and matches no empty string', () => {
    for (const p of PARAPHRASES) {
      expect(p.expand.length).toBeGreaterThan(0);
      expect(p.pattern.test('')).toBe(false);
    }
  });
});

describe('stemming', () => {
  it('when a clause says children and a question says child, then both reduce to one term', () => {
    expect(processTerm('children')).toBe(processTerm('child'));
  });
});

describe('answering with specificity and exceptions', () => {
  const engine = loadPolicyText('spec.txt', POLICY);

  it('when a parent messaged on a personal account and staff ask whether to reply, then the narrow clause answers no', () => {
    const a = engine.answer('a parent messaged me on facebook about homework, should i reply');
    expect(a.verdict).toBe('not_allowed');
    expect(a.citations[0]?.text).toMatch(/should not respond on that account/);
  });

  it('when the question repeats the rule words of an exception clause, then the exception does not make it allowed', () => {
    const a = engine.answer('can i post a photo of my classroom display on insta');
    expect(a.verdict).toBe('not_allowed');
  });

  it('when staff ask whether to delete an image the policy forbids deleting, then the answer is no', () => {
    const a = engine.answer('a pupil sent me a nude of a classmate, should i delete it');
    expect(['not_allowed', 'guidance']).toContain(a.verdict);
    expect(a.verdict).not.toBe('allowed');
  });

  it('when the question is about break duty, then the playground duty clause is cited first', () => {
    const a = engine.answer('can I have my phone on me on break duty');
    expect(a.citations[0]?.text).toMatch(/playground duty/);
  });
});
