import { BoundaryError } from '../errors.js';
import type { Answer, PolicyEngine } from './answer.js';
import { bansOnlyOtherMeans, type Ranked, rerank, verdictClause } from './answering/clause-choice.js';
import { aboutOthersOwnChild, plainOf } from './answering/clause-facts.js';
import { actionsFor, citationOf, composeAnswer, permissionBesideBanAnswer } from './answering/compose.js';
import { covered, onTopic } from './answering/coverage.js';
import { referencedClauses } from './answering/cross-references.js';
import { decide } from './answering/decide.js';
import { type ParsedQuestion, parseQuestion, questionConcepts } from './answering/question.js';
import { buildIndex, type ClauseIndex, paraphraseEntriesOf } from './answering/retrieval.js';
import { safetyFirst } from './answering/safety-first.js';
import { processTerm } from './answering/terms.js';
import { learnDefinedTerms, termRewriter } from './domain/defined-terms.js';
import { findRole, findTitledRoles } from './domain/force.js';
import { STANDALONE_TOPICS } from './domain/lexicon.js';
import { tagClause } from './domain/tagger.js';
import { fold } from './domain/text.js';
import { normaliseText } from './ingest/normalise.js';
import { segment } from './ingest/segment.js';
import { draftReading } from './reading/draft.js';
import type { QuestionFrame } from './reading/frame.js';
import { callsForAction, reportingClauses } from './reading/safety-clauses.js';
import type { Reading } from './reading/schema.js';
import { banBesidePermission, refineVerdict } from './reading/settled.js';
import {
  dutyInWords,
  prohibitionNearby,
  ReadingView,
  readingVerdict,
  stanceOf,
  type VerdictMode,
} from './reading/verdict.js';
import type { Clause, PolicyDocument } from './types.js';
import { roleStanding } from './understanding/asker-role.js';
import { understandQuestion } from './understanding/index.js';

/** Text -> clauses. Throws BoundaryError('policy_empty') when no clause reads as policy. */
export function parsePolicy(file: string, text: string): PolicyDocument {
  const normal = normaliseText(text);
  const { title, clauses: raw } = segment(normal);
  const definedTerms = learnDefinedTerms(normal.join('\n'));
  const rewrite = termRewriter(definedTerms);
  const clauses = raw.map((r) => tagClause(r, rewrite));
  linkAnaphora(clauses);
  authorsOwnWords(clauses);
  const normative = clauses.filter((c) => c.tags.force !== 'descriptive').length;
  if (clauses.length === 0 || normative === 0) {
    throw new BoundaryError(
      'policy_empty',
      `Policy file ${file} has no recognisable policy clauses (found ${clauses.length} sentences, none saying what staff must, should or may do).`,
    );
  }
  return { file, title: title || 'Social media policy', clauses, definedTerms };
}

/**
 * "I will never post photos of children on my personal accounts", in a head's letter to staff, is the head's own
 * undertaking, not a rule for the reader: its subject is the school. In a signed agreement, where many sentences
 * open with "I", it is the reader's.
 */
function authorsOwnWords(clauses: Clause[]): void {
  const firstPerson = clauses.filter((c) => /^(?:[✔✓✘✗☑•*-]\s*)?i\b(?!\.e\.)/.test(plainOf(c)));
  if (firstPerson.length === 0 || firstPerson.length / clauses.length >= 0.15) return;
  for (const c of firstPerson) c.tags.subject = 'school';
}

