import type { QuestionFrame } from '../reading/frame.js';
import type { SafetyClass } from '../reading/vocabulary.js';
import { compile, firstOf, type Match, matchAll, type Pattern } from './match.js';
import { yearGroupOf } from './numbers.js';
import { opensRelativeClause, type Token } from './tokens.js';
import { winkAnalyser } from './wink.js';
import * as WORDS from './words/safety.js';

/**
 * Safety by meaning. A question falls in a class when it names the concepts of that class (an image AND
 * indecency AND a child; harm to a child; reporting AND putting it off; private contact AND a pupil who is not
 * the asker's own), whatever the words: each concept is a list of the field's words (words/safety.ts), so a
 * paraphrase that names the same things lands in the same class.
 */

const LISTS = {
  image: WORDS.IMAGE,
  indecent: WORDS.INDECENT,
  handle: WORDS.HANDLE,
  child: WORDS.CHILD,
  risk: WORDS.RISK,
  immediate: WORDS.IMMEDIATE,
  report: WORDS.REPORT,
  reportFormal: WORDS.REPORT_FORMAL,
  delay: WORDS.DELAY,
  delaySelf: WORDS.DELAY_SELF,
  hide: WORDS.HIDE,
  hideSelf: WORDS.HIDE_SELF,
  skipReport: WORDS.SKIP_REPORT,
  skipSelf: WORDS.SKIP_SELF,
  harm: WORDS.HARM_TO_SOMEONE,
  adult: WORDS.ADULT,
  grooming: WORDS.GROOMING,
  teaching: WORDS.TEACHING,
  incident: WORDS.INCIDENT,
  benignSecret: WORDS.BENIGN_SECRET,
  adultImage: WORDS.ADULT_IMAGE,
  concern: WORDS.CONCERN,
  decoy: WORDS.DECOY,
  adultPlain: WORDS.ADULT_PLAIN,
  notYetAdult: WORDS.NOT_YET_ADULT,
  privateChannel: WORDS.PRIVATE_CHANNEL,
  privateReach: WORDS.PRIVATE_REACH,
  contactPronoun: WORDS.CONTACT_PRONOUN,
  ageRating: WORDS.AGE_RATING,
  pupilsFamily: WORDS.PUPILS_FAMILY,
  relationship: WORDS.RELATIONSHIP,
  personalApp: WORDS.PERSONAL_APP,
  reportedAlready: WORDS.REPORTED_ALREADY,
  stillAtSchool: WORDS.STILL_AT_SCHOOL,
  personalMail: WORDS.PERSONAL_MAIL,
  unclothedScene: WORDS.UNCLOTHED_SCENE,
} as const;
type Concepts = Record<keyof typeof LISTS, Pattern[]>;

let concepts: Concepts | null = null;
function c(): Concepts {
  concepts ??= Object.fromEntries(
    Object.entries(LISTS).map(([k, list]) => [k, (list as readonly string[]).map(compile)]),
  ) as Concepts;
  return concepts;
}

const tokensOf = new WeakMap<QuestionFrame, Token[]>();
/** Keeps a frame's tokens so classifySafety(frame) does not read the question twice. */
export function rememberTokens(frame: QuestionFrame, tokens: Token[]): void {
  tokensOf.set(frame, tokens);
}

/** Harm words aimed at the asker ("bullying me", "I'm being threatened") are about staff, not a child at risk. */
function aimedAtAsker(tokens: Token[], m: Match): boolean {
  const after = tokens.slice(m.end, m.end + 2);
  if (after.some((t) => t.text === 'me' || t.text === 'myself')) return true;
  const before = tokens.slice(Math.max(0, m.start - 3), m.start);
  return (
    before.some((t) => t.text === 'i' || t.text === "i'm") &&
    !before.some((t) => /^(she|he|they|pupil|child)$/.test(t.canon))
  );
}

function any(patterns: Pattern[], tokens: Token[]): boolean {
  return firstOf(patterns, tokens) !== null;
}

/**
 * A year group of 11 or below, reception or nursery: whoever else the question names, this child is a minor. Not
 * when the year is the one a former pupil was in ("left Year 11 in 2019, she's 21 now").
 */
function schoolChild(frame: QuestionFrame): boolean {
  if (frame.party === 'former_pupil' || frame.facts.years_since_left !== undefined) return false;
  const year = yearGroupOf(frame.text.toLowerCase());
  return year !== null && year <= 11;
}

/** The age the question gives, unless it says the pupil is not there yet ("nearly 18"). */
function ageOf(frame: QuestionFrame, tokens: Token[]): number | null {
  const age = typeof frame.facts.age === 'number' ? frame.facts.age : null;
  if (age !== null && age >= 18 && (schoolChild(frame) || any(c().notYetAdult, tokens))) return 17;
  return age;
}

