import type { QuestionFrame } from '../../../src/policy/reading/frame.js';

/**
 * Questions staff asked (from the fixtures and the shared eval sets), with the frame a careful reader would
 * write for each. Only the fields named are checked: acts[0] is the most salient act, `safety` must be exactly
 * the classes given. The day is fixed so "left in 2019" has one answer.
 */
export const NOW = new Date('2026-12-07T12:00:00Z');

export interface FrameRow {
  q: string;
  want: Partial<Omit<QuestionFrame, 'acts' | 'facts' | 'text'>> & { act?: string; facts?: QuestionFrame['facts'] };
}

export const FRAME_TABLE: FrameRow[] = [
  {
    q: "I'm a key worker, can I whatsapp one of my young people off the work phone to check she's ready for her taxi?",
    want: { act: 'message', party: 'current_pupil', facts: { school_device: true } },
  },
  {
    q: 'my goddaughter is starting yr 7 in sept and shes on my insta. can she stay on?',
    want: { act: 'connect', party: 'current_pupil', platforms: ['instagram'], safety: ['private_contact'] },
  },
  {
    q: "my goddaughter has just started the childcare course (she's 16). we've followed each other on insta for years, surely that's fine?",
    want: { party: null, facts: { age: 16 }, safety: ['private_contact'] },
  },
  {
    q: 'A few of us want a staff fantasy football league with a WhatsApp chat for banter - staff only, no pupils. Any rule against that?',
    want: { party: 'colleague', facts: { away_from_pupils: true }, platforms: ['whatsapp'] },
  },
  {
    q: 'TA here - is it ok to check facebook on my phone while the class are doing silent reading',
    want: { act: 'use_social_media_at_work', party: null, platforms: ['facebook'] },
  },
  {
    q: 'A mum I knew from antenatal classes years ago has sent me a friend request, her son just started in Year 7. Ok?',
    want: { act: 'connect', party: 'parent', facts: { known_before: true }, incoming: true, safety: [] },
  },
  {
    q: "My son's in Year 8 here. Am I allowed to message him on snapchat??",
    want: { act: 'message', party: 'current_pupil', facts: { own_child: true, year_group: 8 }, safety: [] },
  },
  {
    q: 'ex sixth former, 19, just finished in the summer, wants to connect on linkedin so I can give her a reference. ok?',
    want: { act: 'connect', party: 'former_pupil', facts: { age: 19 }, platforms: ['linkedin'] },
  },
  {
    q: "A lad who left after his GCSEs six years back, he's 22 now, added me on fb. Fine to accept?",
    want: { act: 'connect', party: 'former_pupil', facts: { age: 22, years_since_left: 6 }, incoming: true },
  },
  {
    q: 'lad who left us last july has just turned 19 and sent me a friend request on facebook. hes an adult now so thats fine isnt it?',
    want: {
      intent: 'may_i',
      act: 'connect',
      party: 'former_pupil',
      facts: { age: 19, years_since_left: 0.3 },
      platforms: ['facebook'],
      incoming: true,
      safety: [],
    },
  },
  {
    q: 'Can I stay friends on Instagram with a former pupil who is 17?',
    want: {
      intent: 'may_i',
      act: 'connect',
      party: 'former_pupil',
      facts: { age: 17 },
      platforms: ['instagram'],
      safety: ['private_contact'],
    },
  },
  {
    q: "I've been sent an indecent image of a child, what do I do?",
    want: { intent: 'what_to_do', act: 'handle_image', incoming: true, safety: ['indecent_image'] },
  },
  {
    q: 'A Year 9 sent me a Snapchat request',
    want: { intent: 'what_to_do', act: 'connect', party: 'current_pupil', platforms: ['snapchat'], incoming: true },
  },
  {
    q: 'a yr 8 messaged me on instagram asking what the homework was. can i just reply quick with the answer and tell him to use teams next time??',
    want: { intent: 'may_i', act: 'message', party: 'current_pupil', incoming: true, safety: ['private_contact'] },
  },
  {
    q: 'My son is a pupil here. Can I stay friends with him online?',
    want: { intent: 'may_i', act: 'connect', party: 'current_pupil', facts: { own_child: true }, safety: [] },
  },
  {
    q: 'Who do I tell if a pupil adds me on Facebook?',
    want: { intent: 'who_to_tell', act: 'report_concern', party: 'current_pupil', platforms: ['facebook'] },
  },
  {
    q: 'can i wait till monday to tell the dsl',
    want: { intent: 'by_when', act: 'report_concern', safety: ['delay_or_secrecy'] },
  },
  {
    q: 'can i follow an ex pupil on insta? she left 2 years ago',
    want: {
      intent: 'may_i',
      act: 'connect',
      party: 'former_pupil',
      facts: { years_since_left: 2 },
      platforms: ['instagram'],
    },
  },
  {
    q: 'can i moan about a colleague on twitter',
    want: { intent: 'may_i', act: 'criticise', party: 'colleague', platforms: ['twitter'], safety: [] },
  },
  {
    q: 'can i go on facebook at lunchtime',
    want: { intent: 'may_i', act: 'use_social_media_at_work', facts: { break_time: true }, platforms: ['facebook'] },
  },
  {
    q: "can I tweet my political views and say that's the school's view",
    want: { intent: 'may_i', act: 'express_views', platforms: ['twitter'] },
  },
  {
    q: "can i use chatgpt to help word my end of term reports? i wouldn't put any names in",
    want: { intent: 'may_i', act: 'use_ai' },
  },
  {
    q: 'Can I give my personal email to a parent?',
    want: { intent: 'may_i', act: 'share_contact_details', party: 'parent', safety: [] },
  },
  {
    q: 'are pupils allowed their phones at breaktime',
    want: { intent: 'others_should', party: 'current_pupil', facts: { break_time: true } },
  },
  {
    q: 'could i get sacked for friending a pupil',
    want: { intent: 'school_will', act: 'connect', party: 'current_pupil' },
  },
  { q: 'Does this policy apply to supply staff from an agency?', want: { intent: 'what_is', party: 'colleague' } },
  { q: 'Can I set up a class blog?', want: { intent: 'may_i', act: 'run_school_account' } },
  {
    q: 'can i post a pic of me wearing the school fleece',
    want: { intent: 'may_i', act: 'post_about_school', safety: [] },
  },
  {
    q: 'Do I have to tell anyone if a pupil follows me on TikTok?',
    want: { intent: 'must_i', act: 'report_concern', party: 'current_pupil', platforms: ['tiktok'] },
  },
  {
    q: 'A parent is harassing me on Twitter. What should I do?',
    want: { intent: 'what_to_do', act: 'respond_online', party: 'parent', safety: [] },
  },
  {
    q: 'Can I stay friends on facebook with a girl who left last year? she is 13 now',
    want: {
      intent: 'may_i',
      act: 'connect',
      party: 'former_pupil',
      facts: { age: 13, years_since_left: 1.3 },
      safety: ['private_contact'],
    },
  },
  {
    q: 'can i follow my own daughter on tiktok, she goes to this school',
    want: {
      intent: 'may_i',
      act: 'connect',
      party: 'current_pupil',
      facts: { own_child: true, on_roll: true },
      safety: [],
    },
  },
  {
    q: 'Can I accept a friend request from one of my pupils?',
    want: { intent: 'may_i', act: 'connect', party: 'current_pupil', incoming: true, safety: ['private_contact'] },
  },
  {
    q: 'one of my y13s has just turned 18 and asked to follow me on insta. shes an adult now so thats fine isnt it',
    want: {
      intent: 'may_i',
      act: 'connect',
      party: 'current_pupil',
      facts: { age: 18 },
      platforms: ['instagram'],
      incoming: true,
    },
  },
  {
    q: "can I message an ex-student who left 2 years ago, she's 19 now",
    want: {
      intent: 'may_i',
      act: 'message',
      party: 'former_pupil',
      facts: { age: 19, years_since_left: 2 },
      safety: [],
    },
  },
  {
    q: 'technician here - ok to scroll on my phone in the prep room on my break? no students come in there',
    want: { intent: 'may_i', act: 'use_social_media_at_work', facts: { break_time: true, away_from_pupils: true } },
  },
  {
    q: 'escort on minibus 2 here. if the school mobile has no signal and a kid has a bad seizure am I ok to ring 999 on my own phone?',
    want: { intent: 'may_i', facts: { emergency: true, school_device: true }, safety: [] },
  },
  {
    q: 'a kid showed me a nude pic of a classmate on her phone',
    want: { intent: 'what_to_do', act: 'handle_image', incoming: true, safety: ['indecent_image'] },
  },
  {
    q: 'someone is trolling me on twitter because of my job, what should i do',
    want: { intent: 'what_to_do', act: 'respond_online', platforms: ['twitter'], safety: [] },
  },
  {
    q: "Can I take photos of the children without their parents' consent?",
    want: { intent: 'may_i', act: 'photograph_pupils', party: 'current_pupil', facts: { parental_consent: false } },
  },
  {
    q: "We were friends before she started here - can I keep following her on instagram? she's in year 10 now",
    want: {
      intent: 'may_i',
      act: 'connect',
      party: 'current_pupil',
      facts: { known_before: true },
      safety: ['private_contact'],
    },
  },
  {
    q: "A lad I taught left in 2019 and he's 24 now, can I accept him on Instagram?",
    want: {
      intent: 'may_i',
      act: 'connect',
      party: 'former_pupil',
      facts: { age: 24, years_since_left: 7.3 },
      safety: [],
    },
  },
  {
    q: 'can I message a year 8 on tiktok?',
    want: {
      intent: 'may_i',
      act: 'message',
      party: 'current_pupil',
      platforms: ['tiktok'],
      safety: ['private_contact'],
    },
  },
  {
    q: 'can i text my younger sister? shes in year 7 here',
    want: { intent: 'may_i', act: 'message', facts: { immediate_family: true }, safety: [] },
  },
  { q: 'how quickly do I have to report a concern?', want: { intent: 'by_when', act: 'report_concern' } },
  {
    q: 'what should parents do if their child is being bullied online?',
    want: { intent: 'others_should', party: 'parent' },
  },
  { q: 'what counts as social media?', want: { intent: 'what_is' } },
  {
    q: 'can I not report it if the pupil begs me?',
    want: { intent: 'may_i', act: 'report_concern', negated: true, safety: ['delay_or_secrecy'] },
  },
  {
    q: 'A reporter from the Gazette rang my mobile wanting a couple of lines about our coffee morning. Fine to give them a quote?',
    want: { party: 'public', incoming: true },
  },
];
