import type { ActId, FactId, Intent, PartyId } from '../reading/vocabulary.js';
import { compile, type Pattern } from './match.js';
import { ACT_WORDS, FOLLOW_UP, INCOMING } from './words/acts.js';
import { FACT_WORDS } from './words/facts.js';
import { INTENT_WORDS } from './words/intents.js';
import { PARTY_WORDS } from './words/parties.js';
import { PLATFORMS } from './words/platforms.js';

/** The word lists compiled once into patterns, at first use. */
export interface Lexicon {
  acts: { id: ActId; cues: Pattern[]; unless: ActId[]; not: Pattern[] }[];
  followUp: Pattern[];
  incoming: Pattern[];
  parties: { id: PartyId; cues: Pattern[] }[];
  facts: { id: FactId; cues: Pattern[] }[];
  intents: { id: Intent; cues: Pattern[] }[];
  platforms: { id: string; cues: Pattern[] }[];
}

let lexicon: Lexicon | null = null;

export function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const all = (cues: readonly string[]) => cues.map(compile);
  lexicon = {
    acts: ACT_WORDS.map((a) => ({ id: a.id, cues: all(a.cues), unless: a.unless ?? [], not: all(a.not ?? []) })),
    followUp: all(FOLLOW_UP),
    incoming: all(INCOMING),
    parties: PARTY_WORDS.map((p) => ({ id: p.id, cues: all(p.cues) })),
    facts: FACT_WORDS.map((f) => ({ id: f.id, cues: all(f.cues) })),
    intents: INTENT_WORDS.map((i) => ({ id: i.id, cues: all(i.cues) })),
    platforms: PLATFORMS.map((p) => ({ id: p.id, cues: all(p.cues) })),
  };
  return lexicon;
}
