import { z } from 'zod';
import type { Severity } from '../incident.js';
import {
  LIMITS,
  optionalText,
  pastOrTodayDate,
  requiredChoice,
  routing,
  YES_NO,
  YES_NO_LABELS,
  type YesNo,
} from './fields.js';
import type { FormSubmission, StepDef } from './types.js';

/** The friend / follow / message request form: who, where and when, what happened, then review. */

export const SENDERS = [
  'current_pupil',
  'former_pupil_under_18',
  'former_pupil_over_18',
  'parent_carer',
  'other',
] as const;
export type Sender = (typeof SENDERS)[number];
export const SENDER_LABELS: Record<Sender, string> = {
  current_pupil: 'A current pupil',
  former_pupil_under_18: 'A former pupil, under 18',
  former_pupil_over_18: 'A former pupil, 18 or over',
  parent_carer: 'A parent or carer',
  other: 'Someone else',
};

export const PLATFORMS = ['facebook', 'instagram', 'snapchat', 'tiktok', 'whatsapp', 'x', 'linkedin', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];
export const PLATFORM_LABELS: Record<Platform, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  snapchat: 'Snapchat',
  tiktok: 'TikTok',
  whatsapp: 'WhatsApp',
  x: 'X (Twitter)',
  linkedin: 'LinkedIn',
  other: 'Other',
};

export const RESPONSES = ['declined', 'ignored', 'accepted_by_mistake', 'replied'] as const;
export type StaffResponse = (typeof RESPONSES)[number];
export const RESPONSE_LABELS: Record<StaffResponse, string> = {
  declined: 'I declined it',
  ignored: 'I ignored it',
  accepted_by_mistake: 'I accepted it by mistake',
  replied: 'I replied',
};

export const FRIEND_LIMITS = { senderName: LIMITS.name, senderClass: 50, platformOther: LIMITS.name } as const;

export const friendSteps = {
  sender: {
    id: 'sender',
    template: 'report-friend-sender',
    title: 'Who sent it',
    schema: () =>
      z
        .object({
          ...routing('sender'),
          sender: requiredChoice(SENDERS),
          senderName: optionalText(FRIEND_LIMITS.senderName),
          senderClass: optionalText(FRIEND_LIMITS.senderClass),
        })
        .strict(),
  },
  request: {
    id: 'request',
    template: 'report-friend-request',
    title: 'Where and when',
    schema: (now: Date) =>
      z
        .object({
          ...routing('request'),
          platform: requiredChoice(PLATFORMS),
          platformOther: optionalText(FRIEND_LIMITS.platformOther),
          occurredOn: pastOrTodayDate(now),
          response: requiredChoice(RESPONSES),
        })
        .strict(),
  },
  details: {
    id: 'details',
    template: 'report-friend-details',
    title: 'What happened',
    schema: () =>
      z
        .object({
          ...routing('details'),
          messagesExchanged: requiredChoice(YES_NO),
          welfareWorry: requiredChoice(YES_NO),
          screenshotKept: requiredChoice(YES_NO),
          anythingElse: optionalText(LIMITS.text),
        })
        .strict(),
  },
  review: {
    id: 'review',
    template: 'report-friend-review',
    title: 'Check and send',
    schema: () => z.object({ ...routing('review') }).strict(),
  },
} satisfies Record<string, StepDef>;

export const FRIEND_STEP_ORDER: StepDef[] = [
  friendSteps.sender,
  friendSteps.request,
  friendSteps.details,
  friendSteps.review,
];

/**
 * How urgent a friend request is for the safeguarding team. A worry about the child's welfare comes first;
 * any two-way contact (messages, accepting, replying) matters more than a request that was turned away.
 */
export function friendRequestSeverity(a: {
  response: StaffResponse;
  messagesExchanged: YesNo;
  welfareWorry: YesNo;
}): Severity {
  if (a.welfareWorry === 'yes') return 'high';
  if (a.messagesExchanged === 'yes' || a.response === 'accepted_by_mistake' || a.response === 'replied') {
    return 'medium';
  }
  return 'low';
}

