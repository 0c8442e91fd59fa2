import { describe, expect, it } from 'vitest';
import { abusivePostSeverity } from '../../../src/reports/forms/abusive-post.js';
import { handleFormAction, startForm } from '../../../src/reports/forms/flow.js';
import { renderConfirmationCard } from '../../../src/reports/forms/render.js';
import type { FormContext, FormResult, FormState } from '../../../src/reports/forms/types.js';
import { allText, errorUnder, firstBodyText, inputIds, inputs, type Node, textBlocks } from './card-helpers.js';

const now = new Date('2026-03-02T10:00:00Z');
function makeCtx(): FormContext {
  let n = 0;
  return { now, newId: () => `post-${++n}` };
}

function act(state: FormState | undefined, verb: string, data: unknown): FormResult {
  return handleFormAction(state, { verb, data }, makeCtx());
}
function step(r: FormResult, verb: string, stepId: string, values: Record<string, unknown> = {}): FormResult {
  return act(r.state, verb, { formId: r.state!.formId, step: stepId, ...values });
}

const WHERE = { platform: 'instagram', platformOther: '', link: 'https://instagram.com/p/abc' };
const WHO = { about: 'me', postedBy: 'parent', pupilName: '' };
const WHEN = { seenOn: '2026-03-02', evidence: 'link,screenshot', description: 'Says I should be sacked.' };

function chooseKind(kind: string): FormResult {
  return step(startForm('abusive_post', {}, makeCtx()), 'report.post.next', 'kind', { postKind: kind });
}

describe('abusive post form', () => {
  it('when it starts, then the kind is asked alone on the first step, after a calm first line', () => {
    const r = startForm('abusive_post', {}, makeCtx());
    expect(inputIds(r.card)).toEqual(['postKind']);
    expect(textBlocks(r.card)[1]).toMatch(/You have done the right thing by reporting this/);
  });

  it('when a harassing post about me is reported, then the report is medium severity with the evidence kept', () => {
    let r = chooseKind('harassment');
    r = step(r, 'report.post.next', 'where', WHERE);
    r = step(r, 'report.post.next', 'who', WHO);
    r = step(r, 'report.post.next', 'when', WHEN);
    expect(r.state!.step).toBe('review');
    const sent = step(r, 'report.post.submit', 'review');
    expect(sent.submit!.report).toMatchObject({
      category: 'abusive_post',
      severity: 'medium',
      occurredAt: '2026-03-02',
      answers: { postKind: 'harassment', platform: 'instagram', about: 'me', evidence: ['link', 'screenshot'] },
    });
    // The summary is read in the channel and in the exported record: words, not the stored option values.
    expect(sent.submit!.report.summary).toMatch(/; evidence kept: the link, a screenshot\.$/);
    expect(sent.submit!.idempotencyKey).toBe('post-1:submit');
  });

  it('when a post is about me, then the confirmation gives the no-engage guidance and the POSH helpline', () => {
    let r = chooseKind('threat');
    r = step(r, 'report.post.next', 'where', WHERE);
    r = step(r, 'report.post.next', 'who', WHO);
    r = step(r, 'report.post.next', 'when', WHEN);
    const sent = step(r, 'report.post.submit', 'review');
    const card = renderConfirmationCard(sent.submit!.report, { reference: 'SM-2026-0042', delivery: 'posted' });
    const text = allText(card);
    expect(text).toContain('Reference: SM-2026-0042');
    expect(text).toMatch(/Do not engage with or reply/);
    expect(text).toMatch(/Keep the evidence/);
    expect(text).toMatch(/Report it to the platform/);
    expect(text).toMatch(/Professionals Online Safety Helpline/);
    expect(text).toMatch(/has been alerted/);
    expect(JSON.stringify(card)).toContain('"verb":"reports.mine"');
  });

  it('when a post is about the school and the alerts channel is not set up, then POSH is not offered and the DSL will be reached', () => {
    let r = chooseKind('impersonation');
    r = step(r, 'report.post.next', 'where', WHERE);
    r = step(r, 'report.post.next', 'who', { ...WHO, about: 'school' });
    r = step(r, 'report.post.next', 'when', WHEN);
    const sent = step(r, 'report.post.submit', 'review');
    const card = renderConfirmationCard(sent.submit!.report, {
      reference: 'SM-2026-0043',
      delivery: 'no_channel',
    });
    expect(allText(card)).not.toMatch(/Professionals Online Safety Helpline/);
    expect(allText(card)).toMatch(/has not reached the safeguarding team yet: their alerts channel is not set up/);
    expect(allText(card)).toContain('Report stored');
    expect(allText(card)).not.toContain('Report sent');
  });

  it('when several evidence choices repeat or are unknown, then the evidence field says so', () => {
    let r = chooseKind('harassment');
    r = step(r, 'report.post.next', 'where', WHERE);
    r = step(r, 'report.post.next', 'who', WHO);
    const bad = step(r, 'report.post.next', 'when', { ...WHEN, evidence: 'link,upload' });
    expect(bad.state!.step).toBe('when');
    expect(errorUnder(bad.card, 'evidence')).toBe('Please choose one of the options shown.');
  });

  it('when the pupil is named, then the name is kept apart from the answers and out of the summary', () => {
    let r = chooseKind('pupil_images');
    r = step(r, 'report.post.next', 'where', WHERE);
    r = step(r, 'report.post.next', 'who', { about: 'pupil', postedBy: 'parent', pupilName: 'Alex Child' });
    r = step(r, 'report.post.next', 'when', WHEN);
    const report = step(r, 'report.post.submit', 'review').submit!.report;
    expect(report.pupilName).toBe('Alex Child');
    expect(JSON.stringify(report.answers)).not.toContain('Alex');
    expect(report.summary).not.toContain('Alex');
    expect(report.severity).toBe('high');
  });
});

