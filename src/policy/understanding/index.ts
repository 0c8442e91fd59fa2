import type { QuestionFrame } from '../reading/frame.js';
import type { SafetyClass } from '../reading/vocabulary.js';
import { classifyFrame } from './safety.js';
import { understandQuestion } from './understand.js';

export { immediateDanger } from './safety.js';
export { type SafetyAnswer, safetyAnswer } from './safety-answer.js';
export { type SentenceMeaning, understandQuestion, understandSentence } from './understand.js';

/**
 * The safety classes of a question, by meaning: a frame from understandQuestion, or the question's text (read
 * with `now`, today by default). The same question gives the same classes whatever policy is loaded.
 */
export function classifySafety(input: QuestionFrame | string, now: Date = new Date()): SafetyClass[] {
  return typeof input === 'string' ? understandQuestion(input, now).safety : classifyFrame(input);
}
