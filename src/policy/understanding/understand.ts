import type { QuestionFrame } from '../reading/frame.js';
import type { ActId, FactId, Intent, PartyId } from '../reading/vocabulary.js';
import { askerRole } from './asker-role.js';
import { getLexicon } from './lexicon.js';
import { firstOf, type Match, matchAll, type Pattern } from './match.js';
import { ageOf, yearGroupOf, yearsSinceLeftOf } from './numbers.js';
import { classifyTokens, rememberTokens } from './safety.js';
import { type Analyser, opensRelativeClause, type Token } from './tokens.js';
import { winkAnalyser } from './wink.js';
import { respell } from './words/slang.js';

/**
 * A question or a policy sentence, read into the reading's vocabulary: acts, the other party and its facts,
 * platforms and, for a question, the intent. Policy-independent: only the words of the field (words/) and the
 * NLP library's lemmas, parts of speech and negation scopes are used.
 */

/** What a policy sentence is about, in the same words as a question's frame. */
export interface SentenceMeaning {
  acts: ActId[];
  /** Every party the sentence names, in order ("current or former pupils" gives both). */
  parties: PartyId[];
  platforms: string[];
  facts: Partial<Record<FactId, number | boolean>>;
}

interface Found<T> {
  id: T;
  at: Match;
}

function found<T>(items: readonly { id: T; cues: Pattern[] }[], tokens: Token[]): Found<T>[] {
  const out: Found<T>[] = [];
  for (const item of items) {
    const at = firstOf(item.cues, tokens);
    if (at) out.push({ id: item.id, at });
  }
  return out;
}

function actsIn(tokens: Token[]): Found<ActId>[] {
  const lex = getLexicon();
  const hits: Found<ActId>[] = [];
  for (const act of lex.acts) {
    const blocked = act.not.flatMap((p) => matchAll(p, tokens));
    let best: Match | null = null;
    for (const cue of act.cues) {
      const m = matchAll(cue, tokens).find((x) => !blocked.some((b) => b.start < x.end && x.start < b.end));
      if (m && (!best || m.start < best.start)) best = m;
    }
    if (best) hits.push({ id: act.id, at: best });
  }
  const ids = new Set(hits.map((h) => h.id));
  return hits.filter((h) => !lex.acts.find((a) => a.id === h.id)!.unless.some((u) => ids.has(u)));
}

function contains(outer: Match, inner: Match): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Parties found, the narrower kinds first; a child word inside "a former pupil" is not a second party. */
function partiesIn(tokens: Token[]): Found<PartyId>[] {
  const lex = getLexicon();
  const out: Found<PartyId>[] = [];
  for (const p of lex.parties) {
    for (const cue of p.cues) {
      for (const at of matchAll(cue, tokens)) {
        if (out.some((o) => o.id !== p.id && contains(o.at, at))) continue;
        // "staff only, no pupils", "nothing to do with school, no students": a party ruled out is not the party.
        const prev1 = tokens[at.start - 1]?.text ?? '';
        const prev2 = tokens[at.start - 2]?.text ?? '';
        if (
          /^(no|without|nor)$/.test(prev1) ||
          (/^(no|without)$/.test(prev2) && /^(other|actual|real|current)$/.test(prev1))
        )
          continue;
        // "TA here", "I'm the cook", "as a technician", "me and another teacher": the asker saying who they are.
        if (p.id === 'colleague' && selfDescribed(tokens, at)) continue;
        // "a year 8 mum", "a pupil's dad": the child word says whose parent, the parent is the party.
        const next = tokens[at.end]?.text === "'s" ? tokens[at.end + 1] : tokens[at.end];
        if (p.id === 'current_pupil' && next && next.canon === 'parent') continue;
        // "Staff must …", "are staff allowed …": the staff a rule binds or the asker's own group, not the other party.
        const word = tokens[at.start]!;
        if (p.id === 'colleague' && /^(staff|teachers?|employees?|adults?)$/.test(word.text)) {
          const prev = tokens[at.start - 1];
          if (at.start === 0 || prev?.pos === 'AUX' || tokens[at.end]?.pos === 'AUX' || prev?.pos === 'PUNCT') continue;
        }
        // "a mum from my class", "the parent of a pupil": the same, said the other way round.
        const before = tokens.slice(Math.max(0, at.start - 3), at.start);
        if (
          p.id === 'current_pupil' &&
          before.some((t) => t.canon === 'parent') &&
          before.some((t) => /^(from|of|in)$/.test(t.text))
        )
          continue;
        out.push({ id: p.id, at });
      }
    }
  }
  return out;
}

/** The words around a staff role that make it the asker's own ("TA here", "I'm a TA", "as the cook"). */
function selfDescribed(tokens: Token[], at: Match): boolean {
  const next = tokens[at.end]?.text;
  if (next === 'here' && (at.start === 0 || tokens[at.start - 1]?.pos === 'PUNCT')) return true;
  const before = tokens
    .slice(Math.max(0, at.start - 3), at.start)
    .map((t) => t.text)
    .join(' ');
  return /(?:^|\s)(?:i'm|im|i am|i work as|as|me and|myself and) (?:a|an|the|another|one|one of the|other)?\s?$/.test(
    `${before} `,
  );
}

