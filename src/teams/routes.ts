import type { Application, TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, type TurnContext, TurnContext as TurnContextClass } from 'botbuilder';
import { z } from 'zod';
import type { StoredConversationReference } from '../alerts/notifier.js';
import type { AlertChannelSettings } from '../alerts/settings.js';
import { type Clock, systemClock } from '../clock.js';
import type { Logger } from '../log.js';
import type { IncidentService } from '../reports/incident-service.js';
import type { RecentAnswerStore } from '../store/sql-recent-answers.js';
import type { FeedbackLog } from '../store/sql-settings-store.js';
import { recentAnswerStoreOf, sendAnswer } from './answers.js';
import { cardAttachment } from './cards.js';
import { registerFeedbackRoute } from './feedback.js';
import {
  type AlertTeamsServices,
  channelIdOf,
  incidentCommandHandlers,
  registerIncidentRoutes,
  teamChannels,
} from './incident-routes.js';
import type { QuestionService } from './question-service.js';
import { registerReportRoutes, reportCommandHandlers } from './report-routes.js';
import { renderWelcomeCard, type WelcomeAlertSetup, type WelcomeButton } from './welcome.js';

/** Conversation state kept between turns (on the database store in production). Other features add their keys. */
export interface BoundaryConversationState {
  /** When the welcome card was last sent here, so an install that arrives as two activities is greeted once. */
  welcomedAt?: string;
  [key: string]: unknown;
}
export type BoundaryTurnState = TurnState<BoundaryConversationState>;

export type CommandScope = 'personal' | 'team' | 'groupChat';

/** A command the bot understands when typed (or sent by a card button). */
export interface CommandDefinition {
  /** Lower case, single spaces: what the person types, and the manifest's commandLists title. */
  name: string;
  /** The hint in Teams' command menu (manifest description, at most 128 characters). */
  description: string;
  scopes: readonly CommandScope[];
  /** When set, the welcome/help card shows a button with this title that sends the command. */
  welcomeButton?: string;
}

/**
 * Every command routed today, in matching order. The manifest's commandLists must list only these (a test
 * checks), and the welcome card's buttons come from here. Features add their command here together with its
 * handler in `registerRoutes`; until a command is added, its text is treated as a question.
 */
export const COMMANDS: readonly CommandDefinition[] = [
  {
    name: 'help',
    description: 'What Boundary does, with a button for each action',
    scopes: ['personal', 'team', 'groupChat'],
  },
  // Reports are personal: in a channel or group chat these commands say to use the personal chat instead.
  {
    name: 'report friend request',
    description: 'Report a friend, follow or message request from a pupil, former pupil or parent',
    scopes: ['personal'],
    welcomeButton: 'Report a friend request',
  },
  {
    name: 'report post',
    description: 'Report an abusive, threatening or inappropriate post or message',
    scopes: ['personal'],
    welcomeButton: 'Report a post or message',
  },
  {
    name: 'cancel',
    description: 'Discard the report you are filling in',
    scopes: ['personal'],
  },
  {
    name: 'my reports',
    description: 'Your own reports, with their reference and status',
    scopes: ['personal'],
  },
  // Safeguarding leads only (others are refused, and the attempt is audited).
  {
    name: 'set alerts channel',
    description: 'Safeguarding leads: send alerts to this channel',
    // Listed for group chats too (Teams lists commands per scope group); there it says to use a channel.
    scopes: ['team', 'groupChat'],
  },
  {
    name: 'status',
    description: 'Safeguarding leads: is the alert channel set, and are any alerts waiting or undelivered?',
    scopes: ['personal', 'team', 'groupChat'],
  },
];

