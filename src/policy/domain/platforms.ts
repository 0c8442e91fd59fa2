/** Platforms by name and by the slang staff use for them, and the words that put a question on or off the topic. */
export interface Platform {
  id: string;
  patterns: RegExp[];
}

export const PLATFORMS: Platform[] = [
  { id: 'facebook', patterns: [/\b(facebook|fb|face book|messenger|fb messenger|facebooked|messengered)\b/] },
  { id: 'instagram', patterns: [/\b(instagram|insta|ig|the gram|instagramm?ed|instagramming)\b/] },
  {
    id: 'snapchat',
    patterns: [/\b(snapchat|snapchats|snapchatting|snapchatted|snap chat|snap|snaps|snapped|snapping)\b/],
  },
  { id: 'tiktok', patterns: [/\b(tiktok|tik tok|tik-tok|tiktoks)\b/] },
  { id: 'whatsapp', patterns: [/\b(whatsapp|whatsapps|whatsapping|whats app|whatsapped|wa group)\b/] },
  { id: 'twitter', patterns: [/\b(twitter|tweet|tweets|tweeting|retweet|x \(twitter\)|on x|x\.com)\b/] },
  { id: 'linkedin', patterns: [/\b(linkedin|linked in)\b/] },
  { id: 'youtube', patterns: [/\b(youtube|you tube|yt)\b/] },
  { id: 'threads', patterns: [/\bthreads\b/] },
  { id: 'bluesky', patterns: [/\bbluesky\b/] },
  { id: 'discord', patterns: [/\bdiscord\b/] },
  { id: 'reddit', patterns: [/\breddit\b/] },
  { id: 'pinterest', patterns: [/\bpinterest\b/] },
  { id: 'telegram', patterns: [/\btelegram\b/] },
  {
    id: 'xbox',
    patterns: [
      /\b(xbox|playstation|ps[45]|psn|steam|fortnite|roblox|minecraft|warzone|call of duty|fifa|ea fc|among us|online gaming|gaming|gamertag)\b/,
    ],
  },
  { id: 'dating', patterns: [/\b(tinder|hinge|bumble|dating apps?)\b/] },
  { id: 'flickr', patterns: [/\bflickr\b/] },
  { id: 'blog', patterns: [/\b(blog|blogs|blogging|vlog|podcast)\b/] },
];

/** Words that make a question about social media or online conduct at all. */
export const SOCIAL_MEDIA =
  /\b(social media|social networking|social network|social networks|networking sites?|online|internet|web ?sites?|webspace|web space|apps?|accounts?|profiles?|platforms?|posts?|chat rooms?|forums?|sites?|networks?|digital|e-?safety|cyber\w*)\b/;

/** Question words that mark an off-topic school question even when "school" appears. */
export const OFF_TOPIC_HINTS =
  /\b(park|parking|car park|lunch menu|dinner menu|canteen|meeting|inset|term dates?|holiday|pay ?day|salary|payslip|pension|uniform policy|dress code|timetable|office open|photocopier|printer|fire drill|sick leave|annual leave|staff room fridge)\b/;
