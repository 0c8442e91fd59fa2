import { Application, TurnState } from '@microsoft/teams-ai';
import type { Storage } from 'botbuilder';
import type { BoundaryAdapter } from './adapter.js';
import { createTurnErrorHandler } from './error-handler.js';
import { RateLimiter, type RateLimitSettings, registerRateLimits } from './rate-limit.js';
import { registerRoutes } from './routes/index.js';
import type { BoundaryTurnState, TeamsServices } from './services.js';

/**
 * The bot: a teams-ai Application on the given adapter, with turn state on `storage` (the database-backed
 * Storage in production, so half-filled forms survive a restart), every route registered, and one error handler.
 */
export function createTeamsApp(opts: {
  adapter: BoundaryAdapter;
  storage: Storage;
  services: TeamsServices;
  /** The Entra app id in authenticated mode; used by proactive messages. */
  botAppId?: string;
  /** Per-person limits (config.rateLimits); checked before every route. Unset: no limits (tests). */
  rateLimits?: RateLimitSettings;
}): Application<BoundaryTurnState> {
  const app = new Application<BoundaryTurnState>({
    adapter: opts.adapter,
    storage: opts.storage,
    ...(opts.botAppId ? { botAppId: opts.botAppId } : {}),
    turnStateFactory: () => new TurnState() as BoundaryTurnState,
    removeRecipientMention: true,
    // Answers take milliseconds; a typing indicator would only add a second outbound call per turn.
    startTypingTimer: false,
    longRunningMessages: false,
  });
  app.error(createTurnErrorHandler(opts.services.logger));
  if (opts.rateLimits) {
    registerRateLimits(app, new RateLimiter(opts.rateLimits, opts.services.clock), opts.services.logger);
  }
  registerRoutes(app, opts.services);
  return app;
}
