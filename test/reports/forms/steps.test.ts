import { describe, expect, it } from 'vitest';
import {
  ABOUT_LABELS,
  EVIDENCE_LABELS,
  POST_KIND_LABELS,
  POSTED_BY_LABELS,
} from '../../../src/reports/forms/abusive-post.js';
import { YES_NO_LABELS } from '../../../src/reports/forms/fields.js';
import { FORM_STEPS, handleFormAction, startForm } from '../../../src/reports/forms/flow.js';
import { PLATFORM_LABELS, RESPONSE_LABELS, SENDER_LABELS } from '../../../src/reports/forms/friend-request.js';
import { renderStepCard } from '../../../src/reports/forms/render.js';
import { stepInputIds } from '../../../src/reports/forms/steps.js';
import type { FormContext, FormKind, FormResult, FormState } from '../../../src/reports/forms/types.js';
import { actions, allText, elements, inputIds, inputs, type Node } from './card-helpers.js';

const now = new Date('2026-03-02T10:00:00Z');

function stateFor(kind: FormKind, stepId: string, values: Record<string, string> = {}): FormState {
  return { v: 1, formId: 'form-x', kind, step: stepId, visited: [stepId], values, startedAt: now.toISOString() };
}

const CHOICE_LABELS: Record<string, Record<string, string>> = {
  sender: SENDER_LABELS,
  platform: PLATFORM_LABELS,
  response: RESPONSE_LABELS,
  messagesExchanged: YES_NO_LABELS,
  welfareWorry: YES_NO_LABELS,
  screenshotKept: YES_NO_LABELS,
  postKind: POST_KIND_LABELS,
  about: ABOUT_LABELS,
  postedBy: POSTED_BY_LABELS,
  evidence: EVIDENCE_LABELS,
};

const ALL = (Object.keys(FORM_STEPS) as FormKind[]).flatMap((kind) => FORM_STEPS[kind].map((s) => [kind, s] as const));

describe.each(ALL)('%s step %o', (kind, step) => {
  const card = renderStepCard(stateFor(kind, step.id), step, { index: 0, total: 1 }, now, {});

  it('when rendered, then its Input ids are exactly the keys of its zod schema without formId and step', () => {
    const ids = inputIds(card);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...stepInputIds(step, now)].sort());
  });

  it('when rendered, then every button routes to this step of this form with a known verb', () => {
    const prefix = kind === 'friend_request' ? 'report.friend' : 'report.post';
    const execs = actions(card).filter((a) => a.type === 'Action.Execute');
    expect(execs.length).toBeGreaterThanOrEqual(2);
    for (const a of execs) {
      expect(String(a.verb)).toMatch(
        new RegExp(`^(${prefix.replace('.', '\\.')}\\.(next|back|submit)|report\\.cancel)$`),
      );
      expect(a.data).toEqual({ formId: 'form-x', step: step.id });
    }
    const cancel = execs.find((a) => a.verb === 'report.cancel');
    expect(cancel?.associatedInputs).toBe('none');
  });

  it('when rendered, then each choice set offers exactly the schema choices with the labels used in summaries', () => {
    for (const input of inputs(card).filter((i) => i.type === 'Input.ChoiceSet')) {
      const labels = CHOICE_LABELS[String(input.id)];
      expect(labels, `labels for ${String(input.id)}`).toBeDefined();
      const choices = (input.choices as Node[]).map((c) => [c.value, c.title]);
      expect(choices).toEqual(Object.entries(labels!));
      const schema = step.schema(now);
      for (const [value] of choices) {
        expect(schema.shape[String(input.id)].safeParse(value).success).toBe(true);
      }
      expect(schema.shape[String(input.id)].safeParse('not-a-choice').success).toBe(false);
    }
  });

  it('when rendered, then each text box states its limit and enforces the same limit as the schema', () => {
    const schema = step.schema(now);
    for (const input of inputs(card).filter((i) => i.type === 'Input.Text')) {
      const max = Number(input.maxLength);
      expect(String(input.label)).toContain(`up to ${max.toLocaleString('en-GB')} characters`);
      const field = schema.shape[String(input.id)];
      const words = (n: number) => 'word '.repeat(n).slice(0, n);
      expect(field.safeParse(words(max)).success).toBe(true);
      expect(field.safeParse(`${words(max)}x`).success).toBe(false);
    }
  });

  it('when rendered, then date inputs cannot be set after today', () => {
    for (const input of inputs(card).filter((i) => i.type === 'Input.Date')) expect(input.max).toBe('2026-03-02');
  });
});

