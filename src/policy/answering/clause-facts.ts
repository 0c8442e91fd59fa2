/** What a clause's wording says and what a question asks of it, shared by the choice of clause and the verdict. */
import { MANDATORY } from '../domain/force.js';
import { fold } from '../domain/text.js';
import type { Clause } from '../types.js';
import type { ParsedQuestion } from './question.js';

/** The clause folded, with the policy's defined terms in plain words, as the tagger read it. */
export function plainOf(clause: Clause): string {
  return clause.plain ?? fold(clause.text);
}

/** The clause requires telling or reporting something (not refraining from it). */
export function requiresReporting(clause: Clause): boolean {
  return clause.tags.what.includes('reporting') && MANDATORY.has(clause.tags.force) && !clause.reading.negativeAction;
}
/** The question is about the asker's (or the parent's) own child. */
export const OWN_CHILD_ASKED =
  /\b(their|your|his|her|my) own (child|children|kids?|sons?|daughters?)\b|\bmy (son|daughter|child|kids?|children)\b/;

/** A permission about the reader's own child ("may take photographs of my own child", "their own children"). */
const OWN_CHILD_PERMISSION =
  /\b(may|can|are (permitted|allowed|welcome) to|is (permitted|allowed|fine))\b[^.;]{0,60}\b(my|their|your|his|her) own (child|children|kids?|sons?|daughters?)\b/;

/** A permission about one's own child, and a question that is not about the asker's own child. */
export function aboutOthersOwnChild(q: ParsedQuestion, clause: Clause): boolean {
  return clauseFacts(clause).ownChildPermission && !OWN_CHILD_ASKED.test(q.folded);
}

/** What the ranking asks of a clause's own wording, whatever the question: read once per clause, not per question. */
interface ClauseFacts {
  ownChildPermission: boolean;
  tripOpening: boolean;
  weakSection: boolean;
  aboutTheHead: boolean;
}
const clauseFactsCache = new WeakMap<Clause, ClauseFacts>();

export function clauseFacts(clause: Clause): ClauseFacts {
  let facts = clauseFactsCache.get(clause);
  if (!facts) {
    const plain = plainOf(clause);
    facts = {
      ownChildPermission: OWN_CHILD_PERMISSION.test(plain),
      tripOpening: TRIP_OPENING.test(plain),
      weakSection: clause.headingPath.some((h) => WEAK_HEADINGS.test(h)),
      aboutTheHead: ABOUT_THE_HEAD.test(clause.text),
    };
    clauseFactsCache.set(clause, facts);
  }
  return facts;
}

/** A question about putting something on, or running, an account or page. */
export const POSTING_ASKED =
  /\b(post|posting|publish|upload|put (it |them |this |that |photos? |pictures? |pics? )?(up |on)|share|sharing|run|running|manage|managing|update|updating|set up|start|comment|commenting)\b/;

const WEAK_HEADINGS =
  /\b(introduction|scope|aims?|objectives?|purpose|legal framework|related policies|link with other policies|definitions?|overview|background|conclusion|appendix|monitoring and review|review)\b|^(\d+(\.\d+)*\.? )?why\b/i;

/** A clause naming the route for a worry about the head teacher. */
const ABOUT_THE_HEAD =
  /\b(about|concerns?|involving|against) (the |a )?(head ?teacher|head|principal|head of school)\b/i;

/** A rule that opens with a trip or visit as its setting, or whose permission or duty is for one ("may take their phone on an outing"). */
const TRIP_OPENING =
  /(^|\b(may|can|must|should|will)\b[^.;]{0,60}?)\b(on|during|for|when on|while on|whilst on|when staff are on|on all|on any) (an? |all |any )?(school |educational |off-?site |residential )?(visits?|trips?|outings?|residentials?|excursions?)\b/i;

export const WITH_CHILDREN = /\b(lessons?|class|classroom|teaching|duty|children|kids|pupils|students)\b/;

const CLAUSE_TIMES: [NonNullable<ParsedQuestion['when']>, RegExp][] = [
  [
    'break',
    /\b(lunch ?(time|break|hour)?|(rest |tea |coffee )?breaks?|break ?times?|free periods?|non-contact time)\b(?! ?duty)/i,
  ],
  [
    'school_time',
    /\b(lessons?|teaching( time)?|supervis(ing|ion|e)|invigilat\w*|contact time|(children|pupils|students) are present|in front of (the )?(children|pupils|students|class)|(?<!\b(outside|out of) (of )?)(school (day|hours|times?)|working (hours|time))|on duty|playground duty|break duty|in class|classrooms?)\b/i,
  ],
  [
    'outside',
    /\b(own time|personal time|outside (of )?(school|work|working)( hours| time)?|out of (school|work) hours|at home|evenings?|weekends?|holidays?)\b/i,
  ],
];

/** The times a clause speaks of (break, school time, outside school), to check against the question's. */
export function clauseTimes(text: string): Set<NonNullable<ParsedQuestion['when']>> {
  const out = new Set<NonNullable<ParsedQuestion['when']>>();
  for (const [when, re] of CLAUSE_TIMES) if (re.test(text)) out.add(when);
  return out;
}

