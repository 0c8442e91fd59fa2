/**
 * The concepts safety is decided by: what the question is about, never how it is phrased. Each list holds the
 * field's words for one concept, as lemma patterns; safety.ts combines concepts (an image AND indecency AND a
 * child) so that any paraphrase naming the same things lands in the same class.
 */

/** An image or recording of any kind. */
export const IMAGE = [
  'photo|photos|video|videos|image|images|picture|pictures|pic|pics|selfie|selfies|screenshot|screenshots|recording|clip|snap:NOUN|snaps|footage|film:NOUN|nude|nudes',
];

/** What makes an image indecent, or the image words that already say so. */
export const INDECENT = [
  'indecent|nude|nudes|naked|topless|bottomless|explicit|sexual|sexualised|sexualized|sexy|intimate|pornographic|porn|porno|obscene|raunchy|undressed|semi-nude|seminude|semi-naked|x-rated|sexting|sext|sexts|sextortion',
  'semi naked|nude',
  'no|without top|tops|clothes|clothing|bra|shirt|t-shirt|trousers|knickers|pants|underwear',
  'in|wearing her|his|their? underwear|undies|bra|knickers|pants|boxers|lingerie|bikini|underpants',
  'nothing on',
  'underwear|lingerie|bikini|swimsuit|bra|knickers photo|photos|pic|pics|picture|pictures|selfie|selfies|image|images|video|videos|snap|snaps',
  'trousers|pants|knickers|top down|off',
  'private+parts|privates|genitals|genital|penis|vagina|boobs|breasts',
  'dick|cock pic|pics|photo',
  'inappropriate|dodgy|compromising|revealing|dirty|rude|provocative .. photo|photos|picture|pictures|pic|pics|image|images|video|videos|selfie|selfies|snap|snaps',
  'csam|iiioc',
  'blur|blurred|blurring .. picture|photo|image|pic|video',
  'child abuse image|images|material',
  'self-generated',
  // "She sent me something she shouldn't have": a child's image the asker should not hold.
  "she|he|they|pupil|girl|boy ... should+n't|shouldn't|should+not have",
  // What the image shows, said without the words: changing, sex, "stuff on camera".
  'getting|get|got changed|undressed|undressing',
  'in the? shower|bath .. photo|photos|video|videos|pic|pics|picture|filmed|recorded',
  // Made to undress for someone, or an account that sells explicit pictures.
  'made|make|making|forced|force|forcing|pressured|told|asked to? strip|stripping|undress',
  'onlyfans|fansly',
  'having|have|had sex',
  'sex video|videos|tape|vid|vids|clip|clips|act|acts',
  'stuff|things|it on camera|cam|video',
  // An image that has to be blurred before anyone sees it; blurring faces or a badge is the decoy below.
  'blur|blurred|blurring',
  // A child asked for pictures: the pictures asked for are the indecent kind.
  'ask|asks|asking|asked|pressure|pressuring|pressured .. girls|boys|her|him|them|pupils|kids for pic|pics|photo|photos|picture|pictures|image|images|video|videos',
];

/** Handling an image: what staff must not do with one. */
/**
 * A child filmed or photographed in the bath or shower: indecent to hold or pass on when the child is someone else's;
 * a parent's own toddler in the bath is not a safeguarding matter for the school (see safety.ts).
 */
export const UNCLOTHED_SCENE = ['in the? bath|shower|bathtub|showers'];

export const HANDLE = [
  'view|look|see|watch|open|keep|save|store|screenshot|screenshotting|forward|show|share|send|delete|remove|print|copy|airdrop|download|upload|check|look+through|pass|circulate|take|confiscate|search|go+through|photograph',
];

