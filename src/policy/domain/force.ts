import { ROLES } from './lexicon.js';
import { fold } from './text.js';

/** What a policy sentence does to the act it names: forbids, requires, advises, permits, or only describes. */
export type Force =
  | 'must'
  | 'must_not'
  | 'should'
  | 'should_not'
  | 'advised'
  | 'advised_not'
  | 'may'
  | 'only_with_permission'
  | 'descriptive';

/**
 * The force of a policy sentence: whether it forbids, requires, advises or permits, whether it turns on a
 * condition, and whose permission it needs. Works on folded text (see fold()).
 */
export interface ForceReading {
  force: Force;
  conditional: boolean;
  /** "unless they are family members": an exception that lets the forbidden thing happen. */
  exception: 'family' | 'permission' | 'other' | null;
  permissionOf: string | null;
  /** The sentence requires a refusing or withholding act ("decline", "keep private", "limit to"). */
  negativeAction: boolean;
  /** The sentence restricts to one means or time ("only official sites", "limit to rest breaks"). */
  restriction: 'means_official' | 'time' | 'other' | null;
  /** Posting to or running something is kept to some people (see exclusiveActor). */
  keptTo: 'named' | 'sole' | null;
}

/** After "ask" or "check with", someone who does not clear anything: "ask yourself first", "ask the children". */
const NOT_WHO_CLEARS = '(?! (yourself|yourselves|the children|the pupils|pupils|children)\\b)';

/** "<someone> may authorise …": the subject grants leave to others; it is not their own leave. */
export const GRANTS =
  /(?<!\b(staff|you|teachers|they|we|employees) )\b(may|can|will) (authori[sz]e|approve|sanction|grant permission for|give permission for)\b/;

const PERMISSION_WORD =
  '(permission|consent|approval|approved|authoris\\w*|authoriz\\w*|agreed|agreement|sanction(ed)?)';
const PERMISSION = [
  new RegExp(
    `\\b(unless|without|except with|only with|only following|following|subject to)\\b[^.;]{0,80}\\b${PERMISSION_WORD}`,
  ),
  new RegExp(
    `\\b(must|should|will need to|need to|are required to|have to)\\b[^.;]{0,20}\\b(first )?(be )?(obtain|seek|get|gain|ask for|request)\\w*\\b[^.;]{0,30}\\b${PERMISSION_WORD}`,
  ),
  new RegExp(
    `\\b${PERMISSION_WORD}\\b[^.;]{0,40}\\b(must|should|has to|needs to) (first )?be (obtained|sought|given|granted)`,
  ),
  /\b(must|should|will|need to) be (approved|authoris\w*|authoriz\w*|agreed|sanctioned|signed off)\b/,
  /\b(only|can only|may only|will only)\b[^.;]{0,60}\b(if|when|once|with|after)\b[^.;]{0,70}\b(authoris\w*|authoriz\w*|approv\w*|permission|consent|agreed)\b/,
  /\b(with|after) (the )?(prior |written |express )*(approval|permission|consent|agreement|authorisation|authorization) (of|from)\b/,
  /\bfor (their |his |her |prior )?(approval|authorisation|authorization|sign-?off|agreement)\b/,
  // "… must not be used with students until they have been approved by the Network Manager".
  /\buntil (it|they|this|the \w+) (has|have) been (approved|authoris\w*|authoriz\w*|agreed|cleared|signed off)\b/,
  /\b(obtain|seek|ask for|get|request)\w* (prior |written |express )*(approval|permission|consent)\b/,
  // "… you must have the headteacher's written agreement first".
  /\b(must|should|will need to|need to|have to) (first )?(have|hold|obtain|get|seek|receive) (the |their |a |an )?([a-z]+'s? )?(prior |written |express |explicit )*(agreement|permission|consent|approval|authori[sz]ation)\b/,
  // "… may do so, with the Headteacher's agreement": the agreement named by whose it is; not the child's own
  // agreement, which is the child's say, and not "even with the learner's agreement", which grants nothing.
  /(?<!\beven )\bwith (the |their |your |a )?(?!(pupil|student|learner|child|parent|carer|person|family)s?'s?\b)[a-z]+(?: (?!(pupil|student|learner|child|parent|carer)s?'s?\b)[a-z]+)?'s? (prior |written |express |explicit )*(agreement|permission|consent|approval|authori[sz]ation)\b/,
  // "… must have it approved by the Online Safety Lead before it is set up".
  /\b(must|should|will need to|need to|needs to|have to|has to) (first )?(have|get) (it|them|this|that|these|the \w+) (approved|authoris\w*|authoriz\w*|agreed|signed off|cleared)\b/,
  // "AMBER – ask the DSL (Ms Okafor) first:", "check with the office first": someone clears it before it is done.
  new RegExp(
    `\\b(ask|check with|speak to|talk to|clear it with|get the ok from|run it past)\\b${NOT_WHO_CLEARS}[^.;:]{0,50}?\\bfirst\\b`,
  ),
  // "If you already know a learner's family, tell the Headteacher, who must agree what contact is appropriate".
  /\b(tell|inform|ask|speak to|talk to|check with|notify)\b[^.;]{0,50}, who (must|will|should|needs to|has to|may|can) (first )?(agree|approve|decide|authori[sz]e|sign off)\b/,
  GRANTS, // "The trip leader may authorise the use of a personal phone": staff ask them first.
  // "Staff who want to use images … need written permission from the Headteacher".
  /\b(need|needs|require|requires)\b (the |a |an |their )?(prior |written |express |explicit |formal )*(permission|consent|approval|agreement|authori[sz]ation|sign-?off) (from|of)\b/,
  // "Speak to the Computing Lead if you want to use a new app": a named person clears it first.
  /\b(speak to|talk to|ask|check with|consult|clear it with)\b[^.;]{0,50}\b(if|before) (you|they|staff|adults|employees) (want|wish|plan|intend|would like)\b/,
  /\b(if|before) (you|they|staff|adults|employees) (want|wish|plan|intend|would like)\b[^.;]{0,60}\b(speak to|talk to|ask|check with|consult)\b/,
  // "You will need to check with Mrs Patel before:" (a list of what she clears), "run it past the DSL before posting".
  new RegExp(
    `\\b(check with|clear (it|this|that|them) with|run (it|this|that|them) (past|by)|speak to|talk to|consult|ask)\\b${NOT_WHO_CLEARS}[^.;]{0,60}\\bbefore\\b(?: (you|they|staff|adults|employees) [a-z]+| [a-z]+ing\\b|\\s*:?\\s*$)`,
  ),
];

