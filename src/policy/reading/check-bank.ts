import type { ActId } from './vocabulary.js';

/**
 * The questions staff most often ask, in their own words, a topic each and every act of the vocabulary
 * covered: `boundary check` and the desk's Policy page ask them of the loaded policy, so the owner sees what
 * Boundary would answer and where the policy is silent. The same for every school.
 */
export const CHECK_BANK: readonly { topic: string; act: ActId; question: string }[] = [
  {
    topic: 'Friend or follow requests from pupils',
    act: 'connect',
    question: 'A pupil has sent me a friend request. Can I accept it?',
  },
  {
    topic: 'Former pupils',
    act: 'connect',
    question: 'A former pupil who left three years ago and is now 20 wants to follow me on Instagram. Is that ok?',
  },
  {
    topic: 'Parents as friends online',
    act: 'connect',
    question: 'Can I be friends with a parent of a child in my class on Facebook?',
  },
  { topic: 'Colleagues online', act: 'connect', question: 'Can I add colleagues from school on Facebook?' },
  {
    topic: 'Your own child or family at the school',
    act: 'connect',
    question: 'My own son is a pupil here. Can I stay friends with him on social media?',
  },
  {
    topic: 'Private messages with pupils',
    act: 'message',
    question: 'Can I message a pupil on WhatsApp about their homework?',
  },
  { topic: 'Messages with parents', act: 'message', question: 'Can I text a parent from my own phone?' },
  { topic: 'Phone and video calls', act: 'call', question: 'Can I video call a pupil who is off school?' },
  {
    topic: 'Online games with pupils',
    act: 'play_online',
    question: 'Can I play online games like Fortnite with pupils?',
  },
  { topic: 'Group chats', act: 'group_chat', question: 'Can I join the class parents WhatsApp group?' },
  {
    topic: 'Giving out personal contact details',
    act: 'share_contact_details',
    question: 'Can I give a parent my personal mobile number?',
  },
  { topic: 'Meeting outside school', act: 'meet', question: 'Can I meet up with a pupil outside school?' },
  {
    topic: 'Posting about school',
    act: 'post_about_school',
    question: 'Can I post about my day at school on my personal account?',
  },
  {
    topic: 'Naming the school as employer',
    act: 'name_employer',
    question: 'Can I say on LinkedIn that I work at the school?',
  },
  {
    topic: 'Criticising the school online',
    act: 'criticise',
    question: 'Can I complain about the school on Facebook?',
  },
  {
    topic: 'Confidential information',
    act: 'share_confidential',
    question: 'Can I talk about a pupil’s situation in a private Facebook group?',
  },
  {
    topic: 'Taking photos of pupils',
    act: 'photograph_pupils',
    question: 'Can I take photos of pupils on my own phone?',
  },
  {
    topic: 'Posting images of pupils',
    act: 'post_pupil_images',
    question: 'Can I post photos of pupils on the school account?',
  },
  { topic: 'Personal devices at work', act: 'use_personal_device', question: 'Can I use my own phone in lessons?' },
  {
    topic: 'Social media during the working day',
    act: 'use_social_media_at_work',
    question: 'Can I go on Instagram during my lunch break?',
  },
  { topic: 'Live streaming', act: 'live_stream', question: 'Can I live stream the school concert?' },
  {
    topic: 'Running a school account',
    act: 'run_school_account',
    question: 'Can I set up an Instagram account for my department?',
  },
  { topic: 'Privacy settings', act: 'privacy_settings', question: 'Do my social media accounts have to be private?' },
  {
    topic: 'Abuse or negative comments online',
    act: 'respond_online',
    question: 'A parent has posted something nasty about me online. What should I do?',
  },
  {
    topic: 'Personal and political views',
    act: 'express_views',
    question: 'Can I post my political views on my own account?',
  },
  {
    topic: 'Reporting a concern',
    act: 'report_concern',
    question: 'A pupil sent me a message that worries me. Who do I tell and by when?',
  },
  {
    topic: 'Indecent images',
    act: 'handle_image',
    question: 'A pupil showed me a nude photo of another pupil on their phone. What do I do?',
  },
  { topic: 'AI tools', act: 'use_ai', question: 'Can I use ChatGPT to write reports about pupils?' },
];