/** A child: the other party, or the person in the image. */
export const CHILD = [
  'pupil|pupils|child|children|kid|kids|boy|boys|girl|girls|lad|lads|student|students|teen|teenager|teenagers|minor|minors|son|daughter|learner|boarder|baby|toddler|youngster|sixth-former|tutee',
  'year|yr|y #num',
  'under 18|16|13',
  'herself|himself',
  'reception|nursery|ks1|ks2|ks3|ks4|eyfs',
  'classmate|classmates',
  // Teams named by age ("the U14s") and a child spoken of by her family at home.
  'u8|u9|u10|u11|u12|u13|u14|u15|u16|u8s|u9s|u10s|u11s|u12s|u13s|u14s|u15s|u16s|under-#num',
  'her|his|their parent|parents|father|mother|stepfather|stepmother|uncle|brother|sister|grandad|grandpa|nan|family',
];

/** The image is of an adult: a nude of an adult is no child's image. */
export const ADULT_IMAGE = [
  'of|from me|myself|my+partner|my+husband|my+wife|my+boyfriend|my+girlfriend|a+colleague|an+adult|a+woman|a+man',
];

export { RISK } from './risk.js';

/** Harm aimed at someone: about a child only when not aimed at the asker ("parents are bullying me"). */
export const HARM_TO_SOMEONE = [
  'bully|bullied|bullying|cyberbully*|cyber-bully*',
  'picking|picked on',
  'ganging up',
  'abuse|abused|abusing',
  'threaten|threatened|threatening|threats',
  'hit|hits|hitting|beat|beats|kicked|punched|slapped|hurt|harmed|attacked him|her|them|a+pupil|a+child',
  'being|been|was|got|is hurt|harmed|attacked|hit|punched|kicked',
  // Signs that are about a child only when the question does not say they are the asker's own.
  'been off|absent|missing for? .. weeks|days|week|fortnight',
  'lost .. weight',
];

/** An adult the child knows only online, or much older. */
export const ADULT = [
  'man|men|adult|adults|stranger|strangers|older|guy|bloke|someone|somebody|agent|scout|photographer|coach|manager|person|people|grown',
  '#num year old|yr+old|years+old',
];

/** Words that name an adult outright, enough when the child is only "her" or "them". */
export const ADULT_PLAIN = ['man|men|adult|adults|stranger|strangers|older|guy|bloke|agent|photographer|coach'];

/** Going out with someone, staying at theirs: with an adult's age beside a child, a relationship that is abuse. */
export const RELATIONSHIP = [
  'dating|date|boyfriend|girlfriend|bf|gf|relationship|partner|seeing|staying|stays|going+out|sleeping|sleeps',
];

/** "Nearly 18": a pupil who is not an adult yet, whatever number the question gives. */
export const NOT_YET_ADULT = ['nearly|almost|not+yet|not+quite 18|eighteen', 'turns|turning 18|eighteen'];

/** What a groomer does: the signs, whatever the words. */
export const GROOMING = [
  'meet|meeting up?',
  'love|loves|loved him|her|them|you',
  'keep .. secret|chats+secret|it+secret|quiet',
  'not to? tell',
  'pick|picking him|her|them up',
  'camera on',
  'top|clothes|shirt off',
  'gift|gifts|present|presents|money|robux|v-bucks|vbucks|voucher|vouchers|skins|sweets',
  'gift cards',
  'party at|flat|hotel|his+house|his+place',
  'car',
  'lift|lifts',
  'free food|stuff|things|drinks|vapes',
  'swimsuit|bikini|underwear',
  'send .. photo|photos|pics|pictures|pic|picture|video|videos',
  'modelling|modeling',
  'mature for her|his|their age',
  'not allowed to tell',
  'secret with',
  'without his|her|their parents|parent|family knowing',
  'vape|vapes|alcohol|cigarettes',
  'want|wants|wanted|ask|asks|asked|asking .. address|location|postcode',
  'his|their house|place|flat|car',
];

/** Teaching about a risk is no risk: a PSHE lesson on sexting, a CEOP video on grooming. */
export const TEACHING = [
  'lesson|lessons|unit|assembly|workshop|topic|session|scheme on|about',
  'pshe|rshe|rse|curriculum|resources|materials',
  'planning|plan a|an? lesson|unit|assembly',
  'ceop|nca video|videos|resource|resources',
  'documentary|documentaries',
  'teach|teaching|taught|educate|educating .. about|on',
];

