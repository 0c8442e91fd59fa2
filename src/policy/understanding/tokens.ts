/**
 * A question or a policy sentence as the understanding reads it: one entry per word, with what the NLP library
 * found (lemma, part of speech, whether a negation governs it) and the field's own spelling of the word (`canon`:
 * "insta" is "instagram", "yr" is "year"). The matchers read only this, so the library behind it can change.
 */
export interface Token {
  /** The word as written, lower case. */
  text: string;
  /** Dictionary form from the NLP library ("sent" → "send", "friends" → "friend"). */
  lemma: string;
  /** The field's canonical word for the lemma (slang, abbreviations and spellings folded). */
  canon: string;
  /** Universal part of speech (VERB, NOUN, AUX, PRON, NUM, …). */
  pos: string;
  /** Inside the scope of a negation ("can I NOT report it", "I don't want to tell anyone"). */
  negated: boolean;
  /** The field's word this one is a typo of (two letters swapped: "thraets"), when it is one. */
  fix?: string;
  /** Index of the sentence the word is in, from 0. */
  sentence: number;
}

/** Turns text into tokens. Implementations load their model once, on first use. */
export interface Analyser {
  readonly name: string;
  analyse(text: string): Token[];
}

/**
 * "a former pupil who is 20 sent me …", "a pupil who emailed me": a question word right after a noun (or a
 * number) in the same sentence opens a relative clause about that noun; it asks nothing.
 */
export function opensRelativeClause(
  tokens: readonly Token[],
  at: number,
  words = /^(who|whom|whose|which|where|when)$/,
): boolean {
  const word = tokens[at];
  const before = tokens[at - 1];
  return (
    !!word &&
    !!before &&
    words.test(word.text) &&
    before.sentence === word.sentence &&
    (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'NUM')
  );
}