describe('a child at immediate risk', () => {
  it('when "a child is at risk" is chosen, then the very first thing on the next card is call 999 and tell the DSL', () => {
    const r = chooseKind('child_at_risk');
    expect(r.state!.step).toBe('where');
    const first = (r.card.body as Node[])[0]!;
    expect(first.style).toBe('attention');
    expect(firstBodyText(r.card)).toMatch(
      /^If a child is in immediate danger, call 999 now\.\nThen tell the DSL in person, now\. This form is for the record afterwards\./,
    );
  });

  it('when the child-at-risk form is sent, then it is category child_at_risk, critical, and the confirmation starts with 999', () => {
    let r = chooseKind('child_at_risk');
    r = step(r, 'report.post.next', 'where', WHERE);
    expect(firstBodyText(r.card)).toMatch(/call 999/);
    r = step(r, 'report.post.next', 'who', { about: 'pupil', postedBy: 'unknown', pupilName: '' });
    r = step(r, 'report.post.next', 'when', WHEN);
    expect(firstBodyText(r.card)).toMatch(/call 999/);
    const sent = step(r, 'report.post.submit', 'review');
    expect(sent.submit!.report.category).toBe('child_at_risk');
    expect(sent.submit!.report.severity).toBe('critical');
    const guidance = textBlocks(renderConfirmationCard(sent.submit!.report, { reference: 'SM-2026-0044' }));
    expect(guidance.find((t) => t.startsWith('•'))).toMatch(/call 999/);
  });

  it('when any other kind is chosen, then no 999 banner is shown', () => {
    expect(allText(chooseKind('threat').card)).not.toMatch(/999/);
  });
});

const FILE_WORDS = /upload|attach|screenshot|evidence|photo|picture|file/i;
const DATA_URI = `data:image/png;base64,${'iVBORw0KGgo'.repeat(60)}`;

