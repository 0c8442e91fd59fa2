/**
 * Who the asker says they are: "I'm the trip leader", "GYA here", "as a TA …", and who they say they are not
 * ("I'm helping on DofE but I'm not the leader"). Kept as the role's words, for matching against the roles a
 * rule binds ("the expedition leader", "gap-year assistants (GYAs)"); the role words are the policy's own, so
 * no list of roles is held here.
 */
export interface AskerRole {
  /** Words of the roles the asker says they hold. */
  is: string[];
  /** Words of the roles the asker says they do not hold. */
  isNot: string[];
}

const ARTICLE = '(?:a|an|the|one of the|one of our|our|their|its)';
const ROLE_WORDS = "([a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2})";
const IS = new RegExp(`\\b(?:i'?m|i am|im|as|working as|employed as)\\s+${ARTICLE}\\s+${ROLE_WORDS}`, 'g');
const IS_NOT = new RegExp(`\\b(?:i'?m|i am|im)\\s+not\\s+${ARTICLE}\\s+${ROLE_WORDS}`, 'g');
/** "GYA here, …", "Trip leader here." at the start of a sentence. */
const HERE = /(?:^|[.!?]\s+)([a-z][a-z'-]*(?: [a-z][a-z'-]*)?) here\b/g;

/** Words that say nothing of which role: a rule for "all members of staff" binds everyone. */
const NOT_ROLE = new Set([
  'and',
  'or',
  'of',
  'the',
  'a',
  'an',
  'for',
  'who',
  'are',
  'is',
  'on',
  'in',
  'at',
  'with',
  'staff',
  'member',
  'members',
  'all',
  'any',
  'other',
  'bit',
  'little',
  'new',
  'but',
  'so',
  'just',
  'not',
  'really',
  'school',
  'person',
  'people',
]);

/** A role's words, singular, without the words that name no role in particular. */
export function roleWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [])
    .map((w) => w.replace(/'s$/, '').replace(/(?<=[a-z]{2})s$/, ''))
    .filter((w) => w.length >= 2 && !NOT_ROLE.has(w));
}

export function askerRole(text: string): AskerRole {
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  const is = new Set<string>();
  const isNot = new Set<string>();
  for (const m of lower.matchAll(IS_NOT)) for (const w of roleWords(m[1]!)) isNot.add(w);
  const negatedAt = new Set([...lower.matchAll(IS_NOT)].map((m) => m.index));
  for (const m of lower.matchAll(IS)) if (!negatedAt.has(m.index)) for (const w of roleWords(m[1]!)) is.add(w);
  for (const m of lower.matchAll(HERE)) for (const w of roleWords(m[1]!)) is.add(w);
  return { is: [...is], isNot: [...isNot] };
}

export type RoleStanding = 'asker' | 'not_asker' | 'unknown';

/** How a rule that binds named roles stands to the asker: theirs, said not to be theirs, or not known. */
export function roleStanding(roles: readonly string[], asker: AskerRole | undefined): RoleStanding {
  if (!asker) return 'unknown';
  const words = roles.flatMap(roleWords);
  if (words.length === 0) return 'unknown';
  if (words.some((w) => asker.isNot.includes(w))) return 'not_asker';
  if (words.some((w) => asker.is.includes(w))) return 'asker';
  return 'unknown';
}
