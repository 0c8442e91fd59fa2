import { renderCard } from '../../cards/templates.js';
import { type AlertDelivery, deliveryWords } from '../alert-delivery.js';
import { ukToday } from './fields.js';
import { stepInputIds } from './steps.js';
import type { FormState, FormSubmission, StepDef, StepErrors } from './types.js';

/**
 * Card data for the report templates in cards/. User text only ever reaches a card as an Input's value
 * (which clients never format) or as a TextRun in a RichTextBlock (never markdown), and in both cases with
 * links broken so nothing typed becomes something to tap.
 */

export interface ReviewLine {
  label: string;
  value: string;
}

/** Stops a typed address from being auto-linked when shown back (TextRuns take no markdown, but clients linkify). */
export function plainRun(text: string): string {
  return text.replace(/:\/\//g, ':\u200B//').replace(/www\./gi, (m) => `${m.slice(0, 3)}\u200B.`);
}

export function renderStepCard(
  state: FormState,
  step: StepDef,
  position: { index: number; total: number },
  now: Date,
  opts: { notice?: string; errors?: StepErrors; lines?: ReviewLine[] },
): Record<string, unknown> {
  const ids = stepInputIds(step, now);
  const values: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const id of ids) {
    values[id] = state.values[id] ?? '';
    errors[id] = opts.errors?.fields[id] ?? '';
  }
  const notice = opts.notice ?? opts.errors?.form ?? '';
  const advice = state.advice;
  return renderCard(step.template, {
    formId: state.formId,
    step: step.id,
    title: step.title,
    progress: `Step ${position.index + 1} of ${position.total}`,
    notice,
    values,
    errors,
    today: ukToday(now),
    urgent: state.kind === 'abusive_post' && state.values.postKind === 'child_at_risk',
    lines: (opts.lines ?? []).map((l) => ({ label: `${l.label}: `, value: plainRun(l.value) })),
    // The policy comes after the reporter's own account and only as its clauses: a verdict ("Not allowed") or the
    // answer's "No: …" above what they told us would read as a judgement on someone doing the right thing.
    advice: {
      has: Boolean(advice),
      quotes: (advice?.citations ?? []).map((c) => ({
        source: plainRun([c.section, c.heading].filter(Boolean).join(' ')),
        text: plainRun(`“${c.text}”`),
      })),
      contact: advice?.contact ? plainRun(`Who to ask: ${advice.contact}`) : '',
    },
  });
}

// Number, address and hours as published for schools (NAHT's POSH page; Bristol Safeguarding in Education's online
// safety resources); the hours matter to someone reading this at six in the evening.
const POSH =
  'The Professionals Online Safety Helpline (POSH) can help get it removed: 0344 381 4772 or helpline@saferinternet.org.uk (Monday to Friday, 10am to 4pm).';

/** What to do now, per kind of report; wording chosen to carry no blame. */
export function guidanceFor(report: FormSubmission): string[] {
  switch (report.category) {
    case 'indecent_image':
      return [
        'Do not view it again. Do not screenshot, copy, save, print or forward it, and do not ask anyone to send it to you.',
        'If it is on a device, leave the device alone and tell the DSL where it is.',
        'Tell the DSL now, in person or by phone, if you have not already.',
        'The school will inform the police. You do not need to look into it yourself.',
      ];
    case 'child_at_risk':
      return [
        'If a child is in immediate danger, call 999 now if you have not already.',
        'Tell the DSL in person now, even though you have made this report.',
        'Do not reply to or engage with whoever posted it.',
      ];
    case 'friend_request':
      return [
        'If you have not already, remove or decline the request, and do not reply from your personal account.',
        'Keep a record: the date, and a screenshot of the request if you can.',
        'If you accepted it or replied, tell the DSL; reporting it is the right thing to do.',
      ];
    default: {
      const lines = [
        'Do not engage with or reply to the post or message.',
        'Keep the evidence: the time, the date, the link and a screenshot.',
        'Report it to the platform with its own report button.',
      ];
      const about = report.answers.about;
      if (about === 'me' || about === 'colleague') lines.push(POSH);
      return lines;
    }
  }
}

/**
 * The card shown after a report is stored. `reference` is the incident's reference from the incident service;
 * null while it is not known (the flow's own placeholder, which the caller replaces). `delivery` says whether the
 * alert has really reached the safeguarding channel; without it the card claims nothing about delivery.
 */
export function renderConfirmationCard(
  report: FormSubmission,
  opts: { reference: string | null; delivery?: AlertDelivery; notice?: string },
): Record<string, unknown> {
  const urgent = report.category === 'child_at_risk' || report.category === 'indecent_image';
  const words = opts.delivery ? deliveryWords(opts.delivery) : null;
  const next =
    words?.next ??
    'Your report is safely stored. "My reports" shows whether it has reached the safeguarding team; until it has, please speak to the DSL.';
  return renderCard('confirmation', {
    heading: words?.delivered ? 'Report sent' : 'Report stored',
    reference: opts.reference ?? '',
    hasReference: opts.reference !== null,
    notice: opts.notice ?? '',
    urgent,
    image: report.category === 'indecent_image',
    whatNext: urgent ? `${next} This is marked as most urgent.` : next,
    guidance: guidanceFor(report).map((text) => ({ text })),
    poshUrl: 'https://saferinternet.org.uk/professionals-online-safety-helpline',
    showPosh: guidanceFor(report).includes(POSH),
  });
}

export function renderCancelledCard(): Record<string, unknown> {
  return renderCard('report-cancelled', { message: 'Report cancelled. Nothing was sent.' });
}

export function renderClosedCard(): Record<string, unknown> {
  return renderCard('report-cancelled', {
    message: 'This form is no longer open: it may have been sent or cancelled. You can start a new report below.',
  });
}