/** An adult's age written beside the child's: "a 23 year old", "her 22-year-old boyfriend", "a man in his twenties". */
const ADULT_AGE =
  /\b(?:1[89]|[2-6]\d)(?:[- ]?(?:years?|yrs?)[- ]?old|\s?yo)\b|\b(?:in (?:his|her|their) )(?:twenties|thirties|forties|20s|30s|40s)\b/;

/** A child in a relationship with an adult, said only by their ages. */
function ageGap(frame: QuestionFrame, tokens: Token[], child: boolean): boolean {
  return child && ADULT_AGE.test(frame.text.toLowerCase()) && any(c().relationship, tokens);
}

/** Contact with a child that stays between the asker and the child: not their own child or family, not school systems. */
function privateContact(frame: QuestionFrame, tokens: Token[]): boolean {
  const k = c();
  const f = frame.facts;
  if (f.own_child === true || f.immediate_family === true || f.relative === true) return false;
  // Through the school's own systems is not private, unless a personal app is named as well.
  const personal = frame.platforms.some((p) => !SCHOOL_SYSTEMS.includes(p)) || any(k.personalMail, tokens);
  if ((f.school_system === true || f.official_account === true) && !personal) return false;
  // On a school phone or iPad, even in WhatsApp, unless the asker's own phone or mail is what they would use
  // ("from my gmail because the school system is down").
  const ownMeans = frame.acts.includes('use_personal_device') || any(k.personalMail, tokens);
  if (f.school_device === true && !ownMeans) return false;
  // Asking who to tell, by when, what a word means or what age an app allows is not asking to make the contact.
  if ((frame.intent === 'who_to_tell' && asksWho(tokens)) || frame.intent === 'by_when' || frame.intent === 'what_is')
    return false;
  // Ringing 999 for a child in danger is no contact with the child; nor is reporting a contact already made.
  if (f.emergency === true || (frame.acts[0] === 'report_concern' && any(k.reportedAlready, tokens))) return false;
  if (any(k.ageRating, tokens) || any(k.pupilsFamily, tokens) || teachingOnly(tokens)) return false;
  const age = ageOf(frame, tokens);
  // Taught before but still on roll, or now in a year group of the school: still a pupil.
  const stillPupil = f.on_roll === true || any(k.stillAtSchool, tokens);
  const pupil =
    frame.party === 'current_pupil'
      ? age === null || age < 18 || f.on_roll === true
      : frame.party === 'former_pupil' || frame.party === 'other_school_pupil' || frame.party === null
        ? (age !== null && age < 18) ||
          (frame.party === 'former_pupil' && stillPupil && (age === null || age < 18 || f.on_roll === true)) ||
          (frame.party === null && age === null && any(k.child, tokens))
        : false;
  // The asker's own contact: the question's main act, asked about as something they might do.
  const isContact = (a: string | undefined) => (WORDS.CONTACT_ACTS as readonly string[]).includes(a ?? '');
  const contactAct = isContact(frame.acts[0]) || isContact(frame.acts[1]);
  if (pupil && contactAct) return true;
  // The same contact named by its channel rather than an act: "my personal number", "my snap", a personal app,
  // with a verb of reaching ("give", "accept", "snap back", "mentor her over WhatsApp").
  const app = personal || any(k.personalApp, tokens);
  const channel = any(k.privateChannel, tokens) || (app && f.official_account !== true && f.school_system !== true);
  if (pupil && channel && any(k.privateReach, tokens)) return true;
  // A pupil named, then reached by a pronoun ("can I snapchat her?"), when the pronoun is not a family's ("her mum").
  if (pupil && pronounContact(tokens)) return true;
  // Someone named only "him" or "her", with no adult named: in a school the other side is taken to be a pupil.
  return frame.party === null && age === null && contactAct && any(k.contactPronoun, tokens);
}

/** "message her", "snapchat him back": the pronoun is the one reached, not a possessive before a noun. */
function pronounContact(tokens: Token[]): boolean {
  return c().contactPronoun.some((p) =>
    matchAll(p, tokens).some((m) => {
      const next = tokens[m.end];
      // The asker reaches out ("can I snapchat her", "ok to message him"), not "it'll follow her".
      const asker = tokens.slice(Math.max(0, m.start - 3), m.start).some((t) => /^(i|we|to)$/.test(t.text));
      return asker && (!next || (next.pos !== 'NOUN' && next.pos !== 'PROPN' && next.pos !== 'ADJ'));
    }),
  );
}

/** "Who do I tell", not "a pupil who emailed me": no "who" in the question opens a relative clause. */
function asksWho(tokens: Token[]): boolean {
  return !tokens.some((_, i) => opensRelativeClause(tokens, i, /^(who|whom)$/));
}

const SCHOOL_SYSTEMS = ['teams', 'email', 'google_classroom', 'class_dojo', 'seesaw'];

/** A lesson or a resource about a risk, with nothing that happened, is teaching, not a concern. */
function teachingOnly(tokens: Token[]): boolean {
  return any(c().teaching, tokens) && !any(c().incident, tokens);
}