const PUPIL_SENDERS: readonly Sender[] = ['current_pupil', 'former_pupil_under_18', 'former_pupil_over_18'];

/** Parsed answers of every step, as the flow hands them over after re-validating the whole form. */
export interface FriendAnswers {
  sender: Sender;
  senderName?: string;
  senderClass?: string;
  platform: Platform;
  platformOther?: string;
  occurredOn: string;
  response: StaffResponse;
  messagesExchanged: YesNo;
  welfareWorry: YesNo;
  screenshotKept: YesNo;
  anythingElse?: string;
}

export function platformText(platform: Platform, other?: string): string {
  return platform === 'other' && other ? `Other: ${other}` : PLATFORM_LABELS[platform];
}

export function friendSubmission(a: FriendAnswers): FormSubmission {
  const answers: Record<string, string> = {
    sender: a.sender,
    platform: a.platform,
    occurredOn: a.occurredOn,
    response: a.response,
    messagesExchanged: a.messagesExchanged,
    welfareWorry: a.welfareWorry,
    screenshotKept: a.screenshotKept,
  };
  if (a.platformOther) answers.platformOther = a.platformOther;
  if (a.senderClass) answers.senderClass = a.senderClass;
  if (a.anythingElse) answers.anythingElse = a.anythingElse;
  const isPupil = PUPIL_SENDERS.includes(a.sender);
  // A pupil's name travels apart from the answers so the channel alert can leave it out.
  if (a.senderName && !isPupil) answers.senderName = a.senderName;
  const summary = [
    `${requestFrom(a.sender)} on ${a.platform === 'other' ? 'another platform' : PLATFORM_LABELS[a.platform]}`,
    RESPONSE_SUMMARY[a.response],
    a.messagesExchanged === 'yes' ? 'messages exchanged' : 'no messages exchanged',
    a.welfareWorry === 'yes' ? 'the reporter is worried about the child’s welfare' : 'no welfare worry',
  ].join('; ');
  return {
    category: 'friend_request',
    severity: friendRequestSeverity(a),
    occurredAt: a.occurredOn,
    answers,
    summary: `${summary}.`,
    ...(a.senderName && isPupil ? { pupilName: a.senderName } : {}),
  };
}

function requestFrom(sender: Sender): string {
  const who: Record<Sender, string> = {
    current_pupil: 'a current pupil',
    former_pupil_under_18: 'a former pupil under 18',
    former_pupil_over_18: 'a former pupil aged 18 or over',
    parent_carer: 'a parent or carer',
    other: 'someone else',
  };
  return `Friend or message request from ${who[sender]}`;
}

const RESPONSE_SUMMARY: Record<StaffResponse, string> = {
  declined: 'declined',
  ignored: 'ignored',
  accepted_by_mistake: 'accepted by mistake',
  replied: 'the member of staff replied',
};

/** Label/value lines for the review card; values are shown as text runs, never markdown. */
export function friendReviewLines(a: FriendAnswers): { label: string; value: string }[] {
  const lines = [
    { label: 'Who sent it', value: SENDER_LABELS[a.sender] },
    { label: 'Their name', value: a.senderName ?? 'Not given' },
    { label: 'Class or year', value: a.senderClass ?? 'Not given' },
    { label: 'Platform', value: platformText(a.platform, a.platformOther) },
    { label: 'When', value: a.occurredOn },
    { label: 'What you did', value: RESPONSE_LABELS[a.response] },
    { label: 'Messages exchanged', value: YES_NO_LABELS[a.messagesExchanged] },
    { label: 'Worried about the child’s welfare', value: YES_NO_LABELS[a.welfareWorry] },
    { label: 'Screenshot kept', value: YES_NO_LABELS[a.screenshotKept] },
  ];
  if (a.anythingElse) lines.push({ label: 'Anything else', value: a.anythingElse });
  return lines;
}
