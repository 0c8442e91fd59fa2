import { isScenarioLine, type RawClause } from '../ingest/segment.js';
import type { Clause, ClauseTags } from '../types.js';
import { findRoles, findTitledRoles, NORMATIVE, PEOPLE_WITHOUT_CONSENT, readForce, STAFF_JOB } from './force.js';
import { type Concept, PLATFORMS, SOCIAL_MEDIA, WHAT, WHO } from './lexicon.js';
import { reportsOtherRule } from './reported.js';
import { tableAnswer } from './table-answer.js';
import { fold } from './text.js';

export interface Concepts {
  who: Set<string>;
  what: Set<string>;
  platforms: Set<string>;
  /** Mentions social media or online activity in general words. */
  online: boolean;
}

function matches(concept: Concept, text: string, slang: boolean): boolean {
  if (concept.patterns.some((p) => p.test(text))) return true;
  return slang && (concept.slang?.some((p) => p.test(text)) ?? false);
}

/** Finds who and what a piece of folded text is about. `asQuestion` also accepts the slang staff use. */
export function detectConcepts(folded: string, asQuestion = false): Concepts {
  const who = new Set<string>();
  const what = new Set<string>();
  for (const c of WHO) if (matches(c, folded, asQuestion)) who.add(c.id);
  for (const c of WHAT) if (matches(c, folded, asQuestion)) what.add(c.id);
  const platforms = new Set<string>();
  for (const p of PLATFORMS) if (p.patterns.some((r) => r.test(folded))) platforms.add(p.id);
  // A former pupil or a family member is also a pupil by the words, but the rules differ.
  if (who.has('former_pupil')) who.add('pupil');
  return { who, what, platforms, online: platforms.size > 0 || SOCIAL_MEDIA.test(folded) };
}

/** A bullet that names the want of a permission as the breach ("Not having written consent…", "Failing to seek approval…"). */
const LACKING_PERMISSION =
  /^(not|never|failing to|failure to|neglecting to) (having|have|holding|obtaining|obtain|getting|get|seeking|seek|asking for|ask for|gaining|gain|securing|secure)\b[^.;]{0,60}\b(permission|consent|approval|authoris\w*|authoriz\w*)\b/;

/** A Q&A question asking whether something is required ("Do I have to …?", "Must I …?"), not whether it is allowed. */
const DUTY_QUESTION =
  /\b(do|does|will|would) (i|we|staff|you|teachers|they) (have|need) to\b|\bmust (i|we|staff)\b|\b(am i|are we|are staff) (required|expected|obliged) to\b|\bis it (compulsory|mandatory|required)\b/;

/** The forces a heading can give the items under it: a list of what is forbidden, or of what is not. */
const HEADING_FORCES: ReadonlySet<string> = new Set(['must_not', 'should_not', 'may']);

const MIXED_HEADING =
  /\b(permitted|allowed|acceptable|dos|do's|can|may|fine|ok)\b.*\b(not|never|don'?ts|can'?t|cannot|unacceptable)\b|\b(not|never|don'?ts|can'?t|cannot|unacceptable)\b.*\b(permitted|allowed|acceptable|dos|do's|can|may|fine|ok)\b/;

