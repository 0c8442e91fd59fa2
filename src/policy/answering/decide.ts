import type { Verdict } from '../answer.js';
import { type ForceReading, findRole, MANDATORY, NORMATIVE, PROHIBITIVE, readForce } from '../domain/force.js';
import { OUTING_WORDING } from '../domain/lexicon.js';
import { detectConcepts } from '../domain/tagger.js';
import { fold } from '../domain/text.js';
import { type YearGroups, yearAgreement, yearGroupsOf } from '../domain/year-groups.js';
import type { Clause } from '../types.js';
import { contentWords, OWN_MEANS, type ParsedQuestion, PERSONAL_APP } from './question.js';
import { paraphraseEntriesOf, paraphrasesOf, processTerm } from './retrieval.js';
import { RANK_WEIGHTS as W } from './weights.js';

export interface Ranked {
  clause: Clause;
  score: number;
}

/** Concepts that only set the scene; a question needs more than these to be about the policy. */
const SCENE = new Set([
  'time_place',
  'reporting',
  'permission',
  'disciplinary',
  'confidentiality',
  'evidence',
  'email',
]);

/** Handling an image: keeping, saving, copying, printing, screenshotting, forwarding, sharing, showing, viewing or deleting it (what happens to it is for the DSL and the police). */
const INDECENT_HANDLING =
  /\b(can|could|may|should|shall|is it (ok|okay|alright|fine)( for me)? to|am i allowed to|do i)\b[^.?]{0,40}\b(keep|save|store|copy|print|screenshot|screen ?shot|forward|send|share|show|view|look at|open|download|pass (it|them) on|delete|remove|erase|wipe|get rid of|airdrop|receive|accept|let (her|him|them))\b/;

/** The clause folded, with the policy's defined terms in plain words, as the tagger read it. */
export function plainOf(clause: Clause): string {
  return clause.plain ?? fold(clause.text);
}

/** The clause requires telling or reporting something (not refraining from it). */
function requiresReporting(clause: Clause): boolean {
  return clause.tags.what.includes('reporting') && MANDATORY.has(clause.tags.force) && !clause.reading.negativeAction;
}

/** A ban that leaves out the reader's own child: "pupils other than their own children". */
const OWN_CHILD_EXCEPTED =
  /\b(other than|except( for)?|apart from|excluding|besides) (their|your|his|her|my) own (child|children|kids?|sons?|daughters?)\b/;
/** The question is about the asker's (or the parent's) own child. */
const OWN_CHILD_ASKED =
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

