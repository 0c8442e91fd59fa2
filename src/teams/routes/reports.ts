import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { renderCard } from '../../cards/templates.js';
import { errorMessage } from '../../errors.js';
import type { Answer } from '../../policy/index.js';
import type { AlertDelivery } from '../../reports/alert-delivery.js';
import {
  FORM_VERB_PREFIX,
  type FormContext,
  type FormKind,
  type FormResult,
  type FormState,
  handleFormAction,
  REPORT_VERB_ROUTE,
  renderCancelledCard,
  renderConfirmationCard,
  startForm,
  toReportInput,
} from '../../reports/forms/index.js';
import { renderAnswerCard } from '../answer-card.js';
import { findRecentAnswer } from '../answers.js';
import { executeActionOf, personOf } from '../card-action.js';
import { asInvokeCard, cardAttachment } from '../card-reply.js';
import { isPersonal } from '../conversation.js';
import type { BoundaryTurnState, CommandHandler, TeamsServices } from '../services.js';
import { alertChannelSet } from './my-reports.js';

/**
 * The report forms in Teams: `report friend request`, `report post`, `cancel`, and every button on a form. The forms themselves are a pure state machine (src/reports/forms); this
 * file feeds it Action.Execute invokes and the typed commands, keeps its FormState in conversation state (on the
 * database store, so a restart resumes a half-filled form), and hands a finished report to the incident service.
 *
 * Reports are made in a personal chat only: conversation state is shared by everyone in a channel or group chat,
 * and what a member of staff writes about a child must not be shown to a room.
 */

/** Conversation state key of the report in progress (or the last one sent, so a retried send is recognised). */
export const FORM_STATE_KEY = 'reportForm';

/** Asked of the school's own policy when a form is opened without a question, for the review step's advice. */
export const ADVICE_QUESTIONS: Record<FormKind, string> = {
  friend_request: 'A pupil sent me a friend request on social media. What should I do?',
  abusive_post: 'Someone has posted something abusive about me or the school online. What should I do?',
};

export const REPORT_MESSAGES = {
  personalOnly:
    'Reports are made in your personal chat with me, so what you write stays private. Open a chat with Boundary and type "report friend request" or "report post" there.',
  formBelow: 'Your report form is below.',
  nothingToCancel: 'There is no report in progress, so there is nothing to cancel.',
  alreadySent:
    'Your last report has already been stored, so there is nothing to cancel. If something in it is wrong, tell the DSL.',
} as const;

export function registerReportRoutes(app: Application<BoundaryTurnState>, services: TeamsServices): void {
  app.adaptiveCards.actionExecute(REPORT_VERB_ROUTE, async (context, state) => {
    if (!isPersonal(context)) return REPORT_MESSAGES.personalOnly;
    // A malformed envelope still reaches the flow (as no verb), which answers with the form as it stands.
    const action = executeActionOf(context) ?? { verb: '', data: {} };
    const current = state.conversation[FORM_STATE_KEY] as FormState | undefined;
    const isStart = /\.start$/.test(action.verb);
    const fromAnswer = isStart && typeof action.data.answerId === 'string';
    const ctx: FormContext = {
      now: services.clock.now(),
      ...(isStart ? await adviceFor(action.verb, action.data, context, services) : {}),
    };
    const result = handleFormAction(current, action, ctx);
    const card = await settle(context, state, result, services);

    if (fromAnswer) {
      // Keep the answer on screen: the form opens as a new message below it.
      await context.sendActivity({ attachments: [cardAttachment(card)] });
      const recent = await findRecentAnswer(services.recentAnswers, context, action.data.answerId as string).catch(
        () => undefined,
      );
      if (!recent) return REPORT_MESSAGES.formBelow;
      return asInvokeCard(
        renderAnswerCard(recent.answer, {
          answerId: recent.id,
          policyTitle: services.questions.source?.title,
          feedback: recent.helpful === undefined ? 'ask' : 'thanks',
        }),
      );
    }
    return asInvokeCard(card);
  });
}

/** Handlers for the typed commands, keyed by COMMANDS name. */
export function reportCommands(services: TeamsServices): Record<string, CommandHandler> {
  const start =
    (kind: FormKind): CommandHandler =>
    async (context, state) => {
      if (!isPersonal(context)) {
        await context.sendActivity(REPORT_MESSAGES.personalOnly);
        return;
      }
      const current = state.conversation[FORM_STATE_KEY] as FormState | undefined;
      const advice = await policyAdvice(kind, services);
      const result = startForm(
        kind,
        {},
        { now: services.clock.now(), ...(advice ? { policyAdvice: advice } : {}) },
        current,
      );
      saveFormState(state, result.state);
      await context.sendActivity({ attachments: [cardAttachment(result.card)] });
    };
  return {
    'report friend request': start('friend_request'),
    'report post': start('abusive_post'),
    cancel: async (context, state) => {
      const current = state.conversation[FORM_STATE_KEY] as FormState | undefined;
      if (!current || typeof current !== 'object') {
        await context.sendActivity(REPORT_MESSAGES.nothingToCancel);
        return;
      }
      delete state.conversation[FORM_STATE_KEY];
      if (current.submitted) {
        await context.sendActivity(REPORT_MESSAGES.alreadySent);
        return;
      }
      await context.sendActivity({ attachments: [cardAttachment(renderCancelledCard())] });
    },
  };
}

