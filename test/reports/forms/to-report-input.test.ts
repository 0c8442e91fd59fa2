import { describe, expect, it } from 'vitest';
import { handleFormAction, REPORT_VERBS, startForm, toReportInput } from '../../../src/reports/forms/index.js';
import type { FormResult } from '../../../src/reports/forms/types.js';
import { ReportInputSchema } from '../../../src/reports/incident-service.js';

const now = new Date('2026-03-02T10:00:00Z');
const ctx = { now, newId: () => 'form-1' };
const reporter = { aadObjectId: '00000000-0000-0000-0000-000000000001', name: 'Jo Teacher' };

function go(r: FormResult, verb: string, step: string, values: Record<string, string>): FormResult {
  return handleFormAction(r.state, { verb, data: { formId: r.state!.formId, step, ...values } }, ctx);
}

describe('handing a report to the incident service', () => {
  it('when a friend request is submitted, then the service input parses and keeps the pupil name apart', () => {
    let r = startForm('friend_request', {}, ctx);
    r = go(r, 'report.friend.next', 'sender', { sender: 'current_pupil', senderName: 'Sam Pupil' });
    r = go(r, 'report.friend.next', 'request', { platform: 'x', occurredOn: '2026-02-28', response: 'ignored' });
    r = go(r, 'report.friend.next', 'details', { messagesExchanged: 'no', welfareWorry: 'yes', screenshotKept: 'no' });
    r = go(r, 'report.friend.submit', 'review', {});
    const input = toReportInput(r.submit!.report, reporter);
    const parsed = ReportInputSchema.parse(input);
    expect(parsed.category).toBe('friend_request');
    expect(parsed.severity).toBe('high');
    // The form asked a date: it stays a calendar day, never that day's midnight.
    expect(parsed.occurredAt).toEqual({ kind: 'date', date: '2026-02-28' });
    expect(parsed.pupilName).toBe('Sam Pupil');
    expect(parsed.reporter).toEqual(reporter);
    expect(JSON.stringify(parsed.answers)).not.toContain('Sam');
  });

  it('when an indecent-image report is submitted, then the service input parses as critical with no pupil name', () => {
    let r = startForm('abusive_post', {}, ctx);
    r = go(r, 'report.post.next', 'kind', { postKind: 'indecent_image' });
    r = go(r, 'report.post.next', 'image_where', { platform: 'snapchat', whoKnows: 'Only me' });
    r = go(r, 'report.post.submit', 'image_review', {});
    const parsed = ReportInputSchema.parse(toReportInput(r.submit!.report, reporter));
    expect(parsed).toMatchObject({ category: 'indecent_image', severity: 'critical', pupilName: null });
  });

  it.each([
    ['report.cancel', true],
    ['report.friend.start', true],
    ['report.post.submit', true],
    ['report.friend.back', true],
    ['reports.mine', false],
    ['report.friend', false],
    ['incident.ack', false],
    ['report.post.delete', false],
  ])('when the verb %s is matched for routing, then it is a report verb: %s', (verb, isReport) => {
    expect(REPORT_VERBS.test(verb)).toBe(isReport);
  });
});
