/**
 * The shared vocabulary of the policy reading: the acts staff ask about, the other parties, the facts a
 * condition can turn on, and the roles of a question. Held as data, the same for every school: a policy's
 * reading and a question's frame are both written in these words, so an answer is a match of meanings.
 */

/** What a rule or a question is about, as the member of staff would do it. */
export const ACTS = [
  { id: 'connect', say: 'accept or send friend, follow or connection requests' },
  { id: 'message', say: 'message privately (DMs, texts, WhatsApp, personal email)' },
  { id: 'call', say: 'phone or video call' },
  { id: 'play_online', say: 'play games online together' },
  { id: 'group_chat', say: 'join or run a group chat' },
  { id: 'share_contact_details', say: 'give out a personal number, email, address or account' },
  { id: 'meet', say: 'meet or spend time together outside school' },
  { id: 'post_about_school', say: 'post or comment about the school, its pupils or its work' },
  { id: 'name_employer', say: 'name the school as their employer online' },
  { id: 'criticise', say: 'criticise or complain about the school, colleagues or families in public' },
  { id: 'share_confidential', say: 'share confidential or personal information' },
  { id: 'photograph_pupils', say: 'take photos or videos of pupils' },
  { id: 'post_pupil_images', say: 'post or share images of pupils' },
  { id: 'use_personal_device', say: 'use a personal phone or device for school work or pupils' },
  { id: 'use_social_media_at_work', say: 'use personal social media during work time or on site' },
  { id: 'live_stream', say: 'live stream' },
  { id: 'run_school_account', say: 'set up or run a social media account for the school' },
  { id: 'privacy_settings', say: 'keep their accounts private' },
  { id: 'respond_online', say: 'respond to comments, complaints or abuse online' },
  { id: 'express_views', say: 'express personal, political or religious views' },
  { id: 'report_concern', say: 'report a concern or tell someone' },
  { id: 'handle_image', say: 'view, keep, save, forward or delete an image' },
  { id: 'use_ai', say: 'use AI tools' },
] as const;
export type ActId = (typeof ACTS)[number]['id'];
export const ACT_IDS = ACTS.map((a) => a.id) as unknown as readonly [ActId, ...ActId[]];

/** The other party of an act. */
export const PARTIES = [
  { id: 'current_pupil', say: 'current pupils' },
  { id: 'former_pupil', say: 'former pupils' },
  { id: 'parent', say: 'parents and carers' },
  { id: 'colleague', say: 'colleagues' },
  { id: 'family', say: 'their own family' },
  { id: 'other_school_pupil', say: 'children at other schools' },
  { id: 'public', say: 'the public' },
  { id: 'school', say: 'the school' },
] as const;
export type PartyId = (typeof PARTIES)[number]['id'];
export const PARTY_IDS = PARTIES.map((p) => p.id) as unknown as readonly [PartyId, ...PartyId[]];

/**
 * Facts a condition or exception turns on. Numeric facts compare with at_least / under; the others are
 * true or false; `of` names a role where the fact is someone's ("written_permission of the Headteacher").
 */
export const FACTS = [
  { id: 'age', kind: 'number', say: 'they are at least {n}' },
  { id: 'years_since_left', kind: 'number', say: 'they left at least {n} years ago' },
  { id: 'own_child', kind: 'flag', say: 'it is your own child' },
  { id: 'immediate_family', kind: 'flag', say: 'they are immediate family' },
  { id: 'known_before', kind: 'flag', say: 'you knew them before they joined the school' },
  { id: 'permission', kind: 'flag', say: '{of} has agreed' },
  { id: 'written_permission', kind: 'flag', say: '{of} has agreed in writing' },
  { id: 'declared', kind: 'flag', say: 'you have told {of}' },
  { id: 'parental_consent', kind: 'flag', say: 'parents have given consent' },
  { id: 'emergency', kind: 'flag', say: 'it is an emergency' },
  { id: 'official_account', kind: 'flag', say: "it is through the school's official account" },
  { id: 'school_device', kind: 'flag', say: 'it is on a school device' },
  { id: 'school_purpose', kind: 'flag', say: 'it is for a school purpose' },
  { id: 'off_duty', kind: 'flag', say: 'it is outside working time' },
  { id: 'break_time', kind: 'flag', say: 'it is during a break' },
  { id: 'away_from_pupils', kind: 'flag', say: 'no pupils are present' },
  { id: 'private_account', kind: 'flag', say: 'the account is private' },
  { id: 'relative', kind: 'flag', say: 'they are a relative (a niece, nephew, cousin or grandchild)' },
  { id: 'on_roll', kind: 'flag', say: 'they are still on roll at the school' },
  { id: 'school_system', kind: 'flag', say: "it is through the school's own systems" },
  { id: 'year_group', kind: 'number', say: 'they are in Year {n} or above' },
  { id: 'vulnerable_adult', kind: 'flag', say: 'they are a vulnerable adult' },
  { id: 'sibling_on_roll', kind: 'flag', say: 'a brother or sister of theirs is still at the school' },
] as const;
export type FactId = (typeof FACTS)[number]['id'];
export const FACT_IDS = FACTS.map((f) => f.id) as unknown as readonly [FactId, ...FactId[]];

/** How the other person is related to the asker: kinds of relationship, alternatives of each other in a proviso. */
export const RELATION_FACTS: ReadonlySet<FactId> = new Set<FactId>([
  'own_child',
  'immediate_family',
  'relative',
  'known_before',
]);

/**
 * Facts about who the other person is (their age, when they left, how they are related to the asker): a question
 * states these plainly, unlike circumstances (a school device, a break), which are often named only to be
 * contrasted ("the school camera is rubbish, can I use my phone?").
 */
export const WHO_THEY_ARE: ReadonlySet<FactId> = new Set<FactId>([
  ...RELATION_FACTS,
  'age',
  'years_since_left',
  'year_group',
  'vulnerable_adult',
]);

/** What a question asks for. */
export const INTENTS = [
  'may_i', // "can I …?", "is it ok to …?"
  'must_i', // "do I have to …?"
  'what_to_do', // "what should I do?", "a pupil sent me …"
  'who_to_tell', // "who do I tell?"
  'by_when', // "how quickly …?"
  'school_will', // "what will the school do?"
  'others_should', // "what should parents / pupils do?"
  'what_is', // "what counts as …?", "does the policy cover …?"
] as const;
export type Intent = (typeof INTENTS)[number];

/** Classes of a question that change what Boundary must say, whatever the policy's wording. */
export const SAFETY_CLASSES = ['indecent_image', 'child_at_risk', 'delay_or_secrecy', 'private_contact'] as const;
export type SafetyClass = (typeof SAFETY_CLASSES)[number];