/** Tags one clause; a bullet inherits the force and subject of its lead-in when it has none of its own. */
export function tagClause(raw: RawClause, rewrite: (folded: string) => string = (s) => s): Clause {
  // The clause is read with the policy's defined terms in plain words: a rule about "the Employee" is a rule
  // about staff, "a matter for the Employee" is left to staff. Citations still quote raw.text.
  const own = rewrite(fold(raw.text));
  const plain = own;
  // A nested lead-in with no force of its own ("Breach confidentiality, for example by:") takes its
  // force from the lead-in above it.
  // A table row's context is its header row, which gives it columns, not a lead-in's force.
  let lead = raw.context && !raw.context.startsWith('|') ? rewrite(fold(raw.context)) : '';
  if (lead && raw.outerContext && !NORMATIVE.has(readForce(lead).force))
    lead = `${rewrite(fold(raw.outerContext))} ${lead}`;
  let reading = readForce(own);
  // Whom posting is kept to is the clause's own statement, whatever force it inherits from a lead-in.
  const keptTo = reading.keptTo;
  // "Q: Do I have to unfriend my sister? A: No. …": no duty, so what the question names may go on; "Yes" makes it one.
  // (To "Can I …?" the answer's own word is the force, read above.)
  if (lead.trim().endsWith('?') && DUTY_QUESTION.test(lead)) {
    const word = /^(?:(?:a\d{0,2}|answer)\s*[:.)–-]\s*)?(no|yes)\b/.exec(own)?.[1];
    if (word === 'no') reading = { ...reading, force: 'may', negativeAction: false };
    else if (word === 'yes') reading = { ...reading, force: 'must' };
  }
  // A Q&A question or a scenario above an answer gives the answer its subject, never its force ("Can I …?"
  // is no rule; "Scenario 2: The Employee sees a post" is no rule either).
  if (lead && !lead.trim().endsWith('?') && !isScenarioLine(lead)) {
    // The sentence that introduces the list governs it ("You should not reply. Instead you must:"), when it has a force.
    const introducing = lead.split(/(?<=[.!?])\s+/).at(-1) ?? lead;
    const last = readForce(introducing);
    const inherited = introducing !== lead && NORMATIVE.has(last.force) ? last : readForce(lead);
    const ownPermission = reading.force === 'only_with_permission';
    // A bullet with no modal of its own ("use personal devices to message children;") is governed by its
    // lead-in ("Adults must NOT:"), even when it reads like an instruction.
    const noModal = !/\b(must|should|shall|may|can|cannot|will|never|not|allowed|permitted)\b/.test(own);
    const strongLead = inherited.force !== 'descriptive' && inherited.force !== 'advised';
    if (
      !NORMATIVE.has(reading.force) ||
      (reading.force === 'may' && inherited.force !== 'descriptive') ||
      (noModal && strongLead && reading.force !== 'only_with_permission')
    ) {
      reading = { ...inherited, permissionOf: inherited.permissionOf, negativeAction: inherited.negativeAction };
      // The bullet's own condition still counts ("... without written permission from the Headteacher").
      const ownReading = readForce(own);
      reading.conditional = reading.conditional || ownReading.conditional;
      reading.exception = ownReading.exception ?? reading.exception;
      reading.restriction = ownReading.restriction ?? reading.restriction;
    } else if (ownPermission) {
      // keep the bullet's own permission reading
    }
    // "Not having the relevant written permission from parents…" as an example of a breach says the same as
    // "without permission": the permission it names is required.
    if (
      !ownPermission &&
      (/\bwithout\b[^.;]{0,60}\b(permission|consent|approval)/.test(own.replace(PEOPLE_WITHOUT_CONSENT, ' ')) ||
        LACKING_PERMISSION.test(own))
    ) {
      // Read "Not having X's permission" as "without X's permission", so whose permission it is is found.
      const r = readForce(own.replace(/^(not|never|failing to|failure to|neglecting to) \w+( for)?\b/, 'without'));
      reading = { ...reading, force: 'only_with_permission', permissionOf: r.permissionOf };
    }
  }
  // "C5.1 Examples of gross misconduct online", then "a) Sending a friend request to a pupil …": an item with no
  // force of its own, and no lead-in giving one, takes the force its heading states.
  if (!NORMATIVE.has(reading.force) && !(lead && NORMATIVE.has(readForce(lead).force))) {
    const heading = raw.headingPath.at(-1);
    // "Situation | Permitted | Not permitted", "Dos and don'ts": a heading over both kinds states neither.
    const stated = heading && !MIXED_HEADING.test(fold(heading)) ? readForce(rewrite(fold(heading))) : null;
    if (stated && HEADING_FORCES.has(stated.force))
      reading = { ...reading, force: stated.force, negativeAction: stated.negativeAction };
  }
  // A role the lexicon does not know can still be the one whose permission is needed.
  if (reading.force === 'only_with_permission') {
    const after = /\b(permission|consent|approval|agreement|authoris\w*|authoriz\w*|agreed)\b(.*)$/i.exec(raw.text);
    const titled = after ? findTitledRoles(after[2]!)[0] : undefined;
    if (titled && (!reading.permissionOf || reading.permissionOf === 'parents'))
      reading = { ...reading, permissionOf: titled };
    if (!reading.permissionOf) {
      const named = findTitledRoles(raw.text)[0];
      if (named) reading = { ...reading, permissionOf: named };
    }
  }
  // A rules table's answer column is the row's force ("| Messaging a pupil | No | … |").
  const answer = tableAnswer(raw.text, raw.context?.startsWith('|') ? raw.context : null);
  if (answer)
    reading = {
      ...reading,
      force: answer.force,
      negativeAction: false,
      permissionOf: answer.permissionOf ?? (answer.force === 'only_with_permission' ? reading.permissionOf : null),
    };
  reading = { ...reading, keptTo };
  // "Previously: 'Staff may accept …'", "Most schools tell staff they must never …": no rule of this school's.
  // A rule quoted under "In September I wrote:" is reported by its lead-in's last sentence.
  const leadsIn =
    raw.context && !raw.context.startsWith('|')
      ? fold(raw.context)
          .split(/(?<=[.!?]) /)
          .at(-1)!
      : '';
  const reported = reportsOtherRule(own) || (leadsIn !== '' && reportsOtherRule(leadsIn));
  if (reported) reading = { ...reading, force: 'descriptive', negativeAction: false, keptTo: null };
  const plainLead = lead;
  const concepts = detectConcepts(`${plain} ${plainLead}`);
  const ownConcepts = detectConcepts(plain);
  const tags: ClauseTags = {
    // A bullet means little without its lead-in: it is about what the lead-in is about as well.
    who: [...(ownConcepts.who.size ? ownConcepts.who : concepts.who)],
    what: [...new Set([...ownConcepts.what, ...concepts.what])],
    force: reading.force,
    conditional: reading.conditional,
    permissionOf: reading.permissionOf,
    roles: [...findRoles(own), ...findTitledRoles(raw.text)],
    subject: reported ? 'school' : subjectOf(plain, plainLead),
    ...(reported ? { reported } : {}),
  };
  for (const p of ownConcepts.platforms) tags.what.push(`platform:${p}`);
  // "### 7. LinkedIn … You may connect with leavers from the day they leave": a rule naming no platform under a
  // heading that names one or two is about those; a heading naming many is a list, not a scope.
  if (ownConcepts.platforms.size === 0) {
    const heading = raw.headingPath.at(-1);
    const scoped = heading ? [...detectConcepts(fold(heading)).platforms] : [];
    if (scoped.length > 0 && scoped.length <= 2) for (const p of scoped) tags.what.push(`platform:${p}`);
  }
  if (ownConcepts.online) tags.what.push('online');
  return { ...raw, plain, tags, reading };
}