export interface TeamsServices {
  questions: QuestionService;
  /**
   * Stores reports. Without it the report forms still walk a person through every step, but sending says the
   * report could not be stored (kept, Try again) rather than pretending it went anywhere.
   */
  incidents?: IncidentService;
  /** Read to tell a reporter whether the alert is queued or waits for the safeguarding channel to be set up. */
  alertChannel?: Pick<AlertChannelSettings, 'getAlertChannel'>;
  /** Alert channel setup, status and the alert card's buttons (issue 4); absent without a database. */
  alerts?: AlertTeamsServices;
  /** "Was this helpful?" answers, kept with the question for the policy owner. */
  feedback?: FeedbackLog;
  /** The answers given, for their buttons; in memory when absent (no database). */
  recentAnswers?: RecentAnswerStore;
  /**
   * Called with the conversation reference of every personal chat that sends the bot an activity, so proactive
   * messages (report acknowledged, report closed) can reach the person later. A failure is logged and the turn
   * goes on: answering the person matters more than refreshing a reference we probably already hold.
   */
  onConversationReference?: (ref: StoredConversationReference) => Promise<void> | void;
  logger: Logger;
  clock?: Clock;
}

/**
 * Registers every route, in the order teams-ai tries them (the first match wins):
 * 1. card submissions and invokes (Action.Execute verbs: report forms, alert cards), then
 * 2. install and lifecycle events, then
 * 3. typed commands, then
 * 4. free text, which is always a policy question.
 */
export function registerRoutes(app: Application<BoundaryTurnState>, services: TeamsServices): void {
  const { logger } = services;
  const clock = services.clock ?? systemClock;
  const welcomeButtons: WelcomeButton[] = COMMANDS.filter((c) => c.welcomeButton).map((c) => ({
    title: c.welcomeButton as string,
    command: c.name,
  }));
  // In a team, the welcome card also sets up the safeguarding alerts (one card on install, not two), as long as
  // there is a database behind the bot to keep the channel and the alerts.
  const hasAlertSetup = COMMANDS.some((c) => c.name === 'set alerts channel') && services.alerts !== undefined;
  const welcomeCard = (context: TurnContext, alertSetup?: WelcomeAlertSetup) =>
    renderWelcomeCard({
      buttons: welcomeButtons,
      showAlertSetup: hasAlertSetup && isTeamConversation(context),
      ...(alertSetup ? { alertSetup } : {}),
    });

  app.turn('beforeTurn', async (context) => {
    await rememberPersonalChat(context, services);
    return true;
  });

  // 1. Card submissions and invokes.
  registerReportRoutes(app, services);
  registerFeedbackRoute(app, services);
  registerIncidentRoutes(app, services, (context, done) => welcomeCard(context, { done }));

  // 2. Install and lifecycle.
  app.conversationUpdate('membersAdded', async (context, state) => {
    const botId = context.activity.recipient?.id;
    const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === botId);
    if (!botAdded) return;
    await sendWelcomeOnce(context, state, clock, async () => {
      if (!hasAlertSetup || !isTeamConversation(context)) return welcomeCard(context);
      // Posted in General: list the team's channels so a lead can pick the safeguarding one from here.
      const channels = await teamChannels(context, services);
      const here = channelIdOf(context);
      return welcomeCard(context, { channels, ...(here ? { currentChannelId: here } : {}) });
    });
  });
  // Teams sends installationUpdate together with the conversationUpdate above, and the two can be processed at
  // the same moment (the Agents Playground does exactly that), so greeting on both would greet twice. The welcome
  // comes from membersAdded alone; installationUpdate only resets it on removal, so a reinstall is greeted again.
  app.activity(ActivityTypes.InstallationUpdate, async (context, state) => {
    const action = String(context.activity.action ?? '');
    if (action === 'remove') delete state.conversation.welcomedAt;
    logger.info({ activityId: context.activity.id, action }, 'installation update');
  });

  // 3. Commands.
  const handlers: Record<string, (context: TurnContext, state: BoundaryTurnState) => Promise<void>> = {
    help: async (context) => {
      await context.sendActivity({ attachments: [cardAttachment(welcomeCard(context))] });
    },
    ...reportCommandHandlers(services),
    ...incidentCommandHandlers(services),
  };
  for (const command of COMMANDS) {
    const handler = handlers[command.name];
    if (!handler) throw new Error(`command "${command.name}" is listed in COMMANDS but has no handler`);
    app.addRoute(async (context) => commandOf(context) === command.name, handler);
  }

  // 4. Everything else a person sends is a question.
  app.addRoute(
    async (context) => context.activity.type === ActivityTypes.Message,
    async (context, state) => {
      const question = questionOf(context);
      if (question === undefined) {
        if (hasSubmittedValue(context)) {
          logger.info({ activityId: context.activity.id }, 'card submission with no matching route ignored');
          await context.sendActivity(
            'That button is not something I can handle here. Type "help" to see what I can do.',
          );
          return;
        }
        await context.sendActivity({ attachments: [cardAttachment(welcomeCard(context))] });
        return;
      }
      const answer = await services.questions.answer(question);
      logger.info({ activityId: context.activity.id, verdict: answer.verdict }, 'question answered');
      await sendAnswer(context, state, answer, {
        policyTitle: services.questions.source?.title,
        clock,
        recentAnswers: recentAnswerStoreOf(services),
        logger,
      });
    },
  );
}

