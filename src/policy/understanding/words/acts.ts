import type { ActId } from '../../reading/vocabulary.js';

/**
 * The words of each act, as lemma patterns (see match.ts). Written for the field, not for one policy: a cue is
 * how any member of staff or any policy says the act. `unless` keeps a general cue (a post) from standing beside
 * the specific act the same words name (a post of pupils' photos). Order does not matter; salience is worked
 * out from where the words sit in the question.
 */
export interface ActWords {
  id: ActId;
  cues: string[];
  /** When one of these acts is found too, this act's general cues are dropped. */
  unless?: ActId[];
  /** Words that, where they match, mean the cue is not this act ("ring 999" is no call to a pupil). */
  not?: string[];
}

const IMAGE = 'photo|video|image|screenshot|recording|picture|pic|snap:NOUN';
const SOCIAL =
  'facebook|instagram|tiktok|twitter|x|snapchat|linkedin|youtube|threads|bluesky|reddit|pinterest|social+media|social|socials|insta|whatsapp|phone|phones|mobile|page|account|profile|status|story|feed';

export const ACT_WORDS: ActWords[] = [
  {
    id: 'connect',
    cues: [
      'friend|follow|connection|follower|snapchat|instagram|facebook|tiktok|linkedin request*',
      'request:NOUN|requests:NOUN',
      'friend:VERB|unfriend|befriend',
      'friending|friended',
      'be|stay|become|remain|keep friend|friends',
      'be|stay|become friend|friends on|with',
      'add|accept|follow|unfollow|block|decline|approve me|him|her|them|pupil|child|parent|back',
      'follow:VERB',
      'add:VERB ... on|to instagram|facebook|snapchat|tiktok|linkedin|twitter|whatsapp',
      'add .. as a? friend',
      'connect|connection with? on? linkedin',
      'connect|connecting|connected on|with instagram|insta|facebook|fb|snapchat|snap|tiktok|twitter|x|socials|social+media|me|him|her|them|pupil|pupils|student|students',
      'follower|followers',
      'mutual',
      'follow each other',
      'comment|commented|commenting|like|liked|react .. on|under|to .. his|her|their|pupil|student|boy|girl|lad|child .. post|posts|video|videos|photo|photos|story|stories|instagram|tiktok',
      'in my contacts|friends+list',
      // "she's on my insta", "can she stay on my snap?": being among the asker's followers or friends.
      "be|'s|is|are|'re|stay|stays|still|remain on my insta|instagram|facebook|fb|snapchat|snap|tiktok|socials|friends|followers",
    ],
  },
  {
    id: 'message',
    cues: [
      'message:VERB|text:VERB|email:VERB|whatsapp:VERB|dm|chat:VERB|messaging|texting|emailing|chatting',
      'message|text|email|dm|messages|texts|emails',
      'send ... message|text|email|dm|messages|texts',
      'to whatsapp|dm|snapchat|text|message|email|facetime|messenger',
      // "can I whatsapp one of my young people": an app's name as the asker's verb, whatever the tagger made of it.
      'i|we|you whatsapp|snapchat|dm|imessage',
      'reply|respond|answer|write+back to? message|text|email|dm',
      'talk|chat|speak to? .. on|over|via|through snapchat|instagram|whatsapp|facebook|messenger|tiktok|discord|text|phone',
      'keep|stay in touch|contact',
      'contact:VERB',
      'get hold of',
      'messenger|imessage',
      'voice note|notes|message|messages|memo',
      'keep|keeps|kept sending|messaging|texting|snapping me',
      'send|share .. back',
    ],
  },
  {
    id: 'call',
    not: [
      'call|ring|phone|calling|ringing 999|police|ambulance|101|111|the+school|school|office|reception|parents|parent|home|an+ambulance|the+police',
    ],
    cues: [
      'call:VERB|ring:VERB|phone:VERB|facetime|videocall',
      'video|phone|voice|zoom|facetime call:NOUN',
      'call|ring me|him|her|them|back',
    ],
  },
  {
    id: 'play_online',
    cues: [
      'game|gaming|gamer|gamertag',
      'play .. online|together|with|game|games|xbox|playstation|fortnite|roblox|minecraft|fifa',
      'xbox|playstation|fortnite|roblox|minecraft|fifa|steam|twitch|discord|nintendo|switch:NOUN',
      'party invite',
    ],
  },
  {
    id: 'group_chat',
    cues: [
      'group chat|chats',
      'whatsapp|facebook|messenger|snapchat|class|parents|parent|staff|year|form|team group',
      'group:NOUN on|in whatsapp|messenger|snapchat',
      'join|leave|add .. chat|group',
      'chat:NOUN for|with .. parents|pupils|class',
    ],
  },
  {
    id: 'share_contact_details',
    cues: [
      'give|share|send|pass|swap|exchange|tell .. my number|mobile|email|address|snapchat|instagram|username|handle|details|account|contact',
      'my|personal phone|mobile|home number|numbers',
      'phone|mobile number',
      'contact details',
      'swap|exchange|share|trade numbers|number|snaps|snapchats|details|contacts|socials|usernames',
      'personal email address?',
      'home address',
      'ask|asked|asking .. for my number|snapchat|instagram|username|handle|details|email',
    ],
  },
  {
    id: 'meet',
    cues: [
      'meet:VERB|meeting+up',
      'meet up',
      'see|visit .. outside+school|after+school|at+weekend|at+the+weekend',
      'babysit*|tutor:VERB|tutoring|coaching',
      'drive:VERB .. home',
      'give .. lift',
      'go for a? coffee|drink|drinks|walk|meal|run|swim|ride|drive',
      'get|grab|have|buy a? coffee|lunch|drink|drinks|dinner|meal',
      'come+to|come+round|round my house|home|flat',
      'at|to their|my|his|her house|home',
    ],
  },
  {
    id: 'post_about_school',
    cues: [
      'post:VERB|tweet|blog:VERB|vlog|upload|posting|tweeting',
      'post|tweet|status|story|blog|reel|update',
      'put|share|write .. on|up .. facebook|instagram|tiktok|twitter|x|linkedin|social|page|online|internet|blog|story',
      'put .. up on',
      'like|share|retweet|repost .. post|tweet',
      'comment:VERB',
      'review',
      'wear|wearing .. school+fleece|lanyard|uniform|logo|badge|hoodie|fleece',
      'school logo|badge|crest|name',
    ],
    unless: [
      'post_pupil_images',
      'express_views',
      'criticise',
      'name_employer',
      'live_stream',
      'respond_online',
      'run_school_account',
      'share_confidential',
    ],
  },
  {
    id: 'name_employer',
    cues: [
      'name|mention|say|list|put|state|include|show .. where+i+work|employer|school on|in my? profile|bio',
      'name|mention|say|list|state .. where+i+work|my+employer|my+school',
      'where i work',
      'my employer|workplace|job+title',
      'i work at|for',
      'say|put|list|mention .. i work|where+i+work',
      'job title',
      'name|mention|tag .. the? school|academy|trust|employer',
      'profile|bio .. school|job',
      'linkedin profile',
    ],
  },
  {
    id: 'criticise',
    cues: [
      'moan|rant|complain|criticise|criticize|slag|vent|badmouth|bad-mouth|diss|whinge|bitch',
      'negative|nasty|rude|critical about|of the? school|colleague|colleagues|head|parent|parents|pupil|pupils|job|work',
      'bad day|week',
      'challenging|difficult|nightmare|awful|terrible kids|class|pupils|children|parents|child',
      'knackered|exhausted',
    ],
  },
  {
    id: 'share_confidential',
    cues: [
      'confidential',
      'sensitive|personal information|data|details',
      'pupil|child|children|family data|information|details|records|record',
      'tell|share|discuss|pass+on .. about .. another|other child|pupil|children',
      'login|password|log-in',
      'sen|ehcp|diagnosis|medical',
      'gdpr|data+protection',
      'how another|other child .. is|getting',
    ],
  },
  {
    id: 'photograph_pupils',
    cues: [
      `take|grab|snap|get|capture .. ${IMAGE}`,
      'photograph:VERB|film:VERB|record:VERB|video:VERB|filming|recording|videoing|photographing',
      'snap:VERB',
      `${IMAGE} of .. pupil|pupils|children|child|students|kids .. be|are|is? taken|recorded|captured|filmed`,
      'take photo*',
    ],
  },
  {
    id: 'post_pupil_images',
    cues: [
      `post|put|share|upload|stick|send|tweet|add .. ${IMAGE}`,
      `${IMAGE} .. on|to|up .. facebook|instagram|tiktok|twitter|x|page|website|newsletter|social|story|whatsapp|online|blog`,
      `${IMAGE} of .. pupil|child|children|class|group|team|kids|girls|boys|year|choir|form`,
      `${IMAGE} .. go|going|went on|up`,
      'tag .. pupil|child|children',
    ],
    unless: ['handle_image'],
    not: ['photo|pic|picture|selfie|photos|pics|video|videos of me|myself|us'],
  },
  {
    id: 'use_personal_device',
    cues: [
      'own|personal|private phone|mobile|laptop|device|devices|ipad|tablet|camera|computer|car',
      'my phone|mobile|laptop|ipad|tablet|camera|iphone',
      'personal device|devices',
      'phone|mobile in my pocket|bag',
      'my own',
    ],
  },
  {
    id: 'use_social_media_at_work',
    cues: [
      `go|be|get|check|scroll|browse|use|look .. ${SOCIAL} .. at|during|in|while|on .. lunch|lunchtime|break|breaktime|lesson|lessons|class|work|school|duty|shift|day|staffroom|staff|common+room|playground|yard|corridor|classroom`,
      `${SOCIAL} at|during|in .. lunch|lunchtime|break|breaktime|lesson|lessons|class|work|school|duty`,
      'check|use|look+at my? phone|mobile .. in|during|at|while',
      'check|scroll|browse my? phone|mobile|instagram|facebook|tiktok|social',
      'on my phone during|in|at',
      'use phone|mobile',
      'social media at|during work',
    ],
  },
  {
    id: 'live_stream',
    cues: [
      'livestream|livestreaming|stream:VERB|streaming',
      'live stream|streaming|video',
      'go|going live',
      'instagram|facebook|tiktok|youtube live',
    ],
  },
  {
    id: 'run_school_account',
    cues: [
      'set+up|start|create|make|run|open|manage .. account|page|blog|channel|site|website|instagram|facebook|twitter|tiktok|youtube for|the|our|my? .. class|school|department|club|team|house|trip|pta|subject|year|form|group|pupils|children|kids|parents|production|show|choir|band',
      'set+up|start|create|open|make a|an|new? instagram|facebook|tiktok|twitter|youtube|x|snapchat? account|page|channel|blog|group',
      'class|school|department|club|team|house|pta|subject|official|sports|trip blog|page|account|channel|instagram|facebook|twitter|tiktok|youtube|website',
      'run|runs|manage|manages the? school .. page|account|feed',
      'school|official account|page|feed',
    ],
  },
  {
    id: 'privacy_settings',
    cues: [
      'privacy|private|public setting|settings|account|profile',
      'privacy',
      'lock|locked .. account|profile',
      'private|public acc|account|profile|instagram|page',
      'be public|private',
      'hide my .. profile|account|name',
    ],
  },
  {
    id: 'respond_online',
    cues: [
      'troll|trolling|harass|harassing|abuse:VERB|abusive|impersonat*|fake+account|fake+profile|hate',
      'bully|bullying me',
      'about me',
      'of me on|online',
      'horrible|nasty|rude|untrue|false|lies|defamatory|comments? .. about me',
      'tag|tagged me',
      'reply|respond|comment+back|answer .. comment|comments|post|posts|review|reviews|tweet|troll|trolls|abuse|complaint',
      'defend',
      'explain my side',
      'put the record straight',
      'review:NOUN|comment|complaint|abuse',
    ],
  },
  {
    id: 'express_views',
    cues: [
      'political|politics|religious|religion|vote|election|campaign|strike|union|protest|petition|party:NOUN',
      'view|views|opinion|opinions|belief|beliefs',
      'support|oppose|sign .. campaign|petition|party|candidate',
    ],
  },
  {
    id: 'report_concern',
    cues: [
      'report|flag|raise|refer|escalate|log|pass+on',
      'tell|inform|notify|alert|warn .. dsl|head|headteacher|someone|somebody|anyone|anybody|manager|line+manager|school|police|safeguarding|lado|slt|office|deputy',
      'let .. know',
      'speak|talk to .. dsl|head|someone|somebody|anyone|manager|line+manager|safeguarding|lado|police',
      'go to .. dsl|head|someone|manager|police',
      'dsl|safeguarding+lead|lado|police|ceop|999|101',
      'concern|concerned|worried|worry|worrying|disclosure|disclose',
    ],
  },
  {
    id: 'handle_image',
    cues: [
      `view|look|watch|open|keep|save|screenshot|forward|show|delete|print|copy|airdrop|download|store|upload .. ${IMAGE}|nude|nudes`,
      'screenshot:VERB|screenshotting|screenshotted',
      'look through .. phone|photo|photos|camera+roll',
      'nude|nudes|sexting|indecent|explicit',
    ],
  },
  {
    id: 'use_ai',
    cues: ['ai|chatgpt|copilot|gemini|claude|gpt|grammarly', 'artificial intelligence', 'generative|gen ai'],
  },
];

