import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Answer } from '../../policy/answer.js';
import {
  type ImageAnswers,
  imageReviewLines,
  imageSubmission,
  POST_LIMITS,
  type PostAnswers,
  postReviewLines,
  postStepOrder,
  postSteps,
  postSubmission,
} from './abusive-post.js';
import { LIMITS, looksLikeFile } from './fields.js';
import {
  FRIEND_LIMITS,
  FRIEND_STEP_ORDER,
  type FriendAnswers,
  friendReviewLines,
  friendSubmission,
} from './friend-request.js';
import { mapPrefill } from './prefill.js';
import {
  type ReviewLine,
  renderCancelledCard,
  renderClosedCard,
  renderConfirmationCard,
  renderStepCard,
} from './render.js';
import { ROUTING_FIELDS, stepInputIds } from './steps.js';
import {
  type AdviceSnapshot,
  CANCEL_VERB,
  type FormAction,
  type FormContext,
  type FormKind,
  type FormResult,
  type FormState,
  type FormSubmission,
  type StepDef,
  type StepErrors,
} from './types.js';

/**
 * The report forms as a pure state machine: a card action and the saved state go in, the next state and
 * the card to show come out. No Teams, no storage, no clock of its own, so the same code serves the bot,
 * the tests and a restart that resumes from stored state.
 */

interface FormDef {
  kind: FormKind;
  /** The steps in order for the answers so far (the abusive-post form branches on its first answer). */
  order(values: Record<string, string>): StepDef[];
  allSteps: StepDef[];
  /** Builds the report from answers that every step's schema has already accepted. */
  finish(parsed: Record<string, unknown>, now: Date): { submission: FormSubmission; lines: ReviewLine[] };
}

const FORMS: Record<FormKind, FormDef> = {
  friend_request: {
    kind: 'friend_request',
    order: () => FRIEND_STEP_ORDER,
    allSteps: FRIEND_STEP_ORDER,
    finish: (parsed) => {
      const a = parsed as unknown as FriendAnswers;
      return { submission: friendSubmission(a), lines: friendReviewLines(a) };
    },
  },
  abusive_post: {
    kind: 'abusive_post',
    order: (values) => postStepOrder(values.postKind),
    allSteps: Object.values(postSteps),
    finish: (parsed, now) => {
      if (parsed.postKind === 'indecent_image') {
        const a = parsed as unknown as ImageAnswers;
        return { submission: imageSubmission(a, now), lines: imageReviewLines(a) };
      }
      const a = parsed as unknown as PostAnswers;
      return { submission: postSubmission(a), lines: postReviewLines(a) };
    },
  },
};

/** Every step definition of both forms, for tests and tools that check cards against schemas. */
export const FORM_STEPS: Record<FormKind, StepDef[]> = {
  friend_request: FORMS.friend_request.allSteps,
  abusive_post: FORMS.abusive_post.allSteps,
};

const ROUTING = ROUTING_FIELDS;

const FIELD_MAX: Record<string, number> = {
  ...FRIEND_LIMITS,
  ...POST_LIMITS,
  anythingElse: LIMITS.text,
};
const CHOICE_MAX = 200;

/**
 * What of a submission may be kept as a draft: only this step's inputs, only strings, cut to the field's
 * limit (the card could not show more) and never anything that looks like a file.
 */
function draftValues(step: StepDef, data: Record<string, unknown>, now: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of stepInputIds(step, now)) {
    const raw = data[id];
    if (raw === undefined) continue;
    if (typeof raw !== 'string' || looksLikeFile(raw)) {
      out[id] = '';
      continue;
    }
    out[id] = raw.slice(0, FIELD_MAX[id] ?? CHOICE_MAX);
  }
  return out;
}

const NOTICES = {
  mismatch: 'That button did not match this form, so nothing from it was saved. Your answers so far are kept below.',
  notYet: 'That part of the form is not open yet. Your answers so far are kept below.',
  otherForm:
    'That card belongs to a report that is no longer open. Here is the report you have in progress; your answers are kept.',
  resume: 'You already have a report in progress. Carry on below, or press Cancel to discard it and start again.',
  extra:
    'This card sent something it does not ask for, so it was not saved. Your answers are kept below; please check them and try again.',
  fix: 'Some answers need a change. Look for the notes in red below.',
  alreadySent: 'This report has already been stored. Nothing more is needed on this form.',
  cannotCancel:
    'This report has already been stored, so it cannot be cancelled here. If something in it is wrong, tell the DSL.',
} as const;

function snapshot(answer: Answer | undefined): AdviceSnapshot | undefined {
  if (!answer) return undefined;
  return {
    verdict: answer.verdict,
    answer: answer.answer,
    citations: answer.citations.slice(0, 2).map((c) => ({ section: c.section, heading: c.heading, text: c.text })),
    contact: answer.contact,
  };
}

function withAdvice(state: FormState, ctx: FormContext): FormState {
  const advice = snapshot(ctx.policyAdvice);
  return advice ? { ...state, advice } : state;
}