const submittedValueSchema = z
  .object({
    command: z.string().max(200).optional(),
    question: z.string().max(10_000).optional(),
  })
  .passthrough();

/** Lower case, single spaces, leftover <at> mentions and trailing punctuation removed. */
export function normalizeCommandText(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[.!?]+$/, '')
    .trim();
}

/** The command an activity carries, typed or from a card button's data, normalized; undefined for none. */
export function commandOf(context: TurnContext): string | undefined {
  if (context.activity.type !== ActivityTypes.Message) return undefined;
  const value = submittedValueSchema.safeParse(context.activity.value ?? {});
  if (value.success && value.data.command) return normalizeCommandText(value.data.command);
  if (typeof context.activity.text === 'string' && context.activity.text.trim() !== '') {
    return normalizeCommandText(context.activity.text);
  }
  return undefined;
}

function questionOf(context: TurnContext): string | undefined {
  const text = typeof context.activity.text === 'string' ? context.activity.text.replace(/<at>[^<]*<\/at>/gi, ' ') : '';
  if (text.trim() !== '') return text.trim();
  const value = submittedValueSchema.safeParse(context.activity.value ?? {});
  if (value.success && value.data.question && value.data.question.trim() !== '') return value.data.question.trim();
  return undefined;
}

function hasSubmittedValue(context: TurnContext): boolean {
  const v = context.activity.value;
  return v !== undefined && v !== null && !(typeof v === 'object' && Object.keys(v).length === 0);
}

function isTeamConversation(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return type === 'channel' || Boolean((context.activity.channelData as { team?: unknown } | undefined)?.team);
}

async function sendWelcomeOnce(
  context: TurnContext,
  state: BoundaryTurnState,
  clock: Clock,
  card: () => Promise<object>,
): Promise<void> {
  if (state.conversation.welcomedAt) return;
  state.conversation.welcomedAt = clock.now().toISOString();
  await context.sendActivity({ attachments: [cardAttachment(await card())] });
}

async function rememberPersonalChat(context: TurnContext, services: TeamsServices): Promise<void> {
  const activity = context.activity;
  if (!services.onConversationReference || activity.conversation?.conversationType !== 'personal') return;
  if (!activity.from?.id || !activity.serviceUrl) return;
  const ref = TurnContextClass.getConversationReference(activity) as unknown as StoredConversationReference;
  try {
    await services.onConversationReference(ref);
  } catch (err) {
    services.logger.error(
      { activityId: activity.id, err: err instanceof Error ? err.message : String(err) },
      'could not store the conversation reference',
    );
  }
}
