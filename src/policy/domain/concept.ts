/** A concept of the policy vocabulary: who a rule is about or what it is about. */
export interface Concept {
  id: string;
  kind: 'who' | 'what';
  /** Matched against clauses and questions. */
  patterns: RegExp[];
  /** Extra forms only staff use when asking (slang, abbreviations), matched against questions only. */
  slang?: RegExp[];
  /** Policy words to add to the query when a question mentions the concept. */
  expand: string[];
}

/**
 * Subjects that stand on their own: a policy that never mentions them does not cover a question about them,
 * however many other words the question shares with it ("using AI to write reports" is not about reports).
 */
export const STANDALONE_TOPICS: ReadonlySet<string> = new Set([
  'ai_tools',
  'encyclopaedia',
  'livestreaming',
  'gifts',
  'fundraising',
  'privacy_settings',
  'expenses',
  'cctv',
  'smart_watches',
  'transport',
  'private_work',
]);