const HOSTILE = '**bold** [tap me](https://evil.example/x) <at>Headteacher</at> www.evil.example _x_ # h';

function hostileWalk(kind: FormKind, answers: [string, Record<string, string>][]): Record<string, unknown>[] {
  let n = 0;
  const ctx: FormContext = { now, newId: () => `f${++n}` };
  const cards: Record<string, unknown>[] = [];
  let r: FormResult = startForm(kind, {}, ctx);
  cards.push(r.card);
  const prefix = kind === 'friend_request' ? 'report.friend' : 'report.post';
  for (const [stepId, values] of answers) {
    // First an invalid submission (extra field) so the re-rendered card with kept values is checked too.
    cards.push(
      handleFormAction(
        r.state,
        { verb: `${prefix}.next`, data: { formId: r.state!.formId, step: stepId, ...values, x: 1 } },
        ctx,
      ).card,
    );
    r = handleFormAction(
      r.state,
      { verb: `${prefix}.next`, data: { formId: r.state!.formId, step: stepId, ...values } },
      ctx,
    );
    cards.push(r.card);
  }
  expect(r.state!.step).toMatch(/review/);
  return cards;
}

function expectNoLiveText(card: unknown): void {
  for (const el of elements(card)) {
    if (el.type === 'TextBlock' || el.type === 'Fact') {
      const text = String(el.text ?? el.value ?? '');
      expect(text).not.toContain('**bold**');
      expect(text).not.toContain('](');
      expect(text).not.toContain('<at>');
      expect(text).not.toContain('://');
    }
    if (el.type === 'TextRun') {
      // TextRuns are never markdown; links are still broken so nothing typed becomes tappable.
      expect(String(el.text)).not.toContain('://');
      expect(String(el.text)).not.toMatch(/www\.evil/);
    }
  }
}

const HOSTILE_WALKS: [string, FormKind, [string, Record<string, string>][]][] = [
  [
    'friend-request',
    'friend_request',
    [
      ['sender', { sender: 'other', senderName: HOSTILE.slice(0, 100), senderClass: HOSTILE.slice(0, 50) }],
      [
        'request',
        { platform: 'other', platformOther: HOSTILE.slice(0, 100), occurredOn: '2026-03-01', response: 'ignored' },
      ],
      ['details', { messagesExchanged: 'no', welfareWorry: 'no', screenshotKept: 'no', anythingElse: HOSTILE }],
    ],
  ],
  [
    'abusive-post',
    'abusive_post',
    [
      ['kind', { postKind: 'harassment' }],
      ['where', { platform: 'other', platformOther: HOSTILE.slice(0, 100), link: HOSTILE }],
      ['who', { about: 'pupil', postedBy: 'unknown', pupilName: HOSTILE.slice(0, 100) }],
      ['when', { seenOn: '2026-03-01', evidence: '', description: HOSTILE }],
    ],
  ],
  [
    'indecent-image',
    'abusive_post',
    [
      ['kind', { postKind: 'indecent_image' }],
      ['image_where', { device: HOSTILE, link: HOSTILE, whoKnows: HOSTILE }],
    ],
  ],
];

describe('text a user typed', () => {
  it.each(HOSTILE_WALKS)(
    'when %s text holds markdown, links and mentions, then no card shows it as live text',
    (_name, kind, steps) => {
      for (const card of hostileWalk(kind, steps)) expectNoLiveText(card);
    },
  );

  it('when a typed mention is shown back on the review, then it is plain text', () => {
    const cards = hostileWalk('friend_request', [
      ['sender', { sender: 'other', senderName: HOSTILE.slice(0, 100), senderClass: HOSTILE.slice(0, 50) }],
      [
        'request',
        { platform: 'other', platformOther: HOSTILE.slice(0, 100), occurredOn: '2026-03-01', response: 'ignored' },
      ],
      ['details', { messagesExchanged: 'no', welfareWorry: 'no', screenshotKept: 'no', anythingElse: HOSTILE }],
    ]);
    expect(allText(cards.at(-1))).toContain('<at>Headteacher</at>');
  });
});