const SCENE_PHRASE =
  /^(at|during|on|in|after|before|outside|within|throughout)\b[^;:.]{0,140}?, (?=(the )?(parents|carers|families|staff|pupils|students|children|you|employees|teachers)\b)/;

function subjectOf(whole: string, lead: string): ClauseTags['subject'] {
  // "At the nativity, sports day and other events, parents are allowed to take photos": the subject follows the
  // scene-setting phrase.
  const own = whole.replace(SCENE_PHRASE, '');
  const head = /^[^,;:]{0,60}/.exec(own)?.[0] ?? '';
  // The grammatical subject comes first: "Parents should not post … about staff" is about parents.
  const start = own.split(' ').slice(0, 4).join(' ');
  if (/^(the )?(parents|carers|parents and carers|parents\/carers|families)\b/.test(start)) return 'parents';
  if (/^(the )?(staff|staff members|members of staff|employees|you|teachers|all staff)\b/.test(start)) return 'staff';
  // "Parent WhatsApp groups are not a place for Academy business: if you are a parent here yourself, you may belong
  // to your own child's group": whoever stands right before the rule's modal is its subject.
  const beforeModal = /^(.*?)\b(may|must|should|can|shall)\b/.exec(own)?.[1]?.trim() ?? '';
  if (/\b(you|staff|employees|teachers|members of staff)$/.test(beforeModal) && /^[^.]*[:;,]/.test(own)) return 'staff';
  // "Peripatetic tutors may text a parent …": a job before the modal is the subject, whoever the rule goes on to name.
  if (
    beforeModal.split(' ').length <= 6 &&
    STAFF_JOB.test(beforeModal) &&
    !/\b(parents?|carers?|pupils?|students?|learners?|children)\b/.test(beforeModal)
  )
    return 'staff';
  if (/\b(parents?|carers?|parents and carers)\b/.test(head) && !/\bstaff\b/.test(head)) return 'parents';
  if (
    /^(there will be no access[^.]*\bpupils?|pupils?|students?|learners?|children|classes|sixth form|year \d+)\b/.test(
      own,
    )
  )
    return 'pupils';
  // "The school will …", "We monitor …" are about the school acting; "The school logo may only be used …" is
  // about a thing of the school's, and the person using it is the reader.
  if (
    /^(the school|we|school|the governing body)\b(?! (logo|badge|crest|name|uniform|website|email|address|premises|devices?|equipment|accounts?|network|community)\b)(?!'s)/.test(
      own,
    )
  )
    return 'school';
  if (/^(measures|steps|action will|appropriate action|the headteacher will)\b/.test(own)) return 'school';
  if (/\b(staff|you|employees|members of staff|adults|teachers|everyone|anyone working)\b/.test(head)) return 'staff';
  if (lead && /\b(parents|carers)\b/.test(lead) && !/\bstaff\b/.test(lead)) return 'parents';
  return 'any';
}
