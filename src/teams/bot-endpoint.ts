import type { Application } from '@microsoft/teams-ai';
import type { Activity } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { Logger } from '../log.js';
import type { BoundaryAdapter } from './adapter.js';

/** What the HTTP layer should answer for one activity. `body` is the invoke response body, when there is one. */
export interface TurnOutcome {
  status: number;
  body?: unknown;
  /** Why the activity was refused or ignored, for the log line (never user content). */
  note?: 'unauthorized' | 'auth_unavailable' | 'tenant_rejected' | 'ignored' | 'turn_failed';
}

/**
 * The bridge between the HTTP server and the bot. The HTTP layer has already checked that the body is a
 * well-formed activity envelope; this authenticates it, checks the tenant, and runs the turn.
 * Never rejects: every failure becomes an outcome with a status and no detail a caller could learn from.
 */
export interface BotEndpoint {
  handle(activity: Record<string, unknown>, authorization: string): Promise<TurnOutcome>;
}

export function createBotEndpoint(opts: {
  adapter: BoundaryAdapter;
  // biome-ignore lint/suspicious/noExplicitAny: the endpoint runs any Application regardless of its turn state type
  app: Application<any>;
  /** Activities from any other tenant are refused with 403 once the token is valid. Unset in local mode. */
  tenantId?: string;
  logger: Logger;
}): BotEndpoint {
  const { adapter, app, tenantId, logger } = opts;
  return {
    async handle(activity, authorization) {
      let authenticated = false;
      let tenantRejected = false;
      let handled = false;
      let turnFailed = false;
      try {
        const invokeResponse = await adapter.processIncoming(
          authorization,
          activity as unknown as Activity,
          async (ctx) => {
            authenticated = true;
            if (tenantId !== undefined) {
              const seen = tenantOf(ctx.activity);
              if (seen !== tenantId) {
                tenantRejected = true;
                logger.warn(
                  { activityId: ctx.activity.id, activityType: ctx.activity.type, tenantId: seen ?? null },
                  'activity refused: tenant is not the configured BOT_TENANT_ID',
                );
                return;
              }
            }
            try {
              handled = await app.run(ctx);
            } catch (err) {
              // Rethrown so the adapter hands it to the turn error handler (app.error), which tells the person.
              turnFailed = true;
              throw err;
            }
          },
        );
        if (tenantRejected) return { status: 403, body: { error: 'tenant_not_allowed' }, note: 'tenant_rejected' };
        if (turnFailed)
          return { status: invokeResponse?.status ?? 200, body: invokeResponse?.body, note: 'turn_failed' };
        // botbuilder answers an invoke nobody responded to with a bodiless 501.
        if (!handled && activity.type === 'invoke' && (!invokeResponse || invokeResponse.status === 501)) {
          return unhandledInvoke(activity);
        }
        if (!handled) return { status: invokeResponse?.status ?? 200, body: invokeResponse?.body, note: 'ignored' };
        return { status: invokeResponse?.status ?? 200, body: invokeResponse?.body };
      } catch (err) {
        if (!authenticated) {
          // Token problems (missing, expired, wrong audience, bad signature) are the caller's; failing to fetch
          // Microsoft's signing keys is ours, and the Bot Connector will retry a 503.
          const unavailable = err instanceof AuthenticationError && err.statusCode >= 500;
          logger.warn(
            { activityId: activity.id, activityType: activity.type, reason: describeAuthError(err) },
            unavailable ? 'could not validate the request token' : 'request refused: token not valid',
          );
          return unavailable
            ? { status: 503, body: { error: 'auth_unavailable' }, note: 'auth_unavailable' }
            : { status: 401, body: { error: 'unauthorized' }, note: 'unauthorized' };
        }
        // The turn's own errors go to app.error; reaching here means even that failed.
        logger.error({ activityId: activity.id, err: describeAuthError(err) }, 'turn failed outside the error handler');
        return { status: 500, body: { error: 'internal' }, note: 'turn_failed' };
      }
    },
  };
}

/**
 * An invoke no route took. botbuilder would answer 501 with no body; a button from an old card or a forged verb is
 * the caller's mistake, not our failure, so a card action gets 200 with a message the person can read (the card
 * stays as it was) and any other invoke name 400.
 */
function unhandledInvoke(activity: Record<string, unknown>): TurnOutcome {
  if (activity.name === 'adaptiveCard/action') {
    return {
      status: 200,
      body: {
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value:
          'That button is not something I can handle here (it may be from an old card). Type "help" to see what I can do.',
      },
      note: 'ignored',
    };
  }
  return { status: 400, body: { error: 'unsupported_invoke' }, note: 'ignored' };
}

/** The tenant an activity claims to come from: Teams puts it in channelData.tenant.id and conversation.tenantId. */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannelData = channelData?.tenant?.id;
  const fromConversation = activity.conversation?.tenantId;
  if (
    typeof fromChannelData === 'string' &&
    typeof fromConversation === 'string' &&
    fromChannelData !== fromConversation
  )
    return undefined;
  if (typeof fromChannelData === 'string') return fromChannelData;
  return typeof fromConversation === 'string' ? fromConversation : undefined;
}

function describeAuthError(err: unknown): string {
  // Messages from token validation name claims and key ids, never the token itself.
  if (err instanceof Error) return `${err.name}: ${err.message}`.slice(0, 300);
  return String(err).slice(0, 300);
}
