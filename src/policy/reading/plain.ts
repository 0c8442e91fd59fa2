import { conditionsInWords } from './evaluate.js';
import type { ReadingEntry } from './schema.js';
import { ACTS, PARTIES } from './vocabulary.js';

/**
 * An entry in plain English, one line, as the policy owner checks it: "3.1 Staff must not accept or send
 * friend, follow or connection requests with current pupils, on any platform."
 */

const FORCE_WORDS: Record<ReadingEntry['force'], string> = {
  must: 'must',
  must_not: 'must not',
  should: 'should',
  should_not: 'should not',
  may: 'may',
  may_with_permission: 'may, with permission,',
  none: '',
};

const WHO: Record<ReadingEntry['binds'], string> = {
  staff: 'Staff',
  roles: '',
  pupils: 'Pupils (not a rule for staff)',
  parents: 'Parents (not a rule for staff)',
  school: 'The school (a promise or procedure, not a rule for staff)',
  information: '',
};

function list(words: string[], joiner = 'or'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${joiner} ${words[words.length - 1]}`;
}

export function describeEntry(e: ReadingEntry): string {
  const where = e.section ? `${e.section} ` : '';
  if (e.force === 'none' || e.binds === 'information') return `${where}Information only: "${clip(e.part ?? e.text)}"`;
  const who = e.binds === 'roles' ? e.roles.join(' and ') || 'Named staff' : WHO[e.binds];
  const acts = e.acts.length
    ? list(e.acts.map((a) => ACTS.find((x) => x.id === a)?.say ?? a))
    : `(act not recognised: "${clip(e.part ?? e.text, 60)}")`;
  const parties = e.parties.length
    ? ` — with ${list(e.parties.map((p) => PARTIES.find((x) => x.id === p)?.say ?? p))}`
    : '';
  const platforms = e.platforms.length ? `, on ${list(e.platforms)}` : ', on any platform';
  const perm = e.force === 'may_with_permission' ? ` (permission of ${e.permission_of ?? 'someone not named'})` : '';
  const subject = `${acts}${parties}${platforms}${perm}`;
  // "Staff must decline it and tell the DSL the same day (about: friend requests with current pupils)": a duty's
  // rule says what to do, and its acts say what it is about, not what must be done.
  const duties = e.duties.map(dutyInWords);
  const mandatory = e.force === 'must' || e.force === 'should';
  const parts =
    mandatory && duties.length > 0
      ? [`${where}${who} ${FORCE_WORDS[e.force]}: ${duties.join(', and ')} (about: ${subject})`]
      : [`${where}${who} ${FORCE_WORDS[e.force]} ${subject}`];
  if (e.until.length) parts.push(`until ${conditionsInWords(e.until, 'and')}`);
  if (e.unless.length) parts.push(`unless ${conditionsInWords(e.unless, 'or')}`);
  if (e.provided.length) parts.push(`provided ${conditionsInWords(e.provided, 'and')}`);
  if (!mandatory) for (const d of duties) parts.push(`duty: ${d}`);
  return `${parts.join('; ')}.`.replace(/\s+/g, ' ');
}

/** "tell the DSL, the same working day", "send it (to Sue Blackwood), within 48 hours of return". */
function dutyInWords(d: ReadingEntry['duties'][number]): string {
  const to = d.to ? (d.act === 'tell' ? ` ${d.to}` : ` (to ${d.to})`) : '';
  const when = d.within ? `, ${/^\d/.test(d.within) ? `within ${d.within}` : d.within}` : '';
  return `${d.act}${to}${when}`;
}

function clip(s: string, n = 100): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
