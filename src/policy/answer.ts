import { z } from 'zod';

/**
 * What the policy engine returns for a question, and what the answer card is rendered from.
 * The wire format is fixed by the product: { question, verdict, answer, citations, contact, actions }.
 */
export const VERDICTS = ['allowed', 'not_allowed', 'needs_permission', 'depends', 'guidance', 'not_covered'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const REPORT_FORMS = ['friend_request', 'abusive_post'] as const;
export type ReportForm = (typeof REPORT_FORMS)[number];

export const citationSchema = z.object({
  /** The clause's own number in the document ("6.2.1", "10.3", "5)"), or null where it has none. */
  section: z.string().nullable(),
  /** The heading path it sits under, joined with " › " ("6. Personal use of social media"). */
  heading: z.string(),
  /** The policy's words, verbatim. */
  text: z.string(),
  /** The clause's stable id within the loaded policy. */
  clauseId: z.string().optional(),
});
export type Citation = z.infer<typeof citationSchema>;

export const reportActionSchema = z.object({
  form: z.enum(REPORT_FORMS),
  label: z.string(),
  /** Values the question already gave, to pre-fill the form (e.g. platform: "snapchat", sender: "pupil"). */
  prefill: z.record(z.string()).default({}),
});
export type ReportAction = z.infer<typeof reportActionSchema>;

export const answerSchema = z.object({
  question: z.string(),
  verdict: z.enum(VERDICTS),
  answer: z.string(),
  citations: z.array(citationSchema),
  /** Who to ask, as the policy names them ("the Headteacher"), or null where it names nobody. */
  contact: z.string().nullable(),
  actions: z.array(reportActionSchema),
});
export type Answer = z.infer<typeof answerSchema>;

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
