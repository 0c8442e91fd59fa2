import { describe, expect, it } from 'vitest';
import type { QuestionFrame } from '../../../src/policy/reading/frame.js';
import { reportingClauses } from '../../../src/policy/reading/safety-clauses.js';
import { drafted, frameOf } from './drafted.js';

const POLICY = `Staff Social Media Policy

1. Rules
1.1 Staff must not post about pupils on personal social media.
1.2 Staff must not message pupils from personal accounts.
2. Concerns
2.1 Any concern that a pupil may be at risk of harm must be reported to the Designated Safeguarding Lead immediately.
`;

const { engine, view } = drafted(POLICY);
const hits = () => engine.document.clauses.map((clause) => ({ clause }));
const frame = (safety: QuestionFrame['safety']): QuestionFrame =>
  frameOf({
    text: 'A pupil posted that she wants to end it all. What do I do?',
    intent: 'what_to_do',
    acts: ['post_about_school'],
    party: 'current_pupil',
    incoming: false,
    safety,
  });

describe("a safety question quotes the policy's duty to report", () => {
  it('when a child may be at risk, then the sentence with the duty to tell is found among the hits', () => {
    expect(reportingClauses(view, frame(['child_at_risk']), hits).map((c) => c.section)).toEqual(['2.1']);
  });

  it.each([
    ['no safety class fires', []],
    ['only private contact fires', ['private_contact']],
    ['only delay or secrecy fires', ['delay_or_secrecy']],
  ] as const)('when %s, then nothing is added', (_why, safety) => {
    expect(reportingClauses(view, frame([...safety]), hits)).toEqual([]);
  });
});

describe('a child at risk where the search finds no rule', () => {
  it('when a child discloses harm, then the answer quotes the policy duty to report instead of saying it is silent', () => {
    const answer = engine.answer(
      "A reception child just told me mummy's boyfriend hurts her and it's a secret. What do I do?",
    );
    expect(answer.verdict).not.toBe('not_covered');
    expect(answer.citations.map((c) => c.text).join(' ')).toMatch(/reported to the Designated Safeguarding Lead/);
    expect(answer.answer).not.toMatch(/does not cover/i);
  });
});
