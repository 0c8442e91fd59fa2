import type { Answer } from '../policy/answer.js';

/**
 * Answers a member of staff's question from the school's policy. The policy engine's PolicyEngine fits this
 * contract. It must answer every string (empty, very long, not English) with an Answer; a rejection or throw is
 * an unexpected failure and ends in the turn error handler with a calm message to the person.
 */
export interface QuestionService {
  answer(question: string): Answer | Promise<Answer>;
  /** Where the answers come from, shown small under each answer. */
  readonly source?: { title: string };
}
