import type { Answer } from '../../src/policy/answer.js';
import type { QuestionService } from '../../src/teams/question-service.js';

/**
 * A QuestionService that answers every question with the same answer and records what it was asked.
 * For Teams-layer tests that are about routing and rendering, not about the policy engine.
 * `hold()` makes the next answers wait until `release()`, to test turns that are still running.
 */
export class FixedAnswerService implements QuestionService {
  readonly questions: string[] = [];
  readonly source = { title: 'Test Policy' };
  private gate: Promise<void> | null = null;
  private openGate: (() => void) | null = null;

  constructor(private readonly fixed: Omit<Answer, 'question'> = DEFAULT_ANSWER) {}

  async answer(question: string): Promise<Answer> {
    this.questions.push(question);
    if (this.gate) await this.gate;
    return { question, ...this.fixed };
  }

  hold(): void {
    this.gate = new Promise((resolve) => {
      this.openGate = resolve;
    });
  }

  release(): void {
    this.openGate?.();
    this.gate = null;
    this.openGate = null;
  }
}

export const DEFAULT_ANSWER: Omit<Answer, 'question'> = {
  verdict: 'not_allowed',
  answer: 'Decline the request and do not reply.',
  citations: [
    {
      section: '4.1',
      heading: '4. Contact with pupils',
      text: 'Staff must not accept friend requests from pupils on personal accounts.',
    },
  ],
  contact: 'the Designated Safeguarding Lead',
  actions: [],
};

/** A QuestionService that always fails, for the error handler's tests. */
export class FailingQuestionService implements QuestionService {
  async answer(): Promise<Answer> {
    throw new Error('engine exploded with secret detail /etc/passwd');
  }
}
