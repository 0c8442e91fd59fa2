import { describe, expect, it } from 'vitest';
import { friendRequestSeverity } from '../../../src/reports/forms/friend-request.js';
import { mapPrefill } from '../../../src/reports/forms/prefill.js';

describe('friend request severity', () => {
  it.each([
    [{ response: 'declined', messagesExchanged: 'no', welfareWorry: 'no' }, 'low'],
    [{ response: 'ignored', messagesExchanged: 'no', welfareWorry: 'no' }, 'low'],
    [{ response: 'declined', messagesExchanged: 'yes', welfareWorry: 'no' }, 'medium'],
    [{ response: 'accepted_by_mistake', messagesExchanged: 'no', welfareWorry: 'no' }, 'medium'],
    [{ response: 'replied', messagesExchanged: 'no', welfareWorry: 'no' }, 'medium'],
    [{ response: 'declined', messagesExchanged: 'no', welfareWorry: 'yes' }, 'high'],
    [{ response: 'replied', messagesExchanged: 'yes', welfareWorry: 'yes' }, 'high'],
  ] as const)('when the answers are %o, then severity is %s', (input, expected) => {
    expect(friendRequestSeverity(input)).toBe(expected);
  });
});

describe('prefill from the policy engine', () => {
  it('when the prefill uses everyday words, then they map to the form choices', () => {
    expect(mapPrefill('friend_request', { platform: 'Snapchat', sender: 'pupil' })).toEqual({
      platform: 'snapchat',
      sender: 'current_pupil',
    });
    expect(mapPrefill('friend_request', { Platform: 'Twitter', From: 'a parent', response: 'Accepted' })).toEqual({
      platform: 'x',
      sender: 'parent_carer',
      response: 'accepted_by_mistake',
    });
    expect(mapPrefill('friend_request', { app: 'tik tok', who: 'Parent or carer', Response: 'replied' })).toEqual({
      platform: 'tiktok',
      sender: 'parent_carer',
      response: 'replied',
    });
  });

  it('when the prefill names an exact choice value, then it is taken as it is', () => {
    expect(mapPrefill('friend_request', { sender: 'former_pupil_under_18' })).toEqual({
      sender: 'former_pupil_under_18',
    });
  });

  it('when a word is ambiguous or unknown, then that field is left for the person to choose', () => {
    expect(mapPrefill('friend_request', { sender: 'former pupil', platform: 'myspace', colour: 'red' })).toEqual({});
  });

  it('when the prefill is not a record of strings, then nothing is pre-filled', () => {
    expect(mapPrefill('friend_request', null)).toEqual({});
    expect(mapPrefill('friend_request', ['snapchat'])).toEqual({});
    expect(mapPrefill('friend_request', { platform: 3 })).toEqual({});
  });

  it('when a year group is given, then it fills the class box within its limit', () => {
    expect(mapPrefill('friend_request', { year: 'Year 9' })).toEqual({ senderClass: 'Year 9' });
    expect(mapPrefill('friend_request', { year: 'y'.repeat(80) }).senderClass).toHaveLength(50);
  });

  it('when the abusive-post form is pre-filled, then platform, target, poster and kind map', () => {
    expect(mapPrefill('abusive_post', { platform: 'FB', about: 'myself', poster: 'parent', kind: 'bullying' })).toEqual(
      { platform: 'facebook', about: 'me', postedBy: 'parent', postKind: 'harassment' },
    );
  });
});
