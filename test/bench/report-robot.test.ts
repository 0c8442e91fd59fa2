import { describe, expect, it } from 'vitest';
import { fillInputs, forwardAction } from '../../bench/report-e2e.js';
import { handleFormAction } from '../../src/reports/forms/flow.js';
import type { FormState } from '../../src/reports/forms/types.js';

// The report benchmark plays whatever cards the bot shows. Played against the real form state machine, it
// must get from "start" to a valid submission, or the end-to-end figure could never be measured.
describe('bench report robot', () => {
  it('when it plays the friend-request form card by card, then the form ends in a valid submission', () => {
    const ctx = { now: new Date('2026-03-02T10:00:00Z') };
    let result = handleFormAction(undefined, { verb: 'report.friend.start', data: {} }, ctx);
    let state: FormState | undefined = result.state;
    const verbs: string[] = [];
    for (let step = 0; step < 15 && !result.submit; step++) {
      const action = forwardAction(result.card);
      expect(action, `a forward action on step ${step}`).toBeDefined();
      if (!action) break;
      verbs.push(action.verb);
      result = handleFormAction(
        state,
        { verb: action.verb, data: { ...action.data, ...fillInputs(result.card, ctx.now) } },
        ctx,
      );
      state = result.state;
    }
    expect(verbs.at(-1)).toBe('report.friend.submit');
    expect(result.submit?.report.category).toBeDefined();
  });

  it('when a card has only Back and Cancel, then there is no forward action', () => {
    const card = {
      type: 'AdaptiveCard',
      actions: [
        { type: 'Action.Execute', verb: 'report.friend.back', data: {} },
        { type: 'Action.Execute', verb: 'report.cancel', data: {} },
      ],
    };
    expect(forwardAction(card)).toBeUndefined();
  });
});
