/**
 * The vocabulary of UK school social media policies and of the staff who ask about them, as data.
 * Patterns run over lower-cased text with curly quotes straightened. `expand` words are added to a search
 * query when the concept is found in a question, so a question in slang still meets the policy's words.
 * Nothing here is taken from a particular school's policy: it is the general language of the field.
 */

export interface Concept {
  id: string;
  kind: 'who' | 'what';
  /** Matched against clauses and questions. */
  patterns: RegExp[];
  /** Extra forms only staff use when asking (slang, abbreviations), matched against questions only. */
  slang?: RegExp[];
  /** Policy words to add to the query when a question mentions the concept. */
  expand: string[];
}

/**
 * Subjects that stand on their own: a policy that never mentions them does not cover a question about them,
 * however many other words the question shares with it ("using AI to write reports" is not about reports).
 */
export const STANDALONE_TOPICS: ReadonlySet<string> = new Set([
  'ai_tools',
  'encyclopaedia',
  'livestreaming',
  'gifts',
  'fundraising',
  'privacy_settings',
  'expenses',
  'cctv',
  'smart_watches',
  'transport',
]);

export const WHO: Concept[] = [
  {
    id: 'pupil',
    kind: 'who',
    patterns: [
      // Not "a pupil's older sister" or "a student's mum": someone else, named by the pupil they belong to.
      /\b(pupil|pupils|student|students|child|children|childrens|young (people|person)|learner|learners|minor|minors|youngster|youngsters)\b(?! on (a )?(teaching )?placements?\b| teachers?\b|'s (older |younger |big |little |twin |eldest |oldest )?(sisters?|brothers?|siblings?|mums?|mams?|moms?|dads?|mothers?|fathers?|parents?|carers?|family|grandparents?|nan|gran|grandma|grandad|aunt|uncle)\b)/,
      /\b(year|years|yr|yrs|y|class|classes|form|forms|key stage|ks)\s?\d{1,2}s?\b/,
      /\b(sixth[- ]?form(er|ers)?|reception|nursery class|lower school|upper school|infants?|juniors?)\b/,
    ],
    slang: [
      // "A girl in my group", "one of the lads": in a question from school staff, a child they work with.
      /\b(girl|girls|boy|boys|lad|lads|lass|lasses)\b(?! ?(friend|band|scouts?|guides?)\b)/,
      /\b(kid|kids|kiddo|teen|teens|teenager|teenagers|tutee|tutees|year\s?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen))\b/,
      /\bone of my (class|form|group|set)\b/,
      /\b(my|a) (tutor group|form group|set)\b/,
      // "a photo of my class": the class is its pupils.
      /\b(photos?|photographs?|pictures?|pics?|videos?|footage|images?|selfies?) (of|with) (my|our|the|a|their|his|her) (whole )?(class|form|tutor group|group|team)\b/,
    ],
    expand: ['pupil', 'pupils', 'student', 'children', 'child'],
  },
  {
    id: 'former_pupil',
    kind: 'who',
    patterns: [
      /\b(former|ex|old|past|previous)[- ]?(pupil|pupils|student|students|learner|learners)\b/,
      /\b(alumni|alumnus|school leavers?)\b/,
      /\b(pupils|students) (from|at) (their|my|your|a) (former|previous|old|last) schools?\b/,
      /\b(has|have|who) left (the|this|our) school\b/,
      /\bon leaving\b/,
      // "a girl who left Year 6 last summer", "a lad who left us in July"
      /\b(who|that|since (he|she|they)) (has |have )?left (year|yr|class|us|the|our|this|in|last)\b/,
      /\b(children|pupils|students|child|pupil|student|who|that) (who |that )?(have|has) (now )?left\b/,
    ],
    slang: [
      /\b(left|leaving|graduated|finished) (school|year 1[13]|sixth form)\b/,
      /\b(who|that) left (last|this) (year|term|summer)\b|\bleft (last|this) (year|term|summer)\b/,
      /\b(my|their|a|the) (old|last|previous|former) school\b/,
      /\bused to teach\b/,
      // "left about 5 years back", "left two years ago", "someone I taught years ago"
      /\bleft (school |us |the school )?(about |around |over |nearly |almost |roughly |more than |less than )?(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of) (years?|months?) (ago|back)\b/,
      /\b(i )?taught (him|her|them|\w+) (\w+ )?years ago\b/,
      // "a lad I taught years ago", "one of my old yr 13s", "she's at uni now".
      /\btaught( \w+){0,2} years ago\b|\bmy old (yr|year) ?\d{1,2}s?\b|\bmy old (class|form|tutor group|tutees)\b|\b(at|started|finished|in his|in her) (uni|university)\b/,
    ],
    expand: ['former', 'leaving', 'pupils', 'contact'],
  },
  {
    id: 'parent',
    kind: 'who',
    patterns: [
      /\b(parent|parents|parental|carer|carers|guardian|guardians)\b/,
      /\b(pupils'|pupil's|children's|childrens) (family|families|family members)\b/,
      /\b(families|family members) of (the )?(children|pupils|students|a child|a pupil)\b|\b(their|pupils'|children's) families\b|\bfamilies\b/,
      // Not "my dad's results", "my mum is ill": the asker's own parent is no pupil's.
      /\b(?<!\bmy (own )?)(mother|father|mum|mom|dad|step-?parent)s?\b/,
    ],
    slang: [
      /\b(?<!\bmy )(mummy|daddy|mums|dads|mam|ma|pa|the parents|a parent)\b/,
      // "A pupil's older sister", "a student's nan": the pupil's family, which policies rule on with parents.
      /\b(pupil|student|child|learner|kid)'s (older |younger |big |little |twin |eldest |oldest )?(sisters?|brothers?|siblings?|grandparents?|nan|gran|grandma|grandad|aunt|uncle|family)\b/,
      // "My best friend has a boy in year 10", "whose daughter is in my class": the friend is a pupil's parent.
      /\b(has|have|got) (a|an|two|three|her|his|their)? ?(boys?|girls?|sons?|daughters?|kids?|child|children|little ones?) (in|at|who goes to|starting)\b|\bwhose (boy|girl|son|daughter|kid|child|children) (is|are|goes|go)\b/,
    ],
    expand: ['parents', 'carers', 'family'],
  },
  {
    id: 'colleague',
    kind: 'who',
    patterns: [
      /\b(use|conduct|behaviour|misuse|posts?) by (a member of |members of )?staff\b/,
      /\b(an?|another) (adult|member of staff|staff member|colleague)('s)? (has|have|is|may have|conduct|behaviou?r)\b/,
      /\b(colleague|colleagues|co-?workers?|work ?mates?|fellow (staff|teachers?)|other (members of )?staff|another (member of staff|teacher)|a member of staff|teaching assistants?|supply teachers?)\b/,
    ],
    slang: [
      /\b(boss|manager|head of department|hod|another teacher|other teacher|a teacher|my ta)\b/,
      // The head's own conduct is a colleague's conduct, with its own route round them.
      /\b(the|our|my) (head ?teacher|head|principal|deputy head|deputy) (is|has|was|keeps|talks|speaks|posted|sent|messag\w*|follow\w*|added|shared|said)\b/,
    ],
    expand: ['colleagues', 'staff'],
  },
  {
    id: 'family_member',
    kind: 'who',
    patterns: [
      /\b(family members?|immediate family|relatives?|own child|own children|grandchild(ren)?|nieces?|nephews?|related to|members? of (your|their|my|his|her) (own )?(immediate )?family)\b/,
      /\bmy (own )?(son|daughter|niece|nephew|cousin|grandson|granddaughter|grandchild|grandchildren|brother|sister|sibling|stepson|stepdaughter|godson|goddaughter|kid|kids|child|children|husband|wife|partner)\b/,
    ],
    slang: [
      /\b(niece|nephew|godchild|step-?(son|daughter|child)|grand(son|daughter|child|children|kids?))\b/,
      /\bmy (cousin|sister|brother|aunt|uncle)'?s (son|daughter|kid|kids|child|children|lad|girl|boy)\b/,
    ],
    expand: ['family', 'members', 'immediate'],
  },
  {
    id: 'governor',
    kind: 'who',
    patterns: [/\b(governor|governors|governing body|trustee|trustees|board of trustees)\b/],
    expand: ['governors'],
  },
  {
    id: 'public',
    kind: 'who',
    patterns: [/\b(members? of the public|general public|strangers?|people (you|they) do not (really )?know)\b/],
    expand: ['public'],
  },
];

/**
 * "follow" as a platform does it (follow a pupil, followers), not as a rule is followed: "the following",
 * "as follows", "follow the guidance", "expected to follow", "follow up", "following a report".
 */
const FOLLOW = String.raw`(?<!\bthe )(?<!\bas )(?<!\b(?:expected|required|asked|obliged|need|needs|have|has|had|agree|agreed|agrees) to )follow(?:ing|ed|er|ers|s)?\b(?!-up\b| up\b| (?:the |these |this |those |our |its |all |any |their |your |relevant |appropriate |agreed |correct |same |usual |normal |established |school'?s? |trust'?s? |local |safeguarding |reporting |national |statutory |professional |good |best |safe |clear |internal |whistleblowing |complaints? )?(?:guidance|guidelines?|polic(?:y|ies)|principles?|procedures?|rules?|advice|instructions?|steps?|codes?|process(?:es)?|protocols?|standards?|practices?|routes?|channels?|suit|below|above|through|on from)\b| (?:a |an |the |any |this |that |such )?(?:report\w*|referrals?|allegations?|incidents?|concerns?|disclosures?|investigations?|complaints?|meetings?|reviews?|decisions?|conversations?|discussions?|breach\w*|consultations?|training|inspections?|events?)\b)`;

/** A pattern with the platform sense of "follow" spliced in where `FOLLOW` stands. */
function withFollow(source: string): RegExp {
  return new RegExp(source.replace('FOLLOW', FOLLOW));
}

export const WHAT: Concept[] = [
  {
    id: 'contact',
    kind: 'what',
    patterns: [
      withFollow(
        String.raw`\b(friend requests?|friend|friends|friending|friended|befriend|add(ing|ed)? (them|him|her|pupils?|students?|learners?|parents?|children)|FOLLOW|connect(ion|ions|ing|ed)?|contact(s|ing|ed)?|communicat(e|es|ing|ion|ions)|messag(e|es|ing)|in touch|relationships?|correspond(ence)?)\b`,
      ),
      /\b(accept(ing|ed)?|decline|declin(ing|ed)|refuse|ignore|block) .{0,30}\brequests?\b/,
      /\b(respond(ing)?|reply(ing)?|replies|engag(e|ing) (with|in))\b/,
      /\b(conversations? with|talk(ing)? to|speak(ing)? (to|with)|get in touch|keep in contact)\b/,
      /\bdiscuss(es|ed|ing)?\b[^.?]{0,40}\bwith (the |a |their |his |her |my )?(pupils?|students?|learners?|parents?|carers?|mums?|dads?|families|child|children)\b/,
      /\brequests? from\b/,
    ],
    slang: [
      /\b(dm|dms|dm'd|dmd|pm|pms|inbox|slide into|text|texts|texting|texted|chat(?! ?gpt)|chatting|whatsapp(ed)?|snap(ped|ping)?|add(ed|ing|s)? me|added|follows? me|followed me|request(ed)? me|sent me a (request|message|dm|follow)|mates|pals|bestie|keep up with|stay in touch|stalk)\b/,
      // Calling someone, with or without video, is contact; so is playing online games together.
      /\b(video ?call(s|ed|ing)?|face ?time(d|ing)?|zoom call|teams call|skype|(phone|ring|call)(ing|ed)? (them|him|her|a (pupil|student|child)|the (pupil|student|child)|pupils|students))\b/,
      /\b(play(s|ed|ing)?|gam(e|es|ing)) (online )?(games? )?(with|against)\b|\bplay(s|ed|ing)? (fortnite|roblox|minecraft|fifa|call of duty|among us|xbox|playstation)\b|\b(xbox|playstation|psn|roblox|fortnite|minecraft|discord) (with|party|server)\b/,
    ],
    expand: ['contact', 'friend', 'requests', 'communicate', 'social', 'media', 'personal'],
  },
  {
    id: 'photos',
    kind: 'what',
    patterns: [
      /\b(photo|photos|photograph|photographs|photographed|photography|picture|pictures|image|images|video(?! ?call)|videos|filming|film|footage|recording|recordings|record|selfies?|camera|cameras)\b/,
    ],
    slang: [/\b(pic|pics|piccy|snaps|vid|vids|reel|reels|story|stories|clip|clips)\b/],
    expand: ['photographs', 'images', 'videos', 'pupils'],
  },
  {
    id: 'posting',
    kind: 'what',
    patterns: [
      /\b(post|posts|posting|posted|publish|published|publishing|upload|uploading|uploaded|share|sharing|shared|comment|comments|commenting|tweet|tweets|tweeting|blog|blogs|blogging|write about|writing about|mention|mentions|mentioning|tag|tagged|tagging|content|make reference|makes reference|making reference|reference to|refer to)\b/,
    ],
    slang: [
      /\b(put (it |them |this |that |something |anything |stuff |a (post|photo|pic|picture|video|status|comment|story) )?(up|online|on)|stick (it )?(up|on)|go live|livestream|live stream|retweet|repost|like|likes|liking)\b/,
    ],
    expand: ['post', 'posting', 'comments', 'images', 'reference'],
  },
  {
    id: 'school_activity',
    kind: 'what',
    patterns: [
      /\b(school (activity|activities|event|events|trips?|visits?|play|show|concert|performance|fair|disco)|activity\/event|sports day|nativity|christmas (play|show|fair|concert)|parents' evening|open evening|prize giving|residential)\b/,
    ],
    slang: [/\b(events?|trip|outing|assembly|match|fixture|disco|fete)\b/],
    expand: ['school', 'activity', 'event', 'activities'],
  },
  {
    id: 'identify_school',
    kind: 'what',
    patterns: [
      /\b(school'?s name|name of the school|school name|logo|logos|brand|branding|uniform|identif(y|ies|ied|ying|iable) (yourself|themselves|the school|your school|your profession|as)|place of work|where (you|they|i) work|employer|work for the school|employees of|profile|job title|occupation|profession)\b/,
    ],
    slang: [
      /\b(say|mention|put|list|state) (that )?(i|where i) (work|teach)\b/,
      /\b(say|mention|put|list|state|tell people|post|show)\b[^.?]{0,25}\b(i|where i) (work|teach)\b/,
      /\bin my bio\b/,
      /\bbio\b/,
      /\bwho i work for\b/,
    ],
    expand: ['identify', 'school', 'name', 'logo', 'employees', 'profile'],
  },
  {
    id: 'device',
    kind: 'what',
    patterns: [
      /\b(mobile phones?|phones?|smartphones?|mobiles?|devices?|tablets?|ipads?|i-pads?|laptops?|computers?|equipment|handsets?|smart ?watch(es)?)\b/,
    ],
    slang: [/\b(my phone|my mobile|my cell|cellphone|iphone|android|pc|chromebook)\b/],
    expand: ['mobile', 'phones', 'devices', 'equipment', 'personal'],
  },
  {
    id: 'school_equipment',
    kind: 'what',
    patterns: [
      /\b(school'?s?|academy|trust|work|official|school-owned|school owned|school provided|academy-owned) (computers?|devices?|equipment|ipads?|i-pads?|tablets?|laptops?|network|cameras?|phones?|systems?|property|ict)\b/,
      /\b(provided by the school|belonging to (the|their) school|school property)\b/,
    ],
    slang: [/\b(work laptop|work phone|school ipad|school laptop|class ipad|staffroom computer)\b/],
    expand: ['school', 'computers', 'devices', 'equipment'],
  },
  {
    id: 'time_place',
    kind: 'what',
    patterns: [
      /\b(when|where|while|whilst) (the )?(children|pupils|students) (are|may be) (present|around|in the room|there)|in front of (the )?(children|pupils|students|class)|(out of|in) (the )?view of (the )?(children|pupils)\b/,
      /\b(in school|at school|at work|while at work|whilst at work|school times?|school hours|school day|working hours|work time|during (the )?(day|lessons?|class|teaching|work)|lunch ?(time|times|break|breaks|hour)?(?! (supervisors?|staff|assistants?|organisers?|team))|breaks?(?! (this|the|these|that|those|our|any|a|its|school'?s?|trust'?s?) (social media )?(policy|policies|rules?|code|law|agreement|contract|confidentiality))|break ?time|rest breaks|contact time|on (the )?(school )?(site|premises)|in class|in the classroom|in lessons?|when children are present|school trips?|school visits?)\b/,
    ],
    slang: [
      /\b(while|when|with) (the )?(kids|children|pupils|class) (are )?(in the room|around|there|in class|with me|watching)\b/,
      /\b(between lessons|free period|ppa|frees|on duty|playground duty|in the staffroom|staff ?room|on my break)\b/,
    ],
    expand: ['school', 'times', 'breaks', 'lunch', 'premises', 'work'],
  },
  {
    id: 'official_accounts',
    kind: 'what',
    patterns: [
      /\b(official|class|department|school|school's|schools|academy|academy's|trust|trust's|team|club|subject) (\w+ )?(sites?|accounts?|pages?|channels?|groups?|blogs?)\b/,
      /\b(accounts?|pages?|channels?) for (an?|the|my|our) (\w+ )?(club|department|class|team|school|academy|subject)\b/,
      // "starting an instagram for the dance department", "a TikTok for our netball team".
      /\b(instagram|insta|facebook|fb|tiktok|twitter|youtube|snapchat)( page| account| channel)? for (the|our|my|a) (\w+ ){0,2}(department|dept|club|team|class|house|society|subject|production|show|choir|band|orchestra)\b/,
      // "The eco club want an Instagram page", "the history department's TikTok account".
      /\b(club|department|class|team|society|house|subject|pta|form)('s|s'|s)? (\w+ ){0,3}(instagram|facebook|tiktok|twitter|x|youtube|snapchat|social media) (pages?|accounts?|channels?|profiles?)\b/,
      /\b(set up|setting up|start|starting|create|creating|open|opening|make|making|run|running)( an?| the| new| our| my)* (\w+ ){0,2}(accounts?|sites?|pages?|groups?|blogs?|channels?)\b/,
      /\b(official (school )?(sites?|accounts?|pages?|channels?|social media)|school('s)? (accounts?|pages?|sites?|channels?|social media)|on behalf of the school|class (accounts?|pages?|blogs?)|(create|creating|set up|setting up|start|starting|open|opening|creation of)( an?| new| the)? (accounts?|sites?|pages?|groups?|blogs?|channels?)|network accounts|admin rights)\b/,
    ],
    slang: [
      /\b(class insta|class twitter|class page|department account|school insta|school twitter|school facebook|pta page|our own account|run the school'?s)\b/,
      // "share the school's sports day post", "repost the academy's tweet": content from the official account.
      /\b(the )?(school|academy|trust)'s (own |official )?(\w+ ){0,3}(posts?|tweets?|reels?|stories|story|updates?)\b/,
      // "the school insta posted about our netball team": the official account's own post.
      /\b(the )?(school|academy|college|trust)('s)? (insta|instagram|facebook|fb|twitter|x|tiktok|page|account) (has )?(posted|shared|put up|put out|tweeted)\b/,
    ],
    expand: ['official', 'school', 'sites', 'accounts', 'creating', 'approved'],
  },
  {
    id: 'reporting',
    kind: 'what',
    patterns: [
      /(?<!\b(write|writes|writing|wrote|written|school|end of (term|year)) )\b(report|reports|reported|reporting|raise|raised|raising|concern|concerns|concerned|worried|worry|worrying|refer|referred|inform|informed|notify|tell(?! (the |a |an |their |his |her |my |our )?(parents?|mums?|dads?|famil(y|ies)|carers?|pupils?|students?|child(ren)?|kids?|class|friends?|followers|world|public)\b)|disclose|disclosure|whistle-?blow(ing)?|alert)\b/,
    ],
    slang: [
      /\b(who do i (tell|speak|talk|go)|who should i|grass|flag|dob in|snitch|let someone know|has come to me (quietly |privately |in confidence )?(because|about|with))\b/,
    ],
    expand: ['report', 'concerns', 'raised', 'safeguarding', 'inform'],
  },
  {
    id: 'evidence',
    kind: 'what',
    patterns: [
      /\b(records?|recorded|screenshots?|screen ?prints?|screen ?shot|evidence|keep a copy|save (a )?copy|log|logged)\b(?!-?in\b| on\b| onto\b| (students?|pupils?|learners?|children|a child|them|him|her|lessons?|videos?|audio|sound)\b)/,
    ],
    slang: [/\b(screengrab|screen grab|ss|proof)\b/],
    expand: ['records', 'keep', 'screen', 'prints'],
  },
  {
    id: 'messaging',
    kind: 'what',
    patterns: [
      /\b(messag(e|es|ing)|private messages?|direct messages?|communicat(e|es|ing|ion)|chat(?! ?gpt)|chatting|texts?|texting|e-?mail (them|pupils|parents))\b/,
    ],
    slang: [
      /\b(dm|dms|dm'd|dmd|pm|pms|inbox|whatsapp(ed)?|snapchat (them|him|her)|text(ed)? (them|him|her|a)|messenger|msgs?|txts?)\b/,
    ],
    expand: ['message', 'messages', 'communicate', 'privately'],
  },
  {
    id: 'friending',
    kind: 'what',
    patterns: [
      withFollow(
        String.raw`\b(friend requests?|follow requests?|connection requests?|befriend|friending|friended|add(ing|ed)? (as )?(a )?friends?|FOLLOW|accept(ing|ed)? (a |the |their )?(friend|follow|request)|(be|become|stay|being|as) friends)\b`,
      ),
    ],
    slang: [
      /\b(unfriend|unfollow|add(ed|s)? me|follow(ed|s)? me|follow (them |him |her )?back|mates with|friends with|request(ed)? me|friend (a|them|him|her|pupils?|parents?))\b/,
    ],
    expand: ['friend', 'requests', 'follows', 'accept', 'invitations', 'connect'],
  },
  {
    id: 'privacy_settings',
    kind: 'what',
    patterns: [
      // Bare "privacy" is not enough: "no expectation of privacy on school devices" is about monitoring.
      /\b((high|highest|strict|strictest|maximum) (levels? of )?privacy|privacy (settings?|levels?|controls?|options?)|security settings?|public profile|opt out of public|lock down|private (accounts?|profiles?|settings?)|keep [^.;]{0,30} private|set to private|how private|(accounts?|profiles?|pages?) (is |be |are |should be )?private)\b/,
    ],
    slang: [
      /\b(priv(acy)? setting|make my (account|profile) private|private account|lock my|(be|set|kept|keep it|go) private)\b/,
      // "should my instagram be public?": the same setting, asked the other way round.
      /\b((be|set|go|make it|keep it|left|leave it) public|public (account|profile|page))\b/,
    ],
    expand: ['privacy', 'settings', 'private'],
  },
  {
    id: 'personal_info',
    kind: 'what',
    patterns: [
      /\b(personal (contact )?details|contact details|phone numbers?|telephone numbers?|mobile numbers?|numbers?|e-?mail address(es)?|personal e-?mail|home address(es)?|addresses|date of birth|personal information)\b/,
    ],
    slang: [
      /\b(my number|my digits|my email|my address|my mobile number|whatsapp number)\b/,
      // "A Year 7 asked for my Snapchat", "can I give her my insta": the asker's username on an app.
      /\b(ask(ed|ing|s)? (me )?for|give (him|her|them|a pupil|the pupil)|gave (him|her|them)|pass(ed)? on|share) my (snapchat|snap|insta|instagram|tiktok|whatsapp|discord|facebook|fb|username|handle|user ?name|gamertag)\b/,
    ],
    expand: ['personal', 'contact', 'details', 'phone', 'numbers', 'email', 'username'],
  },
  {
    id: 'criticism',
    kind: 'what',
    patterns: [
      /\b(critic(ise|ize|ises|izes|ised|ized|ising|izing|ism|al)|complain(t|ts|ing)?|negative|negatively|derogatory|defamatory|defame|defamation|insult(ing)?|attack|abuse|abusive|offensive|disparag\w*|arguing|argue|disrepute|reputation|reputational|rude|malicious|views|opinions?)\b/,
    ],
    slang: [
      /\b(moan|moaning|rant|ranting|slag(ging)? off|bad-?mouth(ing)?|diss|dissing|vent|venting|have a go|bitch(ing)? about|gripe|trash talk|roast)\b/,
      // "I'm livid … I want to post about how the trust treats its staff": anger at the employer, said in public.
      /\b(livid|fuming|furious|seething|raging|so angry|really angry|fed up with|sick of|hacked off|cheesed off)\b[^?]{0,120}\b(post|tweet|put|share|write|say)\b|\bhow (the|my|our) (school|trust|academy|college|head|headteacher|management|slt|leadership|governors) (treats?|treated|is treating|handles?|handled|runs?|is run)\b/,
    ],
    expand: ['negative', 'criticising', 'comments', 'defamatory', 'disrepute', 'colleagues'],
  },
  {
    id: 'confidentiality',
    kind: 'what',
    patterns: [
      /\b(confidential|confidentiality|internal workings|business-sensitive|sensitive information|personal information about|data protection|gdpr|behaviour|incidents?)\b/,
    ],
    slang: [
      /\b(gossip|what happened in school|goings on|staffing|internal (matters|issues|problems)|what goes on (at|in) (school|work)|hr issues|personnel issues)\b/,
      /\b(details|information|info|stuff) about (a |the |my )?(pupil|pupils|child|children|kid|kids|student|students|family|families|colleague|colleagues|parent|parents)\b/,
    ],
    expand: ['confidential', 'information', 'incidents', 'discussing'],
  },
  {
    id: 'passwords',
    kind: 'what',
    patterns: [/\b(passwords?|log-?ins?|login details|credentials|pass ?codes?|pins?)\b/],
    slang: [/\b(my login|logon|sign-?in details)\b/],
    expand: ['passwords', 'log-ins', 'share'],
  },
  {
    id: 'indecent_images',
    kind: 'what',
    patterns: [
      /\b(indecent|pornograph\w*|sexual(ly)? (explicit )?(images?|content|photos?)|nude|nudes|naked|child abuse (images|material)|explicit images?)\b/,
    ],
    slang: [
      /\b(sexting|dick pic|inappropriate pictures of (a )?(child|pupil|kid))\b/,
      // "a photo of her with no top on", "topless", "semi-nude", "in her underwear"
      /\b(topless|semi-?nudes?|with no (top|clothes|shirt) on|without (a|her|his|their|any) (top|clothes|shirt) on|in (her|his|their) (underwear|bra|pants))\b/,
    ],
    expand: ['indecent', 'images', 'children', 'police'],
  },
  {
    id: 'bullying',
    kind: 'what',
    patterns: [
      /\b(bully|bullied|bullying|cyber-?bull\w*|harass\w*|intimidat\w*|threat|threats|threaten\w*|abuse|abusive|trolling|troll|trolls|victimis\w*|hate)\b/,
    ],
    slang: [
      /\b(picking on|pile on|pile-on|nasty comments|horrible comments|fake account|impersonat\w*|pretending to be me|hacked)\b/,
    ],
    expand: ['bullying', 'harassment', 'abuse', 'cyberbullying', 'report'],
  },
  {
    id: 'disciplinary',
    kind: 'what',
    patterns: [
      /\b(disciplinary|discipline|dismiss\w*|gross misconduct|misconduct|breach|breaches|sanctions?|consequences?|formal action|investigat\w*)\b/,
      /\b(break|breaks|breaking|broke|broken|ignore|ignoring|go against|going against) (the|this|these|a|any)( social media)? (policy|rules?)\b/,
    ],
    slang: [/\b(sacked|fired|get the sack|lose my job|in trouble|get into trouble|punished|disciplined)\b/],
    expand: ['breach', 'disciplinary', 'action', 'misconduct', 'dismissal'],
  },
  {
    id: 'email',
    kind: 'what',
    patterns: [/\b(e-?mail|e-?mails|email addresses|work email|school email)\b/],
    expand: ['email', 'addresses', 'official'],
  },
  {
    id: 'monitoring',
    kind: 'what',
    patterns: [
      /\b(monitor|monitors|monitored|monitoring|expectation of privacy|tracked|tracking|filter(ed|ing)?|browsing|internet use|internet usage)\b/,
    ],
    slang: [
      /\b(spy|spying|see what (i|we)|watch what (i|we)|check(s|ing)? (what (i|we)|(my|our) (history|browsing|emails?|internet))|look at what (i|we)|read (my|our) (school |work )?(emails?|messages))\b/,
    ],
    expand: ['monitors', 'usage', 'internet', 'privacy'],
  },
  {
    id: 'respond',
    kind: 'what',
    patterns: [/\b(respond|responds|responding|reply|replying|replies|engage with|engaging with|engage in|engage)\b/],
    slang: [/\b(comment back|answer back|retaliat\w*|hit back|argue back|clap back|get involved)\b/],
    expand: ['engage', 'respond', 'reply'],
  },
  {
    id: 'social_life',
    kind: 'what',
    patterns: [
      /\b(social (contacts?|circles?|life)|socially|personal (friends?|friendships?|relationships?)|friends? (of mine|outside (of )?(school|work)|in real life)|outside (of )?(school|work)|part of the same|(were|was|already) friends|knew (them|the family|each other|her|him) before)\b/,
      /\bfriends? with [^.;]{0,30}\bbefore\b/,
    ],
    slang: [
      /\b(know (them|her|him|each other|the parent) (outside|socially|from)|we('re| are) (mates|friends)|old friends?|neighbours?)\b/,
    ],
    expand: ['social', 'contacts', 'circle', 'known'],
  },
  {
    id: 'advice',
    kind: 'what',
    patterns: [/\b(advice|advise|questions|queries|guidance|specialist advice|unsure|in doubt|not sure)\b/],
    slang: [/\b(help me|help with|who can help|who knows)\b/],
    expand: ['advice', 'questions', 'concerns', 'responsible'],
  },
  {
    id: 'permission',
    kind: 'what',
    patterns: [
      /\b(permission|consent|approv(al|e|ed)|authoris\w*|authoriz\w*|agreed|exception|exceptions|sign-?off)\b/,
    ],
    slang: [/\b(ok'?d|okayed|green light|allowed to make an exception)\b/],
    expand: ['permission', 'approved', 'consent', 'exception'],
  },
  {
    id: 'copyright',
    kind: 'what',
    patterns: [
      /\b(copyright|copyrighted|plagiar\w*|someone else's (images|content|work)|reproduce|(give|giving|failing to give) acknowledg\w*|acknowledg\w* (the )?(source|author|owner|creator))\b/,
    ],
    slang: [
      /\b(found (it |them |this )?(on google|online|on the internet)|from google|google images|other people's (photos|pictures|images|work|content)|without (crediting|credit|asking))\b/,
    ],
    expand: ['copyright', 'permission'],
  },
  {
    id: 'encyclopaedia',
    kind: 'what',
    patterns: [/\b(wikipedia|wiki|encyclopa?edias?)\b/],
    expand: ['encyclopaedias', 'wikipedia', 'edit'],
  },
  {
    id: 'ai_tools',
    kind: 'what',
    patterns: [
      /\b(artificial intelligence|ai (tools?|apps?|chatbots?|systems?)|generative ai|chat ?gpt|copilot|gemini|chatbots?)\b/,
    ],
    slang: [/\b(ai|gpt|claude|bard)\b/],
    expand: ['ai', 'tools', 'artificial', 'intelligence'],
  },
  {
    // Gifts and money from families: staff codes often rule on them (thank-you gifts, vouchers, cash); a policy that
    // never mentions them does not cover them.
    id: 'gifts',
    kind: 'what',
    patterns: [/\b(gifts?|gift ?cards?|e-?gifts?|gift vouchers?|vouchers?|bribes?|hospitality)\b/],
    slang: [/\b(paypal|cash|thank ?you (present|pressie|card|money)|pressies?|whip[- ]round)\b/, /£\s?\d+/],
    expand: ['gift', 'gifts', 'money', 'voucher'],
  },
  {
    // Being paid back for a phone bill, an allowance, expenses: pay and expenses policies rule on them.
    id: 'expenses',
    kind: 'what',
    patterns: [
      /\b(expenses?|reimburs\w*|allowances?|mileage|money back|pay (me |us |anything |something )?(back|towards)|claim (it |them )?back|contribut\w* (to|towards) (my|our|the) (bill|contract|phone))\b/,
    ],
    expand: ['expenses', 'allowance', 'reimbursement'],
  },
  {
    // Getting to and from work, and giving people lifts: a school's travel or code-of-conduct rules, not its social
    // media policy, unless this one speaks of them. (Phones on the minibus are still phones.)
    id: 'transport',
    kind: 'what',
    patterns: [
      /\b(car ?pool\w*|car ?shar\w*|lift ?shar\w*|give (a |them |him |her |the )?(\w+ )?(a )?lifts?|lifts? (home|to|from|back)|parking|car park|park (my|the|our) car)\b/,
    ],
    expand: ['lifts', 'transport', 'parking', 'car'],
  },
  {
    // Smart watches and fitness trackers: a subject of their own (a policy may allow them with notifications off, or
    // say nothing), not just any device.
    id: 'smart_watches',
    kind: 'what',
    patterns: [
      /\b(smart ?watch(es)?|apple watch(es)?|fitbits?|fitness (trackers?|watch(es)?)|garmin|wearables?|galaxy watch)\b/,
    ],
    expand: ['watch', 'watches', 'smart', 'fitness', 'trackers'],
  },
  {
    // CCTV on the site: a school's CCTV policy, not its social media policy, unless this one says otherwise.
    id: 'cctv',
    kind: 'what',
    patterns: [/\b(cctv|security cameras?|camera footage|surveillance cameras?)\b/],
    expand: ['cctv', 'cameras'],
  },
  {
    // Fundraising and donation pages: a subject of its own, as gifts are.
    id: 'fundraising',
    kind: 'what',
    patterns: [
      /\b(donat\w*|fundrais\w*|just ?giving|go ?fund ?me|crowdfund\w*|sponsor(ship|ed|ing)? (me|page|form))\b/,
    ],
    expand: ['fundraising', 'donation', 'donate', 'charity'],
  },
  {
    id: 'press',
    kind: 'what',
    patterns: [
      /\b(media (enquir\w*|inquir\w*|requests?|interest|attention|coverage)|press (enquir\w*|inquir\w*|office|releases?|statements?|coverage)|the press|journalists?|reporters?|newspapers?|local media|news media)\b/,
    ],
    slang: [/\b((local|county|the|a) paper|bbc|itv|the news|on the radio)\b/],
    // Not "press": the typo reader would take "dress" for it. "reporter" is here so it is not read as "reported".
    expand: ['media', 'newspapers', 'journalists', 'journalist', 'reporter', 'reporters'],
  },
  {
    id: 'livestreaming',
    kind: 'what',
    patterns: [
      /\b(livestream\w*|live ?stream\w*|live broadcast\w*|go(ing)? live|broadcast\w* live)\b/,
      // "A performance may be streamed, live or on demand, only where …".
      /\b(performances?|services?|events?|lessons?|assembl(y|ies)|concerts?|productions?|plays?|matches|fixtures?|shows?|ceremon(y|ies)) (may|must|will|can|should|are|is)( not| only| never)? be (live[- ]?)?(streamed|broadcast)\b/,
      // "must not stream, record or broadcast a chapel service": streaming an event is live streaming.
      /\b(stream|streams|streamed|streaming)\b(,? (or |and )?(record\w*|broadcast\w*|film\w*),?)* (or |and )?(broadcast\w* )?(an?|the|any|their|our) (\w+ )?(services?|events?|lessons?|assembl(y|ies)|concerts?|performances?|productions?|plays?|fixtures?|matches|match|games?|ceremon(y|ies))\b/,
    ],
    slang: [/\b((tiktok|insta|instagram|facebook|fb|youtube) live|stream(ing)? it)\b/],
    expand: ['livestream', 'live'],
  },
  {
    id: 'pupil_use',
    kind: 'what',
    patterns: [
      /\b(access to social media|use social media in (their|the) (common room|lesson)|pupils? (can|may|will) (only )?(use|have access))\b/,
    ],
    expand: ['access', 'authorised', 'lesson'],
  },
];

export interface Platform {
  id: string;
  patterns: RegExp[];
}

export const PLATFORMS: Platform[] = [
  { id: 'facebook', patterns: [/\b(facebook|fb|face book|messenger|fb messenger)\b/] },
  { id: 'instagram', patterns: [/\b(instagram|insta|ig|the gram|instagramm?ed)\b/] },
  { id: 'snapchat', patterns: [/\b(snapchat|snap chat|snap|snaps|snapped)\b/] },
  { id: 'tiktok', patterns: [/\b(tiktok|tik tok|tik-tok|tiktoks)\b/] },
  { id: 'whatsapp', patterns: [/\b(whatsapp|whats app|whatsapped|wa group)\b/] },
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

/** Roles a policy may name, with the display name the bot uses. Order matters: more specific first. */
export const ROLES: { name: string; pattern: RegExp }[] = [
  { name: 'the Deputy Headteacher', pattern: /\b(deputy head ?teacher|deputy head|assistant head ?teacher)\b/ },
  {
    name: 'the Headteacher',
    pattern: /\b(head ?teacher|head of school|head teacher|executive head(teacher)?|the head(?! of))\b/,
  },
  { name: 'the Principal', pattern: /\b(principal|vice principal)\b/ },
  { name: 'the Chief Executive Officer', pattern: /\b(chief executive( officer)?|ceo)\b/ },
  { name: 'the Head of School', pattern: /\bhead of school\b/ },
  {
    name: 'the Designated Safeguarding Lead (DSL)',
    pattern:
      /\b(dsl|dsls|designated safeguarding (lead|leads|officer|officers|person|lead officer)|lead designated safeguarding officer|safeguarding lead|child protection (officer|lead|co-?ordinator)|designated senior (person|lead))\b/,
  },
  { name: 'the LADO', pattern: /\b(lado|local authority designated officer)\b/ },
  { name: 'your line manager', pattern: /\b(line managers?|your manager|head of department|team leader)\b/ },
  { name: 'the School Business Manager', pattern: /\b(school business manager|business manager|bursar)\b/ },
  {
    name: 'the Social Media Manager',
    pattern:
      /\b(social media (manager|lead|co-?ordinator|officer)|communications (lead|manager|officer|team)|head of (communications|marketing)|marketing (lead|manager|team))\b/,
  },
  {
    name: 'the senior leadership team',
    pattern:
      /\b(senior leadership team|senior leadership|senior management team|senior management|slt|smt|leadership team|senior leaders?|member of the leadership team)\b/,
  },
  { name: 'school management', pattern: /\b(school management|the management)\b/ },
  { name: 'the EMG', pattern: /\bemg\b/ },
  { name: 'the Data Protection Officer', pattern: /\b(data protection officer|dpo)\b/ },
  {
    name: 'the IT team',
    pattern:
      /\b(it (support|team|department|manager|technician)|network manager|ict (support|team|manager|co-?ordinator)|online safety co-?ordinator)\b/,
  },
  { name: 'the governing body', pattern: /\b(governing body|chair of governors|board of trustees|trustees)\b/ },
  { name: 'the police', pattern: /\b(police|999|ceop)\b/ },
  { name: 'HR', pattern: /\b(human resources|hr (department|team|adviser|advisor)|personnel)\b/ },
  { name: 'the Professionals Online Safety Helpline', pattern: /\b(posh|professionals online safety helpline)\b/ },
];

/**
 * Verbs of passing a matter on to someone. "Should I tell the DSL if…", "Do I need to inform my line
 * manager…", "Should I report it?" ask for the reporting procedure, not whether telling is allowed.
 */
export const TELLING_VERBS =
  /\b(tell|inform|notify|report|alert|let (\w+ ){1,3}know|raise (it|this|that)|refer (it|this|that)|flag (it|this|that)( up)?|pass (it|this|that) on|mention (it|this|that))\b/;

/** Question words that mark an off-topic school question even when "school" appears. */
export const OFF_TOPIC_HINTS =
  /\b(park|parking|car park|lunch menu|dinner menu|canteen|meeting|inset|term dates?|holiday|pay ?day|salary|payslip|pension|uniform policy|dress code|timetable|office open|photocopier|printer|fire drill|sick leave|annual leave|staff room fridge)\b/;

/**
 * Staff wording -> the words policies use for the same thing. Unlike concepts these tag nothing: they only
 * widen a question's search and count towards how specifically a clause answers it, so "should I reply"
 * meets "should not respond" and "my bio" meets "online profile". General UK-school vocabulary, no one
 * school's phrasing.
 */
/**
 * `online`: the wording names something of the online world itself (an app, a repost, a racist post), so a
 * clause using its policy words shows the question is on topic even when no concept says so. Staff words for
 * ordinary school life (meetings, selling, the evening) do not.
 */
/** Staff words for a trip or outing ("the Year 4 trip", "walking the preschoolers to the library"). */
export const OUTING_WORDING = String.raw`trips?|outings?|residentials?|day out|excursions?|field ?trips?|(walk|walking|taking) (the |my |our )?(\w+ )?(to|round|around|down to) the (library|park|shops|church|beach|farm|woods|museum|pond|allotment)`;

export const PARAPHRASES: { pattern: RegExp; expand: string[]; online?: boolean }[] = [
  {
    pattern: /\b(reply|replying|replied|respond|responding|answer (back|them|it)|write back|message back)\b/,
    expand: ['respond', 'reply', 'engage', 'answered'],
  },
  {
    pattern: /\b(horrible|nasty|mean|vile|hateful|spiteful|unkind|awful|rude|trolling|trolled|troll)\b/,
    online: true,
    expand: ['negative', 'offensive', 'abusive', 'abuse', 'derogatory', 'unkind', 'rude'],
  },
  {
    pattern: /\b(racist|racism|sexist|sexism|homophobic|transphobic|misogynist\w*|bigoted|ableist)\b/,
    online: true,
    expand: ['discriminatory', 'offensive', 'race', 'sex', 'derogatory'],
  },
  { pattern: /\bpockets?\b/, expand: ['pocket', 'person', 'secure', 'kept'] },
  // A child in foster care is "looked after" (or under a court order) in a safeguarding policy's words.
  {
    pattern:
      /\b(foster(ed|ing)?|in care|care order|looked[- ]after|child protection plan|adopted|special guardianship)\b/,
    expand: ['looked', 'after', 'court', 'order', 'social', 'worker', 'photographed'],
  },
  // Playing online with someone: what a policy calls online games, game lobbies, parties and servers.
  {
    pattern:
      /\b(gamertag|gaming|games?|warzone|fortnite|roblox|minecraft|fifa|call of duty|xbox|playstation|ps5|discord|squad up|party chat|lobby|lobbies)\b/,
    expand: ['games', 'gaming', 'online', 'play', 'lobbies', 'parties', 'servers'],
  },
  // Union business: what a policy calls trade union activity.
  {
    pattern:
      /\b(unions?|union reps?|ucac|neu|nasuwt|naht|unison|gmb|strikes?|striking|industrial action|picket\w*|ballot\w*)\b/,
    expand: ['trade', 'union', 'activity', 'industrial'],
  },
  // An Ofsted or Estyn visit: what a policy calls inspections, an internal school matter.
  {
    pattern: /\b(ofsted|estyn|inspections?|inspectors?|hmi)\b/,
    expand: ['inspection', 'inspections', 'internal', 'matters'],
  },
  // Private tutoring and babysitting: what a policy calls private tuition or work for families.
  {
    pattern: /\b(tutor(ing|ed)?|tuition|extra lessons|private lessons|babysit\w*|childminding|nannying)\b/,
    expand: ['tuition', 'tutoring', 'private', 'babysitting', 'paid'],
  },
  // Putting an app on a device: installing software.
  {
    pattern: /\b(download\w*|install\w*|get (an|the|this) app|put (an|the|this) app)\b/,
    expand: ['install', 'software', 'apps'],
  },
  // "Keep an eye on what they post": monitoring.
  {
    pattern: /\b(keep(ing)? an eye on|check(ing)? up on|keep(ing)? tabs on|watch(ing)? (what|their))\b/,
    expand: ['monitor', 'monitoring', 'look'],
  },
  // Boarding: boarders, the house, its dorms and staff.
  {
    pattern: /\b(boarders?|boarding|dorms?|dormitor(y|ies)|houseparents?|house ?(mistress|master))\b/,
    expand: ['boarding', 'house', 'boarders'],
  },
  // "The parents in my class clubbed together": a class collection.
  {
    pattern:
      /\b(club(bed|bing)? together|chip(ped|ping)? in|whip[- ]?round|collection from (the |all the )?(class|parents))\b/,
    expand: ['collection', 'whole', 'class', 'organised', 'parents'],
  },
  // "£40 on PayPal": money, in the words a rule on gifts uses.
  { pattern: /£\s?\d+|\b(paypal|cash|bank transfers?|venmo|monzo|money)\b/, expand: ['money', 'cash', 'payment'] },
  // "Can I keep my phone on me?": carrying it about, in the policy's words.
  {
    pattern:
      /\b(keep|have|carry|bring|take) (it|them|my (phone|mobile)|the phone|my watch)? ?(on me|with me|on my person)\b/,
    expand: ['carry', 'carried', 'person', 'pocket'],
  },
  // Staff shifts: what a policy calls rotas and cover.
  {
    pattern: /\b(shifts?|swap(ping|ped)? (days|a day)|cover for (me|her|him|someone|each other)|rotas?)\b/,
    expand: ['rota', 'rotas', 'cover', 'shift'],
  },
  // Blocking, unfriending and unfollowing are things done on a platform, whatever words come with them.
  { pattern: /\b(block|blocking|blocked|unblock)\b/, online: true, expand: ['block', 'blocking', 'blocked'] },
  {
    pattern: /\b(unfriend\w*|unfollow\w*|remove (them|him|her) as a friend)\b/,
    online: true,
    expand: ['unfriend', 'unfollow', 'remove', 'block'],
  },
  // "If it's anonymised" meets "even without naming anyone": a wording for leaving names out.
  {
    pattern:
      /\b(anonymi[sz](e|ed|ing)|anonymous(ly)?|without (names|naming)|no names|not nam(e|ing) (them|anyone|him|her))\b/,
    expand: ['naming', 'anonymised', 'anonymous', 'identified', 'identify'],
  },
  {
    pattern:
      /\b(making fun of|make fun of|mock|mocking|mocked|taking the (mick|mickey|piss)|laughing at|take the (mick|mickey))\b/,
    online: true,
    expand: ['bully', 'insult', 'abuse', 'derogatory', 'harassment'],
  },
  {
    pattern: /\b(for (a bit of |some )?fun|for a laugh|for the banter|for a joke|just because)\b/,
    expand: ['trivial', 'reasons'],
  },
  {
    pattern: /\b(bio|profile|handle|username|user name|about me|display name|header)\b/,
    online: true,
    expand: ['profile', 'name', 'identify'],
  },
  {
    pattern: /\b(where i work|my work ?place|workplace|my employer|my job|place of work|i work at|i teach at)\b/,
    expand: ['employer', 'employees', 'work', 'identify', 'profession'],
  },
  { pattern: /\b(break|lunch|playground|yard|gate|bus|corridor) duty\b/, expand: ['duty', 'duties', 'playground'] },
  {
    pattern: /\b(google drive|dropbox|icloud|one ?drive|cloud|my own laptop|home computer|memory stick|usb)\b/,
    online: true,
    expand: ['cloud', 'storage', 'personal', 'devices', 'stored'],
  },
  {
    pattern: /\b(side (business|hustle|job)|my (own )?business|make money|sell|selling|customers?|clients?)\b/,
    expand: ['personal', 'gain', 'commercial'],
  },
  {
    pattern:
      /\b(google me|look me up|search me|vet(ting)?|background checks?|before (my|the) interview|recruit\w*|new job|job application)\b/,
    online: true,
    expand: ['online', 'checks', 'searches', 'recruitment'],
  },
  {
    pattern: /\b(public|open to everyone|locked|lock (it|my account)|private account|who can see)\b/,
    online: true,
    expand: ['private', 'privacy', 'settings'],
  },
  {
    pattern: /\b(nickname|fake name|different name|alias|maiden name|surname|pseudonym)\b/,
    expand: ['name', 'alternative', 'profile', 'surname'],
  },
  {
    // "Like" as in a post, not "like the other parents do".
    pattern:
      /\b(repost\w*|retweet\w*|reshare\w*|share\w*|likes?(?! (the )?other\b| every(one|body)\b| any ?(one|body|other)\b| (i|we|they|you|he|she|it'?s|normal|that|this)\b)|liked|liking|forward\w*)\b/,
    online: true,
    expand: ['share', 'repost', 'like', 'forward'],
  },
  { pattern: /\b(meetings?|briefings?|training|inset|cpd)\b/, expand: ['meetings', 'duties'] },
  { pattern: /\b(data breach|gdpr|data protection)\b/, expand: ['data', 'breach', 'protection'] },
  {
    pattern: /\b(lost|lose|stolen|left (my|the) (laptop|phone|ipad|tablet|memory stick))\b/,
    expand: ['lose', 'lost', 'device', 'data', 'report'],
  },
  {
    pattern: /\b(threat\w*|hurt me|kill me|beat me|come after me|come for me|violence|violent|attack me)\b/,
    expand: ['threat', 'threatened', 'threats', 'violence', 'police'],
  },
  {
    pattern: /\b(fake (account|profile)|pretend\w* to be (me|a teacher)|impersonat\w*|catfish\w*|cloned)\b/,
    online: true,
    expand: ['impersonated', 'fake', 'identity', 'fraud'],
  },
  { pattern: /\b(tagged|tag me|tags?)\b/, online: true, expand: ['tag', 'tagged', 'untag'] },
  {
    pattern: /\b(late at night|at night|after hours|evenings?|weekends?|out of hours|10 ?pm|11 ?pm|midnight)\b/,
    expand: ['hours', 'quiet', 'own', 'time', 'outside'],
  },
  {
    pattern: /\b(moan\w*|rant\w*|slag\w*|vent\w*|whing\w*|complain\w*|bitch\w*)\b/,
    expand: ['criticise', 'criticising', 'negative', 'complaint', 'rant'],
  },
  {
    pattern: /\b(hoodie|lanyard|fleece|badge|jumper|polo|uniform|kit|logo)\b/,
    expand: ['uniform', 'logo', 'logos', 'clothing', 'badges'],
  },
  {
    pattern: /\b(group chat|group chats|class group|parents'? group|whatsapp group)\b/,
    online: true,
    expand: ['group', 'groups', 'chat', 'chats'],
  },
  {
    pattern:
      /\b(not (sure|in the policy|covered)|unsure|isn'?t (in|covered)|doesn'?t (cover|say)|(have|got) a question|any questions|who do i ask)\b/,
    expand: ['questions', 'covered', 'unsure', 'advice', 'situations', 'eventualities'],
  },
  {
    pattern:
      /\b(set up|setting up|start(ing)?|creat\w*|open(ing)?|make|making|launch\w*) (a|an|the|our|my)( new)?( \w+)? (page|account|group|channel|site|blog)\b/,
    expand: ['create', 'created', 'creating', 'opened', 'new', 'account', 'accounts', 'approval'],
  },
  {
    pattern:
      /\b(seesaw|padlet|class ?dojo|google classroom|tapestry|showbie|flipgrid|kahoot|canva|apps? for (my )?class)\b/,
    online: true,
    expand: ['services', 'educational', 'platforms', 'approved'],
  },
  {
    pattern: /\b(porn\w*|adult (content|stuff|material|sites?)|x-rated|explicit)\b/,
    online: true,
    expand: ['pornography', 'unsuitable', 'material', 'inappropriate'],
  },
  {
    pattern: /\b(dms?|direct messag\w*|pms?|private messag\w*|inbox\w*|slide into)\b/,
    online: true,
    expand: ['direct', 'private', 'messages', 'message'],
  },
  {
    pattern:
      /\b(go(ing)? live|lives?tream\w*|stream\w*|live video|(tiktok|insta|instagram|facebook|fb|youtube) live)\b/,
    online: true,
    expand: ['livestream', 'live', 'streaming', 'stream', 'broadcast'],
  },
  {
    // "A reporter from the county paper rang": the press, however the policy names it.
    pattern: /\b(reporters?|journalists?|(local|county) (news)?papers?|newspapers?|the press|bbc|itv)\b/,
    expand: ['media', 'newspapers', 'journalists', 'enquiries'],
  },
  {
    // "his talker", "her eye gaze": a communication aid (AAC), as staff call them.
    pattern:
      /\b(talkers?|eye ?gaze|communication (aids?|devices?|books?)|voice output|speech (devices?|generating devices?)|aac|proloquo\w*|grid ?3|lamp words for life)\b/,
    expand: ['aac', 'device', 'communication'],
  },
  {
    // "his nan", "her grandad": a pupil's family, as policies name them.
    pattern:
      /\b(his|her|their) (nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|grandparents?|auntie|aunt|uncle)\b/,
    expand: ['family', 'families', 'relatives'],
  },
  {
    // "push tickets for my show on my insta", "plug my band's gig", "advertise my business": promoting one's own work.
    pattern:
      /\b(push|plug|pushing|plugging|sell|selling|flog|flogging|promot\w*|advertis\w*) (the |my |our )?(\w+ )?(tickets|show|shows|gig|gigs|band|business|book|event|performance|exhibition|classes)\b/,
    expand: ['promote', 'promoting', 'own', 'professional'],
  },
  {
    // "which night Maya is on", "what date he's in the show": which performance a pupil is in.
    pattern:
      /\b(which|what) (night|nights|show|performance|date|day|matinee)s? (she|he|they|[a-z]+)( is|'s| are) (on|in|performing|playing|appearing|singing|dancing)\b/,
    expand: ['performance', 'appearing', 'named'],
  },
  {
    // "FaceTime his nan", "a Zoom with mum": a video call, whatever the app.
    pattern: /\b(facetime\w*|face ?time|video ?call\w*|zoom call|on zoom|skype|whatsapp video|video chat)\b/,
    online: true,
    expand: ['video', 'call', 'calls'],
  },
  { pattern: /\b(dodgy|iffy|inappropriate|dubious|sketchy|nsfw)\b/, expand: ['inappropriate', 'unsuitable'] },
  {
    pattern: /\b(mates?|friends?|friendly|pals?) with\b|\bbest mate\b|\bknew (her|him|them) before\b/,
    expand: ['friends', 'friendship', 'social', 'circle', 'already'],
  },
  { pattern: /\b(mistake|by accident|accidentally|oops)\b/, expand: ['breach', 'report', 'mistake'] },
  {
    pattern: /\b(nudes?|sexts?|sexting|naked|topless)\b/,
    online: true,
    expand: ['indecent', 'sexual', 'image', 'images'],
  },
  {
    pattern:
      /\b(politic\w*|vot(e|ing)|election|labour|tory|tories|conservative|lib ?dem|green party|reform uk|party)\b/,
    expand: ['political', 'politics', 'views', 'opinions'],
  },
  {
    pattern: /\b(ai|chat ?gpt|copilot|gemini|chatbot|generative)\b/,
    expand: ['artificial', 'intelligence', 'ai', 'generative', 'tools'],
  },
  // Everyday staff-room wording for what policies name formally: calling someone a crook is defamation,
  // swearing is obscenity, "old people" is age as a protected characteristic, breaking the rules is a breach.
  {
    pattern: /\b(crooks?|liars?|frauds?|cheats?|corrupt|accus\w*|lies about|lying about|false allegations?)\b/,
    online: true,
    expand: ['defamatory', 'defame', 'allegations', 'comments'],
  },
  {
    pattern: /\b(swear\w*|swore|curs(e|es|ing)|f-?word|bad language|foul language|effing)\b/,
    expand: ['obscenities', 'obscene', 'language', 'offensive'],
  },
  {
    pattern: /\b(old (people|folk)|elderly|pensioners?|oaps?|boomers?|too old|too young)\b/,
    expand: ['age', 'derogatory', 'offensive'],
  },
  {
    pattern:
      /\b(disabled people|wheelchair users?|gay|lesbian|trans people|muslims?|christians?|jews?|jewish|immigrants?|foreigners?)\b/,
    expand: ['disability', 'sexual', 'orientation', 'religion', 'belief', 'race', 'derogatory', 'offensive'],
  },
  {
    pattern: /\b(break(s|ing)?|broke(n)?|go(es|ne)? against|flout\w*) (the |this |a |our )?(policy|rules?|code)\b/,
    expand: ['breach', 'breaches', 'breaching'],
  },
  {
    pattern: /\b(fights?|scraps?|punch-?ups?|brawls?|scuffles?|kicked off|kick-?off)\b/,
    expand: ['incident', 'incidents', 'behaviour'],
  },
  {
    pattern: /\b(credit(ing)?|give (them )?credit|acknowledg\w*|name the (photographer|author|owner))\b/,
    expand: ['acknowledgement', 'credit', 'permission'],
  },
  {
    pattern: /\b(having a go|had a go|kick(ing)? off at|row(ing)? with|argu\w*|falling out|fell out|slanging)\b/,
    expand: ['arguing', 'argue', 'dispute', 'disputes', 'conflict'],
  },
  // "The parents' WhatsApp has been having a go at a teacher": criticism of staff, in a policy's words.
  {
    pattern:
      /\b(having a go at|had a go at|laying into|slagging (off|them|her|him)|ganging up on|piling on|tearing (into|apart)|bad-?mouth\w*|trash(ing|ed)? talk\w*)\b/,
    expand: ['criticise', 'criticism', 'allegations', 'complaints'],
  },
  {
    pattern: /\b(get in(to)? trouble|be in trouble|get (told off|disciplined|sacked|punished)|lose my job)\b/,
    expand: ['disciplinary', 'victimised', 'action', 'consequences'],
  },
  // Telling a parent how their child is getting on is discussing school matters with them.
  {
    pattern:
      /\b(tell|telling|update|updating|let|letting|chat to|chatting to|talk to|talking to) (the |a |their )?(parents?|mums?|dads?|carers?)( know)? (what|about|how|that) (their|her|his|the) (child|son|daughter|kid|boy|girl)\b/,
    expand: ['discuss', 'discussed', 'school', 'matters', 'progress', 'behaviour'],
  },
  {
    // "Walking the preschoolers to the library" is an outing too.
    pattern: new RegExp(`\\b(${OUTING_WORDING})\\b`),
    expand: ['visits', 'visit', 'trips', 'off-site', 'outing', 'outings'],
  },
  // Place, time and role in school life, in the words staff use for them.
  // A child who has left (a leaver, "left Year 6", "left last summer") is a former pupil, and policies part
  // former pupils by age: those still under 18 are treated as pupils.
  {
    pattern:
      /\b(leavers?|left (year|yr|y) ?\d{1,2}|left (last|this|in) (year|term|summer|july|june)|(who|that|since (he|she|they)) (has |have )?left)\b/,
    expand: ['former', 'left', 'leaving', 'under', '18', 'age'],
  },
  // A child's age stated as a number ("she's 13 now", "aged 15") is about the under-18 line.
  {
    pattern:
      /\b((she|he|they)('s| is| are) (now |only |still )?|aged? |now )(1[0-7]|[4-9])\b|\b(1[0-7]|[4-9]) (now|years old)\b/,
    expand: ['under', '18', 'age', 'aged'],
  },
  // Reception and nursery are the Early Years Foundation Stage (EYFS).
  {
    pattern: /\b(reception(?! (desk|area|office|staff|team))|nursery|pre-?school|foundation stage|eyfs|early years)\b/,
    expand: ['early', 'years', 'foundation', 'stage', 'eyfs', 'reception', 'nursery'],
  },
  // A child who has just joined the school: a relationship with the family may predate it.
  {
    pattern:
      /\b(son|daughter|child|kid|kids|children|boy|girl|lad)\b[^.?]{0,25}\b(started|starts|starting|joined|joins|joining|enrolled|moved (here|to))\b/,
    expand: ['joined', 'joins', 'before', 'already', 'existing'],
  },
  {
    pattern: /\b(address|where i live|my house|home address)\b/,
    expand: ['address', 'addresses', 'personal', 'information'],
  },
  // Naming a child in full, as staff put it, is what policies limit to first (Christian) names.
  {
    pattern: /\b(full names?|surnames?|last names?|whole names?|first and (last|second) names?)\b/,
    expand: ['full', 'names', 'first', 'christian', 'forenames', 'surnames'],
  },
  // Putting something in a bio or saying it on one's own page is naming it on a personal account.
  {
    pattern:
      /\b(in|on) (my|the|their) (bio|profile|about)\b|\b(say|put|mention|state|list)( on| in)? my (insta\w*|facebook|fb|profile|bio|tiktok|twitter|page|linkedin)\b/,
    expand: ['name', 'identify', 'themselves', 'employees'],
  },
  // Saying that one works somewhere is identifying oneself as its employee.
  {
    pattern: /\b(that|where) i work\b|\bi work (at|there|here|for)\b/,
    expand: ['identify', 'themselves', 'employees'],
  },
  // What follows a report is what policies describe as measures or action then taken.
  {
    pattern:
      /\b(what happens (next|now|after|then|afterwards|once|when)|what now|what next|what will happen|after i('ve| have)? (report|tell|told|reported|raised?))\b/,
    expand: ['measures', 'action', 'taken', 'followed', 'procedure', 'outcome'],
  },
];