const ANAPHOR =
  /^(\(?(this|these|that|those|such|it|they|however|likewise|similarly|instead|in these circumstances)\b)|\bsuch (contact|contacts|requests?|information|material|images?|incidents?|sites?|accounts?|use)\b/i;

/**
 * A sentence that points back ("Staff must make any such contact known …") is about what the sentence
 * before it named: it takes that sentence's who and what as its own, and is indexed with its words.
 */
function linkAnaphora(clauses: Clause[]): void {
  for (let i = 1; i < clauses.length; i++) {
    const c = clauses[i]!;
    const prev = clauses[i - 1]!;
    if (!ANAPHOR.test(c.text) || prev.headingPath.join() !== c.headingPath.join()) continue;
    // Only a sentence that says little by itself borrows; a full rule stands on its own words.
    if (c.tags.what.filter((w) => w !== 'online' && !w.startsWith('platform:')).length > 1) continue;
    c.tags.who = [...new Set([...c.tags.who, ...prev.tags.who])];
    c.tags.what = [...new Set([...c.tags.what, ...prev.tags.what.filter((w) => w !== 'permission')])];
    c.previous = prev.text;
  }
}

export interface EngineOptions {
  /** The school's reading of this policy; a fresh draft when absent. */
  reading?: Reading;
  verdicts?: VerdictMode;
  now?: () => Date;
}

export interface LoadedPolicy extends PolicyEngine {
  readonly document: PolicyDocument;
  /** The reading answers come from now. */
  reading(): Reading;
  /** Answers from this reading from the next question on (a corrected entry, a reloaded file). */
  replaceReading(reading: Reading): void;
  readonly index: ClauseIndex;
  /** Who the policy says to ask when it is silent. */
  readonly fallbackContact: string;
}

export function createPolicyEngine(doc: PolicyDocument, options: EngineOptions = {}): LoadedPolicy {
  // The language model loads on first use (about a second, blocking). Loading it with the policy keeps that out of
  // the first question's turn, where it stalled every connection open at the time.
  understandQuestion('Can I message a pupil on Instagram?', new Date());
  const index = buildIndex(doc.clauses);
  const fallbackContact = silentContact(doc.clauses);
  const now = options.now ?? (() => new Date());
  const mode = options.verdicts ?? 'reviewed';
  let view = new ReadingView(options.reading ?? draftReading(doc, doc.file, fallbackContact, now()));
  const safeguardingContact = safeguardingLead(doc.clauses);
  const ctx = (): ReadingContext => ({ view, mode, now: now(), safeguardingContact });
  return {
    document: doc,
    index,
    fallbackContact,
    reading: () => view.reading,
    replaceReading(reading) {
      view = new ReadingView(reading);
    },
    source: { file: doc.file, title: doc.title, clauseCount: doc.clauses.length },
    answer(question: string): Answer {
      try {
        return answerQuestion(
          doc,
          index,
          fallbackContact,
          typeof question === 'string' ? question : String(question),
          ctx(),
        );
      } catch (err) {
        // The contract says answer() never throws; a bug here must not take the bot down with it.
        return notCovered(
          String(question),
          fallbackContact,
          `Sorry, I could not work that question out (${(err as Error).message}). Please rephrase it, or ask ${fallbackContact}.`,
        );
      }
    },
  };
}

function notCovered(question: string, contact: string, text: string): Answer {
  return { question, verdict: 'not_covered', answer: text, citations: [], contact, actions: [] };
}

interface ReadingContext {
  view: ReadingView;
  mode: VerdictMode;
  now: Date;
  /** The policy's own safeguarding lead, by the name it uses, for safety answers. */
  safeguardingContact: string | null;
}

interface QuestionContext extends ReadingContext {
  frame(): QuestionFrame;
}

function answerQuestion(
  doc: PolicyDocument,
  index: ClauseIndex,
  fallback: string,
  question: string,
  reading: ReadingContext,
): Answer {
  // The question is understood once, on first need, for the reading's verdict and for safety.
  let frame: QuestionFrame | undefined;
  const ctx = { ...reading, frame: () => (frame ??= understandQuestion(question, reading.now)) };
  const answer = policyAnswer(doc, index, fallback, question, ctx);
  if (answer.verdict === 'not_covered' && !answer.question.trim()) return answer;
  return safetyFirst(withReportingDuty(answer, index, ctx), ctx.frame(), reading.safeguardingContact);
}

/**
 * A question about a child at risk or an indecent image quotes the policy's own duty to report, second after the
 * clause the verdict came from, unless the answer quotes a duty to tell someone already (reading/safety-clauses.ts).
 */
function withReportingDuty(answer: Answer, index: ClauseIndex, ctx: QuestionContext): Answer {
  const frame = ctx.frame();
  const search = () => index.search(parseQuestion(answer.question));
  if (answer.citations.length === 0) {
    if (answer.verdict !== 'not_covered' || !callsForAction(frame)) return answer;
    // "A child told me mummy's boyfriend hurts her": the policy is not silent when it says how to report a concern.
    const duties = reportingClauses(ctx.view, frame, search, 3);
    if (duties.length === 0) return answer;
    const duty = dutyInWords(ctx.view, duties);
    const text = `Your policy says how to report a concern like this: see the quoted clauses.${duty ? ` ${duty}` : ''}`;
    return { ...answer, verdict: 'guidance', answer: text, citations: duties.map(citationOf) };
  }
  const duty = reportingClauses(ctx.view, frame, search, 1).map(citationOf);
  if (duty.length === 0 || answer.citations.some((c) => c.text === duty[0]!.text)) return answer;
  // Already quoting a duty to tell someone: that is the answer's own.
  const quoted = ctx.view.reading.entries.filter((e) => answer.citations.some((c) => c.text === e.text));
  if (quoted.some((e) => e.duties.some((d) => d.act === 'tell'))) return answer;
  const [chosen, ...rest] = answer.citations;
  return { ...answer, citations: [chosen!, ...duty, ...rest].slice(0, 3) };
}

function policyAnswer(
  _doc: PolicyDocument,
  index: ClauseIndex,
  fallback: string,
  question: string,
  reading: QuestionContext,
): Answer {
  const q = parseQuestion(question);
  if (q.problem === 'empty' || q.problem === 'not_english') {
    return notCovered(question, fallback, composeAnswer('not_covered', q, undefined, null, fallback));
  }
  // Typos: read the question again with misspelt words replaced by the nearest policy or lexicon word.
  const corrected = q.folded
    .split(' ')
    .map((w) => {
      const m = /^([a-z]+)(.*)$/.exec(w);
      return m ? index.correct(m[1]!) + m[2] : w;
    })
    .join(' ');
  if (corrected !== q.folded) {
    const more = questionConcepts(corrected);
    for (const w of more.who) q.concepts.who.add(w);
    for (const w of more.what) q.concepts.what.add(w);
    for (const p of more.platforms) q.concepts.platforms.add(p);
    q.concepts.online ||= more.online;
    q.folded = `${q.folded} ${corrected}`;
  }
  const actions = actionsFor(q);
  const scope = SCOPE_QUESTION.test(q.whole) ? scopeClause(_doc.clauses, q.whole) : null;
  if (scope) {
    const contact = scope.tags.roles[0] ?? fallback;
    return {
      question,
      verdict: 'guidance',
      answer: composeAnswer('guidance', q, scope, contact, fallback),
      citations: [citationOf(scope)],
      contact,
      actions,
    };
  }
  // Coverage is judged from several kinds of evidence, not one threshold: whether the question is about the
  // field at all (its concepts), how much of it the best clause holds (specificity), and whether a staff
  // wording the lexicon knows ("Seesaw", "racist", "google me") meets the policy's own word in that clause.
  const topical = onTopic(q);
  // A rule the policy reports but does not hold ("Previously: …") is quoted only when nothing else is found.
  const found = index.search(q);
  const held = found.filter((h) => !h.clause.tags.reported);
  const hits = held.length > 0 ? held : found;
  const ranked = rerank(
    q,
    hits.filter((h) => q.actor !== 'self' || !reading.view.reviewedNotForStaff(h.clause)),
    index.conceptWeight,
    (c) => index.specificity(q, c).share,
    (c) => index.literal(q, c),
  );
  const spec = ranked[0] ? index.specificity(q, ranked[0].clause) : { share: 0, matched: 0 };
  const paraphrased = ranked[0] ? paraphraseMet(q, ranked[0].clause) : false;
  const onlineWording = ranked[0] ? paraphraseMet(q, ranked[0].clause, true) : false;
  const absent = missingTopic(q, index);
  // "When would the LADO be involved?": a question naming a role the policy gives a part in its procedures
  // is about the policy when the best clause names that role.
  const role = findRole(q.folded);
  const roleNamed =
    (!!role && !!ranked[0]?.clause.tags.roles.includes(role)) || namesPolicyPerson(q.folded, _doc.clauses);
  // "Can I stand for election as a councillor?" against "Staff who stand for election … may do so in their own name":
  // one clause holds every word the question turns on, so the policy speaks to it though nothing online is named.
  const wholly = spec.matched >= WHOLLY_MATCHED && spec.share >= WHOLLY_SHARE;
  if (absent || (!topical && !onlineWording && !roleNamed && !wholly) || outsidePolicy(q, index)) {
    return { ...notCovered(question, fallback, composeAnswer('not_covered', q, undefined, null, fallback)), actions };
  }
  // A clause that holds most of what the question asks, by rarity, addresses it even when no lexicon concept
  // names the subject ("a department meeting", "google drive").
  const specific = spec.matched >= 1 && spec.share >= SPECIFIC_ENOUGH;
  if (!specific && !paraphrased && !covered(q, ranked[0], hits[0]?.score ?? 0)) {
    return { ...notCovered(question, fallback, composeAnswer('not_covered', q, undefined, null, fallback)), actions };
  }
  // "Rules on pupils' own phones are set out in the Pupil Mobile Device Policy": the policy says this is not its
  // subject, so the answer is that it does not cover it, quoting where it points.
  // Not when something happened that the asker may need to report: the rules that say what to do come first.
  const top = ranked[0]!.clause;
  if (!q.skipsReporting && !q.incoming && !q.harm && !q.concepts.what.has('reporting') && REFERRAL.test(plainOf(top))) {
    return {
      question,
      verdict: 'not_covered',
      answer: composeAnswer('not_covered', q, top, null, fallback),
      citations: [citationOf(top)],
      contact: fallback,
      actions,
    };
  }
  const chosen = verdictClause(q, ranked);
  const fromReading = readingVerdict(reading.view, reading.mode, q, chosen.clause, reading.frame());
  const roleBound = bindingAskersRole(reading.view, reading.frame(), _doc.clauses);
  const ban =
    fromReading?.verdict === 'allowed'
      ? prohibitionNearby(
          reading.view,
          reading.mode,
          reading.frame(),
          stanceOf(q, reading.frame()),
          [...ranked.slice(0, 5).map((r) => r.clause), ...roleBound].filter((c) => c !== chosen.clause),
        )
      : null;
  let verdict = ban ? 'not_allowed' : (fromReading?.verdict ?? decide(q, chosen.clause));
  const cited = citations(q, chosen, ranked);
  const frame = reading.frame();
  const stance = stanceOf(q, frame);
  // The paragraphs the chosen rule is "subject to", wherever they stand.
  const referenced = referencedClauses(chosen.clause, _doc.clauses);
  verdict = refineVerdict(verdict, {
    view: reading.view,
    frame,
    stance,
    chosen: chosen.clause,
    cited,
    referenced,
    folded: q.folded,
    askerIsStaff: q.actor === 'self',
    fromReading: fromReading ? { reviewed: fromReading.entry.reviewed } : null,
  });
  // "GYA here, …": a ban for the asker's own role, wherever it stands, outweighs a yes; the answer quotes it.
  const roleBan =
    ban ?? (verdict === 'allowed' ? prohibitionNearby(reading.view, 'reading', frame, stance, roleBound) : null);
  if (roleBan && roleBound.includes(roleBan.clause)) {
    verdict = 'not_allowed';
    if (!cited.includes(roleBan.clause)) cited.splice(1, 0, roleBan.clause);
    cited.length = Math.min(cited.length, 3);
  }
  // A drafted "yes" beside a quoted ban that fits the question as closely: which applies is the asker's to see.
  const closeness = (c: Clause) => index.literal(q, c).share + index.specificity(q, c).share;
  const beside =
    verdict === 'allowed' && !fromReading?.entry.reviewed
      ? banBesidePermission(
          reading.view,
          frame,
          stance,
          chosen.clause,
          cited.filter((c) => !bansOnlyOtherMeans(q, c)),
          closeness,
          referenced,
        )
      : null;
  if (beside) {
    verdict = 'depends';
    if (cited.includes(beside)) cited.splice(cited.indexOf(beside), 1);
    cited.splice(1, 0, beside);
    cited.length = Math.min(cited.length, 3);
  }
  const contact = fromReading?.entry.permission_of ?? contactFor(q.intent, chosen.clause, cited, ranked, fallback);
  // The duty may sit in another item of a list the answer quotes ("you must: decline …; tell the DSL …").
  const quoted = [chosen.clause, ...cited];
  const siblings = _doc.clauses.filter((c) => c.context && quoted.some((x) => x.context === c.context));
  const duty = verdict === 'allowed' ? null : dutyInWords(reading.view, [...quoted, ...siblings]);
  const text = beside
    ? permissionBesideBanAnswer(contact)
    : composeAnswer(verdict, q, chosen.clause, contact, fallback);
  return {
    question,
    verdict,
    answer: duty ? `${text} ${duty}` : text,
    citations: cited.map(citationOf),
    contact,
    actions,
  };
}

/**
 * "GYA here, …": sentences whose reading binds a role the asker says is theirs, wherever they stand, so a ban for
 * that role ("a GYA must wait one year even on LinkedIn") is weighed though the search did not rank it near.
 */
function bindingAskersRole(view: ReadingView, frame: QuestionFrame, clauses: readonly Clause[]): Clause[] {
  if (!frame.askerRole?.is.length) return [];
  return clauses.filter((c) =>
    view.entriesFor(c).some((e) => e.binds === 'roles' && roleStanding(e.roles, frame.askerRole) === 'asker'),
  );
}

/** A clause that says its subject is ruled on elsewhere, or is no part of this policy. */
const REFERRAL =
  /\b(are|is) (set out|covered|dealt with|explained|described|found|contained) in (the|each|our|a separate|the separate|their) [^.;]{0,80}\b(polic(y|ies)|procedures?|handbook|code)\b|\b(this|the) (policy|section|document|code) does not (cover|apply to|deal with)\b|\b(are|is) not (part of|within the scope of|dealt with in) this (policy|section|document|code)\b/;

/** "what if my concern is about Mrs Patel herself?": a person the policy names (by title and surname) is in its field. */
function namesPolicyPerson(folded: string, clauses: readonly Clause[]): boolean {
  const named = /\b(mrs|mr|ms|miss|mx|dr)\.? ([a-z][a-z'-]{2,})\b/.exec(folded);
  if (!named) return false;
  const person = new RegExp(`\\b${named[1]}\\.? ${named[2]}\\b`, 'i');
  return clauses.some((c) => person.test(c.text));
}

const SPECIFIC_ENOUGH = 0.5;
/** A clause holding at least this many of the question's weighted words, and this share of their weight. */
const WHOLLY_MATCHED = 3;
const WHOLLY_SHARE = 0.9;

/** A clause's own and lead-in words as index terms; a clause never changes once loaded. */
const clauseTerms = new WeakMap<Clause, Set<string | null>>();

function termsOf(clause: Clause): Set<string | null> {
  let terms = clauseTerms.get(clause);
  if (!terms) {
    terms = new Set((fold(`${clause.text} ${clause.context ?? ''}`).match(/[a-z]+/g) ?? []).map((w) => processTerm(w)));
    clauseTerms.set(clause, terms);
  }
  return terms;
}

/** A staff wording from the paraphrase table whose policy words the clause uses. */
function paraphraseMet(q: ParsedQuestion, clause: Clause, onlineOnly = false): boolean {
  const terms = termsOf(clause);
  return paraphraseEntriesOf(q).some(
    (p) => (!onlineOnly || p.online) && p.expand.some((w) => terms.has(processTerm(w))),
  );
}

/** Concepts that keep a question in the policy's field whatever its other words. */
const IN_FIELD = [
  'contact',
  'messaging',
  'friending',
  'device',
  'school_equipment',
  'photos',
  'indecent_images',
  'reporting',
  'evidence',
];

/**
 * None of the question's words occurs in the policy, and it names nothing online, no contact, device, image
 * or report: whatever it asks ("Can I bring my dog to school?"), this policy does not speak to it.
 */
function outsidePolicy(q: ParsedQuestion, index: ClauseIndex): boolean {
  if (q.concepts.online || q.concepts.platforms.size > 0) return false;
  if (IN_FIELD.some((c) => q.concepts.what.has(c))) return false;
  // "What happens if I break this policy?" is about the policy itself, whatever its verbs.
  if (/\b(polic(y|ies)|rules?|code of conduct)\b/.test(q.folded)) return false;
  return index.unmatched(q);
}

/** What the policy's field is about whatever else a question mentions: messages and requests. */
const CORE_ACTS = ['messaging', 'friending'];

/** The question is about a subject of its own (AI tools) that this policy never mentions. */
function missingTopic(q: ParsedQuestion, index: ClauseIndex): boolean {
  // "Can I keep texting a Y10 I used to babysit for?" asks about texting; the babysitting is how they met.
  if (CORE_ACTS.some((c) => q.concepts.what.has(c))) return false;
  return [...q.concepts.what].some(
    (c) => STANDALONE_TOPICS.has(c) && index.conceptWeight(c) >= index.conceptWeight('__none__'),
  );
}

/** "Does this apply to me?", "I'm a governor, am I covered?": the question is who the policy is for. */
const SCOPE_QUESTION =
  /\b(does|do|will|would) (this|the|these|it|that)( \w+)?( policy| rules?| guidance| document)? (apply|applies|cover|covers|include|includes|count)\b|\bam i (covered|included)\b|\b(apply|applies) to (me|us)\b|\bcover(s)? me\b/;
const SCOPE_CLAUSE =
  /\b(appl(y|ies) to|is for (you|every|all|any)|covers? (all|every|any|staff|employees|you)|this (document|policy|guide|guidance) is for|(it|this) (includes|covers))\b/i;

/** The scope clause that names the asker's role, else the first scope clause; null when the policy has none. */
function scopeClause(clauses: Clause[], folded: string): Clause | null {
  const scopes = clauses.filter(
    (c) =>
      SCOPE_CLAUSE.test(c.text) || c.headingPath.some((h) => /\b(scope|who (this|it) (is for|applies))\b/i.test(h)),
  );
  if (scopes.length === 0) return null;
  const qStems = new Set(
    (folded.match(/[a-z]{3,}/g) ?? [])
      .filter(
        (w) => !/^(does|this|the|policy|apply|applies|cover|covers|rules|guidance|also|staff|school|work)$/.test(w),
      )
      .map((w) => processTerm(w)),
  );
  let best: Clause | null = null;
  let bestHits = 0;
  for (const c of scopes) {
    const words = fold(c.text).match(/[a-z]{3,}/g) ?? [];
    // "peri" for peripatetic, "supply" for supply staff: a shared stem or a shared start counts.
    const hits = words.filter((w) => {
      const s = processTerm(w);
      return (s && qStems.has(s)) || [...qStems].some((q) => q && q.length >= 4 && w.startsWith(q));
    }).length;
    if (hits > bestHits) {
      best = c;
      bestHits = hits;
    }
  }
  return best ?? scopes.find((c) => SCOPE_CLAUSE.test(c.text)) ?? null;
}

function citations(q: ParsedQuestion, chosen: Ranked, ranked: Ranked[]): Clause[] {
  const out: Clause[] = [chosen.clause];
  const floor = ranked[0]!.score * 0.55;
  for (const r of ranked) {
    if (out.length >= 3) break;
    if (r.score < floor) break;
    // "I may take photographs of my own child …" is beside the point of a question about anyone else's.
    if (aboutOthersOwnChild(q, r.clause)) continue;
    if (!out.includes(r.clause)) out.push(r.clause);
  }
  return out;
}

function contactFor(
  intent: string,
  clause: Clause,
  cited: Clause[],
  ranked: Ranked[],
  fallback: string,
): string | null {
  if (clause.reading.permissionOf && clause.reading.permissionOf !== 'parents') return clause.reading.permissionOf;
  for (const c of [clause, ...cited]) {
    const role = c.tags.roles.find((r) => r !== 'the police' || intent !== 'permission');
    if (role) return role;
  }
  for (const r of ranked.slice(0, 8)) {
    if (r.clause.tags.what.includes('reporting') && r.clause.tags.roles.length) return r.clause.tags.roles[0]!;
  }
  return fallback;
}

/** The role the policy names for safeguarding ("the Designated Safeguarding Lead (DSL)"), most named first. */
function safeguardingLead(clauses: readonly Clause[]): string | null {
  const counts = new Map<string, number>();
  for (const c of clauses)
    for (const r of c.tags.roles) if (/safeguarding|\bdsl\b/i.test(r)) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

const SERVICE = /\b(helpline|hotline|nspcc|ceop|childline|samaritans|union)\b/;

/**
 * Who to ask where the policy is silent: the role a "situations not covered / if in doubt" clause names,
 * else the role the policy names most, else a suggestion.
 */
function silentContact(clauses: Clause[]): string {
  const strong =
    /\b(not covered|cannot cover|can't cover|(does|do) not (cover|address)|doesn't (cover|address)|all eventualities|if in doubt|if you are (unsure|uncertain|in doubt)|unsure|not sure|(questions|queries|anything) (not answered|not covered)|not answered (here|in this))\b/;
  const weak = /\b(any (questions|queries)|further (advice|guidance)|for advice|seek advice)\b/;
  for (const pattern of [strong, weak]) {
    for (const c of clauses) {
      const t = fold(c.text);
      if (!pattern.test(t)) continue;
      const role = findRole(t) ?? findTitledRoles(c.text)[0] ?? null;
      // A helpline or agency the clause sends staff to for advice is not the school's own contact.
      if (role && role !== 'the police' && role !== 'the LADO' && !SERVICE.test(t)) return role;
    }
  }
  const counts = new Map<string, number>();
  for (const c of clauses)
    for (const r of c.tags.roles)
      if (!['the police', 'the LADO', 'the governing body'].includes(r)) counts.set(r, (counts.get(r) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return top ? top[0] : 'your Headteacher or Designated Safeguarding Lead';
}
