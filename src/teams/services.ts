import type { TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { RenderAlert } from '../alerts/alert-card.js';
import type { AlertChannelSetup } from '../alerts/alert-channel.js';
import type { DeliveryStatus } from '../alerts/delivery-status.js';
import type { StoredConversationReference } from '../alerts/notifier.js';
import type { AlertChannelSettings } from '../alerts/settings.js';
import type { FeedbackLog } from '../answers/feedback-log.js';
import type { RecentAnswerStore } from '../answers/recent-answer-store.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import type { IncidentEvent } from '../reports/incident.js';
import type { IncidentService } from '../reports/incident-service.js';
import type { AuditLog } from '../reports/incident-store.js';
import type { LeadDirectory } from '../reports/lead-directory.js';
import type { QuestionService } from './question-service.js';

/** Conversation state kept between turns (on the database store). Features add their own keys. */
export interface BoundaryConversationState {
  /** When the welcome card was last sent here, so an install that arrives as two activities is greeted once. */
  welcomedAt?: string;
  [key: string]: unknown;
}
export type BoundaryTurnState = TurnState<BoundaryConversationState>;

/** A typed command's handler (also what a welcome-card button sends). */
export type CommandHandler = (context: TurnContext, state: BoundaryTurnState) => Promise<void>;

/** What the safeguarding routes (alert card, alert channel, status) need; main.ts builds it over the store. */
export interface AlertTeamsServices {
  setup: Pick<AlertChannelSetup, 'setAlertChannel'>;
  leads: LeadDirectory;
  /** Refusals of `status` are audited here (the service audits refused card actions itself). */
  audit: Pick<AuditLog, 'append'>;
  status: () => Promise<DeliveryStatus>;
  events: (incidentId: string) => Promise<IncidentEvent[]>;
  renderAlert: RenderAlert;
  /** After the channel is set, so alerts that waited for it go out now. */
  wakeRelay: () => void;
  /**
   * SAFEGUARDING_LEADS names someone by UPN: Teams activities carry the Entra object id but not the UPN, so the
   * actor's UPN is read from Teams (TeamsInfo.getMember) before a lead check.
   */
  resolveUpn: boolean;
}

/** Everything the routes use, built once by main.ts over the opened store. Every part is required. */
export interface TeamsServices {
  questions: QuestionService;
  incidents: IncidentService;
  /** Read to tell a reporter whether the alert is queued or waits for the safeguarding channel to be set up. */
  alertChannel: Pick<AlertChannelSettings, 'getAlertChannel'>;
  alerts: AlertTeamsServices;
  /** "Was this helpful?" answers, kept with the question for the policy owner. */
  feedback: FeedbackLog;
  /** The answers given, for their buttons. */
  recentAnswers: RecentAnswerStore;
  /**
   * Called with the conversation reference of every personal chat that sends the bot an activity, so proactive
   * messages (report acknowledged, report closed) can reach the person later. A failure is logged and the turn
   * goes on: answering the person matters more than refreshing a reference we probably already hold.
   */
  onConversationReference: (ref: StoredConversationReference) => Promise<void> | void;
  logger: Logger;
  clock: Clock;
}
