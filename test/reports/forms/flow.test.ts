import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/policy/answer.js';
import { handleFormAction, startForm } from '../../../src/reports/forms/flow.js';
import type { FormContext, FormResult, FormState } from '../../../src/reports/forms/types.js';
import { allText, errorUnder, inputIds, inputValue, textBlocks } from './card-helpers.js';

const now = new Date('2026-03-02T10:00:00Z');
function makeCtx(extra: Partial<FormContext> = {}): FormContext {
  let n = 0;
  return { now, newId: () => `form-${++n}`, ...extra };
}
const ctx = makeCtx();

const SENDER = { sender: 'current_pupil', senderName: 'Sam Pupil', senderClass: '9B' };
const REQUEST = { platform: 'snapchat', platformOther: '', occurredOn: '2026-03-01', response: 'declined' };
const DETAILS = { messagesExchanged: 'no', welfareWorry: 'no', screenshotKept: 'yes', anythingElse: '' };

function act(state: FormState | undefined, verb: string, data: unknown, c: FormContext = ctx): FormResult {
  return handleFormAction(state, { verb, data }, c);
}

function step(r: FormResult, verb: string, stepId: string, values: Record<string, unknown> = {}): FormResult {
  return act(r.state, verb, { formId: r.state!.formId, step: stepId, ...values });
}

function friendToReview(): FormResult {
  let r = startForm('friend_request', {}, makeCtx());
  r = step(r, 'report.friend.next', 'sender', SENDER);
  r = step(r, 'report.friend.next', 'request', REQUEST);
  return step(r, 'report.friend.next', 'details', DETAILS);
}

describe('friend request form', () => {
  it('when a member of staff starts it, then the first line thanks them calmly and asks who sent it', () => {
    const r = startForm('friend_request', {}, makeCtx());
    expect(r.state!.step).toBe('sender');
    expect(textBlocks(r.card)[1]).toMatch(/You have done the right thing by reporting this/);
    expect(inputIds(r.card)).toEqual(['sender', 'senderName', 'senderClass']);
    expect(allText(r.card)).not.toMatch(/fault|blame|should have|wrong of you/i);
  });

  it('when every step is answered, then the review shows the answers and submit returns one normalised report', () => {
    const review = friendToReview();
    expect(review.state!.step).toBe('review');
    expect(allText(review.card)).toContain('Sam Pupil');
    const sent = step(review, 'report.friend.submit', 'review');
    expect(sent.submit).toBeDefined();
    expect(sent.submit!.idempotencyKey).toBe('form-1:submit');
    expect(sent.submit!.report).toEqual({
      category: 'friend_request',
      severity: 'low',
      occurredAt: '2026-03-01',
      answers: {
        sender: 'current_pupil',
        senderClass: '9B',
        platform: 'snapchat',
        occurredOn: '2026-03-01',
        response: 'declined',
        messagesExchanged: 'no',
        welfareWorry: 'no',
        screenshotKept: 'yes',
      },
      summary:
        'Friend or message request from a current pupil on Snapchat; declined; no messages exchanged; no welfare worry.',
      pupilName: 'Sam Pupil',
    });
    expect(sent.submit!.report.summary).not.toContain('Sam');
  });

  it('when messages were exchanged and there is a welfare worry, then the submitted report is high severity', () => {
    let r = startForm('friend_request', {}, makeCtx());
    r = step(r, 'report.friend.next', 'sender', SENDER);
    r = step(r, 'report.friend.next', 'request', { ...REQUEST, response: 'replied' });
    r = step(r, 'report.friend.next', 'details', { ...DETAILS, messagesExchanged: 'yes', welfareWorry: 'yes' });
    expect(step(r, 'report.friend.submit', 'review').submit!.report.severity).toBe('high');
  });

  it('when the same submit arrives twice (double tap or Teams retry), then both carry the same report and key', () => {
    const review = friendToReview();
    const first = step(review, 'report.friend.submit', 'review');
    const second = step(first, 'report.friend.submit', 'review');
    expect(second.submit).toEqual(first.submit);
    expect(second.state!.submitted).toEqual(first.state!.submitted);
  });

  it('when Next is pressed on a card of a report already sent, then it says so and submits nothing', () => {
    const sent = step(friendToReview(), 'report.friend.submit', 'review');
    const again = step(sent, 'report.friend.next', 'details', DETAILS);
    expect(again.submit).toBeUndefined();
    expect(allText(again.card)).toMatch(/already been stored/);
  });
});

