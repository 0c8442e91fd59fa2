import type { Token } from './tokens.js';

/**
 * Lemma patterns: the words of the field held as short strings, matched on a sentence's tokens.
 *
 *   "accept|send friend|follow? request"   slots separated by spaces; `a|b` alternatives; `?` makes a slot optional
 *   "give .. number"                        `..` lets up to three words come between, `...` up to six
 *   "phone:VERB"                            a part of speech the word must have
 *   "screenshot*"                           a word that starts so
 *   "#num"                                  any number; `_` any one word
 *   "pass+on|refer"                         `+` joins the words of one alternative ("pass on" or "refer")
 *
 * An alternative meets a token when it equals the token's canonical word, lemma or written form, so data can be
 * written in the words people use ("pupil", "insta") without listing every inflection.
 */
interface Word {
  word: string;
  prefix: boolean;
  pos: string | null;
}
/** One alternative of a slot: one word, or several in a row. */
type Alt = Word[];
interface Slot {
  alts: Alt[];
  optional: boolean;
  gap: boolean;
  /** How many words a gap may hold. */
  width: number;
}
export interface Pattern {
  source: string;
  slots: Slot[];
  /** The first slot names its words, so only the places where one of them stands are tried. */
  anchored: boolean;
}
export interface Match {
  start: number;
  /** One past the last token. */
  end: number;
}

const GAP = 3;

/**
 * "self-harm" as the tokenizer may give it: "self", "-", "harm". A hyphenated word of the data also meets the
 * words and the hyphen one by one, so a list need not say each of its hyphenated words twice.
 */
const HYPHENATED = /^[a-z0-9]+(-[a-z0-9]+)+$/;

function splitHyphens(alt: Alt): Alt | null {
  if (!alt.some((w) => HYPHENATED.test(w.word))) return null;
  return alt.flatMap((w): Word[] => {
    if (!HYPHENATED.test(w.word)) return [w];
    const parts = w.word.split('-');
    return parts.flatMap((part, i): Word[] => {
      const last = i === parts.length - 1;
      const word: Word = { word: part, prefix: last && w.prefix, pos: last ? w.pos : null };
      return last ? [word] : [word, { word: '-', prefix: false, pos: null }];
    });
  });
}

export function compile(source: string): Pattern {
  const slots: Slot[] = [];
  for (const raw of source.trim().split(/\s+/)) {
    if (raw === '..' || raw === '...') {
      slots.push({ alts: [], optional: true, gap: true, width: raw === '..' ? GAP : 2 * GAP });
      continue;
    }
    const optional = raw.endsWith('?') && raw.length > 1;
    const body = optional ? raw.slice(0, -1) : raw;
    const alts = body.split('|').flatMap((a): Alt[] => {
      const alt = a.split('+').map((part): Word => {
        const [w, pos] = part.split(':') as [string, string | undefined];
        const prefix = w.endsWith('*') && w.length > 1;
        return { word: prefix ? w.slice(0, -1) : w, prefix, pos: pos ?? null };
      });
      const split = splitHyphens(alt);
      return split ? [alt, split] : [alt];
    });
    slots.push({ alts, optional, gap: false, width: 0 });
  }
  if (slots.length === 0 || slots.every((s) => s.optional)) throw new Error(`empty pattern "${source}"`);
  const first = slots[0]!;
  const plain =
    !first.optional && !first.gap && first.alts.every((a) => !a[0]!.word.startsWith('#') && a[0]!.word !== '_');
  for (const slot of slots)
    for (const alt of slot.alts) for (const w of alt) if (w.word.length >= 6 && !w.prefix) KNOWN.add(w.word);
  byLength.clear();
  generation++;
  const pattern: Pattern = { source, slots, anchored: plain };
  if (plain) {
    for (const alt of first.alts) {
      const w = alt[0]!;
      if (w.prefix) PREFIXED.push([w.word, pattern]);
      else ANCHORS.set(w.word, [...(ANCHORS.get(w.word) ?? []), pattern]);
    }
  }
  return pattern;
}

/** Patterns by the words they start with: a question's words find the patterns worth trying, not the reverse. */
const ANCHORS = new Map<string, Pattern[]>();
/** Bumped when a pattern is compiled, so a token list indexed before a word list was loaded is indexed again. */
let generation = 0;
const PREFIXED: [string, Pattern][] = [];