/** The asker's own child is a pupil here ("my son is in Year 8", "my daughter just started yr 7 here"). */
export const OWN_CHILD_HERE =
  /\bmy (own )?(son|daughter|child|kid|boy|girl|children|kids)('s| is| are| has| just| goes| go| started| joined| attends| will be)\b/;
/** A rule for staff who are parents or carers of pupils ("Staff and governors who are also parents of learners may …"). */
export const STAFF_AS_PARENT =
  /\b(staff|employees|governors|colleagues|you|those|members of staff)( and governors)? who are (also )?(themselves )?(parents|carers|parents or carers|parents and carers)\b|\b(as|in (their|your) capacity as) an? (parent|carer)\b|\b(you're|you are|they're|they are) there as an? (mum|dad|parent|carer)\b/;

/**
 * "Former pupils under 18 must be treated in the same way as current pupils": a rule that extends other rules to
 * more people permits nothing by itself; the rules it points to decide.
 */
const TREATED_AS =
  /\b(treated|regarded|considered|dealt with|seen) (in )?(exactly )?(the same( way)?|as if they (were|are)|as though they (were|are))( as)?\b|\bthe same (rules?|expectations?|principles?|standards?|guidance) (apply|applies)\b/;

export function extendsOtherRules(clause: Clause): boolean {
  return TREATED_AS.test(plainOf(clause));
}

/** Pupils named only as absent ("in areas where pupils are not present") are not what a clause speaks of. */
export const PUPILS_ABSENT =
  /\b(where|when|while|whilst) (the )?(pupils|children|students|learners) (are )?not (present|around|there|about)\b|\baway from (the )?(pupils|children|students|learners)\b|\bout of (the )?(sight|view|earshot) of (the )?(pupils|children|students)\b|\b(no|without) (pupils|children|students) (present|around)\b|\b(show|shows|showing|include|includes|including|contain|contains|with) no (pupils|children|students)\b/;

/** The acts a question can ask about, each with the words a policy might use for it. */
const ACTS: [RegExp, RegExp][] = [
  // "… sent me a friend request" is what someone else did: no act of the asker's.
  [/\b(send|sending|sent)\b(?! (me|us)\b)/, /\b(send|sending|sent|share|sharing|forward|message|messaging)\b/],
  [
    /\b(take|taking|took|film|filming|record|recording|photograph)\b/,
    // "Record" as a verb ("must not record pupils"), not the noun ("uploaded to the learner's record").
    /\b(take|taken|taking|film|filmed|filming|(to|not|never|must|may|can|cannot|should|will|shall|and|or) record|recorded|recording|photograph\w*|capture)\b/,
  ],
  [
    /\b(post|posting|upload|uploading|publish)\b/,
    /\b(post|posts|posted|posting|upload\w*|publish\w*|share|shared|sharing|put|appear)\b/,
  ],
  [/\b(meet|meeting)\b/, /\b(meet|meeting|meetings|see|contact|socialis\w*|socializ\w*)\b/],
  [
    /\b(look through|go through|search|searching|check (their|a pupil'?s|the) phone)\b/,
    /\b(search\w*|look\w* (at|through)|view\w*|examin\w*|confiscat\w*)\b/,
  ],
  [
    /\b(fake|false|anonymous|secret|second|burner|hidden) (account|profile|identity|name|page)s?\b/,
    /\b(fake|false|anonymous|anonymously|pseudonyms?|alias\w*|alternative name|identit(y|ies)|covert\w*|impersonat\w*)\b/,
  ],
];

/** The question names one of the acts above. */
export function namesAnAct(q: ParsedQuestion): boolean {
  return ACTS.some(([inQuestion]) => inQuestion.test(q.folded));
}

/** Each act the question names from the list above is one the clause speaks of too (or the question names none). */
export function sharesAct(q: ParsedQuestion, clause: Clause): boolean {
  const text = plainOf(clause);
  const asked = ACTS.filter(([inQuestion]) => inQuestion.test(q.folded));
  return asked.length === 0 || asked.every(([, inClause]) => inClause.test(text));
}

/** Platforms named as examples ("social media such as Facebook") stand for all. */
const PLATFORM_EXAMPLES = /\b(such as|for example|for instance|e\.?g\.?|including|etc)\b/;

/**
 * The question names a platform and the clause names platforms, none of them the question's, and not as examples
 * of social media in general ("Staff WhatsApp groups are allowed …" asked about Facebook).
 */
export function onOtherPlatformsOnly(q: ParsedQuestion, clause: Clause): boolean {
  if (q.concepts.platforms.size === 0) return false;
  const named = clause.tags.what.filter((w) => w.startsWith('platform:'));
  return (
    named.length > 0 &&
    !PLATFORM_EXAMPLES.test(plainOf(clause)) &&
    ![...q.concepts.platforms].some((p) => named.includes(`platform:${p}`))
  );
}