/** Something that actually happened: then a lesson nearby is no reason to stay quiet. */
export const INCIDENT = [
  'told|tells|showed|shows|sent|saw|seen|found|noticed|disclosed|discloses|posted|messaged|shared|airdropped|admitted|mentioned|confided|wrote|said|says',
  'has|have|had been',
  'going|goes|went|gone round|around',
  'circulating|circulated',
  'being shared|passed|sent',
  'doing the rounds',
];

/** "Nude" that is a colour: tights, make-up, shoes. */
export const DECOY = [
  'nude|flesh tights|colour|color|coloured|colored|shade|shades|heels|lipstick|shoes|leotard|nails|nail|make-up|makeup|palette|bra|bras|foundation|tones',
  'blur|blurred|blurring .. face|faces|name|names|background|backgrounds|uniform|badge|logo|details|number+plate',
  'face|faces|name|names|background|backgrounds|uniform|badge|logo .. blur|blurred|blurring',
];

/** Happy secrets: a surprise, a present. */
export const BENIGN_SECRET = [
  'surprise|birthday|present|gift|cake|card|easter|christmas|party|trip|outing|prize|prom|theme|concert|performance|competition|quiz|pregnan*|retirement|leaving|leavers|baby+shower|engagement|wedding|job|interview|application|applying|promotion|resign*',
];

/** Immediate danger: 999 first. */
export const IMMEDIATE = [
  'right now',
  'tonight|immediately|currently',
  'in immediate|imminent danger',
  'going|about|plans|planning to .. kill|hurt|harm|meet|run|jump|take',
  'is|are .. with him|her|them now',
  'tonight|today|this+evening|after+school .. meet|meeting',
  'taken pills',
  'unconscious|bleeding',
  'not breathing',
];

/** Reporting a concern: telling the DSL or anyone. */
export const REPORT = [
  'report|reporting|reported|tell|telling|told|inform|informing|notify|flag|raise|refer|escalate|log|mention|disclose|involve|involving|pass+on|passing+on',
  'let .. know',
  'speak|talk to .. dsl|head|someone|anyone|anybody|somebody|manager|safeguarding|lado|police',
  'say anything|something',
  'dsl|designated|lado|police',
  'safeguarding lead|team',
];

/** The formal side of reporting: a word that names the safeguarding route, so a delay of it is a delay of a concern. */
export const REPORT_FORMAL = [
  'report|reporting|reported|log|logging|logged|refer|referral|escalate|flag|raise|dsl|designated|lado|police|safeguarding|cpoms|myconcern|disclose',
  'pass|passing|hand|handing it|this|that? on|over',
  'write|writing it|this|that? up',
];

/** Putting off a report, or leaving it to see what happens. */
export const DELAY = [
  'wait|waiting|delay|delaying|ignore|ignoring|postpone',
  'hold|put off',
  'hold on to|onto',
  'in|until|till|after september|january|april|june|the+new+year|next+term|the+holidays|half+term',
  'until|till i have|get more',
  'sit on it',
  'leave it|this|them|things',
  'until|till|before .. monday|tomorrow|next|morning|weekend|after|later|end|half|holiday|holidays|term|sure|certain|more',
  'until|till|before i have|know|check|find|am|get',
  'wait and see',
  'keep an? eye|eyes on',
  'monitor|monitoring|watch|watching it|this|him|her|them|things',
  'give|leave it a? few|couple? days|weeks|week|while|bit',
  'see how it|things go|goes',
  'hang|hanging on|fire',
  'next week',
  'tomorrow|monday|later',
  'fortnight',
  'at the? next .. meeting|briefing|review|catch-up|supervision',
  'after|at|until|till|before .. observation|parents+evening|holidays|holiday|break|weekend|meeting|briefing|trip|inspection|ofsted|christmas|easter|summer|half+term|course|exams|mocks|term',
  'end of the? week|day|term',
  'back burner',
  'no rush|hurry',
  'get|getting round|around|back to',
  'get to it',
  'can|could it|this|that keep|wait',
];

