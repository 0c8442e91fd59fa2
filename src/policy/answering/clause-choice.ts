/** Choosing the clause an answer rests on: reranking the retrieved clauses, then picking the one for the verdict. */
import { MANDATORY, NORMATIVE, PROHIBITIVE } from '../domain/force.js';
import { OUTING_WORDING } from '../domain/lexicon.js';
import { fold } from '../domain/text.js';
import { type YearGroups, yearAgreement, yearGroupsOf } from '../domain/year-groups.js';
import type { Clause } from '../types.js';
import {
  aboutOthersOwnChild,
  clauseFacts,
  clauseTimes,
  extendsOtherRules,
  namesAnAct,
  OWN_CHILD_HERE,
  onOtherPlatformsOnly,
  POSTING_ASKED,
  plainOf,
  requiresReporting,
  STAFF_AS_PARENT,
  sharesAct,
  WITH_CHILDREN,
} from './clause-facts.js';
import { contentWords, type ParsedQuestion } from './question.js';
import { processTerm } from './terms.js';
import { RANK_WEIGHTS as W } from './weights.js';

export interface Ranked {
  clause: Clause;
  score: number;
}
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
    // "You may name the school in your LinkedIn profile" is no leave for the Instagram bio asked about: leave or a
    // duty for other platforms only (not given as examples) is pushed down. A ban on another platform is not: what
    // is barred there often says what is barred here (measured: docs/engine/figures.md).
    if (!PROHIBITIVE.has(t.force) && onOtherPlatformsOnly(q, clause)) s -= OTHER_PLATFORM;
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
  if (W.scene) liftRulesUnderScenes(ranked);
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

/** Only a scene among the best few matches says where the answer is. */
const SCENES_CONSIDERED = 3;

/**
 * A policy written as scenes and what to do about them: the question matches the scene (a descriptive sentence),
 * and the rules under the same heading answer it. Each rule there gains a share of its gap to the best scene.
 */
function liftRulesUnderScenes(ranked: Ranked[]): void {
  const scenes = new Map<string, number>();
  const best = [...ranked].sort((a, b) => b.score - a.score).slice(0, SCENES_CONSIDERED);
  for (const r of best) {
    if (r.clause.tags.force !== 'descriptive' || r.clause.headingPath.length === 0) continue;
    const key = r.clause.headingPath.join('\u0000');
    scenes.set(key, Math.max(scenes.get(key) ?? Number.NEGATIVE_INFINITY, r.score));
  }
  if (scenes.size === 0) return;
  for (const r of ranked) {
    if (!NORMATIVE.has(r.clause.tags.force)) continue;
    const scene = scenes.get(r.clause.headingPath.join('\u0000'));
    if (scene !== undefined && scene > r.score) r.score += W.scene * (scene - r.score);
  }
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

/** Sharing, liking or reposting what the school's own accounts posted. */
const SHARES_OFFICIAL_POST =
  /\b(share|sharing|repost|reposting|retweet|retweeting|like|liking)\b[^.?]{0,40}\b(the |our )?(school|academy|college|nursery|trust|federation|setting)('s|s'|s)? (own |official |public )?((facebook|fb|insta|instagram|twitter|x|tiktok|linkedin) )?(posts?|updates?|tweets?|stories|story|video)\b|\b(the |our )?(school|academy|college|nursery|trust|federation)('s)? (own |official )?((facebook|fb|insta|instagram|twitter|x|tiktok|linkedin) )?posts?\b[^.?]{0,60}\b(share|repost|retweet|like)\b/;
/** A clause giving leave to share the school's own posts. */
const SHARING_LEAVE =
  /\b(share|sharing|repost|reposting|retweet|like|liking)\b[^.;]{0,60}\b(official|school's|academy's|college's|nursery's|trust's|school|academy|college|the nursery's)\b[^.;]{0,40}\b(posts?|accounts?|pages?|channels?|content|material)\b/;

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

/** A ban on doing something through personal means ("must not … through personal accounts, personal email …"). */
const BANS_PERSONAL_MEANS =
  /\b(must not|mustn't|should not|shouldn't|never|not|no|do not|don't)\b[^.;]{0,80}\b(through|via|using|on|from|by|with) (a |any |their |your |his |her )?(personal|private|own) (social media|accounts?|phones?|mobiles?|mobile (phones?|numbers?)|numbers?|e-?mail|devices?|messaging)\b/;

/**
 * "Staff must not contact students through personal accounts, personal email or personal phones" does not rule on
 * a Teams chat or the work phone the question asks about.
 */
export function bansOnlyOtherMeans(q: ParsedQuestion, clause: Clause): boolean {
  return (
    q.officialMeans &&
    !q.personalMeans &&
    PROHIBITIVE.has(clause.tags.force) &&
    BANS_PERSONAL_MEANS.test(plainOf(clause))
  );
}

/** How much more a rule about the act asked weighs in the choice of the deciding rule (0.1 cost four). */
const SAME_ACT = 0.05;

/** How far leave for other platforms only falls in the ranking. */
const OTHER_PLATFORM = 0.2;

/** Picks the clause the verdict rests on: the best normative clause close to the top, else the top. */
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
  // "Can I share the school's post about sports day on my own page?": the leave to share the school's own posts
  // answers it before a ban on posting about the school, which it carves out of.
  if (SHARES_OFFICIAL_POST.test(q.folded) && !q.negativeAction) {
    const leave = ranked
      .slice(0, 5)
      .find((r) => r.clause.tags.force === 'may' && SHARING_LEAVE.test(plainOf(r.clause)));
    if (leave) return leave;
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
    if (bansOnlyOtherMeans(q, r.clause)) continue;
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
    // "Can I take a photo on my phone?": of rules near the top, one about the act asked weighs a little more.
    const onAct = asksToDoAnAct && sharesAct(q, r.clause) ? SAME_ACT * top.score : 0;
    const value = r.score + FORCE_WEIGHT[r.clause.tags.force]! * top.score + onAct;
    if (value > bestValue) {
      best = r;
      bestValue = value;
    }
  }
  return best;
}
