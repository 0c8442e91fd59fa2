import type { ParsedQuestion } from '../answering/question.js';
import { ACTS_OF_CONCEPT, PARTY_OF_WHO } from './concept-map.js';
import type { QuestionFrame } from './frame.js';
import type { ActId, FactId, Intent, PartyId } from './vocabulary.js';

/**
 * A question frame built from the classic question parser's reading. The bridge while the NLP question
 * understanding (src/policy/understanding) is built: it gives the verdict rules the facts they turn on.
 */

const INTENT: Record<ParsedQuestion['intent'], Intent> = {
  permission: 'may_i',
  procedure: 'what_to_do',
  consequence: 'school_will',
  fact: 'what_is',
  situation: 'what_to_do',
};

const YEAR_LEFT = /\b(?:left|leaving|finished|graduated)\b[^.?]{0,30}?\b(?:in |back in )?((?:19|20)\d{2})\b/;
const YEARS_AGO = /\b(\d{1,2}|a|one|two|three|four|five|six|ten) years? ago\b/;
const OWN_CHILD = /\bmy (own )?(son|daughter|child|kid|boy|girl|lad|stepson|stepdaughter)s?\b/;
const FAMILY =
  /\bmy (niece|nephew|cousin|brother|sister|grandson|granddaughter|grandchild|godson|goddaughter|step-?\w+|cousin's \w+|sister's \w+|brother's \w+)\b/;
const KNOWN_BEFORE =
  /\b(before (she|he|they) (started|joined|came)|known (her|him|them|the family) (for years|since|before))\b/;
const PERMISSION_GIVEN =
  /\b(head|headteacher|head teacher|dsl|principal|line manager|slt|manager)\b[^.?]{0,30}\b(said (it'?s |that'?s )?(ok|fine|yes)|agreed|approved|okayed|signed (it )?off|gave (me )?permission|given (me )?permission)\b/;
const EMERGENCY = /\b(emergenc(y|ies)|999|ambulance|seizure|urgent(ly)?)\b/;
const WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10 };

export function frameOfParsed(q: ParsedQuestion, now: Date): QuestionFrame {
  const acts = new Set<ActId>();
  for (const w of q.concepts.what) for (const a of ACTS_OF_CONCEPT[w] ?? []) acts.add(a);
  if (q.concepts.what.has('photos') && q.concepts.what.has('posting')) acts.add('post_pupil_images');
  const facts: Partial<Record<FactId, number | boolean>> = {};
  if (q.age !== null) facts.age = q.age;
  const year = YEAR_LEFT.exec(q.folded);
  if (year) facts.years_since_left = now.getUTCFullYear() - Number(year[1]);
  const ago = YEARS_AGO.exec(q.folded);
  if (ago && /\bleft|leaving\b/.test(q.folded)) facts.years_since_left = Number(ago[1]) || WORDS[ago[1]!] || 0;
  if (OWN_CHILD.test(q.folded)) facts.own_child = true;
  if (FAMILY.test(q.folded)) facts.immediate_family = true;
  if (KNOWN_BEFORE.test(q.folded)) facts.known_before = true;
  if (PERMISSION_GIVEN.test(q.folded)) facts.permission = facts.written_permission = true;
  if (EMERGENCY.test(q.folded)) facts.emergency = true;
  if (q.officialMeans) facts.official_account = facts.school_device = true;
  if (q.personalMeans) facts.official_account = facts.school_device = false;
  if (q.when === 'break') facts.break_time = true;
  if (q.when === 'outside') facts.off_duty = true;
  if (q.when === 'school_time') facts.break_time = facts.off_duty = false;
  let party: PartyId | null = null;
  for (const who of ['former_pupil', 'family_member', 'pupil', 'parent', 'colleague', 'governor', 'public'])
    if (q.concepts.who.has(who)) {
      party = PARTY_OF_WHO[who] ?? null;
      break;
    }
  if ((facts.own_child || facts.immediate_family) && (party === 'current_pupil' || party === null)) party = 'family';
  return {
    text: q.raw,
    intent: INTENT[q.intent],
    acts: [...acts],
    party,
    facts,
    platforms: [...q.concepts.platforms],
    negated: q.negativeAction,
    incoming: q.incoming,
    safety: [],
  };
}