/**
 * Verbs that answer something done to the asker ("a pupil sent me a request, can I accept?"): they take the act
 * of what came in rather than naming one of their own.
 */
export const FOLLOW_UP = [
  'accept',
  'reply',
  'respond',
  'answer',
  'ignore',
  'decline',
  'approve',
  'block',
  'delete',
  'write+back',
  'let her|him|them',
  'follow back',
];

/** Words that mark something done to the asker: "sent me", "added me", "about me", "from a pupil". */
export const INCOMING = [
  'send|add|follow|message|text|email|dm|request|tag|invite|ask|call|ring|contact|airdrop|share|post|write|comment|show|offer me',
  'send|add|follow|message|text|email|tag|invite|ask|call|contact|airdrop|share|show .. to? me',
  'about|at me',
  'been sent|added|followed|messaged|tagged|contacted|invited|asked|called|shown|approached',
  'request|message|invite|invitation|text|email|dm|call from',
  'receive|received|got|get|have .. request|message|invite|text|email|dm|call|photo|image|video|nude',
  'want|wants|keep|keeps|try|tries|trying .. to follow|add|message|friend me',
  'find|found my .. account|profile|instagram|facebook|tiktok|page|number',
  'follow|followed|add|added|friend|friended|message|messaged me',
  'request:NOUN',
  'ring|call|phone|email|contact|approach|text my mobile|phone|number|email|work+email',
];
