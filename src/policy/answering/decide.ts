/** The verdict: what the chosen clause, read against the question, answers (allowed, not allowed, ask first, depends …). */
import type { Verdict } from '../answer.js';
import { MANDATORY, NORMATIVE, PROHIBITIVE } from '../domain/force.js';
import { detectConcepts } from '../domain/tagger.js';
import { fold } from '../domain/text.js';
import type { Clause } from '../types.js';
import {
  aboutOthersOwnChild,
  extendsOtherRules,
  OWN_CHILD_ASKED,
  OWN_CHILD_HERE,
  onOtherPlatformsOnly,
  POSTING_ASKED,
  PUPILS_ABSENT,
  plainOf,
  requiresReporting,
  STAFF_AS_PARENT,
  sharesAct,
} from './clause-facts.js';
import {
  asksOppositeState,
  bansTheAct,
  contrastsOnly,
  dutyBeforeAnotherAct,
  exceptionMatches,
  insideTheTimesAllowed,
  otherPlaceThanRequired,
  outsideTheTimesAllowed,
  requiresTheAct,
} from './conditions.js';
import { ageGate, leftGate, permittedFromAge, stillOnRoll } from './gates.js';
import { provisoForbids, provisoOnly } from './provisos.js';
import { contentWords, OWN_MEANS, type ParsedQuestion, PERSONAL_APP } from './question.js';
import { readingFor } from './rule-parts.js';
import { processTerm } from './terms.js';

/** Handling an image: keeping, saving, copying, printing, screenshotting, forwarding, sharing, showing, viewing or deleting it (what happens to it is for the DSL and the police). */
const INDECENT_HANDLING =
  /\b(can|could|may|should|shall|is it (ok|okay|alright|fine)( for me)? to|am i allowed to|do i)\b[^.?]{0,40}\b(keep|save|store|copy|print|screenshot|screen ?shot|forward|send|share|show|view|look at|open|download|pass (it|them) on|delete|remove|erase|wipe|get rid of|airdrop|receive|accept|let (her|him|them))\b/;

/** A ban that leaves out the reader's own child: "pupils other than their own children". */
const OWN_CHILD_EXCEPTED =
  /\b(other than|except( for)?|apart from|excluding|besides) (their|your|his|her|my) own (child|children|kids?|sons?|daughters?)\b/;