/**
 * Opens a form at its first step, pre-filled from the policy engine's action prefill. With a report already
 * in progress (not yet sent) it shows that one instead, so starting again never silently throws answers away.
 */
export function startForm(kind: FormKind, prefill: unknown, ctx: FormContext, current?: FormState): FormResult {
  if (current && !current.submitted && isFormState(current)) {
    return showStep(withAdvice(current, ctx), ctx, { notice: NOTICES.resume });
  }
  const form = FORMS[kind];
  const values = mapPrefill(kind, prefill);
  const first = form.order(values)[0]!;
  const state: FormState = {
    v: 1,
    formId: (ctx.newId ?? randomUUID)(),
    kind,
    step: first.id,
    visited: [first.id],
    values,
    startedAt: ctx.now.toISOString(),
    ...(ctx.policyAdvice ? { advice: snapshot(ctx.policyAdvice) } : {}),
  };
  return showStep(state, ctx, {});
}

const VERB = /^report\.(friend|post)\.(start|next|back|submit)$/;
const KIND_BY_WORD: Record<string, FormKind> = { friend: 'friend_request', post: 'abusive_post' };

/**
 * Handles one Action.Execute from a report card. Never throws for bad input: a tampered verb, an unknown
 * step, a card from an old form or invalid answers all come back as a card that says what to do, with the
 * answers kept. `submit` is set only when the whole form is valid; the caller passes it to the incident
 * service with its idempotency key, then shows renderConfirmationCard(...) with the reference.
 */
export function handleFormAction(state: FormState | undefined, action: FormAction, ctx: FormContext): FormResult {
  const current = state && isFormState(state) ? withAdvice(state, ctx) : undefined;
  const data = asRecord(action.data);
  const verb = typeof action.verb === 'string' ? action.verb : '';

  if (verb === CANCEL_VERB) return cancel(current, data);

  const m = VERB.exec(verb);
  if (!m) return current ? showStep(current, ctx, { notice: NOTICES.mismatch }) : closed();
  const kind = KIND_BY_WORD[m[1]!]!;
  const op = m[2] as 'start' | 'next' | 'back' | 'submit';

  if (op === 'start') return startForm(kind, data.prefill, ctx, current);
  if (!current) return closed();
  if (data.formId !== current.formId) return showStep(current, ctx, { notice: NOTICES.otherForm });
  if (current.submitted) {
    if (op === 'submit') {
      return {
        state: current,
        card: renderConfirmationCard(current.submitted.report, { reference: null }),
        submit: current.submitted,
      };
    }
    return {
      state: current,
      card: renderConfirmationCard(current.submitted.report, { reference: null, notice: NOTICES.alreadySent }),
    };
  }
  if (kind !== current.kind) return showStep(current, ctx, { notice: NOTICES.mismatch });

  const form = FORMS[current.kind];
  const order = form.order(current.values);
  const step = order.find((s) => s.id === data.step);
  if (!step) return showStep(current, ctx, { notice: NOTICES.mismatch });
  // A retried invoke or an older copy of the card may name a step already passed: carry on from there.
  if (!current.visited.includes(step.id)) return showStep(current, ctx, { notice: NOTICES.notYet });
  const at: FormState = { ...current, step: step.id };
  const isReview = step.id === order[order.length - 1]!.id;

  if (op === 'back') {
    const values = { ...at.values, ...draftValues(step, data, ctx.now) };
    const index = order.findIndex((s) => s.id === step.id);
    const previous = order[Math.max(0, index - 1)]!;
    return showStep({ ...at, values, step: previous.id }, ctx, {});
  }
  if (op === 'submit' && !isReview) return showStep(at, ctx, { notice: NOTICES.mismatch });
  if (op === 'next' && isReview) return showStep(at, ctx, { notice: NOTICES.mismatch });

  const parsed = step.schema(ctx.now).safeParse(data);
  if (!parsed.success) {
    const values = { ...at.values, ...draftValues(step, data, ctx.now) };
    return showStep({ ...at, values }, ctx, { errors: toStepErrors(parsed.error, data) });
  }
  const crossField = step.check?.(parsed.data);
  if (crossField) {
    const values = { ...at.values, ...draftValues(step, data, ctx.now) };
    return showStep({ ...at, values }, ctx, { errors: { form: NOTICES.fix, ...crossField } });
  }

  if (op === 'submit') {
    const whole = validateAll(at, ctx.now);
    if (!whole.ok) return showStep({ ...at, step: whole.step.id }, ctx, { errors: whole.errors });
    const { submission } = form.finish(whole.parsed, ctx.now);
    const submitted = { idempotencyKey: `${at.formId}:submit`, report: submission };
    return {
      state: { ...at, submitted },
      card: renderConfirmationCard(submission, { reference: null }),
      submit: submitted,
    };
  }

  const values = { ...at.values, ...draftValues(step, data, ctx.now) };
  const newOrder = form.order(values);
  const index = newOrder.findIndex((s) => s.id === step.id);
  const next = newOrder[index + 1] ?? step;
  // Steps of a branch left behind (the kind changed) are no longer "reached".
  const reachable = new Set(newOrder.map((s) => s.id));
  const visited = [...new Set([...at.visited.filter((id) => reachable.has(id)), next.id])];
  return showStep({ ...at, values, step: next.id, visited }, ctx, {});
}

