import type { ABOUT, POST_KINDS, POSTED_BY } from './abusive-post.js';
import { looksLikeFile } from './fields.js';
import { FRIEND_LIMITS, type PLATFORMS, type RESPONSES, type SENDERS } from './friend-request.js';
import type { FormKind } from './types.js';

/**
 * Turns the policy engine's prefill (free-ish words such as { platform: 'Snap', sender: 'pupil' }) into
 * values the form's choice sets know. Anything not recognised is dropped rather than guessed, so a prefill
 * can only ever save typing, never put a wrong answer in front of someone in a hurry.
 */

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const PLATFORM_SYNONYMS: Record<string, (typeof PLATFORMS)[number]> = {
  fb: 'facebook',
  facebook: 'facebook',
  'facebook messenger': 'facebook',
  messenger: 'facebook',
  meta: 'facebook',
  insta: 'instagram',
  ig: 'instagram',
  instagram: 'instagram',
  snap: 'snapchat',
  snapchat: 'snapchat',
  tiktok: 'tiktok',
  'tik tok': 'tiktok',
  whatsapp: 'whatsapp',
  'whats app': 'whatsapp',
  x: 'x',
  twitter: 'x',
  'x twitter': 'x',
  'twitter x': 'x',
  linkedin: 'linkedin',
  'linked in': 'linkedin',
  other: 'other',
};

const SENDER_SYNONYMS: Record<string, (typeof SENDERS)[number]> = {
  pupil: 'current_pupil',
  student: 'current_pupil',
  child: 'current_pupil',
  'current pupil': 'current_pupil',
  'current student': 'current_pupil',
  'former pupil under 18': 'former_pupil_under_18',
  'ex pupil under 18': 'former_pupil_under_18',
  'former pupil over 18': 'former_pupil_over_18',
  'former pupil 18 or over': 'former_pupil_over_18',
  'ex pupil over 18': 'former_pupil_over_18',
  'former student over 18': 'former_pupil_over_18',
  'former student under 18': 'former_pupil_under_18',
  parent: 'parent_carer',
  carer: 'parent_carer',
  guardian: 'parent_carer',
  'parent or carer': 'parent_carer',
  'parent carer': 'parent_carer',
  mum: 'parent_carer',
  dad: 'parent_carer',
  other: 'other',
};

const POSTED_BY_SYNONYMS: Record<string, (typeof POSTED_BY)[number]> = {
  parent: 'parent',
  carer: 'parent',
  'parent or carer': 'parent',
  pupil: 'pupil',
  student: 'pupil',
  child: 'pupil',
  staff: 'staff',
  teacher: 'staff',
  colleague: 'staff',
  'member of staff': 'staff',
  unknown: 'unknown',
  anonymous: 'unknown',
};

const ABOUT_SYNONYMS: Record<string, (typeof ABOUT)[number]> = {
  me: 'me',
  myself: 'me',
  self: 'me',
  colleague: 'colleague',
  staff: 'colleague',
  teacher: 'colleague',
  pupil: 'pupil',
  student: 'pupil',
  child: 'pupil',
  school: 'school',
  'the school': 'school',
};

const KIND_SYNONYMS: Record<string, (typeof POST_KINDS)[number]> = {
  harassment: 'harassment',
  bullying: 'harassment',
  abuse: 'harassment',
  threat: 'threat',
  threatening: 'threat',
  defamatory: 'defamatory',
  defamation: 'defamatory',
  'pupil images': 'pupil_images',
  photos: 'pupil_images',
  impersonation: 'impersonation',
  'fake account': 'impersonation',
  'child at risk': 'child_at_risk',
  'indecent image': 'indecent_image',
  'indecent images': 'indecent_image',
};

const RESPONSE_SYNONYMS: Record<string, (typeof RESPONSES)[number]> = {
  declined: 'declined',
  decline: 'declined',
  rejected: 'declined',
  ignored: 'ignored',
  ignore: 'ignored',
  accepted: 'accepted_by_mistake',
  'accepted by mistake': 'accepted_by_mistake',
  replied: 'replied',
  reply: 'replied',
};

/** Which card field a prefill key feeds, per form, with the words it accepts. */
const FIELD_KEYS: Record<FormKind, Record<string, { field: string; synonyms: Record<string, string> }>> = {
  friend_request: {
    platform: { field: 'platform', synonyms: PLATFORM_SYNONYMS },
    app: { field: 'platform', synonyms: PLATFORM_SYNONYMS },
    sender: { field: 'sender', synonyms: SENDER_SYNONYMS },
    from: { field: 'sender', synonyms: SENDER_SYNONYMS },
    who: { field: 'sender', synonyms: SENDER_SYNONYMS },
    response: { field: 'response', synonyms: RESPONSE_SYNONYMS },
  },
  abusive_post: {
    platform: { field: 'platform', synonyms: PLATFORM_SYNONYMS },
    app: { field: 'platform', synonyms: PLATFORM_SYNONYMS },
    about: { field: 'about', synonyms: ABOUT_SYNONYMS },
    target: { field: 'about', synonyms: ABOUT_SYNONYMS },
    postedby: { field: 'postedBy', synonyms: POSTED_BY_SYNONYMS },
    poster: { field: 'postedBy', synonyms: POSTED_BY_SYNONYMS },
    author: { field: 'postedBy', synonyms: POSTED_BY_SYNONYMS },
    sender: { field: 'postedBy', synonyms: POSTED_BY_SYNONYMS },
    kind: { field: 'postKind', synonyms: KIND_SYNONYMS },
    postkind: { field: 'postKind', synonyms: KIND_SYNONYMS },
    type: { field: 'postKind', synonyms: KIND_SYNONYMS },
  },
};

const FREE_TEXT_CLASS_KEYS = new Set(['year', 'yeargroup', 'class', 'form', 'senderclass', 'classoryear']);

/** Maps a prefill record to card values; unknown keys and unrecognised words are ignored. */
export function mapPrefill(kind: FormKind, prefill: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!prefill || typeof prefill !== 'object' || Array.isArray(prefill)) return out;
  const fields = FIELD_KEYS[kind];
  for (const [rawKey, rawValue] of Object.entries(prefill as Record<string, unknown>)) {
    if (typeof rawValue !== 'string') continue;
    const compactKey = norm(rawKey).replace(/ /g, '');
    // A year group or class is free text on the card, so it is copied as words, within the card's limit.
    if (kind === 'friend_request' && FREE_TEXT_CLASS_KEYS.has(compactKey)) {
      const text = rawValue.trim().slice(0, FRIEND_LIMITS.senderClass);
      if (text && !looksLikeFile(text) && !('senderClass' in out)) out.senderClass = text;
      continue;
    }
    const target = fields[compactKey];
    if (!target) continue;
    const key = norm(rawValue).replace(/^(a|an|the|my) /, '');
    const exact = target.synonyms[key] ?? target.synonyms[key.replace(/ /g, '_')];
    const value = exact ?? Object.values(target.synonyms).find((v) => v === rawValue.trim());
    if (value && !(target.field in out)) out[target.field] = value;
  }
  return out;
}
