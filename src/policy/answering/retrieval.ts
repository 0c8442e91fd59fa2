import MiniSearch from 'minisearch';
import { learnAbbreviations } from '../domain/abbreviations.js';
import { PARAPHRASES, WHAT, WHO } from '../domain/lexicon.js';
import { detectConcepts } from '../domain/tagger.js';
import type { Clause } from '../types.js';
import { contentWords, type ParsedQuestion } from './question.js';
import { correctTypo, processTerm } from './terms.js';

/** BM25 search over a policy's clauses, with the question widened by the lexicon's concepts. */
export interface ClauseIndex {
  search(q: ParsedQuestion): { clause: Clause; score: number }[];
  readonly vocabulary: ReadonlySet<string>;
  /** correctTypo against this policy's vocabulary, remembered per word. */
  correct(word: string): string;
  /** log(N / clauses tagged with it): how telling a shared concept is in this policy. */
  conceptWeight(concept: string): number;
  /**
   * How specifically a clause answers the question, 0..1: the rarity-weighted share of the question's own
   * words (each with its paraphrases as one group) that the clause's text or lead-in contains. Words the
   * policy never uses are left out, so slang costs nothing; a narrow clause that holds the question's rare
   * words beats a broad one that only shares its common ones.
   */
  specificity(q: ParsedQuestion, clause: Clause): { share: number; matched: number };
  /**
   * The other direction, 0..1: the rarity-weighted share of the clause's own most distinctive words (its
   * rarest stems in this policy: "full names", "grievances", "mistake") that the question or its paraphrases
   * use; `none` when the clause has such words and the question uses none of them; `rare`, the rarity-weighted
   * share (0..1) of the question's rare words (its own words no lexicon concept accounts for, in at most two
   * clauses: "supplier", "catering") that the clause holds. A narrow clause whose
   * rare words the question repeats answers it better than a broad rule sharing only its concepts.
   */
  literal(q: ParsedQuestion, clause: Clause): { share: number; none: boolean; rare: number };
  /**
   * True when the question has words of its own and none of them (stemmed, corrected, with the lexicon's
   * paraphrases and the policy's abbreviations) occurs anywhere in the policy, beyond words in every rule.
   */
  unmatched(q: ParsedQuestion): boolean;
  /** Rough size in bytes of the serialised index, for the benchmark. */
  size(): number;
  /** search() as MiniSearch computes it, which search() must equal exactly (tested on every question). */
  searchWithMiniSearch(q: ParsedQuestion): { clause: Clause; score: number }[];
}
function conceptTokens(clause: Clause): string {
  return [
    ...clause.tags.who.map((w) => `who${w.replace(/_/g, '')}`),
    ...clause.tags.what.map((w) => `is${w.replace(/[_:]/g, '')}`),
  ].join(' ');
}

const CONCEPTS = [...WHO, ...WHAT];