/**
 * Putting off what the asker owes, in words that already say a concern is waiting ("I'll deal with it Monday",
 * "can I leave it until after Ofsted"): a delay by themselves, with no other word of a concern needed.
 */
export const DELAY_SELF = [
  'deal|sort|handle|report|log|raise|refer|escalate|look+into|get+back+to|follow+up|chase|pick+up .. it|this|that|with+it .. monday|tomorrow|later|next|after|tonight',
  'leave|park|hold|sit+on it|this|that|things until|till|for|over',
  'wait and see',
  'sleep|sit on it|this|that',
  'hang|hold fire',
  'see if|whether ... stop|stops|stopped|continues|again|worse|settles|blow|blows|sorts|calms|dies',
];

/** Hiding it or promising secrecy: a concern by itself, whoever would be told. */
export const HIDE = [
  'keep|kept|keeping .. quiet|secret|secrets|between+us|between+ourselves|under+wraps',
  'keep|kept|keeping ... to myself|ourselves',
  'to myself|ourselves',
  'secret|secrecy',
  "promise|promised|promising .. not|won't|wo+n't|wouldn't|would+n't|never|keep|secret",
  'confidential',
  'stays|stay|stay+in this room|between+us',
  'keep|keeping|kept .. off the? system|record|cpoms|myconcern',
  'off the system|record',
  'own|my+own|personal notes',
  'notes at home',
  'keep|keeping|kept|put|putting|write|writing|note|record|jot .. in my|a own? notebook|notes|diary|head|drawer|desk',
  // Destroying the record of a concern.
  'rip|tear|shred|bin|destroy|delete|wipe|throw+away|get+rid+of .. up? my|the|those notes|record|records|log|entry|note',
  'or just keep|leave|mention|note',
  "wo+n't|won't|will+not|not pass .. on",
  "wo+n't|won't|will+not tell|say",
  'keep|keeping|kept that|it|this to myself',
  'made me promise',
  'promised|promise not|never? to tell|say',
  'off the record',
  'informally|unofficially',
  'stay|keep out of it',
  'mind my own business',
  'so|so+that nobody|no+one|noone|nobody .. see|sees|knows|know|finds|find',
  "so|so+that .. do+n't|don't|wo+n't|won't|never|does+n't|doesn't .. see|know|find",
  'cover|covering up',
  'cover it up',
  'hush|sweep',
  'delete|deleting|deleted|wipe|wiping .. before|so|without',
  'not|never tell|telling|mention|say .. anyone|anybody|the+dsl|the+head|parents|their+parents|a+soul',
];

/**
 * Promising a child secrecy, or being asked to: a secret kept for a child is a concern by itself ("he said not to
 * tell his mum", "it stays between us", "she made me promise").
 */
export const HIDE_SELF = [
  'stay|stays|staying|stayed|keep|kept|keeping .. between+us|between+ourselves|between+you+and+me|between+me+and',
  "promise|promised|promising .. not|wo+n't|won't|would+n't|wouldn't|never",
  'made me promise',
  'said|asked|begged|told|wants|wanted|made|agreed|agree|agreeing .. not to tell|say|mention|report|involve|contact|call|refer|log',
  'in confidence',
  "pretend .. never|not|n't|didnt happen|happened|see|saw|seen|notice|noticed|know|knew",
  'keep|keeping|kept her|his|their confidence',
  "wo+n't|won't|not|never .. go|going any? further",
  "condition|conditions|as+long+as|only+if .. do+n't|don't|n't|not|never|wo+n't|won't tell|say|pass|mention",
];

/**
 * Not telling anyone at all, said so plainly: keeping out of it, not writing it down, not "grassing up" a
 * colleague. Each means a concern goes unreported, so none needs another word of a concern.
 */