/**
 * Saves the flow's state and, when the form is complete, stores the report. Returns the card to show. A report
 * the store could not take keeps its answers (state without `submitted`), so Try again sends the same form with
 * the same idempotency key and can never make two incidents.
 */
async function settle(
  context: TurnContext,
  state: BoundaryTurnState,
  result: FormResult,
  services: TeamsServices,
): Promise<Record<string, unknown>> {
  if (!result.submit) {
    saveFormState(state, result.state);
    return result.card;
  }
  const { report, idempotencyKey } = result.submit;
  const unsent = result.state ? withoutSubmitted(result.state) : undefined;
  let reference: string;
  let incidentId: string;
  try {
    const { incident, created } = await services.incidents.submitReport(
      toReportInput(report, personOf(context)),
      idempotencyKey,
    );
    reference = incident.ref;
    incidentId = incident.id;
    services.logger.info(
      { activityId: context.activity.id, ref: incident.ref, category: incident.category, created },
      created ? 'report stored' : 'report already stored (repeated send)',
    );
  } catch (err) {
    services.logger.error(
      { activityId: context.activity.id, err: errorMessage(err) },
      'report could not be stored; answers kept for Try again',
    );
    saveFormState(state, unsent);
    return notSentCard(unsent);
  }
  saveFormState(state, result.state);
  const delivery = await deliveryAfterSubmit(services, incidentId);
  return renderConfirmationCard(report, { reference, delivery });
}

/** How long the confirmation waits for the alert to be posted: the relay, woken by the commit, usually takes ms. */
export const CONFIRMATION_WAIT_MS = 500;

/**
 * Where the alert stands for the confirmation card: the card says "sent" only when the alert is in the channel, so
 * with a channel set it waits (up to CONFIRMATION_WAIT_MS) for the relay to post it. Unreadable counts as not sent.
 */
async function deliveryAfterSubmit(services: TeamsServices, incidentId: string): Promise<AlertDelivery | undefined> {
  const incidents = services.incidents;
  const channelSet = await alertChannelSet(services);
  // Real elapsed time, not the injected clock: this is how long a person waits for the card.
  const until = performance.now() + CONFIRMATION_WAIT_MS;
  try {
    for (;;) {
      const delivery = await incidents.alertDelivery(incidentId, channelSet);
      if (delivery !== 'sending' || performance.now() >= until) return delivery ?? undefined;
      await new Promise((r) => setTimeout(r, 50));
    }
  } catch (err) {
    services.logger.warn({ err: errorMessage(err) }, 'could not read whether the alert was posted');
    return channelSet ? 'sending' : 'no_channel';
  }
}

function notSentCard(state: FormState | undefined): Record<string, unknown> {
  return renderCard('report-not-sent', {
    hasForm: Boolean(state),
    submitVerb: state ? `${FORM_VERB_PREFIX[state.kind]}.submit` : '',
    formId: state?.formId ?? '',
    step: state?.step ?? '',
  });
}

function withoutSubmitted(state: FormState): FormState {
  const { submitted: _submitted, ...rest } = state;
  return rest;
}

function saveFormState(state: BoundaryTurnState, form: FormState | undefined): void {
  if (form) state.conversation[FORM_STATE_KEY] = form;
  else delete state.conversation[FORM_STATE_KEY];
}

/**
 * What the review step quotes. A form opened from an answer card uses that answer (found by id in conversation
 * state, never taken from the card); otherwise the school's policy is asked the kind's standard question.
 */
async function adviceFor(
  verb: string,
  data: Record<string, unknown>,
  context: TurnContext,
  services: TeamsServices,
): Promise<{ policyAdvice?: Answer }> {
  const kind: FormKind | undefined = verb.startsWith(`${FORM_VERB_PREFIX.friend_request}.`)
    ? 'friend_request'
    : verb.startsWith(`${FORM_VERB_PREFIX.abusive_post}.`)
      ? 'abusive_post'
      : undefined;
  if (!kind) return {};
  if (typeof data.answerId === 'string') {
    // Unreadable just now: the form falls back to the policy's own advice below.
    const recent = await findRecentAnswer(services.recentAnswers, context, data.answerId).catch(() => undefined);
    if (recent && usable(recent.answer) && recent.answer.actions.some((a) => a.form === kind)) {
      return { policyAdvice: recent.answer };
    }
  }
  const advice = await policyAdvice(kind, services);
  return advice ? { policyAdvice: advice } : {};
}

async function policyAdvice(kind: FormKind, services: TeamsServices): Promise<Answer | undefined> {
  try {
    const answer = await services.questions.answer(ADVICE_QUESTIONS[kind]);
    return usable(answer) ? answer : undefined;
  } catch (err) {
    services.logger.warn({ err: errorMessage(err) }, 'no policy advice for the report form');
    return undefined;
  }
}

function usable(answer: Answer): boolean {
  return answer.verdict !== 'not_covered' && answer.citations.length > 0;
}
