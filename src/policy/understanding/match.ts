import type { Token } from './tokens.js';

/**
 * Lemma patterns: the words of the field held as short strings, matched on a sentence's tokens.
 *
 *   "accept|send friend|follow? request"   slots separated by spaces; `a|b` alternatives; `?` makes a slot optional
 *   "give .. number"                        `..` lets up to three words come between
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
}
export interface Pattern {
  source: string;
  slots: Slot[];
}
export interface Match {
  start: number;
  /** One past the last token. */
  end: number;
}

const GAP = 3;

export function compile(source: string): Pattern {
  const slots: Slot[] = [];
  for (const raw of source.trim().split(/\s+/)) {
    if (raw === '..') {
      slots.push({ alts: [], optional: true, gap: true });
      continue;
    }
    const optional = raw.endsWith('?') && raw.length > 1;
    const body = optional ? raw.slice(0, -1) : raw;
    const alts = body.split('|').map(
      (a): Alt =>
        a.split('+').map((part): Word => {
          const [w, pos] = part.split(':') as [string, string | undefined];
          const prefix = w.endsWith('*') && w.length > 1;
          return { word: prefix ? w.slice(0, -1) : w, prefix, pos: pos ?? null };
        }),
    );
    slots.push({ alts, optional, gap: false });
  }
  if (slots.length === 0 || slots.every((s) => s.optional)) throw new Error(`empty pattern "${source}"`);
  return { source, slots };
}

function meets(alt: Word, t: Token): boolean {
  if (alt.pos && !t.pos.startsWith(alt.pos)) return false;
  if (alt.word === '_') return true;
  if (alt.word === '#num') return t.pos === 'NUM' || /^\d+$/.test(t.text);
  if (alt.prefix) return t.canon.startsWith(alt.word) || t.text.startsWith(alt.word);
  return t.canon === alt.word || t.lemma === alt.word || t.text === alt.word || transposed(alt.word, t.text);
}

/** A typo on a phone: two neighbouring letters swapped in a long word ("thraets", "messaegs"). */
function transposed(word: string, typed: string): boolean {
  if (word.length < 6 || typed.length !== word.length || alt0(word) !== alt0(typed)) return false;
  let i = 0;
  while (i < word.length && word[i] === typed[i]) i++;
  return (
    i < word.length - 1 &&
    word[i] === typed[i + 1] &&
    word[i + 1] === typed[i] &&
    word.slice(i + 2) === typed.slice(i + 2)
  );
}
function alt0(w: string): string {
  return w[0]!;
}

function from(p: Pattern, si: number, tokens: Token[], ti: number, sentence: number): number {
  if (si === p.slots.length) return ti;
  const slot = p.slots[si]!;
  if (slot.gap) {
    for (let g = 0; g <= GAP && ti + g <= tokens.length; g++) {
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
export function matchAll(p: Pattern, tokens: Token[]): Match[] {
  const out: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const end = from(p, 0, tokens, i, tokens[i]!.sentence);
    // A match must consume a token at its start: leading optional slots do not make every position a match.
    if (end > i) {
      out.push({ start: i, end });
      i = end - 1;
    }
  }
  return out;
}

/** The first match of any of the patterns, or null. */
export function firstOf(patterns: readonly Pattern[], tokens: Token[]): Match | null {
  let best: Match | null = null;
  for (const p of patterns) {
    const m = matchAll(p, tokens)[0];
    if (m && (!best || m.start < best.start)) best = m;
  }
  return best;
}