/** Every long word the patterns use, so a typed word one swap away from one can be read as it. */
const KNOWN = new Set<string>();
const byLength = new Map<number, string[]>();
function knownOfLength(n: number): string[] {
  if (byLength.size === 0) for (const w of KNOWN) byLength.set(w.length, [...(byLength.get(w.length) ?? []), w]);
  return byLength.get(n) ?? [];
}

/** For each anchored pattern, the places in this token list where its first word stands; built once. */
const candidates = new WeakMap<Token[], { generation: number; found: Map<Pattern, number[]> }>();
function candidatesOf(tokens: Token[]): Map<Pattern, number[]> {
  const cached = candidates.get(tokens);
  if (cached && cached.generation === generation) return cached.found;
  const found = new Map<Pattern, number[]>();
  const add = (p: Pattern, i: number) => {
    const at = found.get(p);
    if (!at) found.set(p, [i]);
    else if (at[at.length - 1] !== i) at.push(i);
  };
  tokens.forEach((t, i) => {
    if (t.text.length >= 6 && !KNOWN.has(t.text) && !KNOWN.has(t.lemma)) {
      const fix = knownOfLength(t.text.length).find((w) => transposed(w, t.text));
      if (fix) t.fix = fix;
    }
    const forms = new Set([t.canon, t.lemma, t.text]);
    if (t.fix) forms.add(t.fix);
    for (const f of forms) for (const p of ANCHORS.get(f) ?? []) add(p, i);
    for (const [prefix, p] of PREFIXED) if (t.canon.startsWith(prefix) || t.text.startsWith(prefix)) add(p, i);
  });
  candidates.set(tokens, { generation, found });
  return found;
}

function meets(alt: Word, t: Token): boolean {
  if (alt.pos && !t.pos.startsWith(alt.pos)) return false;
  if (alt.word === '_') return true;
  if (alt.word === '#num') return t.pos === 'NUM' || /^\d+$/.test(t.text);
  if (alt.prefix) return t.canon.startsWith(alt.word) || t.text.startsWith(alt.word);
  return t.canon === alt.word || t.lemma === alt.word || t.text === alt.word || t.fix === alt.word;
}

/** A typo on a phone: two neighbouring letters swapped in a long word ("thraets", "messaegs"). */
function transposed(word: string, typed: string): boolean {
  if (word[0] !== typed[0]) return false;
  let i = 0;
  while (i < word.length && word[i] === typed[i]) i++;
  return (
    i < word.length - 1 &&
    word[i] === typed[i + 1] &&
    word[i + 1] === typed[i] &&
    word.slice(i + 2) === typed.slice(i + 2)
  );
}

function from(p: Pattern, si: number, tokens: Token[], ti: number, sentence: number): number {
  if (si === p.slots.length) return ti;
  const slot = p.slots[si]!;
  if (slot.gap) {
    for (let g = 0; g <= slot.width && ti + g <= tokens.length; g++) {
      if (g > 0 && tokens[ti + g - 1]!.sentence !== sentence) break;
      const end = from(p, si + 1, tokens, ti + g, sentence);
      if (end >= 0) return end;
    }
    return -1;
  }
  for (const alt of slot.alts) {
    let k = 0;
    while (k < alt.length) {
      const t = tokens[ti + k];
      if (!t || t.sentence !== sentence || !meets(alt[k]!, t)) break;
      k++;
    }
    if (k < alt.length) continue;
    const end = from(p, si + 1, tokens, ti + k, sentence);
    if (end >= 0) return end;
  }
  return slot.optional ? from(p, si + 1, tokens, ti, sentence) : -1;
}

/** Every place the pattern matches, leftmost first; a match never crosses a sentence. */
export function matchAll(p: Pattern, tokens: Token[], limit = Number.POSITIVE_INFINITY): Match[] {
  const out: Match[] = [];
  const cands = candidatesOf(tokens);
  const starts: Iterable<number> = p.anchored ? (cands.get(p) ?? []) : tokens.keys();
  let next = 0;
  for (const i of starts) {
    if (i < next) continue;
    const end = from(p, 0, tokens, i, tokens[i]!.sentence);
    // A match must consume a token at its start: leading optional slots do not make every position a match.
    if (end > i) {
      out.push({ start: i, end });
      if (out.length >= limit) break;
      next = end;
    }
  }
  return out;
}

/** The first match of any of the patterns, or null. */
export function firstOf(patterns: readonly Pattern[], tokens: Token[]): Match | null {
  let best: Match | null = null;
  for (const p of patterns) {
    const m = matchAll(p, tokens, 1)[0];
    if (m && (!best || m.start < best.start)) best = m;
  }
  return best;
}
