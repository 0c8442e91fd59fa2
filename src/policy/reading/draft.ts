import { createHash } from 'node:crypto';
import { splitRules } from '../answering/rule-parts.js';
import { type Force, type ForceReading, findRole, GRANTS, NORMATIVE, readForce, STAFF_JOB } from '../domain/force.js';
import { detectConcepts } from '../domain/tagger.js';
import { fold } from '../domain/text.js';
import type { Clause, PolicyDocument } from '../types.js';
import { understandSentence } from '../understanding/index.js';
import { isInstruction } from '../understanding/instruction.js';
import { entryId } from './carry.js';
import { ACTS_OF_CONCEPT, PARTY_OF_WHO } from './concept-map.js';
import { readConditions, readDuties } from './conditions.js';
import type { Binds, Condition, Reading, ReadingEntry, ReadingForce } from './schema.js';
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

/**
 * The entries of one sentence: one, or one per rule where a sentence holds several ("may say where they work,
 * but must not use the school's logo").
 */
export function draftEntries(clause: Clause): ReadingEntry[] {
  const plain = clause.plain ?? fold(clause.text);
  const parts = splitRules(plain);
  const readings = parts.map((p) => readForce(p));
  if (clause.tags.reported || parts.length < 2 || readings.filter((r) => NORMATIVE.has(r.force)).length < 2)
    return [draftEntry(clause, plain, clause.reading, null)];
  return parts.map((part, i) =>
    draftEntry(clause, part, readings[i]!.force === 'descriptive' ? clause.reading : readings[i]!, i + 1),
  );
}

function draftEntry(clause: Clause, folded: string, reading: ForceReading, part: number | null): ReadingEntry {
  let force = FORCE[reading.force] ?? 'none';
  const uncertain: string[] = [];
  // "Log it on CPOMS the same day.", "If a child is in danger, call 999 first.": an instruction to the reader is a
  // duty, though it has no "must" (the clause tagger, written for "staff must …", reads it as a description).
  const instruction =
    force === 'none' && !clause.tags.reported && !clause.text.trimStart().startsWith('|') && isInstruction(folded);
  if (instruction) force = 'must';
  const own = part === null ? null : detectConcepts(folded);
  // The acts of a rule are read as a question's are (the NLP understanding's act words), so a rule and a question
  // meet in one vocabulary; where it finds none, the clause tagger's concepts stand in. Against the owners' reviews
  // of ten policies this agrees on a staff rule's acts for 39% of entries where the tagger alone did for 26%
  // (rounds 34-39; 38% against 26% on rounds 40-43, which were not looked at). A sentence that is no rule is not
  // read twice: its acts matter to nobody.
  const tagged = actsOf(own ? [...own.what] : clause.tags.what, folded);
  const understood = force === 'none' ? [] : understandSentence(folded).acts;
  const acts = understood.length > 0 ? understood : tagged;
  const who = own && own.who.size > 0 ? [...own.who] : clause.tags.who;
  const parties = [...new Set(who.map((w) => PARTY_OF_WHO[w]).filter((p): p is PartyId => !!p))];
  // "former pupils" also reads as pupils by the words; the rule is about the former ones.
  if (parties.includes('former_pupil') && !/\b(current|existing|present) (pupils?|students?)\b/.test(folded)) {
    const i = parties.indexOf('current_pupil');
    if (i >= 0) parties.splice(i, 1);
  }
  const platforms = own
    ? [...own.platforms]
    : clause.tags.what.filter((w) => w.startsWith('platform:')).map((w) => w.slice('platform:'.length));
  const subject = instruction
    ? { binds: 'staff' as Binds, role: null, guessed: false }
    : bindsOf(folded, clause.context ? fold(clause.context) : null);
  let binds: Binds = force === 'none' ? 'information' : subject.binds;
  // "The trip leader may authorise …" binds the staff who ask the trip leader, not the trip leader.
  const grantor = force === 'may_with_permission' && subject.role && GRANTS.test(folded) ? subject.role : null;
  if (grantor) binds = 'staff';
  const roles = force === 'none' || !subject.role || grantor ? [] : [subject.role];
  if (binds === 'roles' && roles.length === 0) binds = 'staff';
  if (subject.guessed && force !== 'none') uncertain.push('whom this binds: I took it to be all staff');
  // A duty to withhold or to keep to one means is a ban on the rest: "phones must be kept out of sight in
  // lessons" forbids using them there; "must only use the school's accounts" forbids personal ones.
  const extra: Condition[] = [];
  const withholds = reading.negativeAction || readForce(folded).negativeAction || WITHHOLDING.test(folded);
  // The duties are the sentence's as written ("… decline it and tell the DSL"), before it is read as a ban.
  const duties = readDuties(folded, force);
  if ((force === 'must' || force === 'should') && (withholds || reading.restriction)) {
    force = force === 'must' ? 'must_not' : 'should_not';
    extra.push(...restrictionExceptions(reading, acts));
    // "… you must decline it and tell the DSL the same day": what is forbidden is the request, never the telling,
    // which stays a duty of the sentence (read below).
    if (acts.length > 1 && acts.includes('report_concern')) acts.splice(acts.indexOf('report_concern'), 1);
  }
  const conditions = readConditions(folded, force);
  // A chart's "→ Yes: You may …" holds only when its box's question is answered yes ("Is the pupil your own child or
  // grandchild?"): what the question asks is the permission's proviso.
  if ((force === 'may' || force === 'may_with_permission') && clause.context && YES_BRANCH.test(folded)) {
    const asked = ASKED.exec(fold(clause.context));
    if (asked) {
      const proviso = readConditions(`you may do it, provided ${asked[1]}`, 'may').provided;
      conditions.provided.push(...proviso.filter((c) => !conditions.provided.some((p) => p.fact === c.fact)));
    }
  }
  if (force === 'must_not' || force === 'should_not')
    conditions.unless.push(...extra.filter((c) => !conditions.unless.some((u) => u.fact === c.fact)));
  if ((force === 'may' || force === 'may_with_permission') && reading.restriction)
    conditions.provided.push(
      ...restrictionExceptions(reading, acts).filter((c) => !conditions.provided.some((u) => u.fact === c.fact)),
    );
  uncertain.push(...conditions.unread);
  const permissionOf = (grantor ? withArticle(grantor) : reading.permissionOf) ?? clause.tags.permissionOf ?? undefined;
  if (force === 'may_with_permission' && !permissionOf) uncertain.push('whose permission it needs');
  if (force !== 'none' && acts.length === 0) uncertain.push('what act this is about (none from the vocabulary fits)');
  const id = entryId(clause.section, clause.text);
  return {
    id: part === null ? id : `${id}:${part}`,
    section: clause.section,
    heading: clause.headingPath,
    text: clause.text,
    ...(part === null ? {} : { part: folded }),
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
    duties,
    uncertain,
    reviewed: false,
  };
}

