import { renderCard } from '../cards/templates.js';
import type { Answer, Citation, ReportForm, Verdict } from '../policy/answer.js';
import { FORM_VERB_PREFIX } from '../reports/forms/index.js';

/**
 * The policy answer card (cards/answer.json): the verdict as a short coloured line, the person's question shown
 * back, the answer, each quoted clause with its section and heading, who to ask, a button per matching report
 * form and "Was this helpful?".
 *
 * Every value reaches the card as the `text` of a TextRun in a RichTextBlock, which Teams never parses as
 * markdown, and with "://" and "www." broken so clients do not turn it into a link: the question is typed text,
 * and the answer and clauses come from a document nobody here reviewed. The verdict line is our own fixed text.
 */

interface VerdictLine {
  label: string;
  color: 'Good' | 'Attention' | 'Warning' | 'Accent' | 'Default';
}

const VERDICT_LINE: Record<Verdict, VerdictLine> = {
  allowed: { label: 'Yes — you can', color: 'Good' },
  not_allowed: { label: 'No — don’t', color: 'Attention' },
  needs_permission: { label: 'Only with permission', color: 'Warning' },
  depends: { label: 'It depends', color: 'Warning' },
  guidance: { label: 'Here’s what to do', color: 'Accent' },
  not_covered: { label: 'The policy doesn’t cover this', color: 'Default' },
};

/** The verdict line for an answer; a "no" about a request someone sent reads as what to do with it. */
export function verdictLine(answer: Pick<Answer, 'verdict' | 'actions'>): VerdictLine {
  if (answer.verdict === 'not_allowed' && answer.actions.some((a) => a.form === 'friend_request')) {
    return { label: 'No — decline it', color: 'Attention' };
  }
  return VERDICT_LINE[answer.verdict];
}

/** Breaks what clients would auto-link, and nothing else: TextRuns take no markdown, so no escaping is needed. */
export function plainText(text: string): string {
  return text.replace(/:\/\//g, ':\u200B//').replace(/www\./gi, (m) => `${m.slice(0, 3)}\u200B.`);
}

/** Long questions are shown shortened: the card is a reply, not a transcript. */
const QUESTION_SHOWN_MAX = 300;

export function citationSource(c: Pick<Citation, 'section' | 'heading'>): string {
  const section = c.section ? `Section ${c.section}` : '';
  // The heading often repeats the section's number ("3. Contact with pupils" under 3.1); that is still useful.
  return [section, c.heading].filter((s) => s !== '').join(' · ') || 'The policy';
}

export interface AnswerCardOptions {
  /** Identifies this answer in conversation state, for feedback and for the report buttons. */
  answerId: string;
  /** Where the answers come from, shown small at the bottom. */
  policyTitle?: string | undefined;
  /** 'ask' shows Yes/No; 'thanks' replaces them once the person answered. */
  feedback: 'ask' | 'thanks';
}

export function renderAnswerCard(answer: Answer, opts: AnswerCardOptions): Record<string, unknown> {
  const line = verdictLine(answer);
  const question = answer.question.trim();
  const shown = question.length > QUESTION_SHOWN_MAX ? `${question.slice(0, QUESTION_SHOWN_MAX)}…` : question;
  return renderCard('answer', {
    verdictLabel: line.label,
    verdictColor: line.color,
    hasQuestion: shown !== '',
    question: plainText(shown),
    answer: plainText(answer.answer),
    citations: answer.citations.map((c, i) => ({
      marker: answer.citations.length > 1 ? `[${i + 1}] ` : '',
      where: plainText(citationSource(c)),
      quote: plainText(`“${c.text}”`),
    })),
    // A "not covered" answer names who to ask in its own sentence when there is someone to ask, and an off-topic
    // question ("what time is lunch?") has no one the policy would name: a "Who to ask" line would contradict it.
    hasContact: answer.verdict !== 'not_covered' && answer.contact !== null && answer.contact.trim() !== '',
    contact: plainText(answer.contact ?? ''),
    reports: reportButtons(answer, opts.answerId),
    hasReports: answer.actions.length > 0,
    askFeedback: opts.feedback === 'ask',
    thanked: opts.feedback === 'thanks',
    answerId: opts.answerId,
    hasPolicyTitle: Boolean(opts.policyTitle),
    policyTitle: plainText(opts.policyTitle ?? ''),
  });
}

/** One Action.Execute per form the answer offers, carrying the engine's prefill and which answer it came from. */
function reportButtons(answer: Answer, answerId: string) {
  const seen = new Set<ReportForm>();
  const buttons: { title: string; verb: string; data: { prefill: Record<string, string>; answerId: string } }[] = [];
  for (const action of answer.actions) {
    if (seen.has(action.form)) continue;
    seen.add(action.form);
    buttons.push({
      title: action.label,
      verb: `${FORM_VERB_PREFIX[action.form]}.start`,
      data: { prefill: { ...action.prefill }, answerId },
    });
  }
  return buttons;
}

/** Teams shows at most this much of a citation's name and abstract. */
const CITATION_NAME_MAX = 80;
const CITATION_ABSTRACT_MAX = 160;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Teams' citation format (as teams-ai v1's SayCommand builds it): a schema.org Message entity with numbered
 * `citation` claims. It rides on the message that carries the card, with no text of its own: the Agents Playground
 * shows a message's text as a bubble of its own above the card, and Teams splits such a message in two
 * (MicrosoftDocs/msteams-docs#1998), so a "[1] [2]" line would repeat what the card already shows, each clause
 * quoted in full under the same number. Not marked AIGeneratedContent: the quote
 * is the school's own words, not generated text.
 */
export function citationEntity(answer: Answer, policyTitle?: string): Record<string, unknown> | null {
  if (answer.citations.length === 0) return null;
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    citation: answer.citations.map((c, i) => ({
      '@type': 'Claim',
      position: i + 1,
      appearance: {
        '@type': 'DigitalDocument',
        name: clip(plainText(citationSource(c)), CITATION_NAME_MAX),
        abstract: clip(plainText(c.text), CITATION_ABSTRACT_MAX),
        ...(policyTitle ? { keywords: [clip(policyTitle, 28)] } : {}),
      },
    })),
  };
}

/** The whole reply: one message, the card, with its clauses as Teams citations where there are any. */
export function answerMessage(answer: Answer, opts: AnswerCardOptions): Record<string, unknown> {
  const card = renderAnswerCard(answer, opts);
  const entity = citationEntity(answer, opts.policyTitle);
  return {
    type: 'message',
    ...(entity ? { entities: [entity] } : {}),
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
  };
}
