import { describe, expect, it } from 'vitest';
import {
  type AlertDelivery,
  alertDeliveryOf,
  deliveryWords,
  NOT_YET_DELIVERED,
  SENT,
} from '../../src/reports/alert-delivery.js';
import type { IncidentEvent } from '../../src/reports/incident.js';

const posted = { activityId: '1:abc', conversationId: '19:alerts;messageid=1' };
const failed: Pick<IncidentEvent, 'type' | 'data'> = { type: 'alert_failed', data: { status: 502, willRetry: true } };
const postGivenUp: Pick<IncidentEvent, 'type' | 'data'> = {
  type: 'alert_dead_lettered',
  data: { kind: 'alert.post', reason: '403: forbidden' },
};
const noticeGivenUp: Pick<IncidentEvent, 'type' | 'data'> = {
  type: 'alert_dead_lettered',
  data: { kind: 'reporter.notify', reason: 'no personal conversation reference' },
};

describe('alertDeliveryOf', () => {
  it.each<[string, typeof posted | null, Pick<IncidentEvent, 'type' | 'data'>[], boolean, AlertDelivery]>([
    ['the alert was posted', posted, [], true, 'posted'],
    ['the alert was posted after a failed try', posted, [failed], true, 'posted'],
    ['no channel is set', null, [], false, 'no_channel'],
    ['the channel is set and nothing failed yet', null, [], true, 'sending'],
    ['a try failed and the relay retries', null, [failed], true, 'retrying'],
    ['the post was given up', null, [failed, postGivenUp], true, 'given_up'],
    ['the post was given up and the channel since removed', null, [postGivenUp], false, 'given_up'],
    ['only a message to the reporter was given up', null, [noticeGivenUp], true, 'sending'],
  ])('when %s, then the delivery is %s', (_when, alert, events, channelSet, expected) => {
    expect(alertDeliveryOf({ alert }, events, channelSet)).toBe(expected);
  });
});

describe('deliveryWords', () => {
  it.each<[AlertDelivery, boolean, string, RegExp]>([
    ['posted', true, SENT, /has been alerted/],
    ['no_channel', false, NOT_YET_DELIVERED, /alerts channel is not set up\. Please speak to the DSL/],
    ['sending', false, NOT_YET_DELIVERED, /still being sent\. Please speak to the DSL/],
    ['retrying', false, NOT_YET_DELIVERED, /being tried again\. Please speak to the DSL/],
    ['given_up', false, NOT_YET_DELIVERED, /could not be delivered\. Please speak to the DSL now/],
  ])(
    'when the delivery is %s, then delivered is %s and the reporter reads "%s"',
    (delivery, delivered, status, next) => {
      const words = deliveryWords(delivery);
      expect(words.delivered).toBe(delivered);
      expect(words.status).toBe(status);
      expect(words.next).toMatch(next);
      if (!delivered) expect(words.next).not.toMatch(/sent to|has been alerted/i);
    },
  );
});
