import type { z } from 'zod';
import type { Answer, ReportForm } from '../../policy/answer.js';
import type { Category, Severity } from '../incident.js';

export type FormKind = ReportForm;

/** Verbs the report cards send with Action.Execute. */
export const FORM_VERB_PREFIX: Record<FormKind, string> = {
  friend_request: 'report.friend',
  abusive_post: 'report.post',
};
export const CANCEL_VERB = 'report.cancel';
/** The confirmation card's button; handled by whoever lists a member of staff's own reports. */
export const MY_REPORTS_VERB = 'reports.mine';

/** What the review step shows from the policy engine: kept in state so a resumed form still shows it. */
export interface AdviceSnapshot {
  verdict: Answer['verdict'];
  answer: string;
  citations: { section: string | null; heading: string; text: string }[];
  contact: string | null;
}

/**
 * A partly filled form, kept in conversation state between turns. Plain JSON (strings, arrays, objects) so
 * any botbuilder Storage can persist it and a restarted bot resumes where the member of staff left off.
 */
export interface FormState {
  v: 1;
  formId: string;
  kind: FormKind;
  /** The step whose card is showing. */
  step: string;
  /** Steps the member of staff has reached; Back and retried invokes may only land on these. */
  visited: string[];
  /** Every answer so far, as the card sends it (strings), including steps left by Back. */
  values: Record<string, string>;
  advice?: AdviceSnapshot;
  startedAt: string;
  /** Set once the review step was submitted, so a retried submit returns the same report. */
  submitted?: { idempotencyKey: string; report: FormSubmission };
}

/** The validated, normalised report handed to the incident service. JSON-safe (dates as ISO strings). */
export interface FormSubmission {
  category: Category;
  severity: Severity;
  /** ISO date ("2026-03-02") of when it happened or was seen; for an indecent image, the day it was reported. */
  occurredAt: string;
  /** The structured answers, by field name; never holds an image or a file. */
  answers: Record<string, string | string[]>;
  /** A short line for the alert card, without anybody's name. */
  summary: string;
  /** Kept apart from answers so the alert card can leave it out. */
  pupilName?: string;
}

export interface FormContext {
  now: Date;
  /** Supplied by the caller when it has the school's policy answer for this kind of report. */
  policyAdvice?: Answer;
  /** Form ids; defaults to crypto.randomUUID. Passed in so tests are repeatable. */
  newId?: () => string;
}

export interface FormAction {
  verb: string;
  data: unknown;
}

export interface FormResult {
  /** The state to persist; undefined means delete it. */
  state: FormState | undefined;
  /** The Adaptive Card to replace the one pressed (return it from the actionExecute handler). */
  card: Record<string, unknown>;
  /** Present only when a report is ready for the incident service; the caller then shows the confirmation. */
  submit?: { report: FormSubmission; idempotencyKey: string };
}

/** One screen of a form: its card template and the strict schema of what that card submits. */
export interface StepDef {
  id: string;
  /** cards/<template>.json */
  template: string;
  title: string;
  schema(now: Date): z.AnyZodObject;
  /** Rules across fields of the step, run after the schema passed. */
  check?(parsed: Record<string, unknown>): StepErrors | undefined;
}

/** Field errors keyed by input id, plus a message for the whole card. */
export interface StepErrors {
  fields: Record<string, string>;
  form?: string;
}