export const SKIP_SELF = [
  "not|never|n't|nothing say|tell|mention anything|anyone|anybody|a+word",
  "not|n't|never get involved",
  'nobody|no+one|noone needs|has to know',
  "does+n't|doesn't|do+n't|don't|not need|needs to know",
  'keep my head down',
  'grass|grassing|dob|dobbing|snitch|snitching|rat .. up|on',
  "not|n't|never write|note|put|record .. down|on+the+system|on+cpoms|on+myconcern|in+writing",
  'not on|onto the? system|cpoms|myconcern|record|file',
  "n't|not want|like to put|write|record|log .. on|onto|in the? system|cpoms|myconcern|record|file",
  'rather+than|instead+of|without .. putting|put .. on the? system|cpoms|myconcern|record',
  'without involving|telling|reporting|informing|logging .. school|dsl|head|police|safeguarding|anyone|anybody|social+services',
  'have|need|got to report|log|record|refer it|this|that',
  'necessary|essential|required|compulsory|obligatory to report|log|tell|record|refer|mention|pass',
  'need|needs logging|reporting|recording|referring|passing+on',
];

/** Not reporting at all: dealing with it alone, or going round the DSL. */
export const SKIP_REPORT = [
  'deal|handle|sort|manage .. it|this|things|thing|matter|situation|issue|problem ... myself|ourselves|alone|quietly|on+my+own|in+house|internally|within+the+department|within+the+team|within+the+year',
  'myself|ourselves first|instead|without|rather',
  'on my own first|instead|without|rather',
  'investigate|question|interview .. myself|first|before|on+my+own',
  'look into|around .. myself|first|before',
  'ask around',
  'instead+of|rather+than|without|before|not .. report|reporting|telling|tell|involving|involve|informing|inform|referring|dsl|head',
  'no need|point to .. report|tell|mention|bother',
  "not|n't worth|need|bother .. report|reporting|tell|telling|mention|mentioning",
  'just|simply .. leave+it|ignore+it|drop+it|move+on|forget|let+it+go',
  'forget about it',
  'let it go|slide',
  'turn a blind eye',
  'look the other way',
  'have|need|got to .. tell|report|mention .. anyone|anybody|someone|somebody|safeguarding|dsl|the+dsl|police|the+head',
  'skip|skipping|bypass|bypassing|go+round|going+round .. log|logging|report|reporting|telling|recording|dsl|safeguarding|cpoms|myconcern|lado',
  'ignore|overlook it|this|that',
  "not|n't|rather+not .. make it|this|things formal|official",
  'instead+of|rather+than|without .. log|logging|recording|writing',
  'or can|could i just? mention|drop|leave|ignore|bin|forget',
  'just mention it',
  'bother|bothering .. report|reporting|telling|logging|the+dsl|dsl|anyone|cpoms|myconcern|system|paperwork',
  'drop it',
  'quiet word',
  'say|do anything',
  "don't|do+n't|not want to get .. in|into trouble",
  'make|making|cause a fuss|scene',
  'overreact|overreacting',
  'not worth',
  'just? tell|mention|pass .. head+of+year|tutor|form+tutor|colleague|line+manager|pastoral|teacher .. instead|rather',
  'have|need|got to report|log|record|refer|mention|say|disclose|pass',
  'instead of',
  'really need|needs to know',
  'overkill|over+the+top',
  "not|n't my business|place|job|problem|responsibility",
  'my place to',
];

/** A concern is in view: what a delay would be a delay of. */
export const CONCERN = [
  'concern|concerns|concerned|worry|worried|worrying|evidence|disclosure|disclosed|safeguarding|allegation|incident|cpoms|myconcern|log|logging|dsl|lado|designated|marks|rumour|rumours',
  'what i saw|heard|noticed|found',
];

/** Ways to the asker privately: their own number, e-mail or personal account. */
export const PRIVATE_CHANNEL = [
  'my|personal|private|own number|mobile|phone|email|gmail|hotmail|snap|snapchat|insta|instagram|whatsapp|tiktok|facebook|discord|account|handle|username|socials|profile',
  'close friends',
  'snapchatting|snapping|snapchatted|whatsapping|facetiming|dming|dm|dms',
];