function overlaps(a: Match, b: Match): boolean {
  return a.start < b.end && b.start < a.end;
}

export function classifyTokens(frame: QuestionFrame, tokens: Token[]): SafetyClass[] {
  const k = c();
  const out: SafetyClass[] = [];
  const age = ageOf(frame, tokens);
  const childParty =
    frame.party === 'current_pupil' || frame.party === 'other_school_pupil' || (age !== null && age < 18);
  const child = childParty || any(k.child, tokens);
  const teaching = teachingOnly(tokens);
  // "Nude tights" name a colour: indecency words inside a decoy do not count.
  const decoys = k.decoy.flatMap((p) => matchAll(p, tokens));
  // Someone else's child in the bath or shower, not the asker's own ("her daughter's friend … in the bath").
  const ownFamily = frame.party === 'family' || frame.facts.own_child === true || frame.facts.immediate_family === true;
  const indecent =
    !teaching &&
    (k.indecent.some((p) => matchAll(p, tokens).some((m) => !decoys.some((d) => overlaps(d, m)))) ||
      (!ownFamily && any(k.unclothedScene, tokens)));
  // In a school, a nude image is taken to be a child's unless the question says it is an adult's.
  const adultImage = any(k.adultImage, tokens) && !child;
  if (indecent && !adultImage && (any(k.image, tokens) || any(k.handle, tokens))) out.push('indecent_image');
  const harmed = k.harm.some((p) => matchAll(p, tokens).some((m) => !aimedAtAsker(tokens, m)));
  // An adult met online asking a child to meet, keep secrets or send pictures: the child may be named only as
  // "her" or "him", so a third person stands for the child unless the asker is the one being asked.
  const third = tokens.some((t) => /^(her|him|them|she|he|they)$/.test(t.text));
  const askedMe = tokens.some(
    (t, i) => /^(ask|asking|asked|want|wants|tell|telling)$/.test(t.lemma) && tokens[i + 1]?.text === 'me',
  );
  const adultNow = age !== null && age >= 18;
  const groomed =
    !adultNow &&
    any(k.grooming, tokens) &&
    ((child && any(k.adult, tokens)) || (third && !askedMe && any(k.adultPlain, tokens)));
  const risk = !teaching && (any(k.risk, tokens) || harmed || groomed || ageGap(frame, tokens, child));
  const adultParty = frame.party === 'colleague' || frame.party === 'parent' || frame.party === 'public';
  if (risk && (child || groomed || !adultParty)) out.push('child_at_risk');
  const concern = risk || out.includes('indecent_image') || child;
  const report = any(k.report, tokens) || frame.intent === 'who_to_tell';
  const reportNegated = k.report.some((p) =>
    matchAll(p, tokens).some((m) => tokens.slice(m.start, m.end).some((t) => t.negated)),
  );
  const concernWords = any(k.concern, tokens);
  // A happy secret (a surprise, a trip) is no concern, unless a child at risk or an image is what is kept quiet.
  const benign = any(k.benignSecret, tokens) && out.length === 0;
  // Putting off is a concern only when what is put off is one: the safeguarding route, a risk, an image.
  const formal = any(k.reportFormal, tokens);
  const contact = privateContact(frame, tokens);
  // A pupil's private contact is itself a concern to pass on, so putting it off is a delay too.
  const delayed = formal || (report && child) || risk || out.includes('indecent_image') || concernWords || contact;
  const delay = (delayed && any(k.delay, tokens)) || any(k.delaySelf, tokens);
  const hide = (((concern || concernWords) && any(k.hide, tokens)) || any(k.hideSelf, tokens)) && !benign;
  // "Do I need to tell anyone?" needs a concern to be about; the telling itself is not one.
  // Asking what else to do once it is reported, or by when a report is due, is no wish to skip it.
  const reported = any(k.reportedAlready, tokens) || frame.intent === 'by_when';
  const skip =
    !reported && (((concern || concernWords) && any(k.skipReport, tokens)) || (any(k.skipSelf, tokens) && !benign));
  // "Can I not report it?": reporting, logging or referring is only ever of a concern.
  const formalNegated = tokens.some((t) => t.negated && /^(report|log|refer|record)$/.test(t.lemma));
  if (delay || hide || skip || (reportNegated && concern) || formalNegated) out.push('delay_or_secrecy');
  if (contact) out.push('private_contact');
  return out;
}

/** Whether a child may be in danger now: 999 comes before anything else. */
export function immediateDanger(text: string): boolean {
  const tokens = winkAnalyser.analyse(text);
  return any(c().risk, tokens) && any(c().immediate, tokens);
}

/** The classes of a frame from understandQuestion; a frame built elsewhere has its text read again. */
export function classifyFrame(frame: QuestionFrame): SafetyClass[] {
  return classifyTokens(frame, tokensOf.get(frame) ?? winkAnalyser.analyse(frame.text));
}
