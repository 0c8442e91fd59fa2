import { loadPolicyText } from '../../../src/policy/index.js';
import { draftReading } from '../../../src/policy/reading/draft.js';
import type { QuestionFrame } from '../../../src/policy/reading/frame.js';
import { ReadingView } from '../../../src/policy/reading/verdict.js';

/** A small policy loaded and its reading drafted, as the reading's domain tests use them. */
export function drafted(policy: string) {
  const engine = loadPolicyText('policy.txt', policy);
  const view = new ReadingView(
    draftReading(engine.document, 'policy.txt', engine.fallbackContact, new Date('2026-12-07T12:00:00Z')),
  );
  const clause = (section: string) => engine.document.clauses.find((c) => c.section === section)!;
  return { engine, view, clause };
}

/** A question's frame as plain values: a parent's friend request, unless the test says otherwise. */
export function frameOf(over: Partial<QuestionFrame> = {}): QuestionFrame {
  return {
    text: 'A mum sent me a friend request. Can I accept?',
    intent: 'may_i',
    acts: ['connect'],
    party: 'parent',
    facts: {},
    platforms: [],
    negated: false,
    incoming: true,
    safety: [],
    ...over,
  };
}
