import type { Verdict } from '../policy/answer.js';

/**
 * The engine's keys in the words a school's policy owner would use, for what the CLI prints. `--json` output keeps
 * the keys: it is a contract for scripts. A key with no entry here (a concept added later) is shown with its
 * underscores as spaces rather than hidden.
 */

const FORCE: Record<string, string> = {
  must: 'must',
  must_not: 'must not',
  should: 'should',
  should_not: 'should not',
  advised: 'advised to',
  advised_not: 'advised not to',
  may: 'may',
  only_with_permission: 'only with permission',
  descriptive: 'explains (no rule)',
};

const WHO: Record<string, string> = {
  pupil: 'pupils',
  former_pupil: 'former pupils',
  parent: 'parents and carers',
  colleague: 'colleagues',
  family_member: 'staff’s own family',
  governor: 'governors',
  staff: 'staff',
  public: 'the public',
  other_school_pupil: 'pupils of other schools',
};

const TOPIC: Record<string, string> = {
  contact: 'contact with people',
  photos: 'photos and videos',
  posting: 'posting',
  school_activity: 'school events and trips',
  identify_school: 'naming the school',
  device: 'phones and devices',
  school_equipment: 'school equipment',
  time_place: 'when and where (school time, breaks)',
  official_accounts: 'the school’s own accounts',
  reporting: 'reporting concerns',
  evidence: 'keeping records and evidence',
  messaging: 'messaging',
  friending: 'friend and follow requests',
  privacy_settings: 'privacy settings',
  personal_info: 'personal details',
  criticism: 'criticism, complaints and offensive content',
  confidentiality: 'confidentiality',
  passwords: 'passwords',
  indecent_images: 'indecent images',
  bullying: 'bullying and harassment',
  disciplinary: 'disciplinary action',
  email: 'email',
  monitoring: 'monitoring of internet use',
  respond: 'replying and responding',
  social_life: 'social life outside school',
  advice: 'where to get advice',
  permission: 'permission and consent',
  copyright: 'copyright',
  encyclopaedia: 'editing encyclopaedias (Wikipedia)',
  ai_tools: 'AI tools',
  gifts: 'gifts',
  expenses: 'expenses',
  transport: 'lifts and transport',
  smart_watches: 'smart watches',
  cctv: 'CCTV',
  fundraising: 'fundraising',
  press: 'the press',
  livestreaming: 'livestreaming',
  pupil_use: 'pupils’ own use of social media',
};

/** The verdict as the answer card's line says it. */
const VERDICT: Record<Verdict, string> = {
  allowed: 'Yes, you can',
  not_allowed: 'No, don’t',
  needs_permission: 'Only with permission',
  depends: 'It depends',
  guidance: 'Here’s what to do',
  not_covered: 'The policy doesn’t cover this',
};

function plain(table: Record<string, string>, key: string): string {
  return table[key] ?? key.replace(/_/g, ' ');
}

export const forceWords = (key: string): string => plain(FORCE, key);
export const whoWords = (key: string): string => plain(WHO, key);
export const topicWords = (key: string): string => plain(TOPIC, key);
export const verdictWords = (verdict: Verdict): string => VERDICT[verdict];
