import type { ActId, FactId, Intent, PartyId, SafetyClass } from './vocabulary.js';

/**
 * A question, understood into the reading's vocabulary. Policy-independent: the same question gives the same
 * frame whatever policy is loaded.
 */
export interface QuestionFrame {
  /** The question as asked. */
  text: string;
  intent: Intent;
  /** What the asker wants to do or has had done to them; most salient first. */
  acts: ActId[];
  /** The other party, when the question names one. */
  party: PartyId | null;
  /** Facts the question settles: numbers for age / years_since_left, true or false for the flags. */
  facts: Partial<Record<FactId, number | boolean>>;
  /** Platforms named, lower-case canonical names ("instagram", "whatsapp"). */
  platforms: string[];
  /** The asker's act is negated ("can I NOT report it?", "do I have to tell anyone?"). */
  negated: boolean;
  /** Something was done TO the asker (a request received, a post about them). */
  incoming: boolean;
  /** The school year named ("yr 9" is 9, Reception 0, Nursery -1), or null. */
  yearGroup?: number | null;
  /** Safety classes the question falls in, by meaning; see safety.ts. */
  safety: SafetyClass[];
  /** The roles the asker says they hold or do not hold ("GYA here", "I'm not the leader"), as role words. */
  askerRole?: { is: string[]; isNot: string[] };
}
