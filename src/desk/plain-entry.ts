import type { Condition, ReadingEntry } from '../policy/reading/schema.js';
import { ACTS, FACTS, PARTIES } from '../policy/reading/vocabulary.js';

/**
 * An entry of the policy reading in one plain English sentence, as Boundary understands it ("3.1 Staff must not
 * accept or send friend, follow or connection requests with current pupils, unless it is your own child"), so a
 * policy owner who never reads YAML can say whether it is right. Built from the shared vocabulary's own words.
 */

const SUBJECT: Record<ReadingEntry['binds'], string> = {
  staff: 'Staff',
  roles: '',
  pupils: 'Pupils',
  parents: 'Parents',
  school: 'The school',
  information: '',
};

const FORCE: Record<ReadingEntry['force'], string> = {
  must: 'must',
  must_not: 'must not',
  should: 'should',
  should_not: 'should not',
  may: 'may',
  may_with_permission: 'may, with permission,',
  none: '',
};

const actSay = new Map<string, string>(ACTS.map((a) => [a.id, a.say]));
const partySay = new Map<string, string>(PARTIES.map((p) => [p.id, p.say]));
const factSay = new Map<string, string>(FACTS.map((f) => [f.id, f.say]));

export function conditionText(c: Condition): string {
  const say = factSay.get(c.fact) ?? c.fact.replace(/_/g, ' ');
  if (c.under !== undefined) return say.replace('at least {n}', `under ${c.under}`).replace('{n}', String(c.under));
  return say.replace('{n}', String(c.at_least ?? '')).replace('{of}', c.of ?? 'the person the policy names');
}

export function plainEntry(e: ReadingEntry): string {
  const section = e.section ? `${e.section} ` : '';
  if (e.force === 'none' || e.binds === 'information') return `${section}Information, not a rule: "${e.text}"`;
  const subject = e.binds === 'roles' ? e.roles.join(' and ') || 'Named roles' : SUBJECT[e.binds];
  const force =
    e.force === 'may_with_permission' && e.permission_of
      ? `may, with the permission of ${e.permission_of},`
      : FORCE[e.force];
  const acts = e.acts.length > 0 ? e.acts.map((a) => actSay.get(a) ?? a).join(' or ') : `(as written: "${e.text}")`;
  let sentence = `${section}${subject} ${force} ${acts}`;
  if (e.parties.length > 0) sentence += ` with ${e.parties.map((p) => partySay.get(p) ?? p).join(' or ')}`;
  if (e.platforms.length > 0) sentence += ` on ${e.platforms.join(' or ')}`;
  if (e.until.length > 0) sentence += `, until ${e.until.map(conditionText).join(' and ')}`;
  if (e.unless.length > 0) sentence += `, unless ${e.unless.map(conditionText).join(' or ')}`;
  if (e.provided.length > 0) sentence += `, provided ${e.provided.map(conditionText).join(' and ')}`;
  for (const d of e.duties) {
    sentence += `; then ${d.act}${d.to ? ` ${d.to}` : ''}${d.within ? ` ${d.within}` : ''}`;
  }
  return `${sentence}.`;
}