/** The question says the person is an adult though it gives no age the parser reads ("she's 34", "a grown woman"). */
const ADULT_ASKED =
  /\b(adults?|grown[- ]up|grown (wo)?man|mature student|(she|he|they)('s| is| are) (2[6-9]|[3-9]\d)\b|(2[6-9]|[3-9]\d) ?(yo|years? old))\b/;

/** A permission held for emergencies: "may be used in an emergency", "for emergency use only". */
const EMERGENCY_ONLY = /\b(in (an|case of( an)?|the event of( an)?) emergenc(y|ies)|for emergenc(y|ies)( use)?)\b/;

const WITHOUT_PERMISSION =
  /\bwithout (asking|checking|telling|permission|consent|approval|(their |his |her |the )?([a-z]+'?s? )?(permission|consent|say-?so|agreement|approval)|them knowing|anyone knowing)\b/;
/** The question names a place ("in the library", "on the bus"): checked against an "only in X" clause. */
const OTHER_PLACE = /\b(in|at|on|from) (the|my|a|their|our) [a-z]+( [a-z]+)?\b/;

/** A rule to act at once: "as soon as possible" and "as soon as <the thing is known>" alike. */
export const IMMEDIATELY =
  /\b(immediately|straight ?away|at once|without delay|as soon as (possible|practicable|reasonably (possible|practicable)|(it is |they are |you are |he is |she is |this is )?(identified|noticed|discovered|seen|received|known|aware|found|raised|reported)|(they|you|staff|he|she|the \w+) (become|becomes|are|is|have|has|get|gets) (made )?(aware|concerned|notified|told|informed)|(they|you|staff|he|she) (see|sees|notice|notices|find|finds|discover|discovers|learn|learns|receive|receives|hear|hears|know|knows|suspect|suspects))|on the same day|the same day|promptly|right away)\b/i;
const DELAY = /\b(wait|waiting|hold off|leave it|until|till|tomorrow|monday|next week|later|after the weekend|first)\b/;
const WARNING = /\b(dangers?|risks?) (of|in|involved)\b/i;

export function decide(q: ParsedQuestion, clause: Clause): Verdict {
  const verdict = decideFromClause(q, clause);
  if (verdict !== 'allowed') return verdict;
  // "A boy in my class said he watches grown-up videos with his uncle.": nothing is asked, so nothing is allowed;
  // the answer is what the policy says to do.
  if (q.intent === 'situation' && !/\?/.test(q.whole) && !ASKS_LEAVE.test(q.folded)) return 'guidance';
  // "I may take photographs of my own child at school events …" is no yes to photographing pupils in general.
  if (aboutOthersOwnChild(q, clause)) return 'guidance';
  // Hiding something, or leaving it untold, is never answered with a plain yes: at most, what the policy says to do.
  if (q.skipsReporting) return 'guidance';
  // "Share photos of children who have photo consent" asked by someone "not 100% sure everyone has consent": whether
  // it is allowed turns on what the asker does not know.
  if (CONSENT_NAMED.test(plainOf(clause)) && CONSENT_UNSURE.test(q.folded)) return 'depends';
  // "… you're there as a mum, dad or carer, and there's no problem with joining in" is leave for staff who are
  // parents here, no yes to anyone else ("a mum from my class sent me a request").
  if (
    STAFF_AS_PARENT.test(plainOf(clause)) &&
    !OWN_CHILD_HERE.test(q.folded) &&
    !OWN_CHILD_ASKED.test(q.folded) &&
    !q.concepts.who.has('family_member')
  )
    return 'guidance';
  // "Are year 7s allowed to use their phones at break?" is about what pupils may do: a permission for someone else
  // ("houseparents are permitted to communicate with their own children by any means") is no yes to it.
  if ((q.actor === 'pupils' || q.actor === 'parents') && clause.tags.subject !== q.actor) return 'guidance';
  // Contact with a pupil is only ever a yes on a clause that speaks of pupils: a permission about personal phones
  // at break time says nothing about giving a pupil your number. (Declining or blocking is another matter.)
  if (!q.negativeAction && PUPIL_CONTACT.some((c) => q.concepts.what.has(c)) && asksAboutPupil(q)) {
    if (!speaksOfPupils(clause)) return 'guidance';
    // "Where a pupil is a member of your own family, contact is acceptable" is no yes for any other pupil.
    if (familyException(clause)) return 'guidance';
    // "Chat with a former pupil you meet in town" is no yes about a pupil still at the school.
    if (clause.tags.who.includes('former_pupil') && !q.concepts.who.has('former_pupil') && onlyFormerPupils(clause))
      return 'guidance';
  }
  // Nor is a yes about another act ("can I meet a pupil …?" against a clause about messages).
  if (asksAboutPupil(q) && !sharesAct(q, clause)) return 'guidance';
  // Nor one for sending to someone else ("you can send a parent a photo of their child's work" asked "can I send a
  // pupil a photo of myself?").
  if (otherRecipient(q.folded, plainOf(clause))) return 'guidance';
  // A duty to report a concern permits nothing but reporting it ("can I play online games with pupils?").
  if (requiresReporting(clause) && !q.concepts.what.has('reporting')) return 'guidance';
  // A permission for one platform is no yes on another ("Staff WhatsApp groups are allowed …" asked about Facebook);
  // platforms given as examples ("social media such as Facebook") stand for all.
  if (onOtherPlatformsOnly(q, clause)) return 'guidance';
  return verdict;
}

/** Whom something is sent to: "send a parent …", "message the pupil …", "text their mum …". */
const RECIPIENT =
  /\b(send|sending|message|messaging|text|texting|email|emailing|give|giving|call|ring|phone|dm)\s+(?:a |an |the |their |your |my |one of (?:my |our |the )?)?([a-z]+)/;
const PUPIL_WORD = /^(pupils?|students?|learners?|child|children|kids?|boys?|girls?|teens?|young|tutees?|boarders?)$/;
const PARENT_WORD = /^(parents?|carers?|mums?|dads?|mothers?|fathers?|guardians?|famil(y|ies))$/;

function otherRecipient(question: string, clause: string): boolean {
  const q = RECIPIENT.exec(question)?.[2];
  const c = RECIPIENT.exec(clause)?.[2];
  if (!q || !c) return false;
  return (PUPIL_WORD.test(q) && PARENT_WORD.test(c)) || (PARENT_WORD.test(q) && PUPIL_WORD.test(c));
}

/** A duty that points back to an exception or agreement given elsewhere ("photos taken under that exception"). */
const UNDER_AN_EXCEPTION =
  /\b(under|within|using|in line with) (that|this|the|such an?|such) (exception|exemption|permission|agreement|arrangement|approval)\b|\bwhere (this|that|it) (is|has been) (agreed|allowed|permitted|approved)\b/;

/** Words that ask for leave even without a question mark ("is a staff whatsapp group for cover ok"). */
const ASKS_LEAVE =
  /\b(ok|okay|alright|all right|allowed|fine|permitted|can i|could i|may i|am i|do i|should i|is it|are (we|they|sixth formers|staff)|have to)\b/;

/** A list of examples: what it names stands for more than itself. */

const AWARENESS =
  /\b(be|are|is|being|remain) (made )?(fully |always |also )?(aware|mindful|conscious)\b|\b(are|is|be) (solely |personally |fully )?(responsible|accountable) for\b|\b(recognise|recognize|bear in mind|keep (this |that |it )?in mind|remember|understand|consider|think about)\b|\b(be )?assumed? that\b/;

const PUPIL_CONTACT = ['contact', 'messaging', 'friending', 'personal_info', 'photos'];
const PUPIL_WHO = ['pupil', 'former_pupil'];

function asksAboutPupil(q: ParsedQuestion): boolean {
  return PUPIL_WHO.some((w) => q.concepts.who.has(w)) && !q.concepts.who.has('family_member');
}

/** A permission limited to children with consent ("children who have photo consent", "on the consent list"). */
const CONSENT_NAMED =
  /\b(who have|with|whose parents have (given|agreed)|on the) (photo |photographic |media |parental )?(consent|consent list|permission)\b/;
/** The asker does not know whether the consent is there. */
const CONSENT_UNSURE =
  /\b(not (100% |totally |completely |entirely )?sure|unsure|don'?t know|do not know|no idea|not certain|haven'?t checked|not checked)\b[^.?]{0,50}\b(consent|permission|allowed to be)\b|\b(consent|permission)\b[^.?]{0,30}\b(not sure|unsure|unknown|don'?t know|not checked)\b/;

/** The pupils a clause names are all former ones ("chat with a former pupil you meet in town"). */
const FORMER_PUPILS =
  /\b(former|ex-?|past|old) (pupils?|students?|learners?|children|child)\b|\b(pupils?|students?|learners?) who (have|has) left\b/g;
function onlyFormerPupils(clause: Clause): boolean {
  const rest = plainOf(clause).replace(FORMER_PUPILS, ' ');
  return !/\b(pupils?|students?|learners?|children|child|kids?|boys?|girls?)\b/.test(rest);
}

/** A clause that allows something only because the pupil is family. */
function familyException(clause: Clause): boolean {
  return clause.reading.exception === 'family' || clause.tags.who.includes('family_member');
}

/**
 * Pupils named only in what the clause forbids ("Yes, but … never talk about school or other children with them")
 * are not whom it permits anything about; a ban with an exception ("must not message students, except through
 * Teams chat") still permits something about them.
 */
const FORBIDDEN_PART = /\b(never|do not|don't|must not|mustn't|should not|shouldn't)\b[^.;]*/;
// "… former pupils under the age of 18" limits the ban by age: past it, the rule leaves the pupil to the reader.
const EXCEPTION_WORD =
  /\b(except|unless|other than|apart from|save for|until|provided|as long as|so long as)\b|\b(under|below|younger than) (the age of )?\d/;

function speaksOfPupils(clause: Clause): boolean {
  if (!clause.tags.who.some((w) => PUPIL_WHO.includes(w) || w === 'family_member')) return false;
  const text = fold(`${clause.text} ${clause.context ?? ''}`);
  if (!PUPILS_ABSENT.test(text) && !FORBIDDEN_PART.test(text)) return true;
  const rest = text
    .replace(new RegExp(PUPILS_ABSENT.source, 'g'), ' ')
    .replace(new RegExp(FORBIDDEN_PART.source, 'g'), (part) => (EXCEPTION_WORD.test(part) ? part : ' '));
  const who = detectConcepts(rest).who;
  return PUPIL_WHO.some((w) => who.has(w)) || who.has('family_member');
}

/** The verdict from the question's intent and the chosen clause's force and polarity. */
function decideFromClause(q: ParsedQuestion, clause: Clause): Verdict {
  const r = readingFor(q, clause);
  const force = r.force;
  // Leaving untold what the policy says must be reported is a no, whatever else the question asks.
  if (q.skipsReporting && requiresReporting(clause)) return 'not_allowed';
  if (q.intent === 'procedure') return 'guidance';
  if (q.intent === 'consequence') return 'guidance';
  if (q.intent === 'fact') return 'guidance';
  if (q.harm && q.intent === 'situation') return 'guidance';
  // Hard rule: an image that may be an indecent image of a child is never kept, copied, shared, forwarded or looked
  // at by staff, whatever else the question says; the school tells the police.
  if (q.concepts.what.has('indecent_images') && INDECENT_HANDLING.test(q.folded)) return 'not_allowed';
  if (q.concepts.what.has('indecent_images') && q.intent !== 'permission') return 'guidance';
  if (q.intent === 'situation' && !q.incoming && !NORMATIVE.has(force)) return 'guidance';

  // "Yes, but only in the staff room … and only during your own break" asked about a break in the staff room: the
  // permission's own limits are met, whichever part of the sentence is read.
  if (
    q.intent === 'permission' &&
    !q.negativeAction &&
    clause.tags.force === 'may' &&
    insideTheTimesAllowed(q, plainOf(clause))
  )
    return 'allowed';
  // "Only the Office Manager posts to the school page" rules on posting to or running it, and on nothing else a
  // question might share words with ("can I add the teacher on Facebook?").
  if (!POSTING_ASKED.test(q.folded) && clause.reading.keptTo) return 'guidance';
  // Nor does a rule that only extends other rules to more people say yes or no by itself.
  if (extendsOtherRules(clause)) return 'guidance';

  const familyAsked = q.concepts.who.has('family_member');
  // "ok to text mum from the work phone?" names the work means to text with; "from my hotmail, since my school email
  // won't load" and "start a whatsapp, Firefly is so clunky" still name a means of the asker's own.
  const meansClash =
    r.restriction === 'means_official' &&
    q.personalMeans &&
    (!q.officialMeans || OWN_MEANS.test(q.folded) || PERSONAL_APP.test(q.folded));

  if (force === 'only_with_permission') {
    if (meansClash) return 'not_allowed';
    // "Can I post it without asking them?": doing it without the permission the rule requires is a no.
    if (WITHOUT_PERMISSION.test(q.folded)) return 'not_allowed';
    // "Only the Office Manager and staff the Head names may post on the school page": the page is where the rule
    // holds, not a place where posting is allowed.
    if (clause.reading.keptTo) return 'needs_permission';
    // "can only use it in their common room, or if authorised": asking about the named place is a yes.
    const only =
      /\bonly\b(?:(?!\b(?:if|when|unless|with)\b)[^,;.])*?\b(in|at|during|on|within) (their |the |a |an |official )?([a-z' ]+?)(,| or |\.|;|$)/.exec(
        clause.text.toLowerCase(),
      );
    // "… may only be used on personal accounts with the written agreement of the Head": the place is where the
    // permission is needed, not an alternative to it.
    const scopeOfPermission =
      !!only &&
      /\b(with|without) (the |their |a |an )?(prior |express |written |explicit )*(agreement|permission|consent|approval|authori[sz]ation)\b/.test(
        only[3]!,
      );
    if (only && !scopeOfPermission) {
      const place = only[3]!.split(' ').filter((w) => w.length > 3);
      if (place.length && place.every((w) => q.folded.includes(w))) return 'allowed';
      // … and asking about another place, with no word of the permission route, is a no.
      if (place.length && OTHER_PLACE.test(q.folded) && !q.concepts.what.has('permission')) return 'not_allowed';
    }
    // "Not permitted, except during authorised breaks": the question is about the excepted time or case.
    if (!r.negativeAction && /\bexcept\b/.test(clause.text.toLowerCase()) && exceptionMatches(q, clause.text))
      return q.when === 'school_time' ? 'not_allowed' : 'allowed';
    // "keep your number private and not use your phone unless agreed": giving the number out is still a no.
    if (r.negativeAction && /\b(give|giving|share|sharing|hand|pass|tell|post|reveal)\b/.test(q.folded))
      return 'not_allowed';
    if (familyAsked && r.exception === 'family') return 'depends';
    return 'needs_permission';
  }
  if (PROHIBITIVE.has(force)) {
    // "Should I delete it?" against "must not … forward or delete it": the refusal asked about is itself banned.
    if (q.negativeAction && !r.negativeAction && !bansTheAct(q, clause.text)) return 'allowed';
    // "… with the exception of professional sites such as LinkedIn": asking about the exception is a yes.
    if (r.exception === 'other' && exceptionMatches(q, clause.text)) {
      // "… except during breaks" asked about a lesson is still a no.
      return q.when === 'school_time' && /\bexcept (during|in|at)\b/i.test(clause.text) ? 'not_allowed' : 'allowed';
    }
    // "must not be contacted until they have reached the age of 18" asked about a 17-year-old: the
    // condition is met, so the ban holds; at 18 or over it has lapsed (unless another condition remains).
    const gate = ageGate(q, clause.text);
    // "until at least three years have passed since they left" asked about someone who left five years ago.
    const left = leftGate(q, clause.text);
    if (gate === 'applies' || left === 'applies') return 'not_allowed';
    // "until they are at least 18 and have left at least two years earlier", asked about a 22-year-old who left ten
    // years ago: both conditions have passed.
    if (gate && left) return 'allowed';
    // "… until the former student is both 18 or over and has left the academy" asked about a Year 13 who has just
    // turned 18: the age has passed, but they are still a student here.
    if (gate === 'lapsed_other' && stillOnRoll(q) && /\b(has|have|having) left\b/.test(fold(clause.text)))
      return 'not_allowed';
    if (gate === 'lapsed') return 'allowed';
    if (gate === 'lapsed_other') return 'depends';
    if (left === 'lapsed') return 'allowed';
    if (left === 'lapsed_other') return 'depends';
    // "… pictures of pupils other than their own children" asked about one's own child: the rule leaves that out.
    if (OWN_CHILD_EXCEPTED.test(clause.text.toLowerCase()) && OWN_CHILD_ASKED.test(q.folded)) return 'allowed';
    if (r.exception === 'family') return familyAsked ? 'depends' : 'not_allowed';
    if (r.exception === 'permission') return 'needs_permission';
    // "must not … if that contact is likely to …" qualifies the rule; "If a pupil sends you …, do not …"
    // only sets the scene.
    const lower = clause.text.toLowerCase();
    const modalAt = lower.search(/\b(must|should|shall|do not|never|not)\b/);
    const ifAt = lower.search(/\b(if|until)\b/);
    if (r.conditional && r.exception === null && ifAt > modalAt && modalAt >= 0 && !/\bonly\b/.test(lower))
      return 'depends';
    return 'not_allowed';
  }
  // "Can I wait until Monday to report?" / "Should I look through it first?" against a rule to act at once:
  // putting the required step off is what the rule forbids.
  if (
    (q.intent === 'permission' || q.intent === 'situation') &&
    // "wait to report it": the refusal asked about is the very step the rule requires at once.
    (!q.negativeAction || requiresTheAct(q, clause.text)) &&
    (MANDATORY.has(force) || force === 'advised') &&
    !r.negativeAction &&
    IMMEDIATELY.test(clause.text) &&
    DELAY.test(q.folded)
  )
    return 'not_allowed';
  // "Should I put my date of birth on Facebook?" against "be aware of the dangers of putting personal
  // information online": a warning about the very act asked is advice not to.
  if (
    q.intent === 'permission' &&
    !q.negativeAction &&
    force === 'advised' &&
    WARNING.test(clause.text) &&
    /^(should|can|could|may|is it (ok|okay|alright|fine|safe)( for me)? to)\b/.test(q.folded)
  )
    return 'not_allowed';
  // "identified by first name only" asked about full names: the alternative the rule leaves out is a no.
  if (!q.negativeAction && contrastsOnly(q, clause.text)) return 'not_allowed';
  // "Should my Instagram be public?" against "set your accounts to private": the opposite of what the rule asks.
  if (!q.negativeAction && (MANDATORY.has(force) || force === 'advised') && asksOppositeState(q, plainOf(clause)))
    return 'not_allowed';
  // "The friendship may continue, but … school matters must never be discussed on it" asked "can I discuss a pupil's
  // SEN with the parent on Messenger?": the question is about what the rule's own proviso forbids.
  if (!q.negativeAction && q.intent === 'permission' && provisoForbids(q, plainOf(clause))) return 'not_allowed';
  if (MANDATORY.has(force)) {
    // "Parents should raise concerns through official channels rather than posting them on social media."
    const rather = /\b(rather than|instead of)\b(.*)$/i.exec(clause.text);
    if (
      rather &&
      /\b(social media|online|post|posting|social networking)\b/i.test(rather[2]!) &&
      q.concepts.online &&
      !q.negativeAction
    )
      return 'not_allowed';
    // "… through the Sixth Form Office and not through LinkedIn recommendations": asking about the excluded means.
    const excluded = /\b(and|but) (not|never) (through|via|by|on|using|in|with|from)\b(.*)$/i.exec(clause.text);
    if (excluded && !q.negativeAction) {
      const qWords = new Set(contentWords(q.folded).map((w) => processTerm(w)));
      if (contentWords(fold(excluded[4]!)).some((w) => w.length > 3 && qWords.has(processTerm(w))))
        return 'not_allowed';
    }
    // "I saw a worrying post" answered by "tell the DSL": the answer is what to do, not a yes.
    if (q.intent === 'situation' && !q.incoming && clause.tags.what.includes('reporting') && !r.negativeAction)
      return 'guidance';
    if (r.negativeAction && r.restriction === 'time') {
      if (q.when === 'break' || q.when === 'outside') return 'allowed';
      if (q.when === 'school_time' && /\b(lesson|class|teaching|children)\b/.test(q.folded)) return 'not_allowed';
      return 'depends';
    }
    if (r.negativeAction) {
      if (r.exception === 'family' && familyAsked) return 'depends';
      return q.negativeAction ? 'allowed' : 'not_allowed';
    }
    if (meansClash) return 'not_allowed';
    // "Phones must be kept in your locker" asked "can I keep it in my pocket?": another place than the one required.
    if (!q.negativeAction && otherPlaceThanRequired(q, plainOf(clause))) return 'not_allowed';
    if (r.restriction === 'means_official' && q.concepts.what.has('official_accounts')) return 'needs_permission';
    if (r.restriction === 'time' || r.restriction === 'other' || r.conditional) return 'depends';
    // "Students must hand in phones at reception" asked "can I give a pupil my number?": a duty of someone else's
    // says nothing about what the asker may do.
    if (q.actor === 'self' && (clause.tags.subject === 'pupils' || clause.tags.subject === 'parents'))
      return 'guidance';
    // "You are responsible for everything you post": answerability, not a permission.
    if (AWARENESS.test(plainOf(clause))) return 'guidance';
    // "Before taking or sharing an image of a student, staff must check the consent list": a step to take first says
    // nothing about whether the act itself is allowed, unless the act asked about is that step.
    if (dutyBeforeAnotherAct(q, plainOf(clause))) return 'guidance';
    // "Photos of pupils may only be taken on school cameras" asked "can I send a pupil a photo of myself?": a duty
    // about another act is no yes to this one.
    if (!sharesAct(q, clause)) return 'guidance';
    // "Photos taken under that exception must be uploaded …": a duty about what an exception elsewhere allows says
    // the act is allowed only where that exception holds.
    if (UNDER_AN_EXCEPTION.test(plainOf(clause))) return 'depends';
    return 'allowed';
  }
  if (force === 'advised_not') return 'not_allowed';
  // "Staff posting photos will be aware of the importance of protecting children": awareness asked of the reader
  // permits nothing.
  if (force === 'advised') return AWARENESS.test(plainOf(clause)) ? 'guidance' : 'allowed';
  if (force === 'may') {
    // "Staff are permitted to take photographs … using a College device" asked about their own phone.
    if (meansClash) return 'not_allowed';
    // "Private settings ✔" asked "should my instagram be public?": leave for the opposite is no yes to this.
    if (!q.negativeAction && asksOppositeState(q, plainOf(clause))) return 'guidance';
    // "… may connect with former students once they are aged 18 or over" asked about a 13-year-old.
    const from = permittedFromAge(clause.text) ?? (clause.context ? permittedFromAge(clause.context) : null);
    if (from !== null && q.age !== null && q.age < from) return 'not_allowed';
    // "… once the former student is aged 18 or over" asked about a leaver whose age the question does not give.
    if (from !== null && q.age === null && !ADULT_ASKED.test(q.folded)) return 'depends';
    // "Pupils in Key Stage 2 may use the blogging platform": what pupils or parents may do permits the asker nothing.
    if (q.actor === 'self' && (clause.tags.subject === 'pupils' || clause.tags.subject === 'parents'))
      return 'guidance';
    // "Personal devices may be used during breaks, in the staff room or where pupils are not present" asked about a
    // lesson: the permission is for other times.
    if (outsideTheTimesAllowed(q, plainOf(clause))) return 'not_allowed';
    // "may like and share the school's posts, provided they do not add comments that identify pupils": a proviso
    // on how is still a yes (with the clause quoted); a condition on when or whether ("if", "unless") depends.
    if (r.conditional && provisoOnly(plainOf(clause))) return 'allowed';
    // "A personal phone may be used in an emergency …" asked about an emergency: the condition is met.
    if (
      r.conditional &&
      EMERGENCY_ONLY.test(plainOf(clause)) &&
      /\b(emergenc(y|ies)|urgent|hospital|ill|accident|999|111|ambulance|seizure|fitting|collapsed|unconscious|bleeding|injur(y|ed|ies)|hurt|fire|missing|choking|allergic|anaphyla\w*|asthma attack)\b/.test(
        q.folded,
      )
    )
      return 'allowed';
    return r.conditional ? 'depends' : 'allowed';
  }
  return 'guidance';
}