describe('validation keeps what was typed', () => {
  function atRequest(): FormResult {
    return step(startForm('friend_request', {}, makeCtx()), 'report.friend.next', 'sender', SENDER);
  }

  it('when a required answer is missing, then the same step comes back with a message under that field and the rest kept', () => {
    const r = step(startForm('friend_request', {}, makeCtx()), 'report.friend.next', 'sender', {
      senderName: 'Sam Pupil',
      senderClass: '',
    });
    expect(r.state!.step).toBe('sender');
    expect(errorUnder(r.card, 'sender')).toBe('Please answer this.');
    expect(inputValue(r.card, 'senderName')).toBe('Sam Pupil');
    expect(textBlocks(r.card).some((t) => /need a change/.test(t))).toBe(true);
  });

  it.each([
    ['an empty string is sent for a required choice', { response: '' }, 'response', /^Please answer this\.$/],
    ['the date is in the future by the injected clock', { occurredOn: '2026-03-03' }, 'occurredOn', /in the future/],
    ['a date is not a real date', { occurredOn: '2026-02-30' }, 'occurredOn', /not a real date/],
    [
      'a choice is not one of the options',
      { platform: 'myspace' },
      'platform',
      /^Please choose one of the options shown\.$/,
    ],
  ])(
    'when %s, then the step comes back with a message under that field and the other answers kept',
    (_what, change, field, message) => {
      const r = step(atRequest(), 'report.friend.next', 'request', { ...REQUEST, ...change });
      expect(r.state!.step).toBe('request');
      expect(errorUnder(r.card, field)).toMatch(message);
      for (const [id, value] of Object.entries(REQUEST)) {
        if (id !== field && value !== '') expect(inputValue(r.card, id)).toBe(value);
      }
    },
  );

  it('when a date is refused, then the date as typed stays in its box', () => {
    const r = step(atRequest(), 'report.friend.next', 'request', { ...REQUEST, occurredOn: '2026-03-03' });
    expect(inputValue(r.card, 'occurredOn')).toBe('2026-03-03');
  });

  it('when today is picked late in the evening UK time, then it is not called the future', () => {
    const lateBst = new Date('2026-06-10T23:30:00Z'); // 00:30 on 11 June in London
    let r = startForm('friend_request', {}, makeCtx({ now: lateBst }));
    r = act(
      r.state,
      'report.friend.next',
      { formId: r.state!.formId, step: 'sender', ...SENDER },
      makeCtx({ now: lateBst }),
    );
    r = act(
      r.state,
      'report.friend.next',
      { formId: r.state!.formId, step: 'request', ...REQUEST, occurredOn: '2026-06-11' },
      makeCtx({ now: lateBst }),
    );
    expect(r.state!.step).toBe('details');
  });

  it('when a text field holds 100 KB, then it says the length and the limit and keeps the first 2,000 characters', () => {
    let r = step(atRequest(), 'report.friend.next', 'request', REQUEST);
    r = step(r, 'report.friend.next', 'details', {
      ...DETAILS,
      anythingElse: 'I am worried. '.repeat(8_000).slice(0, 102_400),
    });
    expect(r.state!.step).toBe('details');
    expect(errorUnder(r.card, 'anythingElse')).toMatch(/102,400 characters; the limit is 2,000/);
    expect(String(inputValue(r.card, 'anythingElse'))).toHaveLength(2000);
    expect(r.state!.values.anythingElse).toHaveLength(2000);
    expect(JSON.stringify(r.card).length).toBeLessThan(28_000);
  });

  it('when a name is over 100 characters, then the name field says so', () => {
    const r = step(startForm('friend_request', {}, makeCtx()), 'report.friend.next', 'sender', {
      ...SENDER,
      senderName: 'n'.repeat(101),
    });
    expect(errorUnder(r.card, 'senderName')).toMatch(/101 characters; the limit is 100/);
  });

  it('when a choice arrives as an object instead of text, then it is refused without crashing', () => {
    const r = step(atRequest(), 'report.friend.next', 'request', { ...REQUEST, platform: { $gt: '' } });
    expect(r.state!.step).toBe('request');
    expect(errorUnder(r.card, 'platform')).toBeDefined();
    expect(r.state!.values.platform).toBe('');
  });

  it('when the card sends a field it does not ask for, then the step is refused with a message and the answers kept', () => {
    const r = step(atRequest(), 'report.friend.next', 'request', { ...REQUEST, isAdmin: 'true' });
    expect(r.state!.step).toBe('request');
    expect(textBlocks(r.card)[2]).toMatch(/does not ask for/);
    expect(inputValue(r.card, 'platform')).toBe('snapchat');
    expect(r.state!.values).not.toHaveProperty('isAdmin');
  });

  it.each(['report.friend.delete', 'report.post.next', 'admin.close', ''])(
    'when the verb is tampered with ("%s"), then the current step is shown again with a message and nothing is lost',
    (verb) => {
      const at = step(atRequest(), 'report.friend.next', 'request', REQUEST);
      const r = act(at.state, verb, { formId: at.state!.formId, step: 'details', ...DETAILS });
      expect(r.state).toEqual(at.state);
      expect(allText(r.card)).toMatch(/did not match this form/);
    },
  );

  it('when the step id does not exist, then it says the card did not match and keeps everything', () => {
    const at = atRequest();
    const r = act(at.state, 'report.friend.next', { formId: at.state!.formId, step: 'payment', ...REQUEST });
    expect(r.state).toEqual(at.state);
    expect(allText(r.card)).toMatch(/did not match this form/);
  });

  it('when a step not reached yet is named, then it refuses to skip ahead', () => {
    const at = startForm('friend_request', {}, makeCtx());
    const r = act(at.state, 'report.friend.next', { formId: at.state!.formId, step: 'details', ...DETAILS });
    expect(r.state!.step).toBe('sender');
    expect(allText(r.card)).toMatch(/not open yet/);
  });

  it('when submit is sent from an answer step, then nothing is submitted', () => {
    const at = atRequest();
    const r = act(at.state, 'report.friend.submit', { formId: at.state!.formId, step: 'request', ...REQUEST });
    expect(r.submit).toBeUndefined();
    expect(allText(r.card)).toMatch(/did not match/);
  });

  it('when the review is submitted with an extra field, then nothing is submitted', () => {
    const review = friendToReview();
    const r = step(review, 'report.friend.submit', 'review', { note: 'x' });
    expect(r.submit).toBeUndefined();
    expect(r.state!.step).toBe('review');
  });

  it('when the data is not an object at all, then it is treated as a mismatch, not a crash', () => {
    const at = atRequest();
    const r = act(at.state, 'report.friend.next', 'not an object');
    expect(r.state).toEqual(at.state);
  });

  it('when a card from an older form is pressed, then the report in progress is shown and kept', () => {
    const at = atRequest();
    const r = act(at.state, 'report.friend.next', { formId: 'old-form', step: 'sender', ...SENDER });
    expect(r.state).toEqual(at.state);
    expect(allText(r.card)).toMatch(/no longer open/);
  });

  it('when there is no form in progress, then a Next says the form is closed and offers to start again', () => {
    const r = act(undefined, 'report.friend.next', { formId: 'gone', step: 'sender', ...SENDER });
    expect(r.state).toBeUndefined();
    expect(allText(r.card)).toMatch(/no longer open/);
  });

  it('when the stored state is not a form state, then it is ignored rather than trusted', () => {
    const r = act({ nonsense: true } as unknown as FormState, 'report.friend.next', { formId: 'x', step: 'sender' });
    expect(r.state).toBeUndefined();
  });
});

