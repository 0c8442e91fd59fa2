import type { Answer } from './answer.js';

export type { Answer, Citation, ReportAction, ReportForm, Verdict } from './answer.js';

/**
 * The policy engine's public face, used by the Teams layer, the CLI and main.ts.
 * Owned by the policy engine; the rest of the bot depends only on this contract.
 */
export interface PolicyEngine {
  /** The file the policy came from and a short description of it. */
  readonly source: { file: string; title: string; clauseCount: number };
  /** Answers one question from the loaded policy. Never throws for any string input. */
  answer(question: string): Answer;
}

/**
 * Reads, parses and indexes a policy document (.txt, .md, .docx, .pdf).
 * Rejects with a BoundaryError ('policy_unreadable' | 'policy_empty') naming the file and the problem.
 */
export declare function loadPolicyFile(path: string): Promise<PolicyEngine>;