/** The school or its head promising the reader something it will not do ("we won't ever ask you to …"). */
const AUTHOR_PROMISE =
  /\b(we|i) (will not|won't|will never|would never|wouldn't|shall not|never)( ever)? (ask|tell|expect|require|make|force|pressure|judge|check|monitor|look at|read)\b[^.;]*?\byou(r)?\b/;

/** People picked out by the consent they lack ("children without photo consent", "any pupil who has no consent"). */
export const PEOPLE_WITHOUT_CONSENT =
  /\b(children|pupils|students|learners|anyone|those|any (child|pupil|student))( who (are|is|have|has))? (without|with no|has no|have no) ((photo|photograph|photographic|media|image|video|parental|filming) )?(consent|permission)\b/g;

/** The examples a sentence gives before its own verb: "such as X, Y or Z," up to "must", "should" …. */
const EXAMPLE_SPAN =
  /\b(such as|for example|for instance|e\.g\.?)\s[^;)]*?(?=,? (must|should|shall|will|may|can|are|is)\b)/g;

/** "No employee may …", "may not … without": the leave is refused, not given. */
const NOBODY_MAY = /\b(no|nobody|none)\b[^.;]{0,60}\b(may|can)\b|\b(may|can) not\b|\bcannot\b/;
const NO_PERMISSION_NEEDED =
  /\b(may|can|are free to|are allowed to|is allowed to|are permitted to|is permitted to)\b[^.;]{0,80}\bwithout (asking|needing|seeking|(any |the |their |prior |further |separate |written )*(permission|approval|consent|agreement|authori[sz]ation))\b/;

/** An adverb that may stand between a modal and its "not" ("must still not", "should also not"). */
const BETWEEN_MODAL_AND_NOT = '(still|also|then|likewise|equally|therefore|however)';

/** A duty's modal, not followed by its "not"; and the first "not" after a modal. */
const STRONG_MUST = new RegExp(
  `\\b(must|should|shall|are required to|is required to|have to|are expected to)\\b(?!( ${BETWEEN_MODAL_AND_NOT})? (not|never)|n't)`,
);
const FIRST_NOT = new RegExp(
  `\\b(must|should|shall|may|can) ?(${BETWEEN_MODAL_AND_NOT} )?(not|never)\\b|\\bnever\\b|\\b(cannot|can't|shouldn't|mustn't)\\b`,
);

/** A cross or a tick standing for "no" or "yes". */
const CROSS_MARK = /[✘✗✕❌✖⛔🚫]/u;
const TICK_MARK = /[✔✓☑✅]/u;

/** What a disciplinary code calls a breach: "gross misconduct", "a disciplinary offence". */
const MISCONDUCT = '(an? )?(act of )?(serious |gross )?(misconduct|disciplinary (offen[cs]es?|matters?))\\b';

