import { z } from 'zod';
import type { Category, Severity } from '../incident.js';
import {
  LIMITS,
  multiChoice,
  optionalChoice,
  optionalText,
  pastOrTodayDate,
  requiredChoice,
  routing,
  ukToday,
} from './fields.js';
import { PLATFORM_LABELS, PLATFORMS, type Platform, platformText } from './friend-request.js';
import type { FormSubmission, StepDef } from './types.js';

/**
 * The abusive or inappropriate post or message form. The kind is asked alone, first, because two kinds
 * change everything after it: a possible indecent image of a child (stop, tell the DSL, ask only where it is
 * and who knows, never anything that could hold the image) and a child at risk (999 and the DSL first).
 */

export const POST_KINDS = [
  'harassment',
  'threat',
  'defamatory',
  'pupil_images',
  'impersonation',
  'child_at_risk',
  'indecent_image',
] as const;
export type PostKind = (typeof POST_KINDS)[number];
export const POST_KIND_LABELS: Record<PostKind, string> = {
  harassment: 'Harassment or bullying',
  threat: 'A threat',
  defamatory: 'Untrue or damaging claims (defamatory)',
  pupil_images: 'Images of pupils posted without consent',
  impersonation: 'Someone pretending to be the school or a member of staff',
  child_at_risk: 'Something that suggests a child is at risk',
  indecent_image: 'Something that may be an indecent image of a child',
};

export const ABOUT = ['me', 'colleague', 'pupil', 'school'] as const;
export type About = (typeof ABOUT)[number];
export const ABOUT_LABELS: Record<About, string> = {
  me: 'Me',
  colleague: 'A colleague',
  pupil: 'A pupil',
  school: 'The school',
};

export const POSTED_BY = ['parent', 'pupil', 'staff', 'unknown'] as const;
export type PostedBy = (typeof POSTED_BY)[number];
export const POSTED_BY_LABELS: Record<PostedBy, string> = {
  parent: 'A parent or carer',
  pupil: 'A pupil',
  staff: 'A member of staff',
  unknown: 'I don’t know',
};

export const EVIDENCE = ['time', 'date', 'link', 'screenshot'] as const;
export type Evidence = (typeof EVIDENCE)[number];
export const EVIDENCE_LABELS: Record<Evidence, string> = {
  time: 'The time I saw it',
  date: 'The date I saw it',
  link: 'The link',
  screenshot: 'A screenshot',
};

export const POST_LIMITS = {
  platformOther: LIMITS.name,
  link: LIMITS.link,
  pupilName: LIMITS.name,
  description: LIMITS.text,
  device: LIMITS.short,
  whoKnows: LIMITS.text,
} as const;

export const postSteps = {
  kind: {
    id: 'kind',
    template: 'report-post-kind',
    title: 'What kind of post',
    schema: () => z.object({ ...routing('kind'), postKind: requiredChoice(POST_KINDS) }).strict(),
  },
  where: {
    id: 'where',
    template: 'report-post-where',
    title: 'Where it is',
    schema: () =>
      z
        .object({
          ...routing('where'),
          platform: requiredChoice(PLATFORMS),
          platformOther: optionalText(POST_LIMITS.platformOther),
          link: optionalText(POST_LIMITS.link),
        })
        .strict(),
  },
  who: {
    id: 'who',
    template: 'report-post-who',
    title: 'Who it is about',
    schema: () =>
      z
        .object({
          ...routing('who'),
          about: requiredChoice(ABOUT),
          postedBy: requiredChoice(POSTED_BY),
          pupilName: optionalText(POST_LIMITS.pupilName),
        })
        .strict(),
  },
  when: {
    id: 'when',
    template: 'report-post-when',
    title: 'When and what you kept',
    schema: (now: Date) =>
      z
        .object({
          ...routing('when'),
          seenOn: pastOrTodayDate(now),
          evidence: multiChoice(EVIDENCE),
          description: optionalText(POST_LIMITS.description),
        })
        .strict(),
  },
  review: {
    id: 'review',
    template: 'report-post-review',
    title: 'Check and send',
    schema: () => z.object({ ...routing('review') }).strict(),
  },
  imageWhere: {
    id: 'image_where',
    template: 'report-image-where',
    title: 'Where it is',
    // Deliberately no upload, evidence or screenshot field: strict() refuses anything else sent with it.
    schema: () =>
      z
        .object({
          ...routing('image_where'),
          device: optionalText(POST_LIMITS.device),
          platform: optionalChoice(PLATFORMS),
          link: optionalText(POST_LIMITS.link),
          whoKnows: optionalText(POST_LIMITS.whoKnows),
        })
        .strict(),
    check: (v: Record<string, unknown>) =>
      v.device || v.platform || v.link
        ? undefined
        : { fields: { device: 'Tell us at least one: the device, the platform or the link.' } },
  },
  imageReview: {
    id: 'image_review',
    template: 'report-image-review',
    title: 'Check and send',
    schema: () => z.object({ ...routing('image_review') }).strict(),
  },
} satisfies Record<string, StepDef & { check?: unknown }>;

/** The steps in order for the kind chosen so far; the kind step always comes first. */
export function postStepOrder(kind: string | undefined): StepDef[] {
  if (kind === 'indecent_image') return [postSteps.kind, postSteps.imageWhere, postSteps.imageReview];
  return [postSteps.kind, postSteps.where, postSteps.who, postSteps.when, postSteps.review];
}