/** A branch answering its lead-in question yes ("→ Yes: …", "Yes, …"). */
const YES_BRANCH = /^\W*yes\b/;
/** What a yes/no question asks, without its opening verb: "is the pupil your own child?" -> "the pupil your own child". */
const ASKED = /(?:^|[.:]\s)(?:is|are|was|were|do|does|did|has|have|had|can|could)\s+([^?]+)\?\s*$/;

/** What a restriction leaves allowed: the school's own means, or the times it names. */
function restrictionExceptions(reading: ForceReading, acts: readonly ActId[]): Condition[] {
  if (reading.restriction === 'means_official')
    return acts.includes('use_personal_device') || acts.includes('photograph_pupils')
      ? [{ fact: 'school_device' }, { fact: 'official_account' }]
      : [{ fact: 'official_account' }, { fact: 'school_device' }];
  if (reading.restriction === 'time') return [{ fact: 'break_time' }, { fact: 'off_duty' }];
  return [];
}

/** A duty whose act is to hold back: declining, blocking, deleting, keeping something away or private. */
const WITHHOLDING =
  /^(?:[a-z]+ ){0,4}?(?:(?:must|should|will|need to|are to|is to) (?:always )?)?(decline|ignore|refuse|reject|block|delete|remove|unfriend|unfollow|switch (?:it |them )?off|turn (?:it |them )?off|lock (?:it |them )?away|keep (?:it |them |their [a-z]+ |your [a-z]+ |[a-z]+ )?(?:private|out of sight|away|locked|switched off|on silent))\b/;

