import type { QuestionFrame } from '../reading/frame.js';
import type { SafetyClass } from '../reading/vocabulary.js';
import { compile, firstOf, type Match, matchAll, type Pattern } from './match.js';
import type { Token } from './tokens.js';
import { winkAnalyser } from './wink.js';
import {
  ADULT,
  ADULT_IMAGE,
  ADULT_PLAIN,
  BENIGN_SECRET,
  CHILD,
  CONCERN,
  CONTACT_ACTS,
  DECOY,
  DELAY,
  GROOMING,
  HANDLE,
  HARM_TO_SOMEONE,
  HIDE,
  IMAGE,
  IMMEDIATE,
  INCIDENT,
  INDECENT,
  REPORT,
  RISK,
  SKIP_REPORT,
  TEACHING,
} from './words/safety.js';

/**
 * Safety by meaning. A question falls in a class when it names the concepts of that class (an image AND
 * indecency AND a child; harm to a child; reporting AND putting it off; private contact AND a pupil who is not
 * the asker's own), whatever the words: each concept is a list of the field's words (words/safety.ts), so a
 * paraphrase that names the same things lands in the same class.
 */

interface Concepts {
  image: Pattern[];
  indecent: Pattern[];
  handle: Pattern[];
  child: Pattern[];
  risk: Pattern[];
  immediate: Pattern[];
  report: Pattern[];
  delay: Pattern[];
  hide: Pattern[];
  skipReport: Pattern[];
  harm: Pattern[];
  adult: Pattern[];
  grooming: Pattern[];
  teaching: Pattern[];
  incident: Pattern[];
  benignSecret: Pattern[];
  adultImage: Pattern[];
  concern: Pattern[];
  decoy: Pattern[];
  adultPlain: Pattern[];
}
let concepts: Concepts | null = null;
function c(): Concepts {
  concepts ??= {
    image: IMAGE.map(compile),
    indecent: INDECENT.map(compile),
    handle: HANDLE.map(compile),
    child: CHILD.map(compile),
    risk: RISK.map(compile),
    immediate: IMMEDIATE.map(compile),
    report: REPORT.map(compile),
    delay: DELAY.map(compile),
    hide: HIDE.map(compile),
    skipReport: SKIP_REPORT.map(compile),
    harm: HARM_TO_SOMEONE.map(compile),
    adult: ADULT.map(compile),
    grooming: GROOMING.map(compile),
    teaching: TEACHING.map(compile),
    incident: INCIDENT.map(compile),
    benignSecret: BENIGN_SECRET.map(compile),
    adultImage: ADULT_IMAGE.map(compile),
    concern: CONCERN.map(compile),
    decoy: DECOY.map(compile),
    adultPlain: ADULT_PLAIN.map(compile),
  };
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

/** Contact with a child that stays between the asker and the child: not their own child or family, not school systems. */
function privateContact(frame: QuestionFrame): boolean {
  const f = frame.facts;
  if (f.own_child === true || f.immediate_family === true || f.relative === true) return false;
  // Through the school's own systems is not private, unless a personal app is named as well.
  const personal = frame.platforms.some(
    (p) => !['teams', 'email', 'google_classroom', 'class_dojo', 'seesaw'].includes(p),
  );
  if ((f.school_system === true || f.official_account === true) && !personal) return false;
  // The asker's own contact: the question's main act, asked about as something they might do.
  // Asking who to tell, by when or what a word means is not asking to make the contact.
  if (frame.intent === 'who_to_tell' || frame.intent === 'by_when' || frame.intent === 'what_is') return false;
  const isContact = (a: string | undefined) => (CONTACT_ACTS as readonly string[]).includes(a ?? '');
  if (!isContact(frame.acts[0]) && !isContact(frame.acts[1])) return false;
  const age = typeof f.age === 'number' ? f.age : null;
  if (frame.party === 'current_pupil') return age === null || age < 18 || f.on_roll === true;
  if (frame.party === 'former_pupil' || frame.party === 'other_school_pupil' || frame.party === null) {
    return age !== null && age < 18;
  }
  return false;
}

export function classifyTokens(frame: QuestionFrame, tokens: Token[]): SafetyClass[] {
  const k = c();
  const out: SafetyClass[] = [];
  const childParty =
    frame.party === 'current_pupil' ||
    frame.party === 'other_school_pupil' ||
    (typeof frame.facts.age === 'number' && frame.facts.age < 18);
  const child = childParty || any(k.child, tokens);
  // A lesson or a resource about a risk, with nothing that happened, is teaching, not a concern.
  const teaching = any(k.teaching, tokens) && !any(k.incident, tokens);
  // "Nude tights" name a colour: indecency words inside a decoy do not count.
  const decoys = k.decoy.flatMap((p) => matchAll(p, tokens));
  const indecent =
    !teaching &&
    k.indecent.some((p) => matchAll(p, tokens).some((m) => !decoys.some((d) => d.start < m.end && m.start < d.end)));
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
  const adultNow = typeof frame.facts.age === 'number' && frame.facts.age >= 18;
  const groomed =
    !adultNow &&
    any(k.grooming, tokens) &&
    ((child && any(k.adult, tokens)) || (third && !askedMe && any(k.adultPlain, tokens)));
  const risk = !teaching && (any(k.risk, tokens) || harmed || groomed);
  const adultParty = frame.party === 'colleague' || frame.party === 'parent' || frame.party === 'public';
  if (risk && (child || groomed || !adultParty)) out.push('child_at_risk');
  const concern = risk || out.includes('indecent_image') || child;
  const report = any(k.report, tokens) || frame.intent === 'who_to_tell';
  const reportNegated = k.report.some((p) =>
    matchAll(p, tokens).some((m) => tokens.slice(m.start, m.end).some((t) => t.negated)),
  );
  const concernWords = any(k.concern, tokens);
  const delay = (report || risk || concernWords) && any(k.delay, tokens);
  const hide = (concern || concernWords) && any(k.hide, tokens) && !any(k.benignSecret, tokens);
  // "Do I need to tell anyone?" needs a concern to be about; the telling itself is not one.
  const skip = (concern || concernWords) && any(k.skipReport, tokens);
  // "Can I not report it?": reporting, logging or referring is only ever of a concern.
  const formalNegated = tokens.some((t) => t.negated && /^(report|log|refer|record)$/.test(t.lemma));
  if (delay || hide || skip || (reportNegated && concern) || formalNegated) out.push('delay_or_secrecy');
  if (privateContact(frame)) out.push('private_contact');
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