/** Reaching someone, or letting them reach you: the verbs of private contact, whatever the channel. */
export const PRIVATE_REACH = [
  'give|send|swap|reply|respond|answer|accept|add|follow|dm|message|chat|talk|mentor|call|ring|facetime|play|befriend|text|join',
  'share|pass|exchange my|our|numbers|details|contacts|snaps|usernames',
  'share|pass|forward .. to|with .. him|her|them|pupil|pupils|girl|girls|boy|boys|child|children|student|students|kid|kids|lad|lads|year|y',
  'snap|snapchat back',
  // "Can I friend a sixth former": friend as a verb, with the asker as its subject.
  'i|to friend a|an|the|him|her|them|my|this|one|some',
  'snapchatting|snapping',
  'be|become my? friend|friends',
  'ask|asks|asked|asking for my',
  'have|having|has|get|got|getting my|his|her|their number|numbers|snap|snapchat|details|email',
  'buddy|buddies|mates|friends|friend+list|friends+list',
  'start|set+up|create|make|run .. group|chat|server|squad',
  'squad|lobby|server|party+chat',
  'subscribe|subscribed|subscribing',
  'like|liked|liking|react|reacted .. post|posts|photo|photos|video|videos|story|stories|reel|reels|stream|streams',
  'comment|commented|commenting on|under',
  'close friends',
];

/** Apps that are the asker's own, not the school's: a pupil reached on one of these is reached privately. */
export const PERSONAL_APP = [
  'telegram|strava|bereal|twitch|valorant|signal|imessage|kik|wechat|viber|steam|xbox|playstation|fortnite|roblox|minecraft|fifa|discord|snapchat|snap:NOUN|whatsapp|messenger|tiktok|instagram|insta|youtube|facebook|twitter|threads|bluesky|linkedin',
  'among us',
  'rocket league',
  'call of duty',
];

/** The asker's own contact with someone named only "him" or "her" ("can I just DM him back"). */
export const CONTACT_PRONOUN = [
  'message|dm|text|call|ring|snap|snapchat|follow|add|accept|facetime|whatsapp|reply+to|write+to|play+with him|her|them',
];

/** The other side is a pupil's family, not the pupil: "a pupil's grandad", "my neighbour, her son is in my class". */
export const PUPILS_FAMILY = [
  "'s grandparent|grandparents|grandma|grandmother|grandad|grandfather|nan|nana|gran|aunt|auntie|uncle|parent|parents|mother|father|carer|family",
  "her|his|their|whose son|daughter|child|kid|kids|children|boy|girl|grandson|granddaughter is|are|'s? in? my|our|the? class|school|form|year|group",
];

/** The asker has already passed the concern on: asking what else to do is no wish to skip it. */
export const REPORTED_ALREADY = [
  "i|i've|i+have|we|we've|we+have|already|just ... reported|logged|referred|flagged|raised|escalated|passed+it+on|passed+on",
  "already|just|i've|i+have|we've ... told|informed|called|rang|emailed the? dsl|safeguarding|designated|lado|police|head",
];

/** A pupil who is still at school now, whatever year they were once taught in ("my old form, now Y11"). */
export const STILL_AT_SCHOOL = [
  'now|currently|still in? year|yr|y|sixth+form #num?',
  'still on roll|at+school|at+the+school',
];

/** Mail that is the asker's own, whatever the school's systems: a pupil written to there is written to privately. */
export const PERSONAL_MAIL = [
  'gmail|hotmail|yahoo|icloud|aol|btinternet',
  'personal|private|own|home email|e-mail|mail|address',
];

/** Asking what age an app allows is about the app, not about contact with a child. */
export const AGE_RATING = ['what|which age', 'how old', 'age limit|limits|restriction|restrictions|rating|ratings'];

/** Contact that is private to the asker and the child. */
export const CONTACT_ACTS = [
  'message',
  'call',
  'play_online',
  'share_contact_details',
  'connect',
  'meet',
  'group_chat',
] as const;
