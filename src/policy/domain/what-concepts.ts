import type { Concept } from './concept.js';

/**
 * "follow" as a platform does it (follow a pupil, followers), not as a rule is followed: "the following",
 * "as follows", "follow the guidance", "expected to follow", "follow up", "following a report".
 */
const FOLLOW = String.raw`(?<!\bthe )(?<!\bas )(?<!\b(?:expected|required|asked|obliged|need|needs|have|has|had|agree|agreed|agrees) to )follow(?:ing|ed|er|ers|s)?\b(?!-up\b| up\b| (?:the |these |this |those |our |its |all |any |their |your |relevant |appropriate |agreed |correct |same |usual |normal |established |school'?s? |trust'?s? |local |safeguarding |reporting |national |statutory |professional |good |best |safe |clear |internal |whistleblowing |complaints? )?(?:guidance|guidelines?|polic(?:y|ies)|principles?|procedures?|rules?|advice|instructions?|steps?|codes?|process(?:es)?|protocols?|standards?|practices?|routes?|channels?|suit|below|above|through|on from)\b| (?:a |an |the |any |this |that |such )?(?:report\w*|referrals?|allegations?|incidents?|concerns?|disclosures?|investigations?|complaints?|meetings?|reviews?|decisions?|conversations?|discussions?|breach\w*|consultations?|training|inspections?|events?)\b)`;

/** A pattern with the platform sense of "follow" spliced in where `FOLLOW` stands. */
function withFollow(source: string): RegExp {
  return new RegExp(source.replace('FOLLOW', FOLLOW));
}

/** The acts and things a policy's rules are about: contact, posting, photos, devices and the rest. */
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
    slang: [
      /\b(paypal|cash|thank ?you (present|pressie|card|money)|pressies?|whip[- ]round|(birthday|christmas|leaving) (present|pressie)s?)\b/,
      /£\s?\d+/,
    ],
    expand: ['gift', 'gifts', 'money', 'voucher'],
  },
  {
    // Work for a pupil's family outside school: babysitting, childminding, private tuition. Staff codes often rule on
    // it; a social media policy that never mentions it does not cover it.
    id: 'private_work',
    kind: 'what',
    patterns: [
      /\b(babysit\w*|baby-sit\w*|nannying|private (tuition|tutoring|lessons?)|(paid |private )?tutoring|tuition|tutor (her|him|them|their \w+|my \w+|a pupil|pupils|children|kids))\b/,
    ],
    expand: ['babysitting', 'tuition', 'tutoring'],
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
