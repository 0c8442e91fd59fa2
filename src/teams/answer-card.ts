import type { Answer, Verdict } from '../policy/answer.js';
import { renderCard } from './cards.js';

/**
 * A small, readable card for a policy answer: verdict line, the answer, each quoted clause with where it sits,
 * and who to ask. Every value is placed in a RichTextBlock TextRun (or a plain TextBlock for the fixed verdict
 * label), which Teams does not parse as markdown, so the policy's own characters are shown exactly.
 * The full answer card (feedback buttons, report buttons, Teams citations) replaces this later.
 */
const VERDICT_LINE: Record<Verdict, { label: string; color: string }> = {
  allowed: { label: 'Yes', color: 'Good' },
  not_allowed: { label: 'No', color: 'Attention' },
  needs_permission: { label: 'Only with permission', color: 'Warning' },
  depends: { label: 'It depends', color: 'Warning' },
  guidance: { label: 'What to do', color: 'Accent' },
  not_covered: { label: 'The policy does not say', color: 'Default' },
};

export function verdictLine(verdict: Verdict): { label: string; color: string } {
  return VERDICT_LINE[verdict];
}

export function renderAnswerCard(answer: Answer, policyTitle?: string): Record<string, unknown> {
  const line = VERDICT_LINE[answer.verdict];
  return renderCard('answer', {
    verdictLabel: line.label,
    verdictColor: line.color,
    answer: answer.answer,
    citations: answer.citations.map((c) => ({
      where: [c.section, c.heading].filter((s) => s !== null && s !== '').join(' ') || 'Policy',
      quote: c.text,
    })),
    hasContact: answer.contact !== null && answer.contact !== '',
    contact: answer.contact ?? '',
    hasPolicyTitle: Boolean(policyTitle),
    policyTitle: policyTitle ?? '',
  });
}