const MODAL =
  /^(.*?)\b(must|should|may|will|shall|can|cannot|can't|are (?:not )?(?:expected|required|permitted|allowed|advised|encouraged)|is (?:not )?(?:expected|required|permitted|allowed|advised)|need to|have to)\b/;

/**
 * Whom a sentence binds, from the words before its modal: pupils, parents, the school itself, a named role, or
 * staff. A thing ("school iPads must …", "photographs may …") is used by the reader, so binds staff. A list item
 * without a subject of its own takes its lead-in's.
 */
function bindsOf(folded: string, leadIn: string | null): { binds: Binds; role: string | null; guessed: boolean } {
  const before = MODAL.exec(folded.replace(SCENE_PHRASE, ''))?.[1]?.trim() ?? null;
  // "If a pupil sends you a request, you should:": the subject is what stands after the scene it sets.
  const own =
    before === null
      ? null
      : (before
          .split(/[,;:] /)
          .pop()
          ?.trim() ?? before);
  const subject = own && own.split(' ').length <= 8 ? own : null;
  if (subject === null && leadIn) return bindsOf(leadIn, null);
  const s = subject ?? '';
  if (/^(if|where|when|once|unless|although|while|as)\b/.test(s)) return { binds: 'staff', role: null, guessed: false };
  if (
    /\b(staff|you|employees?|adults?|teachers?|members? of staff|colleagues|everyone|all of us|volunteers|governors)\b/.test(
      s,
    )
  )
    return { binds: 'staff', role: null, guessed: false };
  if (/^(the |our |all )?(parents?|carers?|families|parents and carers|parents\/carers)\b/.test(s))
    return { binds: 'parents', role: null, guessed: false };
  if (
    /^(the |our |all |any )?(pupils?|students?|learners?|children|boarders|sixth formers?|year \d+s?|classes|class \d+)\b/.test(
      s,
    )
  )
    return { binds: 'pupils', role: null, guessed: false };
  if (
    /^(the school|we|the academy|the trust|the college|the federation|the governing body|the governors|school leaders|the setting)$/.test(
      s,
    )
  )
    return { binds: 'school', role: null, guessed: false };
  const role = findRole(s);
  if (role && s.split(' ').length <= 6) return { binds: 'roles', role, guessed: false };
  if (STAFF_JOB.test(s) && s.split(' ').length <= 6)
    return { binds: 'roles', role: s.replace(/^(the|a|an|any|all) /, ''), guessed: false };
  return { binds: 'staff', role: null, guessed: subject === null || s === '' };
}

const SCENE_PHRASE = /^(at|during|on|in|after|before|outside|within|throughout|for)\b[^;:.]{0,140}?, /;

function actsOf(concepts: readonly string[], folded: string): ActId[] {
  const acts = new Set<ActId>();
  for (const w of concepts) for (const a of ACTS_OF_CONCEPT[w] ?? []) acts.add(a);
  // Photos posted or shared are the posting of pupils' images, a different act from taking them.
  if (concepts.includes('photos') && concepts.includes('posting')) acts.add('post_pupil_images');
  if (/\b(call|phone|ring|video call|facetime)\b/.test(folded) && acts.has('message')) acts.add('call');
  if (/\bgroup (chats?|messages?)\b|\bwhatsapp groups?\b/.test(folded)) acts.add('group_chat');
  if (/\b(personal|private|mobile) (phone )?numbers?\b|\bcontact details\b/.test(folded))
    acts.add('share_contact_details');
  if (/\b(political|religious|personal) (views|opinions|beliefs)\b/.test(folded)) acts.add('express_views');
  return [...acts];
}

/** "trip leader" → "the trip leader"; a name or "the Headteacher" as found. */
function withArticle(role: string): string {
  return /^(the|a|an|our|their|your)\b/i.test(role) || /^[A-Z]/.test(role) ? role : `the ${role}`;
}

export function policyHash(doc: PolicyDocument): string {
  return createHash('sha256')
    .update(doc.clauses.map((c) => c.text).join('\n'))
    .digest('hex')
    .slice(0, 16);
}

/** `contact` is who to ask where the policy is silent: the engine's fallbackContact, read from the policy. */
export function draftReading(doc: PolicyDocument, fileName: string, contact: string, now: Date): Reading {
  return {
    format: 1,
    policy: fileName,
    policy_hash: policyHash(doc),
    title: doc.title,
    contact,
    drafted_at: now.toISOString(),
    entries: dedupe(doc.clauses.flatMap(draftEntries)),
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