export function postCategory(kind: PostKind): Category {
  if (kind === 'indecent_image') return 'indecent_image';
  if (kind === 'child_at_risk') return 'child_at_risk';
  return 'abusive_post';
}

/** Images and risk to a child are the most urgent; threats, pupils' images and posts about pupils come next. */
export function abusivePostSeverity(a: { postKind: PostKind; about?: About }): Severity {
  if (a.postKind === 'indecent_image' || a.postKind === 'child_at_risk') return 'critical';
  if (a.postKind === 'threat' || a.postKind === 'pupil_images' || a.about === 'pupil') return 'high';
  return 'medium';
}

export interface PostAnswers {
  postKind: Exclude<PostKind, 'indecent_image'>;
  platform: Platform;
  platformOther?: string;
  link?: string;
  about: About;
  postedBy: PostedBy;
  pupilName?: string;
  seenOn: string;
  evidence: Evidence[];
  description?: string;
}

export interface ImageAnswers {
  postKind: 'indecent_image';
  device?: string;
  platform?: Platform;
  link?: string;
  whoKnows?: string;
}

const KIND_SUMMARY: Record<PostKind, string> = {
  harassment: 'Harassment or bullying',
  threat: 'A threat',
  defamatory: 'Defamatory claims',
  pupil_images: 'Images of pupils posted without consent',
  impersonation: 'Impersonation of the school or staff',
  child_at_risk: 'A post or message suggesting a child is at risk',
  indecent_image: 'A possible indecent image of a child',
};

const ABOUT_SUMMARY: Record<About, string> = {
  me: 'the reporter',
  colleague: 'a colleague',
  pupil: 'a pupil',
  school: 'the school',
};

const POSTED_BY_SUMMARY: Record<PostedBy, string> = {
  parent: 'a parent or carer',
  pupil: 'a pupil',
  staff: 'a member of staff',
  unknown: 'someone unknown',
};

const EVIDENCE_SUMMARY: Record<Evidence, string> = {
  time: 'the time',
  date: 'the date',
  link: 'the link',
  screenshot: 'a screenshot',
};

export function postSubmission(a: PostAnswers): FormSubmission {
  const answers: Record<string, string | string[]> = {
    postKind: a.postKind,
    platform: a.platform,
    about: a.about,
    postedBy: a.postedBy,
    seenOn: a.seenOn,
    evidence: a.evidence,
  };
  if (a.platformOther) answers.platformOther = a.platformOther;
  if (a.link) answers.link = a.link;
  if (a.description) answers.description = a.description;
  const where = a.platform === 'other' ? 'another platform' : PLATFORM_LABELS[a.platform];
  const kept = a.evidence.length ? a.evidence.map((e) => EVIDENCE_SUMMARY[e]).join(', ') : 'none';
  return {
    category: postCategory(a.postKind),
    severity: abusivePostSeverity(a),
    occurredAt: a.seenOn,
    answers,
    summary: `${KIND_SUMMARY[a.postKind]} about ${ABOUT_SUMMARY[a.about]}, on ${where}, posted by ${POSTED_BY_SUMMARY[a.postedBy]}; evidence kept: ${kept}.`,
    ...(a.pupilName ? { pupilName: a.pupilName } : {}),
  };
}

/**
 * Built from a fixed list of fields, never by copying what arrived, so nothing else a submission carried
 * (an image, an attachment, a "screenshot" field) can reach the record.
 */
export function imageSubmission(a: ImageAnswers, now: Date): FormSubmission {
  const answers: Record<string, string> = { postKind: 'indecent_image' };
  if (a.device) answers.device = a.device;
  if (a.platform) answers.platform = a.platform;
  if (a.link) answers.link = a.link;
  if (a.whoKnows) answers.whoKnows = a.whoKnows;
  const where = a.platform ? ` on ${a.platform === 'other' ? 'another platform' : PLATFORM_LABELS[a.platform]}` : '';
  return {
    category: 'indecent_image',
    severity: 'critical',
    occurredAt: ukToday(now),
    answers,
    summary: `${KIND_SUMMARY.indecent_image}${where}. The school informs the police; the reporter was told not to view, copy or share it.`,
  };
}

export function postReviewLines(a: PostAnswers): { label: string; value: string }[] {
  const lines = [
    { label: 'What kind', value: POST_KIND_LABELS[a.postKind] },
    { label: 'Platform', value: platformText(a.platform, a.platformOther) },
    { label: 'Link', value: a.link ?? 'Not given' },
    { label: 'About', value: ABOUT_LABELS[a.about] },
    { label: 'Posted by', value: POSTED_BY_LABELS[a.postedBy] },
  ];
  if (a.pupilName) lines.push({ label: 'Pupil’s name', value: a.pupilName });
  lines.push(
    { label: 'When you saw it', value: a.seenOn },
    {
      label: 'What you kept',
      value: a.evidence.length ? a.evidence.map((e) => EVIDENCE_LABELS[e]).join(', ') : 'Nothing yet',
    },
  );
  if (a.description) lines.push({ label: 'What it says or shows', value: a.description });
  return lines;
}

export function imageReviewLines(a: ImageAnswers): { label: string; value: string }[] {
  return [
    { label: 'Device', value: a.device ?? 'Not given' },
    { label: 'Platform', value: a.platform ? platformText(a.platform) : 'Not given' },
    { label: 'Where online (not opened)', value: a.link ?? 'Not given' },
    { label: 'Who knows', value: a.whoKnows ?? 'Not given' },
  ];
}
