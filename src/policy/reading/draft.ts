import { createHash } from 'node:crypto';
import { findRole, STAFF_JOB } from '../domain/force.js';
import { fold } from '../domain/text.js';
import type { Clause, Force, PolicyDocument } from '../types.js';
import { entryId } from './carry.js';
import { ACTS_OF_CONCEPT, PARTY_OF_WHO } from './concept-map.js';
import { readConditions, readDuties } from './conditions.js';
import type { Binds, Reading, ReadingEntry, ReadingForce } from './schema.js';
import type { ActId, PartyId } from './vocabulary.js';

/**
 * A first reading of a policy, drafted from its clauses: what each sentence binds, its force, the acts and
 * parties it speaks of, its conditions and duties, and what the drafter was unsure of. The owner checks it.
 */

const FORCE: Record<Force, ReadingForce> = {
  must: 'must',
  must_not: 'must_not',
  should: 'should',
  should_not: 'should_not',
  advised: 'should',
  advised_not: 'should_not',
  may: 'may',
  only_with_permission: 'may_with_permission',
  descriptive: 'none',
};

const BINDS_OF_SUBJECT: Record<Clause['tags']['subject'], Binds> = {
  staff: 'staff',
  any: 'staff',
  pupils: 'pupils',
  parents: 'parents',
  school: 'school',
};

export function draftEntry(clause: Clause): ReadingEntry {
  const folded = clause.plain ?? fold(clause.text);
  const force = FORCE[clause.reading.force] ?? 'none';
  const uncertain: string[] = [];
  const acts = actsOf(clause, folded);
  const parties = [...new Set(clause.tags.who.map((w) => PARTY_OF_WHO[w]).filter((p): p is PartyId => !!p))];
  // "former pupils" also reads as pupils by the words; the rule is about the former ones.
  if (parties.includes('former_pupil') && !/\b(current|existing|present) (pupils?|students?)\b/.test(folded)) {
    const i = parties.indexOf('current_pupil');
    if (i >= 0) parties.splice(i, 1);
  }
  const platforms = clause.tags.what.filter((w) => w.startsWith('platform:')).map((w) => w.slice('platform:'.length));
  let binds: Binds = force === 'none' ? 'information' : BINDS_OF_SUBJECT[clause.tags.subject];
  const roles: string[] = [];
  if (binds === 'staff' && force !== 'none') {
    const role = subjectRole(folded);
    if (role) {
      binds = 'roles';
      roles.push(role);
    }
  }
  if (clause.tags.subject === 'any' && force !== 'none') uncertain.push('whom this binds: I took it to be all staff');
  const conditions = readConditions(`${folded}`, force);
  uncertain.push(...conditions.unread);
  const permissionOf = clause.reading.permissionOf ?? clause.tags.permissionOf ?? undefined;
  if (force === 'may_with_permission' && !permissionOf) uncertain.push('whose permission it needs');
  if (force !== 'none' && acts.length === 0) uncertain.push('what act this is about (none from the vocabulary fits)');
  return {
    id: entryId(clause.section, clause.text),
    section: clause.section,
    heading: clause.headingPath,
    text: clause.text,
    ...(clause.context ? { lead_in: clause.context } : {}),
    binds,
    roles,
    force,
    acts,
    parties,
    platforms,
    until: conditions.until,
    unless: conditions.unless,
    provided: conditions.provided,
    ...(force === 'may_with_permission' ? { permission_of: permissionOf ?? 'the Headteacher' } : {}),
    duties: readDuties(folded, force),
    uncertain,
    reviewed: false,
  };
}

function actsOf(clause: Clause, folded: string): ActId[] {
  const acts = new Set<ActId>();
  for (const w of clause.tags.what) for (const a of ACTS_OF_CONCEPT[w] ?? []) acts.add(a);
  // Photos posted or shared are the posting of pupils' images, a different act from taking them.
  if (clause.tags.what.includes('photos') && clause.tags.what.includes('posting')) acts.add('post_pupil_images');
  if (/\b(call|phone|ring|video call|facetime)\b/.test(folded) && acts.has('message')) acts.add('call');
  if (/\bgroup (chats?|messages?)\b|\bwhatsapp groups?\b/.test(folded)) acts.add('group_chat');
  if (/\b(personal|private|mobile) (phone )?numbers?\b|\bcontact details\b/.test(folded))
    acts.add('share_contact_details');
  if (/\b(political|religious|personal) (views|opinions|beliefs)\b/.test(folded)) acts.add('express_views');
  return [...acts];
}

/** "The DSL will …", "Heads of department must …": a staff role standing as the rule's subject. */
function subjectRole(folded: string): string | null {
  const before = /^(.*?)\b(may|must|should|will|shall|can|is responsible|are responsible|has|have)\b/
    .exec(folded)?.[1]
    ?.trim();
  if (!before || before.split(' ').length > 6) return null;
  if (/\b(staff|you|employees|all|everyone|adults|teachers|members|colleagues)\b/.test(before)) return null;
  const role = findRole(before);
  if (role) return role;
  return STAFF_JOB.test(before) ? before.replace(/^(the|a|an|any|all) /, '') : null;
}

/** Who to ask when nothing else is named: the role the policy names most in its rules. */
function mostNamedRole(clauses: readonly Clause[]): string | null {
  const counts = new Map<string, number>();
  for (const c of clauses) for (const r of c.tags.roles) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export function policyHash(doc: PolicyDocument): string {
  return createHash('sha256')
    .update(doc.clauses.map((c) => c.text).join('\n'))
    .digest('hex')
    .slice(0, 16);
}

export function draftReading(doc: PolicyDocument, fileName: string, contact: string | null, now: Date): Reading {
  return {
    format: 1,
    policy: fileName,
    policy_hash: policyHash(doc),
    title: doc.title,
    contact: contact ?? mostNamedRole(doc.clauses) ?? 'the Headteacher',
    drafted_at: now.toISOString(),
    entries: dedupe(doc.clauses.map(draftEntry)),
  };
}

/** A sentence repeated word for word keeps one entry per place: the second gets a suffix. */
function dedupe(entries: ReadingEntry[]): ReadingEntry[] {
  const seen = new Map<string, number>();
  return entries.map((e) => {
    const n = seen.get(e.id) ?? 0;
    seen.set(e.id, n + 1);
    return n === 0 ? e : { ...e, id: `${e.id}.${n + 1}` };
  });
}