describe('back, cancel, resume', () => {
  it('when Back is pressed, then the previous step shows its answers and the current step keeps what was typed', () => {
    let r = startForm('friend_request', {}, makeCtx());
    r = step(r, 'report.friend.next', 'sender', SENDER);
    r = step(r, 'report.friend.back', 'request', { ...REQUEST, platform: 'tiktok', occurredOn: '' });
    expect(r.state!.step).toBe('sender');
    expect(inputValue(r.card, 'sender')).toBe('current_pupil');
    expect(inputValue(r.card, 'senderName')).toBe('Sam Pupil');
    r = step(r, 'report.friend.next', 'sender', SENDER);
    expect(r.state!.step).toBe('request');
    expect(inputValue(r.card, 'platform')).toBe('tiktok');
    expect(errorUnder(r.card, 'occurredOn')).toBeUndefined();
  });

  it('when Back is pressed from the review, then the last answer step shows its answers', () => {
    const r = step(friendToReview(), 'report.friend.back', 'review');
    expect(r.state!.step).toBe('details');
    expect(inputValue(r.card, 'screenshotKept')).toBe('yes');
  });

  it('when Cancel is pressed, then the form is discarded', () => {
    const at = step(startForm('friend_request', {}, makeCtx()), 'report.friend.next', 'sender', SENDER);
    const r = act(at.state, 'report.cancel', { formId: at.state!.formId, step: 'request' });
    expect(r.state).toBeUndefined();
    expect(r.submit).toBeUndefined();
    expect(allText(r.card)).toMatch(/Nothing was sent/);
  });

  it('when Cancel is pressed on an old card, then the report in progress is kept', () => {
    const at = step(startForm('friend_request', {}, makeCtx()), 'report.friend.next', 'sender', SENDER);
    const r = act(at.state, 'report.cancel', { formId: 'another', step: 'request' });
    expect(r.state).toEqual(at.state);
  });

  it('when the state went through storage as JSON (a restart), then the form carries on where it was', () => {
    const at = step(startForm('friend_request', {}, makeCtx()), 'report.friend.next', 'sender', SENDER);
    const restored = JSON.parse(JSON.stringify(at.state)) as FormState;
    let r = act(restored, 'report.friend.next', { formId: restored.formId, step: 'request', ...REQUEST });
    r = step(r, 'report.friend.next', 'details', DETAILS);
    expect(step(r, 'report.friend.submit', 'review').submit!.report.pupilName).toBe('Sam Pupil');
  });

  it('when a form is started while another is in progress, then the one in progress is shown, not lost', () => {
    const at = step(startForm('friend_request', {}, makeCtx()), 'report.friend.next', 'sender', SENDER);
    const r = act(at.state, 'report.post.start', {});
    expect(r.state!.formId).toBe(at.state!.formId);
    expect(r.state!.step).toBe('request');
    expect(allText(r.card)).toMatch(/already have a report in progress/);
  });

  it('when a Next is retried for a step already passed, then the same answers move on again without a warning', () => {
    const first = step(startForm('friend_request', {}, makeCtx()), 'report.friend.next', 'sender', SENDER);
    const retry = act(first.state, 'report.friend.next', { formId: first.state!.formId, step: 'sender', ...SENDER });
    expect(retry.state).toEqual(first.state);
    expect(allText(retry.card)).not.toMatch(/did not match/);
  });
});

