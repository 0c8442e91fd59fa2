import { randomBytes } from 'node:crypto';
import { ActivityTypes, INVOKE_RESPONSE_KEY, type TurnContext } from 'botbuilder';
import { renderCard } from '../cards/templates.js';
import { asBoundaryError } from '../errors.js';
import type { Logger } from '../log.js';
import { cardAttachment } from './card-reply.js';

const REFERENCE_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';

/** A short reference a member of staff can read out to IT; it is in the log line with the full error. */
export function newErrorReference(): string {
  const bytes = randomBytes(6);
  let ref = 'E-';
  for (const b of bytes) ref += REFERENCE_ALPHABET[b % REFERENCE_ALPHABET.length];
  return ref;
}

/**
 * The one place a turn's unexpected failure ends: logged with the activity id, the error code and stack (in the
 * log only), and the person sees a calm message with the reference, never the error itself.
 */
export function createTurnErrorHandler(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const reference = newErrorReference();
    const err = asBoundaryError(error);
    logger.error(
      {
        reference,
        code: err.code,
        activityId: context.activity.id,
        activityType: context.activity.type,
        conversationType: context.activity.conversation?.conversationType,
        err: { message: err.message, stack: err.stack, cause: describeCause(err.cause) },
      },
      'turn failed',
    );
    try {
      if (context.activity.type === ActivityTypes.Invoke) {
        // A message response leaves the card the person pressed as it was, with everything they entered. It
        // replaces a response a route already chose: the HTTP answer is only sent after this handler, and a turn
        // that failed after choosing it (its state could not be saved, e.g. a full disk) must not show the next
        // step as if it had been kept. A report already stored is safe to send again (idempotent).
        if (context.turnState.get(INVOKE_RESPONSE_KEY)) context.turnState.delete(INVOKE_RESPONSE_KEY);
        await context.sendActivity({
          type: ActivityTypes.InvokeResponse,
          value: {
            status: 200,
            body: {
              statusCode: 200,
              type: 'application/vnd.microsoft.activity.message',
              value: `Sorry, something went wrong on my side. Please try again. Reference: ${reference}`,
            },
          },
        });
        return;
      }
      await context.sendActivity({ attachments: [cardAttachment(renderCard('error', { reference }))] });
    } catch (sendError) {
      logger.error({ reference, err: describeCause(sendError) }, 'could not tell the user about a failed turn');
    }
  };
}

function describeCause(cause: unknown): string | undefined {
  if (cause === undefined) return undefined;
  return cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
}