function tokenize(s: string): string[] {
  return s.split(/[\s/,;:.()"“”!?]+/);
}

/** "staffroom" -> "staff room" when the policy writes it as those two words. */
function splitCompound(word: string, phrases: ReadonlySet<string>): string | null {
  if (word.length < 7 || !/^[a-z]+$/.test(word)) return null;
  for (let i = 3; i <= word.length - 3; i++) {
    const phrase = `${word.slice(0, i)} ${word.slice(i)}`;
    if (phrases.has(phrase)) return phrase;
  }
  return null;
}

export function buildIndex(clauses: Clause[]): ClauseIndex {
  const mini = new MiniSearch<{
    id: number;
    text: string;
    context: string;
    heading: string;
    tags: string;
    previous: string;
  }>({
    fields: [...FIELDS],
    idField: 'id',
    processTerm: (t) => processTerm(t),
    tokenize,
    searchOptions: { processTerm: (t) => processTerm(t) },
  });
  mini.addAll(
    clauses.map((c, i) => ({
      id: i,
      text: c.text,
      context: c.context ?? '',
      previous: c.previous ?? '',
      heading: c.headingPath.join(' '),
      tags: conceptTokens(c),
    })),
  );
  const vocabulary = new Set<string>();
  for (const c of clauses) for (const w of c.text.toLowerCase().match(/[a-z]{3,}/g) ?? []) vocabulary.add(w);
  for (const c of [...WHO, ...WHAT]) for (const w of c.expand) vocabulary.add(w);
  // Two-word phrases of the policy, so a closed compound in a question ("staffroom", "lunchtime") can be read as
  // the policy writes it ("staff room", "lunch time").
  const phrases = new Set<string>();
  for (const c of clauses) {
    const words = c.text.toLowerCase().match(/[a-z]+/g) ?? [];
    for (let i = 1; i < words.length; i++) phrases.add(`${words[i - 1]} ${words[i]}`);
  }
  const corrections = new Map<string, string>();
  const correct = (w: string): string => {
    let c = corrections.get(w);
    if (c === undefined) {
      c = vocabulary.has(w) ? w : (splitCompound(w, phrases) ?? correctTypo(w, vocabulary));
      // Bounded: questions are unbounded in variety, the cache is not.
      if (corrections.size > 5000) corrections.clear();
      corrections.set(w, c);
    }
    return c;
  };

  const df = new Map<string, number>();
  for (const c of clauses) {
    for (const w of c.tags.what) df.set(w, (df.get(w) ?? 0) + 1);
    for (const w of c.tags.who) df.set(`who:${w}`, (df.get(`who:${w}`) ?? 0) + 1);
  }
  const n = Math.max(1, clauses.length);
  const stemsOf = new Map<Clause, Set<string>>();
  const termDf = new Map<string, number>();
  for (const c of clauses) {
    const stems = new Set<string>();
    for (const token of tokenize(`${c.text} ${c.context ?? ''}`)) {
      const t = processTerm(token);
      if (t) stems.add(t);
    }
    stemsOf.set(c, stems);
    for (const t of stems) termDf.set(t, (termDf.get(t) ?? 0) + 1);
  }
  const idf = (t: string) => Math.log(1 + n / (1 + (termDf.get(t) ?? 0)));
  // "Local Authority Designated Officer (LADO)": either form in a question stands for the other.
  const abbreviations = learnAbbreviations(clauses.map((c) => c.text)).map((a) => ({
    short: processTerm(a.short),
    phrase: a.long.join(' '),
    long: a.long.map((w) => processTerm(w)).filter((t): t is string => !!t),
  }));
  /** Stems the question stands for through the policy's own abbreviations (either direction). */
  const abbreviated = (q: ParsedQuestion, stems: Set<string>): string[][] =>
    abbreviations
      .filter((a) => (a.short && stems.has(a.short)) || q.folded.includes(a.phrase))
      .map((a) => [...(a.short ? [a.short] : []), ...a.long]);
  // One group per question word and one per paraphrase found, each the set of stems that would satisfy it.
  const groupCache = new WeakMap<ParsedQuestion, string[][]>();
  const groupsOf = (q: ParsedQuestion): string[][] => {
    let groups = groupCache.get(q);
    if (groups) return groups;
    groups = [];
    const seen = new Set<string>();
    for (const w of contentWords(q.folded).map(correct)) {
      const t = processTerm(w);
      if (t && !seen.has(t) && termDf.has(t)) {
        seen.add(t);
        groups.push([t]);
      }
    }
    for (const p of paraphrasesOf(q)) {
      const stems = p.map((w) => processTerm(w)).filter((t): t is string => !!t && termDf.has(t));
      if (stems.length && !stems.some((t) => seen.has(t))) groups.push(stems);
    }
    // A learnt abbreviation is one group with its long form: "LADO" is met by a clause that spells it out.
    for (const forms of abbreviated(q, new Set(contentWords(q.folded).map((w) => processTerm(w) ?? '')))) {
      const stems = forms.filter((t) => termDf.has(t));
      const at = groups.findIndex((g) => g.some((t) => forms.includes(t)));
      if (at >= 0) groups[at] = [...new Set([...groups[at]!, ...stems])];
      else if (stems.length) groups.push(stems);
    }
    groupCache.set(q, groups);
    return groups;
  };
  const conceptWeight = (concept: string) => Math.log(1 + n / (1 + (df.get(concept) ?? 0)));
  // Each clause's distinctive stems: its own text's (not the lead-in's, which its siblings share) rarest,
  // leaving out words in more than a tenth of the clauses, at most DISTINCTIVE of them.
  const distinctiveOf = new Map<Clause, { stem: string; w: number }[]>();
  for (const c of clauses) {
    const own = new Set<string>();
    for (const token of tokenize(c.text)) {
      const t = processTerm(token);
      if (t && !GENERIC_STEMS.has(t) && (termDf.get(t) ?? 0) <= Math.max(2, n / 10)) own.add(t);
    }
    distinctiveOf.set(
      c,
      [...own]
        .map((stem) => ({ stem, w: idf(stem) }))
        .sort((x, y) => y.w - x.w || (x.stem < y.stem ? -1 : 1))
        .slice(0, DISTINCTIVE),
    );
  }
  const qStemCache = new WeakMap<ParsedQuestion, Set<string>>();
  const qStems = (q: ParsedQuestion): Set<string> => {
    let set = qStemCache.get(q);
    if (set) return set;
    set = new Set(groupsOf(q).flat());
    for (const w of contentWords(q.folded)) {
      const t = processTerm(w);
      if (t) set.add(t);
    }
    qStemCache.set(q, set);
    return set;
  };
  // The question's rare words: its own words that no lexicon concept accounts for ("supplier", "catering"),
  // in two clauses or so only, each with the paraphrase or abbreviation forms it came with, weighted by rarity.
  // Words the lexicon knows (platforms, phones, pupils) are already weighed as concepts and are left out.
  const rareCache = new WeakMap<ParsedQuestion, { g: string[]; w: number }[]>();
  const rareGroups = (q: ParsedQuestion) => {
    let out = rareCache.get(q);
    if (out) return out;
    out = [];
    const own = new Set(
      contentWords(q.folded)
        .map(correct)
        .filter(unexplained)
        .map((w) => processTerm(w) ?? ''),
    );
    for (const g of groupsOf(q)) {
      if (!g.some((t) => own.has(t))) continue;
      const kept = g.filter((t) => !GENERIC_STEMS.has(t) && (termDf.get(t) ?? 0) <= RARE_DF);
      if (kept.length) out.push({ g: kept, w: Math.max(...kept.map(idf)) });
    }
    rareCache.set(q, out);
    return out;
  };
  /** Rarity-weighted share of the question's rare word groups that the clause holds, 0..1. */
  const rareShare = (q: ParsedQuestion, stems: Set<string>): number => {
    const groups = rareGroups(q);
    let total = 0;
    let hit = 0;
    for (const { g, w } of groups) {
      total += w;
      if (g.some((t) => stems.has(t))) hit += w;
    }
    return total ? hit / total : 0;
  };
  // What specificity() weighs for a question, worked out once per question rather than once per clause: each
  // word group's weight (its rarest stem), and the question's concepts that occur in the policy with theirs.
  // The question's concepts count as groups too: a clause in the policy's own vocabulary ("accept invitations to
  // connect") answers "friend request" though it shares no word with it.
  const specificityCache = new WeakMap<
    ParsedQuestion,
    { groupWeights: number[]; concepts: { who: boolean; id: string; w: number }[] }
  >();
  const specificityTerms = (q: ParsedQuestion) => {
    let terms = specificityCache.get(q);
    if (terms) return terms;
    const concepts = [
      ...[...q.concepts.what].filter((c) => c !== 'online').map((c) => [c, c] as const),
      ...[...q.concepts.who].map((c) => [`who:${c}`, c] as const),
    ]
      .filter(([key]) => df.has(key))
      .map(([key, id]) => ({ who: key.startsWith('who:'), id, w: conceptWeight(key) }));
    terms = { groupWeights: groupsOf(q).map((g) => Math.max(...g.map(idf))), concepts };
    specificityCache.set(q, terms);
    return terms;
  };
  /** The question as weighted index terms: its own words, then paraphrases, abbreviations and concepts. */
  const queryOf = (q: ParsedQuestion): WeightedQuery | null => {
    const words = contentWords(q.folded).map(correct);
    const weights = new Map<string, number>();
    const add = (w: string, weight: number) => {
      const p = processTerm(w);
      if (p) weights.set(p, Math.max(weights.get(p) ?? 0, weight));
    };
    for (const w of words) add(w, 1);
    for (const p of paraphrasesOf(q)) for (const w of p) add(w, 0.6);
    for (const forms of abbreviated(q, new Set([...weights.keys()])))
      for (const t of forms) if (!weights.has(t)) weights.set(t, 0.8);
    for (const c of CONCEPTS) {
      const found = c.kind === 'who' ? q.concepts.who.has(c.id) : q.concepts.what.has(c.id);
      if (!found) continue;
      for (const w of c.expand) add(w, 0.35);
      add(c.kind === 'who' ? `who${c.id.replace(/_/g, '')}` : `is${c.id.replace(/_/g, '')}`, 0.8);
    }
    for (const p of q.concepts.platforms) add(`isplatform${p}`, 0.5);
    if (q.concepts.online) {
      add('isonline', 0.2);
      add('social', 0.3);
      add('media', 0.3);
    }
    if (weights.size === 0) return null;
    // As MiniSearch would split the joined query: a term is never empty and never holds a space.
    const terms = [...weights.keys()].join(' ').split(' ').filter(Boolean);
    return { terms, boost: (term: string) => weights.get(term) ?? 0.5 };
  };
  const scorer = new ExactScorer(mini);
  return {
    unmatched(q) {
      const plain = (t: string) => GENERIC_STEMS.has(t) || NON_TOPICAL.has(t);
      const words = contentWords(q.folded).filter((w) => !plain(processTerm(w) ?? ''));
      if (words.length === 0) return false;
      return groupsOf(q).every((g) => g.every(plain));
    },
    literal(q, clause) {
      const own = distinctiveOf.get(clause);
      const asked = qStems(q);
      const stems = stemsOf.get(clause);
      const rare = stems ? rareShare(q, stems) : 0;
      if (!own || own.length === 0) return { share: 0, none: false, rare };
      let total = 0;
      let hit = 0;
      for (const { stem, w } of own) {
        total += w;
        if (asked.has(stem)) hit += w;
      }
      return { share: hit / total, none: hit === 0, rare };
    },
    specificity(q, clause) {
      const stems = stemsOf.get(clause);
      const groups = groupsOf(q);
      if (!stems || groups.length === 0) return { share: 0, matched: 0 };
      const { groupWeights, concepts } = specificityTerms(q);
      let total = 0;
      let hit = 0;
      let matched = 0;
      for (let i = 0; i < groups.length; i++) {
        const w = groupWeights[i]!;
        total += w;
        if (groups[i]!.some((t) => stems.has(t))) {
          hit += w;
          matched++;
        }
      }
      for (const { who, id, w } of concepts) {
        total += w;
        if ((who ? clause.tags.who : clause.tags.what).includes(id)) hit += w;
      }
      return { share: total ? hit / total : 0, matched };
    },
    vocabulary,
    correct,
    conceptWeight,
    size: () => JSON.stringify(mini).length,
    search(q) {
      const query = queryOf(q);
      return query ? scorer.search(query).map((r) => ({ clause: clauses[r.id]!, score: r.score })) : [];
    },
    searchWithMiniSearch(q) {
      const query = queryOf(q);
      if (!query) return [];
      return mini
        .search(query.terms.join(' '), { ...SEARCH, fuzzy: scorer.fuzzy, boostTerm: query.boost })
        .map((r) => ({ clause: clauses[r.id as number]!, score: r.score }));
    },
  };
}

const unexplainedCache = new Map<string, boolean>();
/** A word no lexicon concept, platform or online wording accounts for ("supplier", "catering"). */
function unexplained(word: string): boolean {
  let u = unexplainedCache.get(word);
  if (u === undefined) {
    const c = detectConcepts(word, true);
    u = c.who.size === 0 && c.what.size === 0 && c.platforms.size === 0 && !c.online;
    unexplainedCache.set(word, u);
  }
  return u;
}

/** In at most this many clauses, a question's word is rare in the policy. */
const RARE_DF = 2;
/** How many of a clause's rarest stems stand for it. */
const DISTINCTIVE = 4;
/** Stems in nearly every question and rule: never what sets one clause apart. */
const GENERIC_STEMS = new Set(
  [
    'school',
    'staff',
    'pupil',
    'student',
    'child',
    'social',
    'media',
    'online',
    'policy',
    'account',
    'personal',
    'use',
    'member',
    'post',
  ].map((w) => processTerm(w) as string),
);

/** Words of time and filler that a question shares with a policy without sharing its subject ("day"). */
const NON_TOPICAL = new Set(
  'day week time morning afternoon evening weekend today tomorrow yesterday thing way someone something anyone'
    .split(' ')
    .map((w) => processTerm(w) as string),
);

type Paraphrase = (typeof PARAPHRASES)[number];
const paraphraseCache = new WeakMap<ParsedQuestion, Paraphrase[]>();
/** The paraphrase table's entries whose staff wording the question uses (tested once per question). */
export function paraphraseEntriesOf(q: ParsedQuestion): readonly Paraphrase[] {
  let found = paraphraseCache.get(q);
  if (!found) {
    found = PARAPHRASES.filter((p) => p.pattern.test(q.folded));
    paraphraseCache.set(q, found);
  }
  return found;
}

/** The paraphrase table's policy words for each staff wording the question uses. */
export function paraphrasesOf(q: ParsedQuestion): string[][] {
  return paraphraseEntriesOf(q).map((p) => p.expand);
}

interface WeightedQuery {
  readonly terms: readonly string[];
  readonly boost: (term: string) => number;
}

/** The fields searched, in MiniSearch's order, and how much a match in each counts. */
const FIELDS = ['text', 'context', 'heading', 'tags', 'previous'] as const;
const SEARCH = {
  boost: { text: 2, tags: 1.2, heading: 0.4, context: 0.5, previous: 0.5 },
  combineWith: 'OR',
  prefix: false,
  processTerm: (t: string) => t,
  tokenize: (s: string) => s.split(' '),
} as const;
/** MiniSearch's default BM25+ parameters (term saturation, length normalisation, lower bound). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/**
 * MiniSearch's OR search over this index, scored the same to the last bit, with each term's BM25 weight per field
 * and clause worked out once when the policy loads instead of on every question.
 *
 * A policy never changes while it is loaded, and a question is 20-40 weighted terms (its words with their
 * paraphrases and concepts), so MiniSearch's per-question work (looking each term up, recomputing BM25 for every
 * posting, building match records) was about half of answering a question (bench/findings.md, round 4). The
 * arithmetic here is MiniSearch's own, in its order (per term: fields in order, clauses in order; then terms
 * summed in query order; times the number of query terms matched; a stable sort), so the ranking is identical;
 * `searchWithMiniSearch` keeps the reference and a test compares the two on every question. Words that need
 * MiniSearch's fuzzy matching (long words the policy does not use) are still scored by MiniSearch, term by term.
 */
class ExactScorer {
  /** term -> for each field (FIELDS order), the clauses holding it and their BM25 score, in MiniSearch's order. */
  private readonly postings = new Map<string, ({ doc: number; raw: number }[] | undefined)[]>();
  private readonly ids: number[] = [];

  /**
   * MiniSearch's fuzzy expansion for a query term: only for long words the index does not hold (its fuzzy walk over
   * the whole term tree was the largest cost per question when every term took it).
   */
  readonly fuzzy = (term: string): number | false => (term.length >= 7 && !this.postings.has(term) ? 0.15 : false);

  constructor(private readonly mini: MiniSearch) {
    const index = mini.toJSON();
    const fieldIds = FIELDS.map((f) => index.fieldIds[f]);
    for (const [short, id] of Object.entries(index.documentIds)) this.ids[Number(short)] = Number(id);
    for (const [term, byField] of index.index) {
      const perField = fieldIds.map((fieldId) => {
        const freqs = fieldId === undefined ? undefined : byField[fieldId];
        if (!freqs) return undefined;
        const docs = Object.keys(freqs);
        const avg = index.averageFieldLength[fieldId!]!;
        return docs.map((d) => {
          const doc = Number(d);
          const fieldLength = index.fieldLength[doc]![fieldId!]!;
          return { doc, raw: bm25(freqs[doc]!, docs.length, index.documentCount, fieldLength, avg) };
        });
      });
      this.postings.set(term, perField);
    }
  }

  search(query: WeightedQuery): { id: number; score: number }[] {
    const combined = new Map<number, { score: number; terms: string[] }>();
    for (const term of query.terms) {
      for (const [doc, score] of this.termScores(term, query)) {
        const existing = combined.get(doc);
        if (!existing) combined.set(doc, { score, terms: [term] });
        else {
          existing.score = existing.score + score;
          if (!existing.terms.includes(term)) existing.terms.push(term);
        }
      }
    }
    const results: { id: number; score: number }[] = [];
    for (const [doc, { score, terms }] of combined)
      results.push({ id: this.ids[doc]!, score: score * (terms.length || 1) });
    return results.sort((a, b) => b.score - a.score);
  }

  /** One query term's score per clause, in the order MiniSearch would first meet each clause. */
  private termScores(term: string, query: WeightedQuery): Map<number, number> {
    const scores = new Map<number, number>();
    if (this.fuzzy(term) !== false) {
      const raw = (this.mini as unknown as MiniSearchInternals).executeQuery(term, {
        ...SEARCH,
        fuzzy: this.fuzzy,
        boostTerm: query.boost,
      });
      for (const [doc, r] of raw) scores.set(doc, r.score);
      return scores;
    }
    const perField = this.postings.get(term);
    if (!perField) return scores;
    const termBoost = query.boost(term);
    for (let f = 0; f < FIELDS.length; f++) {
      const list = perField[f];
      if (!list) continue;
      const fieldBoost = SEARCH.boost[FIELDS[f]!];
      for (const { doc, raw } of list) {
        // MiniSearch: termWeight * termBoost * fieldBoost * docBoost * rawScore, exact terms weigh 1, no doc boost.
        const weighted = 1 * termBoost * fieldBoost * 1 * raw;
        const before = scores.get(doc);
        scores.set(doc, before === undefined ? weighted : before + weighted);
      }
    }
    return scores;
  }
}

/** MiniSearch's BM25+ for one term in one field of one clause, written as MiniSearch writes it. */
function bm25(termFreq: number, matching: number, total: number, fieldLength: number, avgFieldLength: number): number {
  const { k, b, d } = BM25;
  const invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
}

/** MiniSearch's raw per-term results (short document id -> score), used only for fuzzy terms. */
interface MiniSearchInternals {
  executeQuery(query: string, options: object): Map<number, { score: number }>;
}
