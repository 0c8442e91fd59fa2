/**
 * A rule that points to another paragraph for its limits: "Subject to 3.6, staff may …", "Staff must not … except as
 * set out in paragraph 7.2", "… subject to 5.2 and 5.3". The paragraph pointed to prevails, so it is read with the
 * rule wherever it stands in the policy and however the search ranked it.
 */
import type { Clause } from '../types.js';

const REFERENCE =
  /\b(?:subject to|except as (?:set out|described|provided|stated|allowed|permitted) (?:in|under|by)|other than as (?:set out|described|allowed|permitted) (?:in|under)|save as (?:set out|provided) (?:in|under)|unless (?:permitted|allowed) (?:by|under)|in place of)\s+(?:(?:paragraphs?|sections?|clauses?|paras?\.?|rules?)\s+)?(\d+(?:\.\d+)*[a-z]?(?:\s*(?:,|and|or|&)\s*\d+(?:\.\d+)*[a-z]?)*)/gi;

/** The section numbers a clause's text points to ("5.2", "5.3"). */
export function referencedSections(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(REFERENCE)) out.push(...(m[1]!.match(/\d+(?:\.\d+)*[a-z]?/gi) ?? []));
  return [...new Set(out)];
}

/** The clauses of the sections a clause points to (a section and its sub-paragraphs), never the clause itself. */
export function referencedClauses(clause: Clause, clauses: readonly Clause[]): Clause[] {
  const sections = referencedSections(clause.text);
  if (sections.length === 0) return [];
  return clauses.filter(
    (c) =>
      c !== clause && c.section !== null && sections.some((s) => c.section === s || c.section!.startsWith(`${s}.`)),
  );
}
