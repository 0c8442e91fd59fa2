/** The reading of an entry in words a policy owner reads, and the order the owner works in. */

export interface WordLike {
  id: string;
  say: string;
}

export interface ConditionLike {
  fact: string;
  at_least?: number;
  under?: number;
  of?: string;
}

export interface EntryLike {
  uncertain: string[];
  reviewed: boolean;
}

/** Entries the drafter was unsure of and nobody has checked come first; sections holding one come first too. */
export function ownerOrder<E extends EntryLike, S extends { entries: E[] }>(sections: S[]): S[] {
  const needsCheck = (e: E) => !e.reviewed && e.uncertain.length > 0;
  const sorted = sections.map((s) => ({
    ...s,
    entries: [...s.entries.filter(needsCheck), ...s.entries.filter((e) => !needsCheck(e))],
  }));
  return [...sorted.filter((s) => s.entries.some(needsCheck)), ...sorted.filter((s) => !s.entries.some(needsCheck))];
}

const FORCE_WORDS: Record<string, string> = {
  must: 'must',
  must_not: 'must not',
  should: 'should',
  should_not: 'should not',
  may: 'may',
  may_with_permission: 'may, with permission',
  none: 'no rule (information)',
};

export function forceWords(force: string): string {
  return FORCE_WORDS[force] ?? force.replace(/_/g, ' ');
}

/** The vocabulary as the server sends it: objects with words, or bare ids (then the id is the word). */
export function asWords(list: unknown): WordLike[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((w): WordLike[] => {
    if (typeof w === 'string') return [{ id: w, say: w.replace(/_/g, ' ') }];
    if (w && typeof w === 'object' && typeof (w as WordLike).id === 'string') {
      const o = w as WordLike;
      return [{ id: o.id, say: typeof o.say === 'string' ? o.say : o.id.replace(/_/g, ' ') }];
    }
    return [];
  });
}

export function sayWord(words: WordLike[], id: string): string {
  return words.find((w) => w.id === id)?.say ?? id.replace(/_/g, ' ');
}

/** "they are at least 18", "the Headteacher has agreed in writing". */
export function sayCondition(facts: WordLike[], c: ConditionLike): string {
  const template = facts.find((f) => f.id === c.fact)?.say ?? c.fact.replace(/_/g, ' ');
  const n = c.at_least ?? c.under;
  let words = template.replace('{n}', n === undefined ? '…' : String(n)).replace('{of}', c.of ?? 'someone');
  if (c.under !== undefined && c.at_least === undefined) words = words.replace('at least', 'under');
  return words;
}