function clauseFacts(clause: Clause): ClauseFacts {
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
const POSTING_ASKED =
  /\b(post|posting|publish|upload|put (it |them |this |that |photos? |pictures? |pics? )?(up |on)|share|sharing|run|running|manage|managing|update|updating|set up|start|comment|commenting)\b/;

const WEAK_HEADINGS =
  /\b(introduction|scope|aims?|objectives?|purpose|legal framework|related policies|link with other policies|definitions?|overview|background|conclusion|appendix|monitoring and review|review)\b|^(\d+(\.\d+)*\.? )?why\b/i;

/** A clause naming the route for a worry about the head teacher. */
const ABOUT_THE_HEAD =
  /\b(about|concerns?|involving|against) (the |a )?(head ?teacher|head|principal|head of school)\b/i;
const HEAD_CONCERN =
  /\b(the|our|my) (head ?teacher|head|principal|head of school) (is|has|was|keeps|posted|sent|messag\w*|follow\w*|added|shared|said)\b|\b(about|concern\w* about|worried about|report) (how |what |whether |if |that )?(the|our|my) (head ?teacher|head|principal)\b/;

/** The only consent a question names is one some children lack ("the no-consent children", "kids without consent"). */
const NO_CONSENT_PEOPLE =
  /^(?:(?!\b(permission|consent|approv\w*|authori[sz]\w*|agreed|ok'?d)\b).)*\b(no[- ]consent|(children|pupils|students|kids|learners|child|pupil|student|kid|learner) (without|with no|who have no|who has no|who (don'?t|do not|doesn'?t|does not) have) ((photo|photograph|media|image|parental) )?(consent|permission))\b(?:(?!\b(permission|consent|approv\w*|authori[sz]\w*|agreed|ok'?d)\b).)*$/;

/** What opening with the question's own scene (someone contacting the asker) adds to a clause's score. */
const SCENE_MATCH = 0.35;
const SCENE_OPENING =
  /^(?:if|where|when|should|in the event that) (?:a|an|any) (?:current |former )?(pupil|student|child|parent|carer|family member|learner)s?\b[^,.;]{0,60}?\b(contacts?|sends?|messages?|requests?|adds?|follows?|approaches|emails?|texts?|dms?)\b/;
const SCENE_WHO: Record<string, string> = {
  pupil: 'pupil',
  student: 'pupil',
  child: 'pupil',
  learner: 'pupil',
  parent: 'parent',
  carer: 'parent',
  'family member': 'parent',
};

/** A rule that opens with a trip or visit as its setting, or whose permission or duty is for one ("may take their phone on an outing"). */
const TRIP_OPENING =
  /(^|\b(may|can|must|should|will)\b[^.;]{0,60}?)\b(on|during|for|when on|while on|whilst on|when staff are on|on all|on any) (an? |all |any )?(school |educational |off-?site |residential )?(visits?|trips?|outings?|residentials?|excursions?)\b/i;
const TRIP_ASKED = new RegExp(
  `(?<!\\bno )(?<!\\bnot on an? )(?<!\\bnot an? )(?<!\\bwithout an? )\\b(visits?|${OUTING_WORDING})\\b`,
);

function opensWithScene(clause: Clause, q: ParsedQuestion): boolean {
  const m = SCENE_OPENING.exec(plainOf(clause));
  return !!m && q.concepts.who.has(SCENE_WHO[m[1]!] ?? '');
}

/** Rule subjects that are not the asker. */
const OTHERS = new Set(['pupils', 'parents']);

/** What naming the asker's own job adds to a clause's score. */
const ROLE_NAMED = 0.25;
/** Words of a self-introduction that say nothing of a particular job. */
const NOT_A_JOB = /^(staff|teacher|teachers|member|school|work|here|just|new|also|really|currently|academy|trust)$/;

/** The stems of the job the asker introduced themselves with ("lunchtime supervisor here, …"), if any. */
function askerRole(q: ParsedQuestion): string[] {
  if (q.whole.length <= q.folded.length || !q.whole.endsWith(q.folded)) return [];
  const intro = q.whole.slice(0, q.whole.length - q.folded.length);
  return contentWords(intro)
    .filter((w) => w.length >= 4 && !NOT_A_JOB.test(w))
    .map((w) => processTerm(w))
    .filter((t): t is string => !!t);
}

function namesRole(clause: Clause, role: string[]): boolean {
  const words = new Set(contentWords(plainOf(clause)).map((w) => processTerm(w)));
  return role.every((t) => words.has(t));
}

/**
 * Re-ranks BM25 hits by concept overlap, who the rule is about, force and section, the job the asker introduced
 * themselves with and the scene the question describes.
 */
export function rerank(
  q: ParsedQuestion,
  hits: { clause: Clause; score: number }[],
  conceptWeight: (concept: string) => number = () => 1,
  specificity: (clause: Clause) => number = () => 0,
  literal: (clause: Clause) => { share: number; none: boolean; rare: number } = () => ({
    share: 0,
    none: false,
    rare: 0,
  }),
): Ranked[] {
  if (hits.length === 0) return [];
  const max = hits[0]!.score;
  const qWhat = [...q.concepts.what];
  const qWho = [...q.concepts.who];
  const qYears = yearGroupsOf(q.folded);
  const role = askerRole(q);
  const tripAsked = TRIP_ASKED.test(q.folded);
  const headConcern = HEAD_CONCERN.test(q.folded);
  // "One of the no-consent children is in the back": who is in the photo, not a permission the asker seeks.
  const asksPermission = q.concepts.what.has('permission') && !NO_CONSENT_PEOPLE.test(q.folded);
  const ranked = hits.slice(0, 40).map(({ clause, score }) => {
    const t = clause.tags;
    const facts = clauseFacts(clause);
    // Square root: the concept evidence below should be able to overturn a long clause's word-count lead.
    let s = W.bm25 * Math.sqrt(score / max);
    // "Lunchtime supervisor here, can I check my phone on the yard?": a rule that names the asker's own job
    // ("staff on duty, including lunchtime supervisors, must not …") is about them. The introduction is kept out of
    // retrieval and coverage (a job title shares words with unrelated rules), so it only orders what was found.
    if (role.length > 0 && namesRole(clause, role)) s += ROLE_NAMED;
    // "A parent messaged me on Facebook, what do I do?" is answered by the rule that opens with that very scene
    // ("If a parent contacts you on a personal account, do not reply from that account").
    if (q.incoming && q.intent === 'procedure' && opensWithScene(clause, q)) s += SCENE_MATCH;
    // "On the Year 9 trip, can I have my phone on me?" is answered by the rule that opens with trips ("On educational
    // visits, a personal phone may be used in an emergency …") before the everyday rule.
    if (tripAsked && facts.tripOpening) s += SCENE_MATCH;
    // How much of the question this clause speaks to, by rarity: the narrow clause that answers beats a
    // broad rule sharing only the common words.
    s += W.specificity * specificity(clause);
    // … and the other way round: the question repeats the clause's own rare words ("full names", "by mistake").
    if (W.literal || W.absent || W.rare) {
      const lit = literal(clause);
      s += W.literal * lit.share;
      if (lit.none) s -= W.absent;
    }
    // Rare concepts ("social circle") say more about a match than common ones ("contact").
    const qWeight = qWhat.reduce((sum, w) => sum + conceptWeight(w), 0);
    const hitWeight = qWhat.filter((w) => t.what.includes(w)).reduce((sum, w) => sum + conceptWeight(w), 0);
    s += W.concept * (hitWeight / Math.max(1, qWeight));
    const platformHits = [...q.concepts.platforms].filter((p) => t.what.includes(`platform:${p}`)).length;
    s += 0.05 * platformHits;
    if (qWho.length) {
      const whoHits = qWho.filter((w) => t.who.includes(w)).length;
      const whoWeight = qWho.reduce((sum, w) => sum + conceptWeight(`who:${w}`), 0);
      const whoHitWeight = qWho.filter((w) => t.who.includes(w)).reduce((sum, w) => sum + conceptWeight(`who:${w}`), 0);
      s += W.who * (whoHitWeight / Math.max(0.001, whoWeight));
      // A rule about someone else ("from pupils" when the question is about a colleague) is not the answer.
      if (t.who.length && whoHits === 0) s -= q.concepts.who.has('pupil') ? 0.1 : 0.3;
    }
    if (q.concepts.who.has('family_member')) {
      if (
        clause.reading.exception === 'family' ||
        t.who.includes('family_member') ||
        /\b(family|relatives?|related)\b/i.test(clause.text)
      )
        s += 0.4;
    }
    if (q.concepts.who.has('former_pupil') && t.who.includes('former_pupil')) s += 0.25;
    if (q.intent === 'permission' || q.intent === 'situation') {
      if (NORMATIVE.has(t.force)) s += 0.15;
      else s -= 0.1;
    }
    // "In exceptional circumstances ..." carves an exception out of a rule; the rule itself answers first
    // unless the question speaks of that circumstance.
    if (
      /^(in (exceptional|some|certain) circumstances|in circumstances where|\(in circumstances)/i.test(clause.text) &&
      !/\b(emergenc\w*|exceptional|agreed|permission|urgent)\b/.test(q.folded)
    )
      s -= 0.25;
    if (q.intent === 'procedure') {
      // "How should I …?" wants the means the policy names.
      if (
        /^how\b/.test(q.folded) &&
        /\b(using|via|through|by means of|should be used|must be used)\b/i.test(clause.text)
      )
        s += 0.25;
      if (NORMATIVE.has(t.force)) s += 0.1;
      else s -= 0.1;
    }
    if (q.intent === 'procedure' || (q.harm && q.intent === 'situation')) {
      if (t.roles.length) s += 0.15;
      if (t.what.includes('reporting')) s += 0.1;
    }
    if (q.intent === 'consequence' && t.what.includes('disciplinary')) s += 0.3;
    // When the question says when, the clause about that time answers it, and a clause about another time
    // ("during their lunch break" asked about lessons) does not.
    if (q.when) {
      const times = clauseTimes(clause.text);
      if (times.has(q.when)) s += W.timeAgree;
      // "At work" or "in school" takes in the breaks; only lessons, duty or children present rule them out.
      else if (times.size > 0 && (q.when !== 'school_time' || WITH_CHILDREN.test(q.folded))) s -= W.timeClash;
    }
    if (
      q.concepts.what.has('advice') &&
      t.what.includes('advice') &&
      (q.intent === 'procedure' || q.intent === 'situation')
    )
      s += 0.2;
    // A ban on personal devices does not answer a question about the school's own equipment.
    if (
      q.concepts.what.has('school_equipment') &&
      !q.personalMeans &&
      /\b(own|personal) (phones?|mobiles?|devices?|cameras?|equipment)\b/i.test(clause.text)
    )
      s -= 0.2;
    // A worry about another adult's conduct has its own route (Headteacher, LADO) in most policies.
    if (
      q.intent === 'procedure' &&
      q.concepts.who.has('colleague') &&
      t.who.includes('colleague') &&
      t.what.includes('reporting')
    )
      s += 0.2;
    if ((asksPermission || q.concepts.what.has('official_accounts')) && t.force === 'only_with_permission') s += 0.2;
    if (q.harm && t.what.includes('bullying')) s += 0.3;
    // A worry about the head teacher goes round them: the clause naming that route answers.
    // The route round the head is the whole answer, whoever else the worry names.
    if (headConcern && facts.aboutTheHead) s += 1;
    if (q.harm && t.what.includes('evidence')) s += 0.15;
    // A rule about contacting someone does not answer a question that is not about contact.
    if (t.what.includes('contact') && !q.concepts.what.has('contact') && t.who.length && q.concepts.who.size === 0)
      s -= 0.15;
    // "Limit it to breaks" answers when to use social media, not what may be said there.
    if (clause.reading.restriction === 'time' && !q.concepts.what.has('time_place') && q.when === null) s -= 0.2;
    const actorSubject = q.actor === 'self' ? 'staff' : q.actor;
    if (t.subject !== 'any' && t.subject !== 'staff' && t.subject !== actorSubject && actorSubject === 'staff')
      s -= 0.3;
    if (actorSubject !== 'staff' && t.subject === actorSubject) s += 0.3;
    if (facts.weakSection) s -= W.weakSection;
    // "A Year 1 class" is answered by the rule for Key Stage 1, not the one for Key Stage 2 or classes 9–10.
    const ages = yearAgreement(qYears, clauseYears(clause));
    if (ages === 'agree') s += W.yearAgree;
    else if (ages === 'clash') s -= W.yearClash;
    return { clause, score: s };
  });
  ranked.sort((a, b) => b.score - a.score || a.clause.index - b.clause.index);
  // The question's rare words ("supplier", "catering") held by some clause but not by the one ranked first:
  // the clauses that hold them may overtake it.
  if (W.rare && ranked.length > 1 && literal(ranked[0]!.clause).rare === 0) {
    const rare = ranked.map((r) => literal(r.clause).rare);
    if (rare.some((x) => x > 0)) {
      ranked.forEach((r, i) => {
        r.score += W.rare * rare[i]!;
      });
      ranked.sort((a, b) => b.score - a.score || a.clause.index - b.clause.index);
    }
  }
  return ranked;
}

const YEARS = new WeakMap<Clause, YearGroups>();

function clauseYears(clause: Clause): YearGroups {
  let y = YEARS.get(clause);
  if (!y) {
    y = yearGroupsOf(fold(`${clause.text} ${clause.context ?? ''}`));
    YEARS.set(clause, y);
  }
  return y;
}

const WITH_CHILDREN = /\b(lessons?|class|classroom|teaching|duty|children|kids|pupils|students)\b/;

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

/** Whether the question is about social media conduct at all (before looking at the policy). */
export function onTopic(q: ParsedQuestion): boolean {
  if (q.concepts.platforms.size > 0 || q.concepts.online) return true;
  if ([...q.concepts.what].some((w) => !SCENE.has(w))) return true;
  if (q.concepts.what.has('reporting') && findRole(q.folded)) return true;
  // "who do I go to with a safeguarding worry?": safeguarding is this policy's field whatever else is named.
  if (/\bsafeguarding\b/.test(q.folded)) return true;
  return /\b(this|the|these|our|my school'?s?) (social media )?(policy|rules?|code of conduct)\b/.test(q.folded);
}

/** The policy addresses the question when its best clause shares a concept or enough words with it. */
export function covered(q: ParsedQuestion, best: Ranked | undefined, rawTop: number): boolean {
  if (!best) return false;
  const t = best.clause.tags;
  if (
    q.intent === 'procedure' &&
    q.concepts.online &&
    t.roles.length &&
    [...q.concepts.what].some((w) => t.what.includes(w))
  )
    return true;
  const shared = [...q.concepts.what].filter((w) => !SCENE.has(w) && t.what.includes(w)).length;
  const sharedPlatform = [...q.concepts.platforms].some((p) => t.what.includes(`platform:${p}`));
  if (shared > 0 || sharedPlatform) return true;
  const sharedWho = [...q.concepts.who].some((w) => t.who.includes(w));
  if (sharedWho && q.concepts.online && t.what.includes('online')) return true;
  const role = findRole(q.folded);
  if (role && t.roles.includes(role) && t.what.includes('reporting')) return true;
  return rawTop > 8 && (sharedWho || [...q.concepts.what].some((w) => t.what.includes(w)));
}

const FORCE_WEIGHT: Record<string, number> = {
  must_not: 0.12,
  should_not: 0.1,
  only_with_permission: 0.12,
  advised_not: 0.08,
  may: 0.08,
  must: 0.05,
  should: 0.04,
  advised: 0,
  descriptive: -0.3,
};

/** Picks the clause the verdict rests on: the best normative clause close to the top, else the top. */
/** The asker's own child is a pupil here ("my son is in Year 8", "my daughter just started yr 7 here"). */
const OWN_CHILD_HERE =
  /\bmy (own )?(son|daughter|child|kid|boy|girl|children|kids)('s| is| are| has| just| goes| go| started| joined| attends| will be)\b/;
/** A rule for staff who are parents or carers of pupils ("Staff and governors who are also parents of learners may …"). */
const STAFF_AS_PARENT =
  /\b(staff|employees|governors|colleagues|you|those|members of staff)( and governors)? who are (also )?(themselves )?(parents|carers|parents or carers|parents and carers)\b|\b(as|in (their|your) capacity as) an? (parent|carer)\b|\b(you're|you are|they're|they are) there as an? (mum|dad|parent|carer)\b/;

export function verdictClause(q: ParsedQuestion, all: Ranked[]): Ranked {
  // "I may take photographs of my own child at school events" answers only a question about one's own child.
  const relevant = all.filter((r) => !aboutOthersOwnChild(q, r.clause));
  const ranked = relevant.length > 0 ? relevant : all;
  const top = ranked[0]!;
  if (q.intent === 'procedure') return top;
  // "Can I ignore it and not tell anyone?": a duty to tell or report near the top is what answers it.
  if (q.skipsReporting) {
    const duty = ranked.slice(0, 5).find((r) => requiresReporting(r.clause));
    if (duty) return duty;
  }
  // "My son is in Year 8 … the parents' WhatsApp": a rule for staff who are themselves parents of pupils answers
  // before any family exception does.
  if (OWN_CHILD_HERE.test(q.folded)) {
    const asParent = ranked.slice(0, 3).find((r) => STAFF_AS_PARENT.test(plainOf(r.clause)));
    if (asParent) return asParent;
  }
  // A family exception answers a question about the asker's own family before the general rule does.
  if (q.concepts.who.has('family_member')) {
    const family = ranked
      .slice(0, 3)
      .find(
        (r) =>
          r.clause.reading.exception === 'family' ||
          r.clause.tags.who.includes('family_member') ||
          /\b(family|relatives?)\b/i.test(r.clause.text),
      );
    if (family) return family;
  }
  // Likewise a clause about a friendship that predates the school answers "I already know this parent".
  if (q.concepts.what.has('social_life')) {
    const social = ranked
      .slice(0, 5)
      .find(
        (r) =>
          r.clause.tags.what.includes('social_life') && (r.clause.tags.force === 'may' || r.clause.reading.conditional),
      );
    if (social) return social;
  }
  // A rule close to the top outranks a description or a reminder to "be aware" of something.
  const floor = top.score * 0.7;
  let best = top;
  let bestValue = Number.NEGATIVE_INFINITY;
  // A rule keeping posting to some people ("only the Office Manager may post on the school's page") rules on posting
  // only; for any other question it is context, not the verdict.
  const posting = POSTING_ASKED.test(q.folded);
  // A permission question naming an act (taking, posting, sending …), for which a duty about another act does not
  // decide (read once, not per clause).
  const asksToDoAnAct = q.intent === 'permission' && !q.negativeAction && namesAnAct(q);
  for (const r of ranked.slice(0, 5)) {
    if (r.score < floor) break;
    if (!posting && r.clause.reading.keptTo) continue;
    // "… must be treated in the same way as current pupils": the rules it points to, near the top, decide.
    if (extendsOtherRules(r.clause)) continue;
    // "Staff must not contact students through personal accounts, personal email or personal phones" does not rule on
    // a Teams chat or the work phone the question asks about.
    if (
      q.officialMeans &&
      !q.personalMeans &&
      PROHIBITIVE.has(r.clause.tags.force) &&
      BANS_PERSONAL_MEANS.test(plainOf(r.clause))
    )
      continue;
    // "Parents are allowed to take photos of their own children at the nativity" rules on what parents may do; a
    // question about what the asker may do is decided by a rule about staff (or about anyone), near the top.
    if (q.actor === 'self' && OTHERS.has(r.clause.tags.subject) && r.clause.tags.force === 'may') continue;
    // "Can I take pics on my own phone and delete them after?" against "Images should be uploaded … and deleted":
    // a duty about another act than the one asked is what to do afterwards, not whether the act is allowed.
    if (
      asksToDoAnAct &&
      MANDATORY.has(r.clause.tags.force) &&
      !r.clause.reading.negativeAction &&
      !sharesAct(q, r.clause)
    )
      continue;
    const value = r.score + FORCE_WEIGHT[r.clause.tags.force]! * top.score;
    if (value > bestValue) {
      best = r;
      bestValue = value;
    }
  }
  return best;
}

/**
 * "Staff may say where they work on LinkedIn, but must not use the school's logo": a sentence with two
 * rules answers with the half that shares the question's words.
 */
function readingFor(q: ParsedQuestion, clause: Clause): ForceReading {
  // "…only where consent is held; students must be identified by first name only": a semicolon joins two rules.
  // Read with the defined terms in plain words, as the tagger read the whole: "the Employee must not …" is a
  // rule about staff in either half.
  const split = splitRuleParts(plainOf(clause));
  if (split.length < 2) return clause.reading;
  const parts = split.map((p) => p.text);
  const act = askedAct(q.folded);
  const qWords = new Set(contentWords(q.folded).map((w) => processTerm(w)));
  // "can I reply?" meets "should never be answered": the staff wording's policy words count as the question's,
  // unless the act asked about is the one the halves' shared subject names ("Can I stand for election?" against
  // "Staff who stand for election … may do so …, but must not suggest the school shares their views"): then
  // the question is about the thing itself, and only its own words can point at a later half.
  const shared = split[0]!.text.slice(0, split[0]!.text.length - split[0]!.own.length);
  const actIsSubject = !!act && contentWords(fold(shared)).some((w) => processTerm(w) === act);
  if (!actIsSubject) for (const p of paraphrasesOf(q)) for (const w of p) qWords.add(processTerm(w));
  // "Contact is permitted, but staff must not discuss …": when the question shares no word with either half,
  // it asks about the thing itself, which the first half rules on.
  const first = readForce(fold(parts[0]!));
  let best = NORMATIVE.has(first.force)
    ? { ...first, exception: first.exception ?? clause.reading.exception }
    : clause.reading;
  let bestOverlap = 0;
  // "keep records … and should not delete texts" asked "should I delete them?": the act the question asks
  // about decides the half, whatever other words the halves share with the question.
  for (const { text: part, own } of split) {
    // A half is chosen by its own words: the subject it borrowed ("staff who stand for election … must not
    // suggest …") is the other half's too, and says nothing about which half the question is about.
    const words = contentWords(fold(own)).map((w) => processTerm(w));
    const overlap =
      contentWords(fold(own)).filter((w) => !GENERIC.test(w) && qWords.has(processTerm(w))).length +
      (act && words.includes(act) ? ACT_WEIGHT : 0);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      const reading = readForce(fold(part));
      // "may only be opened with approval … and must be set up by the office": a duty added to a ban or a
      // permission says how, or what else; whether the act itself is allowed stays with the first rule.
      if (
        part !== parts[0] &&
        MANDATORY.has(reading.force) &&
        !reading.negativeAction &&
        // "Images shall be taken only on Trust equipment and shall be … deleted": kept to the organisation's means,
        // the first rule is a ban on any other.
        (PROHIBITIVE.has(first.force) ||
          first.force === 'only_with_permission' ||
          first.restriction === 'means_official')
      )
        continue;
      best =
        reading.force === 'descriptive'
          ? clause.reading
          : { ...reading, exception: reading.exception ?? clause.reading.exception };
    }
  }
  return best;
}

/**
 * The rules of a two-part sentence. "Complaints … should be referred to X and should never be answered on
 * social media": a second predicate joined by "and" with a prohibition of its own is a second rule about the
 * same subject, which it takes from the first ("Complaints … should never be answered …").
 */
export function splitRules(text: string): string[] {
  return splitRuleParts(text).map((p) => p.text);
}

/**
 * Each rule of a sentence, and what sets it apart from the others: its words without a subject it shares with
 * them ("Staff who stand for election … may do so in their own name, but must not suggest …": the subject is
 * both rules', so only "do so in their own name" and "suggest … shares their views" tell them apart).
 */
function splitRuleParts(text: string): { text: string; own: string }[] {
  const parts = text.split(
    /,? but |; however,? |\. however,? |; (?=(?:\w+ ){0,4}(?:must|should|may|can|will)\b)|,? and (?=(?:must|should|shall|will|may) (?:not |never )?[a-z]+\b)/i,
  );
  if (parts.length < 2) return parts.map((p) => ({ text: p, own: p }));
  // The subject is the one of the nearest rule before that names its own ("…, but staff must not X and must not Y").
  let subject = '';
  let lender: { text: string; own: string } | undefined;
  const out: { text: string; own: string }[] = [];
  for (const part of parts) {
    if (subject && lender && /^(must|should|shall|will|may|can) /i.test(part)) {
      lender.own = lender.text.slice(subject.length);
      out.push({ text: `${subject}${part}`, own: part });
      continue;
    }
    subject = /^(.*?)\b(?:must|should|shall|will|may|can|is|are)\b/i.exec(part)?.[1] ?? '';
    lender = { text: part, own: part };
    out.push(lender);
  }
  return out;
}

/**
 * How much the asked act counts, in shared words, when choosing the half of a two-part rule: more than any count
 * of other shared words, so a half naming the act decides whatever the other half shares with the question.
 */
const ACT_WEIGHT = 100;

/** A ban on doing something through personal means ("must not … through personal accounts, personal email …"). */
const BANS_PERSONAL_MEANS =
  /\b(must not|mustn't|should not|shouldn't|never|not|do not|don't)\b[^.;]{0,80}\b(through|via|using|on|from|by|with) (a |any |their |your |his |her )?(personal|private|own) (social media|accounts?|phones?|mobiles?|mobile (phones?|numbers?)|numbers?|e-?mail|devices?|messaging)\b/;

/** The question is about someone still at the school: a pupil, with nothing said of their having left. */
function stillOnRoll(q: ParsedQuestion): boolean {
  return (
    q.concepts.who.has('pupil') &&
    !q.concepts.who.has('former_pupil') &&
    !/\b(left|leaver|leavers|graduated|finished (school|college|year 1[13]))\b/.test(q.folded)
  );
}

/** The question says the person is an adult though it gives no age the parser reads ("she's 34", "a grown woman"). */
const ADULT_ASKED =
  /\b(adults?|grown[- ]up|grown (wo)?man|mature student|(she|he|they)('s| is| are) (2[6-9]|[3-9]\d)\b|(2[6-9]|[3-9]\d) ?(yo|years? old))\b/;

/** A permission held for emergencies: "may be used in an emergency", "for emergency use only". */
const EMERGENCY_ONLY = /\b(in (an|case of( an)?|the event of( an)?) emergenc(y|ies)|for emergenc(y|ies)( use)?)\b/;

/** The rule is a step to take before some act ("Before X, staff must Y"), and the act asked about is not Y. */
function dutyBeforeAnotherAct(q: ParsedQuestion, text: string): boolean {
  const m = /^(before|prior to) [^,;]+,\s*(.*)$/i.exec(text.trim());
  if (!m) return false;
  const act = askedAct(q.folded);
  return !act || !contentWords(fold(m[2]!)).some((w) => processTerm(w) === act);
}

/** "once the former student is aged 18 or over", "students over the age of 18": the youngest a permission is for. */
const FROM_AGE =
  /\baged? (\d{1,2})(?: years)?(?: old)? (?:or over|or older|and over|and above)\b|\bover the age of (\d{1,2})\b|\b(\d{1,2}) (?:years old )?or (?:over|older)\b|\b(\d{1,2})\+/;

export function permittedFromAge(text: string): number | null {
  const m = FROM_AGE.exec(fold(text));
  if (!m) return null;
  const n = Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return n >= 11 && n <= 25 ? n : null;
}

/**
 * The stemmed verb a yes/no question asks about: "should I delete them?" -> delete, "is it ok to post…" -> post.
 * Undefined when the question names no act after its opening.
 */
export function askedAct(folded: string): string | undefined {
  const m =
    /\b(?:can|could|may|should|must|shall|ought to|do i (?:have|need) to|am i allowed to|allowed to|ok(?:ay)? to|alright to|fine to) (?:i |we |staff |you )?(?:just |still |ever |also )?([a-z]+)\b/.exec(
      folded,
    );
  const verb = m?.[1];
  if (!verb || /^(i|we|be|have|get|do|go|use|the|a|my|it|to|you|not|never)$/.test(verb)) return undefined;
  return processTerm(verb) ?? undefined;
}

/** Words in nearly every question and rule: they cannot tell which half of a two-part rule is meant. */
const GENERIC =
  /^(school|school's|schools|academy|staff|pupils?|students?|learners?|children|social|media|online|policy|accounts?|personal|use|using)$/;

/**
 * "by first name only" / "only official accounts": the rule allows one kind of a thing; a question naming
 * another kind of the same thing ("full names", "personal accounts") asks for what the rule leaves out.
 */
export function contrastsOnly(q: ParsedQuestion, text: string): boolean {
  const lower = fold(text);
  const found = [
    ...lower.matchAll(/\b([a-z]+) ([a-z]+?)s? only\b/g),
    ...lower.matchAll(/\bonly (?:by |on |through |via |using )?(?:the |their |your )?([a-z]+) ([a-z]+?)s?\b/g),
  ];
  return found.some(([, modifier, noun]) => {
    if (!modifier || !noun || MODIFIER_STOP.test(modifier) || MODIFIER_STOP.test(noun) || noun.length < 3) return false;
    // "my own X account": the words before the noun, nearest first; a platform's name says nothing of whose it is.
    const asked = new RegExp(`\\b(?:([a-z]+) )?([a-z]+) ${noun}s?\\b`).exec(q.folded);
    if (!asked) return false;
    const nearest = PLATFORM_NAME.test(asked[2]!) ? asked[1] : asked[2];
    return !!nearest && !MODIFIER_STOP.test(nearest) && kind(nearest) !== kind(modifier);
  });
}

/**
 * States of an account a rule can ask for, each with the question wording that asks for its opposite: a rule to keep
 * accounts private (or at the strictest privacy settings) answers "should my profile be public?".
 */
const OPPOSITE_STATES: { required: RegExp; opposite: RegExp }[] = [
  {
    required:
      /\b(accounts?|profiles?|pages?|settings?|sites?|instagram|facebook)\b[^.;]{0,40}\b(private|privately)\b|\bprivate (accounts?|profiles?)\b|\b(highest|strictest|maximum|strict|tightest) (level of )?privacy\b|\bprivacy (settings?|levels?|controls?)\b[^.;]{0,60}\b(high|highest|strict\w*|tight\w*|maximum)\b|\b(privacy (settings?|levels?|controls?)|accounts?|profiles?)\b[^.;]{0,80}\b(cannot|can't|can not|are not|aren't|is not|isn't) (be )?(seen|viewed|visible|found|read)\b/,
    opposite:
      /\b(public|open to (everyone|anyone|all)|visible to (everyone|anyone|all))\b[^.?]{0,20}\b(account|profile|page|instagram|insta|facebook|fb|tiktok|twitter|snapchat|x)\b|\b(account|profile|page|instagram|insta|facebook|fb|tiktok|twitter|snapchat|settings?)\b[^.?]{0,25}\b(be |as |to |on )?public\b|\b(make|set|keep|leave|have|turn) (it|them|my \w+( \w+)?) (as |to )?public\b/,
  },
];

function asksOppositeState(q: ParsedQuestion, clauseText: string): boolean {
  return OPPOSITE_STATES.some((s) => s.opposite.test(q.folded) && s.required.test(clauseText));
}

const PLATFORM_NAME =
  /^(x|twitter|facebook|fb|instagram|insta|tiktok|snapchat|snap|whatsapp|linkedin|youtube|threads|bluesky|discord|reddit)$/;

/** Modifiers that name the same kind ("own phone", "personal phone"). */
function kind(modifier: string): string {
  return /^(own|personal|private|home)$/.test(modifier)
    ? 'personal'
    : /^(school|work|official|academy)$/.test(modifier)
      ? 'work'
      : modifier;
}

const MODIFIER_STOP =
  /^(the|a|an|their|your|my|our|his|her|its|this|that|these|those|be|is|are|by|on|in|at|to|of|for|with|and|or|if|when|where|once|after|use|used|using|can|may|must|should|will|staff|any|all|one|each|every|it|them|they|you|we|i)$/;

function exceptionMatches(q: ParsedQuestion, text: string): boolean {
  const m =
    /\b(with the exception of|except( for| during| when| in)?|apart from|other than|excluding|unless|save (?:that|where|for|when))\b(.*)$/i.exec(
      text,
    );
  if (!m) return false;
  const qWords = new Set(contentWords(q.folded).map((w) => processTerm(w)));
  // A word the rule itself uses ("must not post …, unless the post is on official accounts") is in every
  // question about the rule; only words the exception adds can show the question is about the exception.
  const ruleWords = new Set(contentWords(fold(text.slice(0, m.index))).map((w) => processTerm(w)));
  // Who the rule protects ("away from pupils") is in most questions, as is the school itself ("my school laptop"
  // against "except through school systems"); neither makes the exception fit.
  // "save that in a genuine emergency on a trip, …, a member of staff may call or text a boarder": what follows the
  // exception's own modal restates the act; its condition is what comes before.
  // "unless the class teacher has asked you to, and keep your phone in your bag": the exception ends where another
  // instruction begins.
  const tail = m[3]!.split(/;|, and (?=[a-z]+ (your|the|their|it|them|a|an|any)\b)|\. /)[0]!;
  const modal = /\b(may|can|must|should|will|is permitted to|are permitted to)\b/.exec(tail);
  const condition = modal && modal.index > 0 ? tail.slice(0, modal.index) : tail;
  const words = contentWords(fold(condition))
    .filter((w) => !ruleWords.has(processTerm(w)))
    .filter(
      (w) =>
        w.length > 3 &&
        !/^(such|sites?|those|these|which|where|before|after|during|while|whilst|since|until|unless|within|without|through|their|there|other|pupils?|students?|learners?|children|staff|parents?|employees?|authori[sz]ed|approved|agreed|written|prior|school|schools|academy|trust|work|social|media|online)$/.test(
          w,
        ),
    );
  return words.some((w) => qWords.has(processTerm(w)));
}

const WITHOUT_PERMISSION =
  /\bwithout (asking|checking|telling|permission|consent|approval|(their |his |her |the )?([a-z]+'?s? )?(permission|consent|say-?so|agreement|approval)|them knowing|anyone knowing)\b/;
/** The question names a place ("in the library", "on the bus"): checked against an "only in X" clause. */
const OTHER_PLACE = /\b(in|at|on|from) (the|my|a|their|our) [a-z]+( [a-z]+)?\b/;

/** Where a rule says a thing must be kept ("kept in your locker", "stored in the staff room"): the place's words. */
const REQUIRED_PLACE =
  /\b(kept|keep|stored|store|left|leave|locked|lock|placed|place|put|handed in|hand in)(?: (?:their|your|the|a|his|her|its|any) (?:[a-z]+ ){0,2}?(?:phones?|mobiles?|devices?))?( away| securely| safely)? (in|inside|at) (the |your |their |a |an |its |his |her )?([a-z]+( [a-z]+)?)/;
/** Where a person holds a thing on them, as a question puts it ("in my pocket", "on me"). */
const HELD_PLACE =
  /\b(in|on) (my|the|a) (pocket|bag|handbag|desk|drawer|lanyard|belt|tray|person|coat|cardigan|apron)s?\b|\b(on|with) me\b/;

function otherPlaceThanRequired(q: ParsedQuestion, text: string): boolean {
  const held = HELD_PLACE.exec(q.folded);
  const required = REQUIRED_PLACE.exec(text);
  if (!held || !required) return false;
  const heldWord = held[3] ?? 'person';
  return !required[5]!.split(' ').some((w) => w.replace(/s$/, '') === heldWord);
}

/**
 * A permission for breaks, the staff room or places without pupils, asked about a lesson or a class (and not
 * about those times too): the question is outside what the permission covers.
 */
function outsideTheTimesAllowed(q: ParsedQuestion, text: string): boolean {
  if (q.when !== 'school_time' || !WITH_CHILDREN.test(q.folded)) return false;
  const times = clauseTimes(text);
  if (times.has('school_time')) return false;
  return times.has('break') || PUPILS_ABSENT.test(text);
}

const REFUSAL_VERBS = /\b(delet\w*|remov\w*|block\w*|ignor\w*|unfriend\w*|unfollow\w*|report\w*|declin\w*|refus\w*)\b/g;

function bansTheAct(q: ParsedQuestion, text: string): boolean {
  const lower = text.toLowerCase();
  const ban = /\b(must not|should not|do not|never|not)\b/.exec(lower);
  if (!ban) return false;
  const banned = lower.slice(ban.index);
  return (q.folded.match(REFUSAL_VERBS) ?? []).some((v) => banned.includes(v.slice(0, 5)));
}

const UNTIL_AGE =
  /\buntil (?:(?:they|he|she|the (?:\w+ )?(?:pupils?|students?|learners?|child|children|young person|person))(?: (?:have|has|are|is))? )?(?:at least |both )?(?:reach(?:ed|es)?|turn(?:ed|s)?|attain(?:ed|s)?|aged?)? ?(?:at least )?(?:the age of |age )?(\d{1,2})\b([^.;]*)/;

/**
 * Whether a rule held "until they reach the age of N" still holds for the age the question states:
 * 'applies' below N, 'lapsed' at N or over, 'lapsed_other' when a further condition ("and twelve months
 * have passed") still stands; null when the rule has no age limit or the question gives no age.
 */
export function ageGate(q: ParsedQuestion, text: string): 'applies' | 'lapsed' | 'lapsed_other' | null {
  if (q.age === null) return null;
  const folded = fold(text);
  const m = UNTIL_AGE.exec(folded) ?? UNDER_AGE.exec(folded);
  if (!m) return null;
  if (q.age < Number(m[1])) return 'applies';
  // "… under 18 or who is an adult at risk", asked about a 22-year-old with an EHCP: the other limb holds.
  if (AT_RISK_LIMB.test(m[2]!) && AT_RISK_ASKED.test(q.folded)) return 'applies';
  return /^\s*(?:years? old )?(?:,? ?and|,? ?or|,? ?provided|,? ?unless)\b/.test(m[2]!) ? 'lapsed_other' : 'lapsed';
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
};
const numberOf = (w: string): number => (/^\d+$/.test(w) ? Number(w) : (NUMBER_WORDS[w] ?? Number.NaN));

/** An age limit's other limb: "or who is an adult at risk", "or a vulnerable adult". */
const AT_RISK_LIMB =
  /^[^.;]{0,20}\bor (?:who (?:is|are) )?(?:an? )?(?:adults? at risk|vulnerable (?:adults?|persons?|people|learners?|students?|young (?:people|person)))\b/;
/** What in a question marks an adult as one the rules on adults at risk protect. */
const AT_RISK_ASKED =
  /\b(ehcp|ehc plan|education,? health and care plan|sen|special (educational )?needs|learning (disability|disabilities|difficult(y|ies))|vulnerable|at risk|care leaver)\b/;

/** "If a former pupil under 21 contacts …", "students aged under 18": a rule for people below an age. */
const UNDER_AGE =
  /\b(?:pupils?|students?|learners?|child|children|young (?:person|people)|persons?|people|boarders?|leavers?|ashdownians?|alumni)(?: who (?:are|is)| aged| of)? (?:under|below|younger than) (?:the age of |age )?(\d{1,2})\b([^.;]*)/;

/**
 * "until at least three years have passed since they left", "for two years after leaving", "who left within the last
 * 2 years", "until they … have left the Academy for two years".
 */
const UNTIL_YEARS_LEFT =
  /\b(?:until (?:at least )?(\w+) (?:full )?years? (?:have |has )?(?:passed|elapsed|gone by)? ?(?:since|after) (?:they|he|she|the (?:\w+ )?(?:pupil|student|learner|child|young person)) (?:have |has )?left|for (?:at least )?(\w+) (?:full )?years? (?:after|since) (?:they|he|she|the (?:\w+ )?(?:pupil|student|learner|child|young person)) (?:have |has )?(?:left|leave)|for (?:at least )?(\w+) (?:full )?years? after leaving|(?:who|that) (?:have |has )?left[^.;]{0,40}\b(?:in|within) the (?:last|past|previous) (\w+) years?|until [^.;]{0,40}\b(?:have|has) left (?:the (?:\w+ )?|school |us )?for (?:at least )?(\w+) years?|(?:have|has) (?:also )?left [^.;]{0,40}?\bat least (\w+) years? (?:earlier|before|beforehand|previously|ago)|\band at least (\w+) (?:full )?years? (?:have |has )?(?:passed|elapsed|gone by) (?:since|after) (?:they|he|she|the (?:\w+ )?(?:pupil|student|learner|child|young person)) (?:have |has )?left)\b/;
/** "left about 5 years back", "left two years ago", "left last year". */
const YEARS_SINCE_LEFT =
  /\bleft (?:school |us |the school )?(?:about |around |over |nearly |almost |roughly |more than )?(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten) years? (?:ago|back)\b|\bleft (?:school |us |the school |here )?(?:last|this) (?:year|summer|july|june|term)\b|\bleft (?:school |us |the school )?(?:about |around |over |nearly |almost |roughly |more than )?(\d{1,2}|six|eighteen|a few|a couple of) months? (?:ago|back)\b/;

/**
 * Whether a rule held for so many years after a pupil leaves still holds for the time the question gives:
 * 'applies' within it, 'lapsed' after it; null when the rule has no such limit or the question gives no time.
 */
export function leftGate(q: ParsedQuestion, text: string): 'applies' | 'lapsed' | 'lapsed_other' | null {
  const asked = YEARS_SINCE_LEFT.exec(q.folded);
  if (!asked) return null;
  const folded = fold(text);
  const rule = UNTIL_YEARS_LEFT.exec(folded);
  if (!rule) return null;
  // "left about 18 months ago": months, as a share of a year; "a few months ago" counts as less than one.
  const months =
    asked[2] === undefined ? undefined : /^\d+$/.test(asked[2]) ? Number(asked[2]) : asked[2] === 'eighteen' ? 18 : 6;
  const years = months !== undefined ? months / 12 : asked[1] ? numberOf(asked[1]) : 1;
  const limit = numberOf((rule[1] ?? rule[2] ?? rule[3] ?? rule[4] ?? rule[5] ?? rule[6] ?? rule[7])!);
  if (Number.isNaN(years) || Number.isNaN(limit)) return null;
  if (years < limit) return 'applies';
  // "until they are at least 18 and have left for two years", "… unless they are family": another condition stands.
  const rest = folded.slice(0, rule.index) + folded.slice(rule.index + rule[0].length);
  return /\b(and|or)\b/.test(rule[0]) || /\b(unless|except|provided|as long as|so long as|if|until)\b/.test(rest)
    ? 'lapsed_other'
    : 'lapsed';
}

/** The question's refusal verb ("report", "block") is one the clause itself calls for. */
function requiresTheAct(q: ParsedQuestion, text: string): boolean {
  const lower = text.toLowerCase();
  return (q.folded.match(REFUSAL_VERBS) ?? []).some((v) => lower.includes(v.slice(0, 5)));
}

/** A rule to act at once: "as soon as possible" and "as soon as <the thing is known>" alike. */
export const IMMEDIATELY =
  /\b(immediately|straight ?away|at once|without delay|as soon as (possible|practicable|reasonably (possible|practicable)|(it is |they are |you are |he is |she is |this is )?(identified|noticed|discovered|seen|received|known|aware|found|raised|reported)|(they|you|staff|he|she|the \w+) (become|becomes|are|is|have|has|get|gets) (made )?(aware|concerned|notified|told|informed)|(they|you|staff|he|she) (see|sees|notice|notices|find|finds|discover|discovers|learn|learns|receive|receives|hear|hears|know|knows|suspect|suspects))|on the same day|the same day|promptly|right away)\b/i;
const DELAY = /\b(wait|waiting|hold off|leave it|until|till|tomorrow|monday|next week|later|after the weekend|first)\b/;
const WARNING = /\b(dangers?|risks?) (of|in|involved)\b/i;

export function decide(q: ParsedQuestion, clause: Clause): Verdict {
  const verdict = decideFromClause(q, clause);
  if (verdict !== 'allowed') return verdict;
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
  // A duty to report a concern permits nothing but reporting it ("can I play online games with pupils?").
  if (requiresReporting(clause) && !q.concepts.what.has('reporting')) return 'guidance';
  // A permission for one platform is no yes on another ("Staff WhatsApp groups are allowed …" asked about Facebook);
  // platforms given as examples ("social media such as Facebook") stand for all.
  if (q.concepts.platforms.size > 0) {
    const named = clause.tags.what.filter((w) => w.startsWith('platform:'));
    if (
      named.length > 0 &&
      !EXAMPLES.test(plainOf(clause)) &&
      ![...q.concepts.platforms].some((p) => named.includes(`platform:${p}`))
    )
      return 'guidance';
  }
  return verdict;
}

/**
 * "Former pupils under 18 must be treated in the same way as current pupils": a rule that extends other rules to
 * more people permits nothing by itself; the rules it points to decide.
 */
const TREATED_AS =
  /\b(treated|regarded|considered|dealt with|seen) (in )?(exactly )?(the same( way)?|as if they (were|are)|as though they (were|are))( as)?\b|\bthe same (rules?|expectations?|principles?|standards?|guidance) (apply|applies)\b/;

export function extendsOtherRules(clause: Clause): boolean {
  return TREATED_AS.test(plainOf(clause));
}

/** The part of a permission that takes something back: "…, but school matters must never be discussed on it". */
const PROVISO = /\b(but|however|provided( that)?|as long as|so long as|on condition that)\b(.*)$/;
const PROVISO_BAN = /\b(must not|mustn't|should not|shouldn't|never|may not|cannot|can't|not be|do not|don't)\b/;
/** Words every rule shares with every question: no sign that the proviso is about what was asked. */
const PROVISO_GENERIC = new Set(
  [
    'school',
    'staff',
    'pupil',
    'student',
    'child',
    'parent',
    'social',
    'media',
    'online',
    'account',
    'member',
    'personal',
  ].map((w) => processTerm(w) as string),
);

function provisoForbids(q: ParsedQuestion, text: string): boolean {
  const proviso = PROVISO.exec(text);
  if (!proviso) return false;
  const banned = proviso[3]!.split(/\band\b|[,;]/).filter((part) => PROVISO_BAN.test(part));
  if (banned.length === 0) return false;
  // A word the permission itself uses ("may share posts from the official page, but must not comment on posts
  // about children" asked about sharing a post) cannot show the question is about the proviso; nor can the place
  // it is done ("… but must never include children's names in WhatsApp groups" asked about a staff WhatsApp group
  // for swapping shifts): the proviso rules on what is done there.
  const permittedText = fold(text.slice(0, proviso.index));
  const permitted = new Set(contentWords(permittedText).map((w) => processTerm(w)));
  // A staff wording's policy words ("£40 on PayPal": money) count too, as one meaning: when any of them is the
  // permission's own ("political posts are a matter for the individual" asked about voting Green), or the
  // permission uses the staff wording itself ("staff who stand for election … may"), none is.
  // "My son is at the school where I work" says who the asker is, not what they would do there.
  const acts = q.folded.replace(WHERE_I_WORK, ' ');
  const meanings = paraphraseEntriesOf(q)
    .filter(
      (p) =>
        p.pattern.test(acts) && !p.pattern.test(permittedText) && !p.expand.some((w) => permitted.has(processTerm(w))),
    )
    .map((p) => p.expand);
  const asked = new Set(
    [...contentWords(q.folded), ...meanings.flat()]
      .map((w) => processTerm(w))
      .filter(
        (t): t is string =>
          !!t && t.length >= 4 && !PROVISO_GENERIC.has(t) && !permitted.has(t) && !PROVISO_PLACE.test(t),
      ),
  );
  return banned.some((part) => contentWords(part).some((w) => asked.has(processTerm(w) ?? '')));
}

/** The asker saying where they work ("at the school where I work", "I work there too"). */
const WHERE_I_WORK =
  /\b(where|that) i work\b|\bi (also )?work (at|there|here|for|in)\b( (the|this|a|our) (school|academy|college|trust))?/g;

/** Where something is posted or sent, as stemmed: the setting of a proviso, not what it forbids. */
const PROVISO_PLACE =
  /^(whatsapp|facebook|instagram|twitter|tiktok|snapchat|linkedin|youtub|messeng|group|app|apps|chat|site|page|platform|forum|channel|account)/;

/** The only condition a permission carries is a proviso ruling out how it is done ("provided they do not …"). */
function provisoOnly(text: string): boolean {
  const m = /\b(provided( that)?|as long as|so long as)\b(.*)$/.exec(text);
  if (!m) return false;
  // Only a proviso that rules something out ("… provided they do not add comments"); one that asks for a step
  // ("provided they put it away") or a state leaves the answer to the circumstances.
  // "… provided that no comment is added which identifies a pupil" rules something out too.
  if (
    !/^\s*(they|you|staff|the \w+|it|this)? ?(do not|don't|does not|never|must not|should not|are not|is not)\b/.test(
      m[3]!,
    ) &&
    !/^\s*(no|nothing|none of)\b/.test(m[3]!)
  )
    return false;
  return !/\b(if|unless|except|only|when|where|whether|until|depending|subject to)\b/.test(text.slice(0, m.index));
}

/** A list of examples: what it names stands for more than itself. */
const EXAMPLES = /\b(such as|for example|for instance|e\.?g\.?|including|etc)\b/;

const AWARENESS =
  /\b(be|are|is|being|remain) (made )?(fully |always |also )?(aware|mindful|conscious)\b|\b(are|is|be) (solely |personally |fully )?(responsible|accountable) for\b|\b(recognise|recognize|bear in mind|keep (this |that |it )?in mind|remember|understand|consider)\b|\b(be )?assumed? that\b/;

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

/** Pupils named only as absent ("in areas where pupils are not present") are not what a clause speaks of. */
const PUPILS_ABSENT =
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
function namesAnAct(q: ParsedQuestion): boolean {
  return ACTS.some(([inQuestion]) => inQuestion.test(q.folded));
}

/** Each act the question names from the list above is one the clause speaks of too (or the question names none). */
function sharesAct(q: ParsedQuestion, clause: Clause): boolean {
  const text = plainOf(clause);
  const asked = ACTS.filter(([inQuestion]) => inQuestion.test(q.folded));
  return asked.length === 0 || asked.every(([, inClause]) => inClause.test(text));
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
    return 'allowed';
  }
  if (force === 'advised_not') return 'not_allowed';
  // "Staff posting photos will be aware of the importance of protecting children": awareness asked of the reader
  // permits nothing.
  if (force === 'advised') return AWARENESS.test(plainOf(clause)) ? 'guidance' : 'allowed';
  if (force === 'may') {
    // "Staff are permitted to take photographs … using a College device" asked about their own phone.
    if (meansClash) return 'not_allowed';
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
