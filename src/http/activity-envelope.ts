import { z } from 'zod';

/**
 * The least a request body must be before the bot looks at it: a Bot Framework activity with a type, the channel
 * it came from, where to reply and the conversation. Everything else passes through for the adapter and the
 * routes (which parse their own parts, such as card submissions, with their own schemas).
 */
export const activityEnvelopeSchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(1024).optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z
      .string()
      .max(2048)
      .refine((s) => /^https?:\/\//i.test(s) && URL.canParse(s), 'serviceUrl must be an http(s) URL'),
    conversation: z.object({ id: z.string().min(1).max(1024) }).passthrough(),
    from: z
      .object({ id: z.string().max(1024) })
      .passthrough()
      .optional(),
    recipient: z
      .object({ id: z.string().max(1024) })
      .passthrough()
      .optional(),
  })
  .passthrough();

/** Field paths that failed, for the log and the 400 body; never the values. */
export function envelopeProblems(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).slice(0, 10);
}
