import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/policy/answering/question.js';
import { loadPolicyText } from '../../../src/policy/index.js';
import { draftEntries } from '../../../src/policy/reading/draft.js';
import { evaluate } from '../../../src/policy/reading/evaluate.js';
import { stanceOf } from '../../../src/policy/reading/verdict.js';
import { VERDICT_RULES } from '../../../src/policy/reading/verdict-rules.js';
import { understandQuestion } from '../../../src/policy/understanding/index.js';

const NOW = new Date('2026-12-07T12:00:00Z');

/**
 * Each verdict rule's example is its test: the example clause is drafted as a one-rule policy, the example
 * question is understood, and the entry evaluated against it must land on that very rule and its verdict. The
 * drafter and the question's understanding are the real ones, so a rule whose example no longer reaches it fails.
 */
describe('the verdict rules, each by its own example', () => {
  it.each(VERDICT_RULES.map((r) => [r.id, r] as const))(
    'when the example of %s is asked against its clause, then that rule decides with its verdict',
    (_id, rule) => {
      // A policy needs one rule to load; the second clause gives the information example one to stand beside.
      const engine = loadPolicyText(
        'policy.txt',
        `Staff Social Media Policy\n\n1. Rules\n1.1 ${rule.example.clause}\n1.2 Staff must keep their passwords secret.\n`,
      );
      const clause = engine.document.clauses.find((c) => c.text.includes(rule.example.clause.slice(0, 30)));
      expect(clause, 'the example clause is a clause of the policy').toBeDefined();
      const entries = draftEntries(clause!);
      expect(entries.length).toBeGreaterThan(0);
      const frame = understandQuestion(rule.example.question, NOW);
      const stance = stanceOf(parseQuestion(rule.example.question), frame);
      const outcomes = entries.map((e) => evaluate(e, frame, stance));
      const decided = outcomes.find((o) => o.rule.id === rule.id);
      expect(
        decided?.rule.id,
        `drafted as ${JSON.stringify(entries.map((e) => ({ force: e.force, binds: e.binds, acts: e.acts, parties: e.parties, until: e.until, unless: e.unless, provided: e.provided })))}; question read as ${JSON.stringify({ intent: frame.intent, acts: frame.acts, party: frame.party, facts: frame.facts })}; rules reached: ${outcomes.map((o) => o.rule.id).join(', ')}`,
      ).toBe(rule.id);
      expect(decided!.rule.verdict).toBe(rule.verdict);
    },
  );

  it('when the table is read, then every rule has a distinct id and an example', () => {
    const ids = VERDICT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of VERDICT_RULES) expect(r.example.question.length * r.example.clause.length).toBeGreaterThan(0);
  });
});