const answer: Answer = {
  question: 'a Year 9 sent me a Snapchat request **what now** <at>Head</at>',
  verdict: 'not_allowed',
  answer: 'Decline the request, do not reply, and keep a record.',
  citations: [
    {
      section: '6.2.1',
      heading: '6. Personal use of social media',
      text: 'Staff must not accept friend requests from pupils or former pupils under 18.',
    },
  ],
  contact: 'the Designated Safeguarding Lead',
  actions: [
    {
      form: 'friend_request',
      label: 'Report this request',
      prefill: { platform: 'Snapchat', sender: 'pupil', year: 'Year 9' },
    },
  ],
};

describe('pre-fill and policy advice', () => {
  it('when started from a policy answer, then the form is pre-filled from its prefill and the review quotes the clause after the reporter’s account', () => {
    const c = makeCtx({ policyAdvice: answer });
    let r = startForm('friend_request', answer.actions[0]!.prefill, c);
    expect(inputValue(r.card, 'sender')).toBe('current_pupil');
    expect(inputValue(r.card, 'senderClass')).toBe('Year 9');
    r = act(
      r.state,
      'report.friend.next',
      { formId: r.state!.formId, step: 'sender', sender: 'current_pupil' },
      makeCtx(),
    );
    expect(inputValue(r.card, 'platform')).toBe('snapchat');
    r = step(r, 'report.friend.next', 'request', REQUEST);
    r = step(r, 'report.friend.next', 'details', DETAILS);
    const text = allText(r.card);
    // The reporter's account comes first; the policy follows as its clauses, with no verdict on the reporter.
    expect(text.indexOf('What you told us')).toBeGreaterThan(-1);
    expect(text.indexOf('What you told us')).toBeLessThan(text.indexOf('For reference: your school’s policy'));
    expect(text).toContain('Reporting this is the right thing to do.');
    expect(text).not.toContain('Not allowed');
    expect(text).not.toContain('Decline the request, do not reply, and keep a record.');
    expect(text).toContain('6.2.1 6. Personal use of social media');
    expect(text).toContain('“Staff must not accept friend requests from pupils or former pupils under 18.”');
    expect(text).toContain('Who to ask: the Designated Safeguarding Lead');
  });

  it('when the start button carries a prefill, then the start verb pre-fills the same way', () => {
    const r = act(undefined, 'report.friend.start', { prefill: { platform: 'insta', from: 'Parent' } });
    expect(r.state!.values).toEqual({ platform: 'instagram', sender: 'parent_carer' });
  });

  it('when no policy advice is available, then the review says the DSL will advise rather than inventing a rule', () => {
    const r = friendToReview();
    expect(allText(r.card)).toMatch(/policy advice could not be shown here/);
  });
});
