import type { ActId, PartyId } from './vocabulary.js';

/**
 * The classic tagger's concepts in the reading's vocabulary: how the drafter and the question bridge speak of
 * what the lexicon finds, until the NLP understanding (src/policy/understanding) reads sentences itself.
 */

export const ACTS_OF_CONCEPT: Record<string, ActId[]> = {
  friending: ['connect'],
  contact: ['connect', 'message'],
  messaging: ['message'],
  email: ['message'],
  photos: ['photograph_pupils'],
  posting: ['post_about_school'],
  school_activity: ['post_about_school'],
  identify_school: ['name_employer'],
  device: ['use_personal_device'],
  time_place: ['use_social_media_at_work'],
  official_accounts: ['run_school_account'],
  reporting: ['report_concern'],
  evidence: ['report_concern'],
  privacy_settings: ['privacy_settings'],
  personal_info: ['share_contact_details'],
  criticism: ['criticise'],
  confidentiality: ['share_confidential'],
  indecent_images: ['handle_image'],
  respond: ['respond_online'],
  social_life: ['meet'],
  livestreaming: ['live_stream'],
  ai_tools: ['use_ai'],
  xbox: ['play_online'],
  press: ['post_about_school'],
};

export const PARTY_OF_WHO: Record<string, PartyId> = {
  pupil: 'current_pupil',
  former_pupil: 'former_pupil',
  parent: 'parent',
  colleague: 'colleague',
  family_member: 'family',
  governor: 'colleague',
  public: 'public',
};