describe('something that may be an indecent image of a child', () => {
  it('when it is chosen, then the form changes at once: stop, do not view or copy, tell the DSL, police informed', () => {
    const r = chooseKind('indecent_image');
    expect(r.state!.step).toBe('image_where');
    const stop = firstBodyText(r.card);
    expect(stop).toMatch(/Stop\. Do not view it again\./);
    expect(stop).toMatch(
      /Do not screenshot, copy, save, print or forward it, and do not ask anyone to send it to you\./,
    );
    expect(stop).toMatch(/Tell the DSL now/);
    expect(stop).toMatch(/The school will inform the police/);
  });

  it('when its steps are shown, then they ask only where it is and who knows, with no upload or evidence question', () => {
    let r = chooseKind('indecent_image');
    expect(inputIds(r.card)).toEqual(['device', 'platform', 'link', 'whoKnows']);
    for (const input of inputs(r.card)) {
      expect(['Input.Text', 'Input.ChoiceSet']).toContain(input.type);
      expect(String(input.label)).not.toMatch(FILE_WORDS);
      for (const c of (input.choices as Node[] | undefined) ?? []) expect(String(c.title)).not.toMatch(FILE_WORDS);
    }
    expect(String(inputs(r.card).find((i) => i.id === 'link')!.label)).toMatch(/do not open it/);
    r = step(r, 'report.post.next', 'image_where', {
      device: 'A pupil’s phone',
      platform: 'snapchat',
      link: '',
      whoKnows: 'Only me',
    });
    expect(r.state!.step).toBe('image_review');
    expect(inputIds(r.card)).toEqual([]);
    expect(JSON.stringify(r.card)).not.toMatch(/Input\.|upload|attach/i);
  });

  it('when none of device, platform or link is given, then it asks for at least one', () => {
    const r = step(chooseKind('indecent_image'), 'report.post.next', 'image_where', { whoKnows: 'Only me' });
    expect(r.state!.step).toBe('image_where');
    expect(errorUnder(r.card, 'device')).toMatch(/at least one/);
  });

  it('when an image or attachment is injected into the submission, then it is refused and never kept', () => {
    const at = chooseKind('indecent_image');
    for (const extra of [
      { image: DATA_URI },
      { screenshot: 'yes' },
      { attachments: [{ contentType: 'image/png', contentUrl: DATA_URI }] },
    ]) {
      const r = step(at, 'report.post.next', 'image_where', { device: 'phone', ...extra });
      expect(r.state!.step).toBe('image_where');
      expect(allText(r.card)).toMatch(/does not ask for/);
      expect(JSON.stringify(r.state)).not.toMatch(/base64|image\/png|screenshot/);
    }
  });

  it('when a text box is used to carry an image, then the box is refused and the data is not stored', () => {
    const r = step(chooseKind('indecent_image'), 'report.post.next', 'image_where', {
      device: 'phone',
      whoKnows: DATA_URI,
    });
    expect(r.state!.step).toBe('image_where');
    expect(errorUnder(r.card, 'whoKnows')).toMatch(/words only/);
    expect(JSON.stringify(r.state)).not.toContain('base64');
    expect(JSON.stringify(r.card)).not.toContain('base64');
  });

  it('when it is sent, then the report is indecent_image, critical, and holds only where it is and who knows', () => {
    // Answers typed on the ordinary branch before switching kind must not ride along either.
    let r = chooseKind('harassment');
    r = step(r, 'report.post.next', 'where', WHERE);
    r = step(r, 'report.post.back', 'where', WHERE);
    r = step(r, 'report.post.next', 'kind', { postKind: 'indecent_image' });
    r = step(r, 'report.post.next', 'image_where', {
      device: 'A pupil’s phone',
      platform: 'snapchat',
      link: '',
      whoKnows: 'Only me',
    });
    const tampered = step(r, 'report.post.submit', 'image_review', { image: DATA_URI });
    expect(tampered.submit).toBeUndefined();
    const sent = step(r, 'report.post.submit', 'image_review');
    const report = sent.submit!.report;
    expect(report.category).toBe('indecent_image');
    expect(report.severity).toBe('critical');
    expect(report.occurredAt).toBe('2026-03-02');
    expect(Object.keys(report.answers).sort()).toEqual(['device', 'platform', 'postKind', 'whoKnows']);
    expect(report).not.toHaveProperty('pupilName');
    expect(JSON.stringify(report)).not.toMatch(/base64|screenshot|evidence|instagram/);
  });

  it('when its confirmation is shown, then it repeats do not view or share, and never asks to keep evidence', () => {
    let r = chooseKind('indecent_image');
    r = step(r, 'report.post.next', 'image_where', { platform: 'snapchat' });
    const report = step(r, 'report.post.submit', 'image_review').submit!.report;
    const text = allText(renderConfirmationCard(report, { reference: 'SM-2026-0045' }));
    expect(text).toMatch(/Do not view it again/);
    expect(text).toMatch(/inform the police/);
    expect(text).not.toMatch(/keep the evidence|take a screenshot/i);
  });
});

describe('abusive post severity', () => {
  it.each([
    [{ postKind: 'indecent_image' as const }, 'critical'],
    [{ postKind: 'child_at_risk' as const, about: 'me' as const }, 'critical'],
    [{ postKind: 'threat' as const, about: 'me' as const }, 'high'],
    [{ postKind: 'pupil_images' as const, about: 'school' as const }, 'high'],
    [{ postKind: 'harassment' as const, about: 'pupil' as const }, 'high'],
    [{ postKind: 'harassment' as const, about: 'colleague' as const }, 'medium'],
    [{ postKind: 'defamatory' as const, about: 'school' as const }, 'medium'],
    [{ postKind: 'impersonation' as const, about: 'me' as const }, 'medium'],
  ])('when the post is %o, then severity is %s', (input, expected) => {
    expect(abusivePostSeverity(input)).toBe(expected);
  });
});
