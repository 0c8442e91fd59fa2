/** Whether a question is about social media conduct at all, and whether the policy addresses it. */
import { findRole } from '../domain/force.js';
import type { Ranked } from './clause-choice.js';
import type { ParsedQuestion } from './question.js';

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

/** Whether the question is about social media conduct at all (before looking at the policy). */
export function onTopic(q: ParsedQuestion): boolean {
  if (q.concepts.platforms.size > 0 || q.concepts.online) return true;
  if ([...q.concepts.what].some((w) => !SCENE.has(w))) return true;
  if (q.concepts.what.has('reporting') && findRole(q.folded)) return true;
  // "who do I go to with a safeguarding worry?": safeguarding is this policy's field whatever else is named.
  if (/\bsafeguarding\b/.test(q.folded)) return true;
  return /\b(this|the|these|our|my school'?s?) (social media )?(policy|rules?|code of conduct)\b/.test(q.folded);
}

/** The policy addresses the question when its best clause shares a concept or enough words with it. */
export function covered(q: ParsedQuestion, best: Ranked | undefined, rawTop: number): boolean {
  if (!best) return false;
  const t = best.clause.tags;
  if (
    q.intent === 'procedure' &&
    q.concepts.online &&
    t.roles.length &&
    [...q.concepts.what].some((w) => t.what.includes(w))
  )
    return true;
  const shared = [...q.concepts.what].filter((w) => !SCENE.has(w) && t.what.includes(w)).length;
  const sharedPlatform = [...q.concepts.platforms].some((p) => t.what.includes(`platform:${p}`));
  if (shared > 0 || sharedPlatform) return true;
  const sharedWho = [...q.concepts.who].some((w) => t.who.includes(w));
  if (sharedWho && q.concepts.online && t.what.includes('online')) return true;
  const role = findRole(q.folded);
  if (role && t.roles.includes(role) && t.what.includes('reporting')) return true;
  return rawTop > 8 && (sharedWho || [...q.concepts.what].some((w) => t.what.includes(w)));
}