function platformsIn(tokens: Token[]): string[] {
  return found(getLexicon().platforms, tokens)
    .sort((a, b) => a.at.start - b.at.start)
    .map((p) => p.id);
}

/**
 * "my son's friend" is not my son: a possessive after the family word moves the fact to someone else. "My son's in
 * Year 8" is "my son is": an 's followed by anything but a noun or an adjective is the verb.
 */
function possessiveAfter(tokens: Token[], at: Match): boolean {
  const mark = tokens[at.end]?.text;
  if (mark === "'") return true;
  if (mark !== "'s") return false;
  const next = tokens[at.end + 1];
  return !!next && /^(NOUN|PROPN|ADJ|NUM)$/.test(next.pos);
}

function factsIn(tokens: Token[], lower: string, now: Date | null): Partial<Record<FactId, number | boolean>> {
  const facts: Partial<Record<FactId, number | boolean>> = {};
  for (const f of getLexicon().facts) {
    for (const cue of f.cues) {
      const at = matchAll(cue, tokens).find((m) => !possessiveAfter(tokens, m));
      if (!at) continue;
      // Only a negation right before the words, or among them, settles the fact false ("not on the school
      // account", "parents have not given consent"): a negation's scope in the library runs on to the end of the
      // clause, which is too far for a fact.
      // A negation the cue itself spells ("no pupils" for away from pupils) is the fact, not its denial.
      const own = new Set(cue.source.split(/[\s|+]+/));
      const from = Math.max(0, at.start - 2);
      const negated = tokens
        .slice(from, at.end)
        .some(
          (t, i) =>
            t.sentence === tokens[at.start]!.sentence &&
            /^(not|n't|no|never|without)$/.test(t.text) &&
            !(from + i >= at.start && own.has(t.text)),
        );
      facts[f.id] = !negated;
      break;
    }
  }
  const age = ageOf(lower);
  if (age !== null) facts.age = age;
  if (now) {
    const left = yearsSinceLeftOf(lower, now);
    if (left !== null) facts.years_since_left = left;
  }
  return facts;
}

/** The intent and where its words are: the asker's own act follows them. */
function intentOf(tokens: Token[], text: string): { intent: Intent; at: Match | null } {
  // "I need to let a mum know. … can I just message her?": the sentence asked decides, before what was said.
  const asked = new Set(tokens.filter((t) => t.text === '?').map((t) => t.sentence));
  const passes = asked.size > 0 ? [(m: Match) => asked.has(tokens[m.start]!.sentence), () => true] : [() => true];
  for (const inPass of passes)
    for (const i of getLexicon().intents) {
      const at = i.cues
        .flatMap((c) => matchAll(c, tokens))
        .filter((m) => !opensRelativeClause(tokens, m.start) && inPass(m))
        .sort((a, b) => a.start - b.start)[0];
      if (at) return { intent: i.id, at };
    }
  // No question words: a statement of what happened ("a pupil is posting about me") asks what to do.
  return { intent: /\?/.test(text) ? 'may_i' : 'what_to_do', at: null };
}

/**
 * Acts ordered by salience: the acts in the asker's own clause (after "can I", "is it ok to") first, nearest
 * first; a reply to something that came in ("sent me a request … can I accept?") takes that act; then the rest
 * in the order written. Asking who to tell or by when is about reporting, whatever the concern.
 */
function salientActs(
  acts: Found<ActId>[],
  tokens: Token[],
  focus: Match | null,
  intent: Intent,
  incoming: Match | null,
): ActId[] {
  const score = (f: Found<ActId>): number => {
    if (focus && tokens[f.at.start]!.sentence === tokens[focus.start]!.sentence && f.at.start >= focus.start) {
      return f.at.start - focus.start;
    }
    return 1000 + f.at.start;
  };
  const ordered = [...acts].sort((a, b) => score(a) - score(b));
  let ids = ordered.map((a) => a.id);
  if (incoming && focus) {
    const reply = firstOf(getLexicon().followUp, tokens);
    const inFocus = ordered.filter((a) => score(a) < 1000);
    const cause = [...acts].sort(
      (a, b) => Math.abs(a.at.start - incoming.start) - Math.abs(b.at.start - incoming.start),
    )[0];
    if (reply && reply.start >= focus.start && cause && (inFocus.length === 0 || inFocus[0]!.at.start >= reply.start)) {
      ids = [cause.id, ...ids.filter((i) => i !== cause.id)];
    }
  }
  if (intent === 'who_to_tell' || intent === 'by_when')
    ids = ['report_concern', ...ids.filter((i) => i !== 'report_concern')];
  return ids;
}

/**
 * The other party: a former pupil or a pupil elsewhere whenever named; else whoever did the act that came in ("a
 * mum I know sent me a request, her son is in Year 7": the one who sent it, named before the sending in its
 * sentence); otherwise the party nearest the act.
 */
function partyOf(
  parties: Found<PartyId>[],
  acts: Found<ActId>[],
  first: ActId | undefined,
  tokens: Token[],
  incoming: Match | null,
): PartyId | null {
  const narrow = parties.find((p) => p.id === 'former_pupil' || p.id === 'other_school_pupil');
  if (narrow) return narrow.id;
  const named = parties.filter((p) => p.id !== 'school');
  // "a pupil in my class is in my son's xbox party": the asker's son says whose party it is; the pupil is the person.
  const owners = named.filter((p) => p.id === 'family' && possessiveAfter(tokens, p.at));
  const pupil = named.some((p) => p.id === 'current_pupil' && !possessiveAfter(tokens, p.at));
  const real = owners.length > 0 && pupil ? named.filter((p) => !owners.includes(p)) : named;
  if (real.length === 0) return null;
  if (incoming) {
    const sentence = tokens[incoming.start]!.sentence;
    const sender = real
      .filter((p) => p.at.end <= incoming.start && tokens[p.at.start]!.sentence === sentence)
      .sort((a, b) => b.at.start - a.at.start)[0];
    if (sender) return sender.id;
  }
  const act = acts.find((a) => a.id === first);
  if (!act) return real.sort((a, b) => a.at.start - b.at.start)[0]!.id;
  const dist = (p: Found<PartyId>) => Math.abs(p.at.start - act.at.start) + (p.id === 'current_pupil' ? 0 : 0.5);
  return real.sort((a, b) => dist(a) - dist(b))[0]!.id;
}

export function understandTokens(text: string, tokens: Token[], now: Date): QuestionFrame {
  const lower = respell(text).toLowerCase();
  const { intent, at: focus } = intentOf(tokens, text);
  const acts = actsIn(tokens);
  const incomingAt = firstOf(getLexicon().incoming, tokens);
  const ids = salientActs(acts, tokens, focus, intent, incomingAt);
  const parties = partiesIn(tokens);
  const facts = factsIn(tokens, lower, now);
  let party = partyOf(parties, acts, ids[0], tokens, incomingAt);
  // "my own daughter … she goes to this school": a family member on roll is a pupil, with the family fact.
  if (party === 'family' && facts.on_roll === true) party = 'current_pupil';
  const year = yearGroupOf(lower);
  // A school year says how old a current pupil is at most (Year N: N+4 to N+5), enough to settle "under 18"; a
  // former pupil's old year says nothing of their age now.
  if (facts.age === undefined && year !== null && party === 'current_pupil' && year <= 12) facts.age = year + 5;
  if (year !== null && party !== 'former_pupil') facts.year_group = year;
  const main = acts.find((a) => a.id === ids[0]);
  const negated = main
    ? tokens.slice(main.at.start, main.at.end).some((t) => t.negated) ||
      tokens
        .slice(Math.max(0, main.at.start - 3), main.at.start)
        .some((t) => t.sentence === tokens[main.at.start]!.sentence && /^(not|never|without|n't)$/.test(t.text))
    : false;
  const frame: QuestionFrame = {
    text,
    intent,
    acts: ids,
    party,
    facts,
    platforms: platformsIn(tokens),
    negated,
    incoming: incomingAt !== null,
    safety: [],
    yearGroup: year,
    askerRole: askerRole(text),
  };
  rememberTokens(frame, tokens);
  frame.safety = classifyTokens(frame, tokens);
  return frame;
}

/**
 * Understands a staff question. `now` dates "left in 2019" and "last summer". Never throws for any string;
 * an empty or unreadable question gives a frame with no acts, no party and intent what_to_do.
 */
export function understandQuestion(text: string, now: Date, analyser: Analyser = winkAnalyser): QuestionFrame {
  // A question longer than anyone types (a pasted document, a fuzzer's 100,000 characters) is read for its first
  // part only: the tagger and the typo fixer are not linear in a single enormous word, and took 10 s on one.
  const read = text.length > MAX_QUESTION_CHARS ? text.slice(0, MAX_QUESTION_CHARS) : text;
  return understandTokens(read, analyser.analyse(read), now);
}

/** Far beyond the longest real question (the engine answers at most 1,000 characters). */
const MAX_QUESTION_CHARS = 2_000;

/** The same reading of a policy sentence, for the drafter: so a clause and a question meet in one vocabulary. */
export function understandSentence(text: string, analyser: Analyser = winkAnalyser): SentenceMeaning {
  const tokens = analyser.analyse(text);
  const parties: PartyId[] = [];
  for (const p of partiesIn(tokens).sort((a, b) => a.at.start - b.at.start))
    if (!parties.includes(p.id)) parties.push(p.id);
  return {
    acts: actsIn(tokens)
      .sort((a, b) => a.at.start - b.at.start)
      .map((a) => a.id),
    parties,
    platforms: platformsIn(tokens),
    facts: factsIn(tokens, respell(text).toLowerCase(), null),
  };
}