/** Shows the state's current step; the review step re-checks every earlier answer first. */
function showStep(state: FormState, ctx: FormContext, opts: { notice?: string; errors?: StepErrors }): FormResult {
  const form = FORMS[state.kind];
  const order = form.order(state.values);
  const step = order.find((s) => s.id === state.step) ?? order[0]!;
  const position = { index: order.indexOf(step), total: order.length };
  const isReview = step.id === order[order.length - 1]!.id;
  if (isReview) {
    const whole = validateAll(state, ctx.now);
    if (!whole.ok) {
      const back = { ...state, step: whole.step.id };
      const pos = { index: order.indexOf(whole.step), total: order.length };
      return { state: back, card: renderStepCard(back, whole.step, pos, ctx.now, { errors: whole.errors }) };
    }
    const { lines } = form.finish(whole.parsed, ctx.now);
    return {
      state: { ...state, step: step.id },
      card: renderStepCard(state, step, position, ctx.now, { ...opts, lines }),
    };
  }
  return { state: { ...state, step: step.id }, card: renderStepCard(state, step, position, ctx.now, opts) };
}

type WholeResult = { ok: true; parsed: Record<string, unknown> } | { ok: false; step: StepDef; errors: StepErrors };

/** Parses every answer step of the current branch from the saved values, as if each were submitted again. */
function validateAll(state: FormState, now: Date): WholeResult {
  const order = FORMS[state.kind].order(state.values);
  const parsed: Record<string, unknown> = {};
  for (const step of order.slice(0, -1)) {
    const input: Record<string, unknown> = { formId: state.formId, step: step.id };
    for (const id of stepInputIds(step, now)) {
      if (state.values[id] !== undefined) input[id] = state.values[id];
    }
    const r = step.schema(now).safeParse(input);
    if (!r.success) return { ok: false, step, errors: toStepErrors(r.error, input) };
    const crossField = step.check?.(r.data);
    if (crossField) return { ok: false, step, errors: { form: NOTICES.fix, ...crossField } };
    for (const [k, v] of Object.entries(r.data)) if (!ROUTING.has(k)) parsed[k] = v;
  }
  return { ok: true, parsed };
}

/** One plain message per field, in the words a worried member of staff on a phone can act on. */
export function toStepErrors(error: z.ZodError, data: Record<string, unknown>): StepErrors {
  const fields: Record<string, string> = {};
  let form: string | undefined;
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      form = NOTICES.extra;
      continue;
    }
    const field = issue.path[0];
    if (typeof field !== 'string') continue;
    if (ROUTING.has(field)) {
      form = NOTICES.mismatch;
      continue;
    }
    if (fields[field]) continue;
    fields[field] = fieldMessage(issue, data[field]);
  }
  return { fields, form: form ?? (Object.keys(fields).length ? NOTICES.fix : undefined) };
}

function fieldMessage(issue: z.ZodIssue, raw: unknown): string {
  if (issue.message.startsWith('too_long:')) {
    const max = Number(issue.message.slice('too_long:'.length));
    const length = typeof raw === 'string' ? raw.trim().length : 0;
    return `This is ${length.toLocaleString('en-GB')} characters; the limit is ${max.toLocaleString('en-GB')}. The first ${max.toLocaleString('en-GB')} are kept below: please shorten it.`;
  }
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return 'Please answer this.';
  if (issue.code === 'invalid_type') return 'Please answer this with one of the options or in words.';
  if (issue.code === 'invalid_enum_value' || issue.code === 'invalid_literal') {
    return 'Please choose one of the options shown.';
  }
  return issue.message;
}

function cancel(current: FormState | undefined, data: Record<string, unknown>): FormResult {
  if (!current) return { state: undefined, card: renderCancelledCard() };
  // A Cancel pressed on an old card must not throw away the report that is in progress now.
  if (data.formId !== current.formId) return { state: current, card: renderCancelledCard() };
  if (current.submitted) {
    return {
      state: current,
      card: renderConfirmationCard(current.submitted.report, { reference: null, notice: NOTICES.cannotCancel }),
    };
  }
  return { state: undefined, card: renderCancelledCard() };
}

function closed(): FormResult {
  return { state: undefined, card: renderClosedCard() };
}

function asRecord(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** Guards against state written by an older or foreign version: such state is treated as no form at all. */
function isFormState(s: unknown): s is FormState {
  const o = asRecord(s);
  return (
    o.v === 1 &&
    typeof o.formId === 'string' &&
    (o.kind === 'friend_request' || o.kind === 'abusive_post') &&
    typeof o.step === 'string' &&
    Array.isArray(o.visited) &&
    typeof o.values === 'object' &&
    o.values !== null
  );
}
