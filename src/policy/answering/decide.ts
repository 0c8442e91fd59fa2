import type { Verdict } from '../answer.js';
import { MANDATORY, NORMATIVE, PROHIBITIVE } from '../domain/force.js';
import type { Clause } from '../types.js';
import type { ParsedQuestion } from './question.js';

export interface Ranked {
  clause: Clause;
  score: number;
}

/** Concepts that only set the scene; a question needs more than these to be about the policy. */
const SCENE = new Set([
  'time_place',
  'reporting',
  'permission',
  'disciplinary',
  'confidentiality',
  'evidence',
  'email',
]);

const WEAK_HEADINGS =
  /\b(introduction|scope|aims?|objectives?|purpose|legal framework|related policies|link with other policies|definitions?|overview|background|conclusion|appendix|monitoring and review|review)\b/i;

/** Re-ranks BM25 hits by concept overlap, who the rule is about, force, and section. */
export function rerank(q: ParsedQuestion, hits: { clause: Clause; score: number }[]): Ranked[] {
  if (hits.length === 0) return [];
  const max = hits[0]!.score;
  const qWhat = [...q.concepts.what];
  const qWho = [...q.concepts.who];
  const ranked = hits.slice(0, 40).map(({ clause, score }) => {
    const t = clause.tags;
    let s = score / max;
    const whatHits = qWhat.filter((w) => t.what.includes(w)).length;
    s += 0.3 * (whatHits / Math.max(1, qWhat.length));
    const platformHits = [...q.concepts.platforms].filter((p) => t.what.includes(`platform:${p}`)).length;
    s += 0.05 * platformHits;
    if (qWho.length) {
      const whoHits = qWho.filter((w) => t.who.includes(w)).length;
      s += 0.25 * (whoHits / qWho.length);
      if (t.who.length && whoHits === 0) s -= 0.1;
    }
    if (q.concepts.who.has('family_member')) {
      if (clause.reading.exception === 'family' || /\bfamily\b/i.test(clause.text)) s += 0.3;
    }
    if (q.concepts.who.has('former_pupil') && t.who.includes('former_pupil')) s += 0.25;
    if (q.intent === 'permission' || q.intent === 'situation') {
      if (NORMATIVE.has(t.force)) s += 0.15;
      else s -= 0.1;
    }
    // "In exceptional circumstances ..." carves an exception out of a rule; the rule itself answers first
    // unless the question speaks of that circumstance.
    if (
      /^(in (exceptional|some|certain) circumstances|in circumstances where|\(in circumstances)/i.test(clause.text) &&
      !/\b(emergenc\w*|exceptional|agreed|permission|urgent)\b/.test(q.folded)
    )
      s -= 0.25;
    if (q.intent === 'procedure') {
      if (NORMATIVE.has(t.force)) s += 0.1;
      else s -= 0.1;
    }
    if (q.intent === 'procedure' || q.harm) {
      if (t.roles.length) s += 0.15;
      if (t.what.includes('reporting')) s += 0.1;
    }
    if (q.intent === 'consequence' && t.what.includes('disciplinary')) s += 0.3;
    const actorSubject = q.actor === 'self' ? 'staff' : q.actor;
    if (t.subject !== 'any' && t.subject !== 'staff' && t.subject !== actorSubject && actorSubject === 'staff')
      s -= 0.3;
    if (actorSubject !== 'staff' && t.subject === actorSubject) s += 0.3;
    if (clause.headingPath.some((h) => WEAK_HEADINGS.test(h))) s -= 0.15;
    return { clause, score: s };
  });
  return ranked.sort((a, b) => b.score - a.score || a.clause.index - b.clause.index);
}

/** Whether the question is about social media conduct at all (before looking at the policy). */
export function onTopic(q: ParsedQuestion): boolean {
  if (q.concepts.platforms.size > 0 || q.concepts.online) return true;
  if ([...q.concepts.what].some((w) => !SCENE.has(w))) return true;
  return /\b(this|the|these|our|my school'?s?) (social media )?(policy|rules?)\b/.test(q.folded);
}

/** The policy addresses the question when its best clause shares a concept or enough words with it. */
export function covered(q: ParsedQuestion, best: Ranked | undefined, rawTop: number): boolean {
  if (!best) return false;
  const t = best.clause.tags;
  const shared = [...q.concepts.what].filter((w) => !SCENE.has(w) && t.what.includes(w)).length;
  const sharedPlatform = [...q.concepts.platforms].some((p) => t.what.includes(`platform:${p}`));
  if (shared > 0 || sharedPlatform) return true;
  const sharedWho = [...q.concepts.who].some((w) => t.who.includes(w));
  return rawTop > 8 && (sharedWho || [...q.concepts.what].some((w) => t.what.includes(w)));
}

/** Picks the clause the verdict rests on: the best normative clause close to the top, else the top. */
export function verdictClause(q: ParsedQuestion, ranked: Ranked[]): Ranked {
  const top = ranked[0]!;
  if (q.intent === 'procedure') return top;
  const floor = top.score * 0.8;
  for (const r of ranked.slice(0, 4)) {
    if (r.score < floor) break;
    if (NORMATIVE.has(r.clause.tags.force)) return r;
  }
  return top;
}

/** The verdict from the question's intent and the chosen clause's force and polarity. */
export function decide(q: ParsedQuestion, clause: Clause): Verdict {
  const r = clause.reading;
  const force = r.force;
  if (q.intent === 'procedure') return 'guidance';
  if (q.intent === 'consequence') return 'guidance';
  if (q.intent === 'fact' && !NORMATIVE.has(force)) return 'guidance';
  if (q.harm && q.intent === 'situation') return 'guidance';
  if (q.concepts.what.has('indecent_images') && q.intent !== 'permission') return 'guidance';
  if (q.intent === 'situation' && !q.incoming && !NORMATIVE.has(force)) return 'guidance';

  const familyAsked = q.concepts.who.has('family_member');
  const meansClash = r.restriction === 'means_official' && q.personalMeans;

  if (force === 'only_with_permission') {
    if (meansClash) return 'not_allowed';
    // "keep your number private and not use your phone unless agreed": giving the number out is still a no.
    if (r.negativeAction && /\b(give|giving|share|sharing|hand|pass|tell|post|reveal)\b/.test(q.folded))
      return 'not_allowed';
    if (familyAsked && r.exception === 'family') return 'depends';
    return 'needs_permission';
  }
  if (PROHIBITIVE.has(force)) {
    if (q.negativeAction && !r.negativeAction) return 'allowed';
    if (r.exception === 'family') return familyAsked ? 'depends' : 'not_allowed';
    if (r.exception === 'permission') return 'needs_permission';
    if (
      r.conditional &&
      r.exception === null &&
      /\bif\b/.test(clause.text.toLowerCase()) &&
      !/\bonly\b/.test(clause.text.toLowerCase())
    )
      return 'depends';
    return 'not_allowed';
  }
  if (MANDATORY.has(force)) {
    if (r.negativeAction && r.restriction === 'time') {
      if (q.when === 'break' || q.when === 'outside') return 'allowed';
      if (q.when === 'school_time' && /\b(lesson|class|teaching|children)\b/.test(q.folded)) return 'not_allowed';
      return 'depends';
    }
    if (r.negativeAction) {
      if (r.exception === 'family' && familyAsked) return 'depends';
      return q.negativeAction ? 'allowed' : 'not_allowed';
    }
    if (meansClash) return 'not_allowed';
    if (r.restriction === 'means_official' && q.concepts.what.has('official_accounts')) return 'needs_permission';
    if (r.restriction === 'time' || r.restriction === 'other' || r.conditional) return 'depends';
    return q.intent === 'fact' ? 'guidance' : 'allowed';
  }
  if (force === 'advised_not') return 'not_allowed';
  if (force === 'advised') return q.intent === 'fact' ? 'guidance' : 'allowed';
  if (force === 'may') return r.conditional ? 'depends' : 'allowed';
  return 'guidance';
}