const MUST_NOT = [
  // A disciplinary code's rules: "Accepting a friend request from a pupil is gross misconduct", "Examples of
  // misconduct online:" (its list items inherit the force), "… will be treated as misconduct".
  // What happens on a breach of the policy ("Failure to follow this policy may be treated as misconduct") is no rule.
  new RegExp(
    `^(?!.*\\b(whether|breach(es)?|failure|failing|non-?compliance|disregard)\\b).*(?<!\\bnot |\\bnone of the following |\\bnone of these )\\b(is|are|would be|will be|constitutes?|amounts? to)( (treated|regarded|considered|seen|dealt with) as)? ${MISCONDUCT}`,
  ),
  // … as a list's own heading or lead-in ("C5.1 Examples of gross misconduct online"), not inside a document's title
  // ("Disciplinary Policy – Appendix C: Examples of Misconduct …"), which a PDF's running header repeats.
  new RegExp(`^([a-z]?\\d+(\\.\\d+)*\\.? )?examples? of ${MISCONDUCT}`),
  /\b(must|shall) ?not\b/,
  // "… must still not name the Academy", "must also not".
  new RegExp(`\\b(must|shall) ${BETWEEN_MODAL_AND_NOT} not\\b`),
  /\bmustn't\b/,
  /\b(cannot|can't|can not|may not) (be )?(use|used|access|accessed|take|taken|post|posted|share|shared|publish|published|bring|brought|contact|friend|add|accept|record|recorded|give|given)\b/,
  /\b(staff|you|employees|they|members of staff|staff members|teachers|adults|parents|pupils|children|i|we) (cannot|can't|can not|may not|will not|won't)\b/,
  // A signed agreement's "don't" list: "✘ No pupils' photos on your own phone."
  /^[✘✗✕❌]/,
  /\b(must|should|will|shall) never\b/,
  /\bnever\b/,
  /\bunder no circumstances\b/,
  /\b(is|are|be) (strictly )?(not|never) (allowed|permitted|acceptable|appropriate|tolerated)\b/,
  /\b(is|are|be) (strictly )?(prohibited|forbidden|banned|unacceptable|not acceptable|not considered acceptable)\b/,
  /\bnot (allowed|permitted)\b/,
  /\bnot (considered |deemed |seen as |regarded as )?(acceptable|appropriate)\b/,
  /\b(prohibited|forbidden|unacceptable)\b/,
  // "No pupil should be …", "Nothing you post may be filmed on site"; not a condition naming an absence ("… when
  // no pupil is present").
  /(?<!\b(when|where|while|whilst|if|unless|provided|once|as long as|so long as) )\bno (staff|member|one|contact|access|pupil|personal|photograph|image)\b[^.;]{0,60}\b(should|must|will|is|are|may|can)\b/,
  /(?<!\b(when|where|while|whilst|if|unless|provided|once|as long as|so long as) )\b(nothing|nobody)\b[^.;]{0,60}\b(should|must|may|can|is to|are to)\b/,
  /\bthere (will|must|should) be no\b/,
  /(^|[,;:] )(do not|don't|never|avoid)\b/,
  /\bplease (do not|don't|never)\b/,
  /\bnot (to be|be) used\b/,
  // Passive bans: "details are not to be shared", "such content is never to be posted".
  /\b(is|are|be) (not|never) to be \w+(ed|en|wn|t)\b/,
  // House rules stated as fact: "Pupils in Key Stage 1 do not use social media in school", "we don't post names".
  /\b(staff|we|pupils|children|students|employees|members of staff|staff members|teachers|adults|volunteers)( [a-z0-9 ]{0,40})? (do not|don't) (?!need\b|have\b|require\b|normally\b|usually\b|always\b|tend\b|know\b|expect\b|mean\b|intend\b|wish\b|want\b|feel\b|like\b|understand\b|see\b|get\b|realise\b|realize\b)[a-z]+/,
];

const SHOULD_NOT = [
  /\b(should|ought) ?not\b/,
  new RegExp(`\\bshould ${BETWEEN_MODAL_AND_NOT} not\\b`),
  /\bshouldn't\b/,
  /\bshould never\b/,
  /\b(are|is) not expected to\b/,
  /^(avoid|refrain)\b|\b(should|must|to|always) (\w+ )?(avoid|refrain)\b/,
];

const ADVISED_NOT = [
  // "It's best to leave it unanswered or decline it politely", "it's best not to …": the soft voice's no.
  /\b(it's|it is) (best|better|wisest|safest) not to\b/,
  /\b(is|are|be) (strongly )?discouraged\b|\bdiscourage[sd]? (from|staff|adults|you)\b/,
  /\badvis\w* (that you |them |staff )?(should )?not\b/,
  /\b(recommended|advisable) not\b/,
  /\bnot (advisable|recommended)\b/,
];

const MUST = [
  /\bmust\b/,
  // "We do ask that you set your profiles to private", "we'd expect you to …": the soft voice of a rule.
  /\b(we|i) (do |would |'d )?(ask|expect|request|require) (that )?(you|staff|all staff|everyone|colleagues)\b/,
  /\bwe'd expect (you|staff)\b/,
  // A signed agreement's undertakings ("I will keep my accounts private", "We will report …") and its "do" list (✔).
  /\b(i|we) (will|shall|agree to|undertake to|promise to) (?!not\b|never\b)/,
  /^[✔✓☑✅]/,
  /\b(are|is) required to\b/,
  /\b(have|has) to\b/,
  /\bshall\b/,
  /\b(need|needs) to\b/,
  /\balways\b/,
  /\b(ensure|make sure)\b/,
  /\b(it is|is) (essential|mandatory|compulsory)\b/,
  /\b(have|has) a (responsibility|duty) to\b/,
  /\b(are|is) responsible for\b/,
];

const SHOULD = [
  // "It's best to leave it unanswered or decline it politely": the soft voice's duty.
  /\b(it's|it is) (best|better|wisest|safest) to\b/,
  /\bshould\b/,
  /\bought to\b/,
  /\b(are|is) expected to\b/,
  /\bexpected\b/,
];

const ADVISED = [
  /\b(advised|advisable)\b/,
  /\b(recommend\w*|encourag\w*)\b/,
  /\bcaution\b/,
  /\b(be|being) (careful|cautious|mindful|aware)\b/,
  /\bconsider\b/,
  /\bthink (about|before)\b/,
  /^(remember|check|review|make|keep|use|follow)\b/,
];

/** Jobs in a school, as a rule's subject ("peripatetic tutors", "the matron", "lunchtime supervisors"). */
export const STAFF_JOB =
  /\b(tutors?|teachers?|coach(es)?|assistants?|technicians?|accompanists?|choreographers?|directors?|chaperones?|houseparents?|matrons?|supervisors?|officers?|managers?|employees|volunteers?|practitioners?|workers?|escorts?|drivers?|nurses?|therapists?|counsellors?|librarians?|caretakers?|receptionists?|administrators?|leaders?|co-?ordinators?|heads? of (?:department|year|house|school|key stage|sixth form|faculty)s?|mentors?|sencos?|dsls?)\b/;

/** Nouns a relative clause describes ("simple lists you can check in a minute"): what a thing is for, not leave. */
const DESCRIBED = '(lists?|things?|which|that|what|ones?|steps?|places?|sites?|apps?|tools?|pages?)';

const MAY = [
  // "Choreographers and directors may ask Marketing about a showreel clip": a job's permission, whatever the act.
  new RegExp(
    `${STAFF_JOB.source}( and [a-z]+)? (may|can) (also )?(?!not\\b|only\\b|never\\b|be\\b|wish\\b|want\\b|need\\b|find\\b|feel\\b|have\\b|receive\\b|see\\b|get\\b)[a-z]+`,
  ),
  new RegExp(
    `(?<!\\b${DESCRIBED} )\\b(staff|you|they|employees|members of staff|staff members|teachers) (may|can|are able to) (\\w+ )?(use|keep|say|access|post|have|continue|accept|follow|add|contact|share|join|communicate|take|carry|bring|wear|check|text|ring|call|phone|message|email|send|reply|like|belong|stay|remain|attend|mention|name|list|link|connect|befriend|friend|film|photograph|record|livestream|stream|play|meet|visit|tutor|show|upload|set up|create|run|comment|repost|retweet|tag|publish)\\b`,
  ),
  // A model policy's defined term for the reader ("the Employee may identify the school …"): any act they may do.
  // The learnt defined terms are read as "staff" ("staff may identify …"), so the plain subject at the start of
  // a rule takes any act as well; what merely may happen to staff ("may wish to", "may receive") is no permission.
  /\b(the|an|any|each|every) (employee|member of staff|staff member|worker|volunteer|teacher) (may|can|is able to) (?!not\b|only\b|never\b|be\b|lead\b|result\b|become\b|face\b)[a-z]+/,
  /^(staff|staff members|members of staff|employees) (may|can|are able to) (?!not\b|only\b|never\b|be\b|lead\b|result\b|become\b|face\b|wish\b|want\b|need\b|feel\b|find\b|also\b|sometimes\b|well\b|have\b|receive\b|encounter\b|come\b|see\b|experience\b|get\b)[a-z]+/,
  // "The Employee is entitled to a private life and the Employer does not wish to restrict … personal use".
  /\b(is|are) entitled to\b/,
  // "A connection with a pupil who is a member of their own family is not a breach of this Part, provided …".
  /\b(is|are|will|would) not (be )?(a |in )?breach(es)?\b|\b(does|do) not (breach|constitute a breach|amount to a breach)\b/,
  // A disciplinary code's permissions: "None of the following is misconduct in itself", "… is not misconduct".
  new RegExp(
    `\\b(none of (the following|these|this|them) (is|are|would be|will be)|(is|are|would|will) not( be)?( in itself| themselves)?)( treated as| regarded as| considered( to be)?)? ${MISCONDUCT}`,
  ),
  /\b(does|do) not (wish|intend|seek|want) to (restrict|prevent|stop|prohibit|limit)\b/,
  // "GREEN – fine to do:", "OK to do without asking".
  /\b(fine|ok|okay|alright|all right|safe) to do\b/,
  // "There's no problem with having TikTok", "Feel free to share the school's posts", "that's absolutely fine".
  /\bthere('s| is) no problem with\b|\bfeel free to\b|\b(you're|you are) (welcome|free) to\b|\b(that's|that is|it's|it is|this is) (absolutely |perfectly |completely |totally |quite )?(fine|ok|okay|no problem)\b/,
  // "Nothing in this code prevents staff from holding personal accounts": no rule against it.
  /\bnothing (in|within|under) (this|these|the) [a-z ]{0,40}?(prevents?|stops?|prohibits?|forbids?|bars?|restricts?)\b/,
  /\b(are|is) (permitted|allowed|free|welcome) to\b/,
  // A signed agreement's permissions: "I may share the school's official posts".
  /\b(i|we) (may|can) (also )?(?!not\b|never\b|only\b|be\b|find\b|need\b|feel\b|see\b|receive\b|get\b|wish\b|want\b)[a-z]+/,
  // "Staff may be friends with or follow parents …": being connected is the permitted act.
  /\b(may|can) (also )?(be|become|remain|stay) (friends|connected|in contact|in touch)\b/,
  /\b(does|do) not expect\b[^.;]{0,60}\b(discontinue|stop|end|remove|cease|cut)\b/,
  /\bit is (fine|acceptable|ok|okay|natural) (for|to)\b/,
  /\bcan (be used|use)\b/,
  /\b(is|are) (acceptable|permitted|allowed|fine)\b/,
  /\b(connection|contact|friendship|account|this|it) (may|can) (continue|remain|stay)\b/,
  // Not "simple lists you can check in a minute": what a thing is for, not leave.
  new RegExp(
    `(?<!\\b${DESCRIBED} (you|staff|they|we) )\\b(may|can) (also )?(use|keep|say|access|post|continue|accept|follow|add|contact|share|join|communicate|take|check|stay|remain|speak|talk|attend|do so|phone|ring|call|text|message|email|e-mail)\\b`,
  ),
  // "Email may be accessed on a personal phone only if …": a passive permission, its condition read below.
  // Not "… so that it can be recorded": the purpose of a step, not leave.
  /(?<!\bso (that )?(it|they|this|these) )\b(may|can) (also )?be (used|accessed|kept|shared|posted|taken|stored|viewed|read|carried|contacted|worn|brought|played|downloaded|installed|streamed|broadcast|filmed|recorded|photographed|published|uploaded|sent)\b/,
  // "… that's your business, but please don't mention school": left to the person.
  /\b(that's|that is|it's|it is|this is) (entirely |completely )?(your|their) (own )?(business|choice|affair|decision)\b/,
  // "Political posts are a matter for the individual": left to the person, so allowed.
  /\b(is|are) (a matter|entirely a matter|up) (for|to) (the individual|individuals|each (member of staff|person)|you|staff)\b/,
];

/** Instructions written as imperatives ("Take a screenshot…", "…, tell the DSL"). */
const IMPERATIVE =
  /(^|[,;:] )(take|tell|report|leave|inform|record|save|block|decline|ignore|speak to|talk to|contact|delete|remove|screenshot|note|keep a (note|record|copy)|seek advice|ask)\b/;

const CONDITION =
  /\b(unless|except|other than|if (that|the|it|this|they|there|such|their|a|an|you|staff)|where (appropriate|necessary|there is|this|it|the)|in exceptional circumstances|as long as|so long as|provided( that)?|depending|depends|limit\w* (their|your|the)?[^.;]{0,40}\bto\b|only (during|in|at|when|if|for|on|within|through|via|using)|whether|until (they|the|you|at least|a|an|their|after)|yes,? but|(only )?in (an|case of( an)?|the event of( an)?) emergenc(y|ies)|for emergenc(y|ies)( use)?( only)?)\b/;

const FAMILY_EXCEPTION = /\b(unless|except|other than|apart from)\b[^.;]{0,60}\b(family|relatives?|related|own child)/;

/** A sentence about what the policy (or document, or code) itself does. */
const PURPOSE =
  /^(the (purpose|aim|aims|objective|objectives) of )?(this|the) (policy|document|guidance|code( of conduct)?)( also)? (sets out|explains|describes|outlines|covers|applies to|aims to|is intended to|provides|gives|details|summarises|summarizes|establishes|is designed to|is to)\b/;
const EXPLICIT_MODAL = /\b(must|should|shall|may|can|cannot|will not|never)\b/;

/** No modal of its own, or only inside what it describes ("… explains how staff should …"). */
function describesRulesOnly(text: string): boolean {
  const modal = EXPLICIT_MODAL.exec(text);
  if (!modal) return true;
  const embedded = /\b(how|what|which|when|the way)\b/.exec(text);
  return !!embedded && embedded.index < modal.index;
}

/**
 * The tagger, the drafter and the answer each read the same sentences' force (a clause, its lead-in, its heading, its
 * parts): the reading is a pure function of the text, so it is kept for the texts most recently read. A copy is
 * handed out, since callers adjust the reading they get.
 */
const FORCE_CACHE = new Map<string, ForceReading>();
const FORCE_CACHE_SIZE = 4096;

/** Forgets every reading kept (benchmarks time a policy's load as if its sentences had not been read before). */
export function forgetForceReadings(): void {
  FORCE_CACHE.clear();
}

export function readForce(folded: string): ForceReading {
  const known = FORCE_CACHE.get(folded);
  if (known) return { ...known };
  const reading = readForceOf(folded);
  if (FORCE_CACHE.size >= FORCE_CACHE_SIZE) FORCE_CACHE.delete(FORCE_CACHE.keys().next().value!);
  FORCE_CACHE.set(folded, reading);
  return { ...reading };
}

function readForceOf(folded: string): ForceReading {
  // "… and we won't ever ask you to hand over your passwords": what the school promises the reader is no rule for
  // the reader; the rest of the sentence is read without it.
  const promise = AUTHOR_PROMISE.exec(folded);
  const text =
    promise && promise.index > 0 ? folded.slice(0, promise.index).replace(/[,;]?\s*(and|but)?\s*$/, '') : folded;
  let force: Force = 'descriptive';
  // "Low-level concerns, such as … taking a photo … without authorisation, must still be reported": what the
  // examples describe is no permission the rule requires.
  // "Children without photo consent must not appear …": which children, not a consent the reader must get.
  const withoutExamples = text.replace(EXAMPLE_SPAN, ' ').replace(PEOPLE_WITHOUT_CONSENT, ' ');
  // "Staff may connect … on LinkedIn without permission": leave that needs nobody's say-so.
  const permission =
    PERMISSION.some((p) => p.test(withoutExamples)) &&
    !(NO_PERMISSION_NEEDED.test(withoutExamples) && !NOBODY_MAY.test(withoutExamples));
  const mustNot = MUST_NOT.some((p) => p.test(text));
  // Both a requirement and a prohibition ("should keep records ... and should not delete them"): the
  // sentence's first modal says what it is mainly about.
  const strongMust = STRONG_MUST.exec(text);
  const firstNot = FIRST_NOT.exec(text);
  const mandatoryFirst = strongMust !== null && firstNot !== null && strongMust.index < firstNot.index;
  const awareness =
    (/\b(must|should|need to|needs to|will) (also )?(always )?(recognise|recognize|be aware|be mindful|remember|understand|note|consider|bear in mind|be conscious)\b/.test(
      text,
    ) ||
      // "I understand that anything I post may be seen by parents": what the signer knows, not a rule.
      /^(i|we) (understand|know|recognise|recognize|accept|realise|realize|am aware|are aware|appreciate)\b/.test(
        text,
      )) &&
    !/\b(must|should|shall) (not|never)\b/.test(text);
  // "The connection may continue, provided … never discusses …": the prohibition is the proviso.
  // "… that's your business, but please don't mention school": leave first, then what it does not stretch to.
  const provisoAt = text.search(
    /\b(provided|as long as|so long as|on condition that)\b|, but (please )?(do not|don't|never|must not|should not)\b/,
  );
  const mayFirst = provisoAt > 0 && MAY.some((p) => p.exec(text.slice(0, provisoAt)) !== null);
  // Answers in a policy's Q&A section ("Can I …? No. Politely decline …") carry their force in the first word.
  const answerWord = /^(?:(?:a\d{0,2}|answer)\s*[:.)–-]\s*)?(no|yes)\b[.,!;:]?/.exec(text);
  if (permission) force = 'only_with_permission';
  else if (answerWord?.[1] === 'no') force = 'must_not';
  else if (answerWord?.[1] === 'yes') force = 'may';
  else if (mayFirst) force = 'may';
  else if (awareness) force = 'advised';
  else if (mandatoryFirst) force = /\b(must|shall|required|have to)\b/.test(strongMust[0]) ? 'must' : 'should';
  else if (ADVISED_NOT.some((p) => p.test(text))) force = 'advised_not';
  else if (SHOULD_NOT.some((p) => p.test(text)) && !/\bmust not\b/.test(text)) force = 'should_not';
  // "Staff are encouraged to like and share the academy's posts": leave to do it, and then some.
  else if (
    /^\(?(staff|you|employees|staff members|members of staff|teachers) (are|is) (strongly )?encouraged to\b/.test(text)
  )
    force = 'may';
  else if (
    /^\(?(staff|you|employees|staff members|members of staff|teachers) (are|is) (strongly )?(advised|recommended|encouraged)\b/.test(
      text,
    )
  )
    force = 'advised';
  else if (mustNot) force = 'must_not';
  else if (/\b(are|is) (strongly )?(advised|recommended|encouraged)\b/.test(text)) force = 'advised';
  else if (MAY.some((p) => p.test(text))) force = 'may';
  else if (MUST.some((p) => p.test(text))) force = 'must';
  else if (SHOULD.some((p) => p.test(text))) force = 'should';
  else if (IMPERATIVE.test(text)) force = 'must';
  else if (ADVISED.some((p) => p.test(text))) force = 'advised';
  // "This policy sets out the standards of conduct expected of everyone …", "This policy explains how adults should
  // use social media": what the policy is for, not a rule, whatever words of duty its description of the rules uses.
  if (PURPOSE.test(text) && describesRulesOnly(text)) force = 'descriptive';
  // "Step 6: Does a website need to be blocked?": a question asked in the text is not a rule.
  if (/\?["'’”)]?$/.test(text)) force = 'descriptive';
  // "Why: once a parent can message you privately, …": the reason given for a rule is not a rule.
  if (/^(why|the reason|reason|reasons|rationale|background|because)\s*[:–—-]\s/.test(text)) force = 'descriptive';
  // A slide's or a poster's marks: "Insta ✘ – ever", "LinkedIn ✔ after they leave". Words of force come first.
  if (force === 'descriptive') {
    const cross = CROSS_MARK.test(text);
    const tick = TICK_MARK.test(text);
    if (cross && !tick) force = 'must_not';
    else if (tick && !cross) force = 'may';
  }
  // "Only photos of your own child": an answer that starts with "only" limits what is allowed.
  if (force === 'descriptive' && /^only\b/.test(text)) force = 'must';
  // A list headed just "Do:" (beside a "Don't:" list) is a list of things staff are expected to do.
  if (force === 'descriptive' && /^(do|dos|do's|please do|always)\s*:?$/.test(text.trim())) force = 'must';
  // "Staff do not need to tell anyone", "you don't have to accept": no duty, so the choice is the reader's.
  if ((force === 'must' || force === 'should' || force === 'descriptive') && NOT_REQUIRED.test(text)) force = 'may';
  // "Only the Business Manager and staff named by the Head may post …", "The Office Manager is the only person who posts
  // to it": the act is kept to some people, so for anyone else it needs their say-so (when others can be named or
  // authorised to it) or is not theirs to do.
  const exclusive = exclusiveActor(text);
  if (exclusive && (force === 'may' || force === 'descriptive' || force === 'must'))
    force = exclusive === 'named' ? 'only_with_permission' : 'must_not';
  // "may only" / "can only" restricts rather than permits.
  if (
    (force === 'may' || force === 'descriptive') &&
    /\b(may|can|will|must) only\b|\bonly\b[^.;]{0,40}\b(must|may|can|should)\b/.test(text)
  )
    force = 'must';

  // "If you are a teacher, ..." addresses the reader; it is not a condition on the rule.
  const conditional = CONDITION.test(
    text
      // "… never by WhatsApp, even if that is how their own team works": the rule holds whatever, so no condition.
      .replace(/\b(even|not even) (if|when|where|though)\b[^,.;]*/g, ' ')
      // "provided that they keep to this policy" holds for every rule; it is no condition on this one.
      .replace(
        /,? (provided|as long as|so long as) (that )?(they|you|staff|what (they|you) (post|share|say)) (keep to|comply with|follow|adhere to|abide by|(is|are) consistent with|(is|are) in line with) (this|the) (policy|code|guidance)( and [^,.;]*)?/g,
        '',
      )
      .replace(
        /\bif you are (an? )?(employee|teacher|member of staff|staff member|working)\b[^,]*,( and particularly if you are [^,]*,)?/g,
        '',
      ),
  );
  let exception: ForceReading['exception'] = null;
  if (FAMILY_EXCEPTION.test(text)) exception = 'family';
  // "except during authorised breaks" names a time, not a permission to seek.
  else if (
    /\b(unless|except)\b[^.;]{0,80}\b(permission|consent|approv|authori|agreed)(?!\w* (breaks?|times?|hours|lunch|areas?|places?|rest))/.test(
      text,
    )
  )
    exception = 'permission';
  // "… unless the class teacher has asked you to": a named person's say-so.
  else if (
    /\bunless (the |your |a |an )?[a-z' ]{2,40}? (has|have) (asked|told|instructed|allowed|approved|agreed|authori[sz]ed) (you|them|staff|it)\b/.test(
      text,
    )
  )
    exception = 'permission';
  // "… unless the images have been supplied by the School Business Manager": what a named person provides or clears
  // is their say-so, a permission route like any other.
  else if (
    /\b(unless|except)\b[^.;]{0,80}\b(supplied|provided|sent|given|cleared|checked|signed off|arranged|agreed) by\b/.test(
      text,
    ) &&
    findRole(text.slice(text.search(/\b(unless|except)\b/))) !== null
  )
    exception = 'permission';
  // "… save that in a genuine emergency on a trip …": the old legal form of "except that".
  else if (
    /\b(unless|except|with the exception of|apart from|other than|excluding|save that|save where|save for|save in|save during|save on|save when)\b/.test(
      text,
    )
  )
    exception = 'other';

  let permissionOf: string | null = null;
  if (permission || exception === 'permission') {
    const m = /\b(permission|consent|approval|approved|authoris\w*|authoriz\w*|agreed|sanctioned)\b(.{0,80})/.exec(
      text,
    );
    const span = m ? m[0] : text;
    permissionOf =
      findRole(span) ?? (/\bparent/.test(span) ? 'parents' : /\bparental\b/.test(text) ? 'parents' : findRole(text));
  }
  const negativeAction =
    /\b(must|should|will|to|always|please)\s+(\w+ly )?(decline|refuse|reject|ignore|block|remove|delete|untag|keep [^.;]{0,50}\b(private|confidential|to (themselves|yourself)|separate|secure)|limit)\b|\b(be )?(kept|put|locked|stored) (out of sight|away|locked|in a (secure|safe) place|switched off|on silent)|\bswitched off\b/.test(
      text,
    ) ||
    // An instruction, or a Q&A answer ("A: Make your account private, remove the learner as a follower …"), that
    // opens with the refusal or the privacy step.
    /^(?:(?:a\d{0,2}|answer)\s*[:.)–-]\s*)?(?:no[.,!;:]?\s+)?(decline|refuse|ignore|block|remove|delete|unfriend|unfollow|untag|(keep|make|set) [^.;]{0,40}\b(private|confidential|to yourself))\b/.test(
      text,
    ) ||
    // The soft voice: "it's best to leave it unanswered or decline it politely".
    /\b(best|better|wisest|safest) to (\w+ )?(leave (it|them) (unanswered|alone)|ignore|decline|refuse|reject|block|say no|turn (it|them) down)\b/.test(
      text,
    ) ||
    // Passive: "a request from a pupil must be declined", "such requests should be ignored and reported".
    /\b(must|should|will|are to|is to) (always )?be (politely |firmly )?(declined|refused|rejected|ignored|blocked|removed|deleted|turned down)\b/.test(
      text,
    );
  let restriction: ForceReading['restriction'] = null;
  if (
    /\bonly\b[^.;]{0,50}\b(official|school('s)?|work) (sites?|accounts?|property|cameras?|devices?|equipment|e-?mail|channels?|phones?|ipads?)|\bonly (official|school)\b|\bonly using\b[^.;]{0,40}\bschool\b/.test(
      text,
    ) ||
    // "Staff are permitted to take photographs … using a College device": the permission holds for the
    // organisation's own equipment.
    /\b(using|on|with|from) (a |an |the |their )?(school|college|academy|trust|setting|nursery|federation|work|official|house|office|department|duty|shared|class)('s)?( owned| provided| issued|-owned)? (devices?|cameras?|equipment|phones?|mobiles?|ipads?|tablets?|laptops?|computers?|medical tablet)\b/.test(
      text,
    ) ||
    // "On educational visits, staff should use the school mobile phone".
    /\b(must|should|shall|will|to) (always |only )?use (the |a |an |their )?(school|college|academy|trust|official|work|class|house|office)('s)? (mobile phones?|mobiles?|phones?|devices?|ipads?|tablets?|cameras?|laptops?)\b/.test(
      text,
    ) ||
    // "All communication with pupils must be through College systems".
    /\b(must|should|shall|will|is to|are to) (only )?(be )?(sent |made |done |carried out |conducted )?(through|via|using|on) (the )?(school|college|academy|trust|official|approved|work)('s)? (systems?|channels?|accounts?|e-?mail|platforms?)\b/.test(
      text,
    ) ||
    // "should use the club's official communication channels when messaging a student"
    /\b(must|should|shall|will|to) (always )?use (the |their |its |an? )?([a-z']+ )?(official|approved|school|academy|work) (communication )?(channels?|accounts?|e-?mail( addresses?)?|systems?|platforms?)\b/.test(
      text,
    )
  )
    restriction = 'means_official';
  else if (
    /\blimit\w*\b[^.;]{0,60}\bto\b[^.;]{0,30}\b(breaks?|lunch|times?|hours)\b|\bonly (during|in|at) (their |the |official )?(breaks?|lunch|rest)/.test(
      text,
    )
  )
    restriction = 'time';
  else if (/\bonly\b/.test(text)) restriction = 'other';
  return { force, conditional, exception, permissionOf, negativeAction, restriction, keptTo: exclusive };
}

export function findRole(folded: string): string | null {
  let best: { name: string; at: number } | null = null;
  for (const r of ROLES) {
    const m = r.pattern.exec(folded);
    if (m && (best === null || m.index < best.at)) best = { name: r.name, at: m.index };
  }
  return best?.name ?? null;
}

export function findRoles(folded: string): string[] {
  const found: { name: string; at: number }[] = [];
  for (const r of ROLES) {
    const m = r.pattern.exec(folded);
    if (m) found.push({ name: r.name, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

/** A duty denied: "do not need to", "don't have to", "are not required to", "there is no need to". */
const NOT_REQUIRED =
  /\b(do|does|did) ?(not|n't) (need|have) to\b|\b(is|are) not (required|obliged|obligated) to\b|\bnot (necessary|compulsory|mandatory)\b|\b(there is )?no (need|requirement|obligation) (for [a-z ]{1,30} )?to\b/;

/** "Only <who> may <act>": the act is kept to some people. Group 1 is who. */
const EXCLUSIVE_ACTOR =
  /^(?:[a-z' ]{0,30}, )?only ((?:the |a |an |our |named |designated |authori[sz]ed |nominated )?[a-z' ,-]{2,90}?) (?:may|can|are (?:allowed|permitted|able|authori[sz]ed) to|is (?:allowed|permitted|able|authori[sz]ed) to|will|should) (?:post|publish|upload|share|run|manage|set up|create|comment|respond|reply|update|edit|administer|operate|speak)\b/;
/** "The Office Manager … is the only person who posts to it". Group 1 is who. */
const ONLY_PERSON =
  /^((?:the |a |an |our )?[a-z' -]{2,60}?) (?:[a-z' ,-]{0,60} )?(?:is|are) the only (?:person|people|one|ones|members? of staff|staff)(?: who| that| allowed to| permitted to)? ?(?:can |may |should |will )?(?:post|posts|publish|publishes|upload|uploads|run|runs|manage|manages|update|updates|edit|edits|administer|administers|operate|operates)\b/;
/**
 * "Only the Business Manager and staff named by the Head may post …", "The Office Manager is the only person who posts
 * to it": running or posting to something is kept to some people. 'named' when others can be named or authorised to
 * do it too, 'sole' when not; null when the sentence keeps nothing to anyone (or keeps it to staff in general).
 */
export function exclusiveActor(folded: string): 'named' | 'sole' | null {
  const m = EXCLUSIVE_ACTOR.exec(folded) ?? ONLY_PERSON.exec(folded);
  if (!m) return null;
  const actor = (m[1] ?? '').trim();
  if (GENERIC_ACTOR.test(actor)) return null;
  return NAMED_BY.test(actor) ? 'named' : 'sole';
}

/** Everyone the policy is for: "only staff may …" keeps the act to staff, not from them. */
const GENERIC_ACTOR =
  /^(the |all |our )?(staff|staff members?|members? of staff|employees?|adults|you|teachers|colleagues|workers|people who work [a-z ]+)$/;
/** Who can be added to: "staff named by the Head", "designated staff", "those authorised by …". */
const NAMED_BY = /\b(named|nominated|designated|authori[sz]ed|approved|appointed|delegated|chosen|agreed)\b/;

export const PROHIBITIVE: ReadonlySet<Force> = new Set(['must_not', 'should_not', 'advised_not']);
export const MANDATORY: ReadonlySet<Force> = new Set(['must', 'should']);
export const NORMATIVE: ReadonlySet<Force> = new Set([
  'must',
  'must_not',
  'should',
  'should_not',
  'advised',
  'advised_not',
  'may',
  'only_with_permission',
]);

const TITLE =
  /\b(?:the|your|a|our) ((?:[A-Z][A-Za-z-]+ ){0,3}(?:Officer|Lead|Leader|Manager|Co-ordinator|Coordinator|Administrator|Director|Principal|Head of [A-Z][A-Za-z]+))\b/g;

/**
 * Roles a policy names with capitals that the lexicon does not know ("the Online Safety Officer",
 * "the Head of Year"). Works on the original, not folded, text; lexicon roles are left to findRoles.
 */
export function findTitledRoles(original: string): string[] {
  const out: string[] = [];
  for (const m of original.matchAll(TITLE)) {
    const title = m[1]!;
    if (findRole(fold(title))) continue;
    const name = `the ${title}`;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}
