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
  'in|wearing her|his|their? underwear|bra|knickers|pants|boxers|lingerie|bikini|underpants',
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
];

/** Handling an image: what staff must not do with one. */
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
];

/** The image is of an adult: a nude of an adult is no child's image. */
export const ADULT_IMAGE = [
  'of|from me|myself|my+partner|my+husband|my+wife|my+boyfriend|my+girlfriend|a+colleague|an+adult|a+woman|a+man',
];

/** Harm to a child, or the signs of it. */
export const RISK = [
  'self-harm|selfharm|self-harming|suicide|suicidal|overdose|overdosed',
  'self harm|harming',
  'harm|harming|hurt|hurting|kill|cut|cutting|starving herself|himself|themselves',
  'cut|cuts|cutting .. arm|arms|wrist|wrists|legs',
  'end it all',
  'end|take their|her|his own? life',
  'want|wants|wanted to die',
  'not want to live',
  'no reason to live',
  'molest*|rape|raped|assaulted|grope|groped|groping',
  'sexual assault|abuse',
  'touch|touched|touching .. inappropriately',
  'groom|grooming|groomed|groomer',
  'exploit|exploitation|exploited|trafficking|trafficked|cse|cce|radicalis*|radicaliz*|extremis*|fgm',
  'county lines',
  'forced marriage',
  'honour based',
  'neglect|neglected|unfed',
  'no food at home',
  'hungry all the time',
  'hit|hits|hitting|beats|kicked|punched|slapped|slaps .. him|her|them|at+home',
  'bruise|bruises|bruising|injury|injuries',
  'marks on her|his|their',
  'scared|afraid|frightened to go home',
  'scared|afraid|frightened of her|his|their dad|mum|father|mother|stepdad|stepmum|parent|parents|someone|him',
  'not safe',
  'unsafe',
  'in danger',
  'at risk',
  'run|ran|running away',
  'missing',
  'meet|meeting|met up? .. someone|somebody|a+man|an+adult|a+stranger|older+man|older+boy|guy|people .. online',
  'met|know .. online',
  'someone|somebody|adult|man|stranger|person|guy .. online .. ask|asked|asking|want|wants|wanted|told .. photo|photos|picture|pic|pics|meet|send|address|number|secret',
  'ask|asked|asking|told .. him|her|them .. to send .. photo|photos|picture|pictures|pic|pics|image|video',
  'blackmail|blackmailed|blackmailing|sextortion',
  'threaten|threatened|threatening .. to share|post|send|leak',
  'disclose|disclosed|disclosure',
  'eating disorder',
  'anorexi*|bulimi*',
  'drugs|weapon|knife|gang|gangs',
  'drug dealing',
  'domestic violence|abuse',
  'upskirt*',
  'revenge porn',
  // Saying goodbye: the words a child uses before harming themselves.
  'goodbye|bye to everyone',
  'been|started cutting',
  'cutting again|myself|herself|himself',
  'going|gonna to jump',
  'jump off|from',
  "ca+n't|cant|cannot do this anymore|any+more",
  'written|writing|wrote|left .. letter|letters|note|notes .. to',
  'noose|pills',
  "not|n't|dont feel safe",
  'feel|feels|feeling unsafe|scared',
  'what happens at home',
  'uncle|dad|daddy|mum|mummy|stepdad|stepmum|brother|boyfriend|someone|he|she|they hurts|hurt|hits|hit|touches|touched|hurting',
  'secret game|games',
  'sorry for everything',
  'miss me',
  'better off without me',
  'not be here|around',
  "can't|cannot|ca+n't go on",
  'kill|hurt|harm myself',
  // Violence and exploitation seen or told.
  'held|pinned down',
  'beaten|beat up',
  'chased|attacked|stabbed|strangled|choked|jumped by',
  'threat|threats to his|her|their life',
  'make|made|making me|him|her|them sell|carry|deliver|hold',
  'or else',
  'forced|pressured|pressuring|coerced|made .. to have sex|into sex|to go|to send|to do',
  'have|had sex',
  'pregnant',
  'get|getting|be|being|is married|engaged',
  'marry|marrying',
  'into her|his|their room at night',
  'kicked out of home',
  'locked|shut|kicked|thrown him|her|them out',
  'out of the? house|home',
  'took|taken|swallowed|taking .. tablets|pills|paracetamol|overdose',
  'sleeping in her|his|their|a car|rough|on the streets',
  'not|never been home|back',
  "hasn't|hasnt|has+n't|haven't been home|back",
  'ran|run off|away to meet',
  'in a car with',
  'get|got into? .. his|their|a car',
  'boyfriend|girlfriend|bf|gf .. is|who+is|aged|he+is|she+is #num',
  "he|she 's|is #num but|and",
];

/** Harm aimed at someone: about a child only when not aimed at the asker ("parents are bullying me"). */
export const HARM_TO_SOMEONE = [
  'bully|bullied|bullying|cyberbully*|cyber-bully*',
  'picking|picked on',
  'ganging up',
  'abuse|abused|abusing',
  'threaten|threatened|threatening|threats',
  'hit|hits|hitting|beat|beats|kicked|punched|slapped|hurt|harmed|attacked him|her|them|a+pupil|a+child',
  'being|been|was|got|is hurt|harmed|attacked|hit|punched|kicked',
];

/** An adult the child knows only online, or much older. */
export const ADULT = [
  'man|men|adult|adults|stranger|strangers|older|guy|bloke|someone|somebody|agent|scout|photographer|coach|manager|person|people',
];

/** Words that name an adult outright, enough when the child is only "her" or "them". */
export const ADULT_PLAIN = ['man|men|adult|adults|stranger|strangers|older|guy|bloke|agent|photographer'];

/** What a groomer does: the signs, whatever the words. */
export const GROOMING = [
  'meet|meeting up?',
  'love|loves|loved him|her|them|you',
  'keep .. secret|chats+secret|it+secret|quiet',
  'not to? tell',
  'pick|picking him|her|them up',
  'camera on',
  'top|clothes|shirt off',
  'gift|gifts|present|presents|money|robux|v-bucks|vbucks|voucher|vouchers|skins',
  'gift cards',
  'party at|flat|hotel|his+house|his+place',
  'car',
  'swimsuit|bikini|underwear',
  'send .. photo|photos|pics|pictures|pic|picture|video|videos',
  'modelling|modeling',
];

/** Teaching about a risk is no risk: a PSHE lesson on sexting, a CEOP video on grooming. */
export const TEACHING = [
  'lesson|lessons|unit|assembly|workshop|topic|session|scheme on|about',
  'pshe|rshe|rse|curriculum|resources|materials',
  'planning|plan a|an? lesson|unit|assembly',
  'ceop|nca video|videos|resource|resources',
];

/** Something that actually happened: then a lesson nearby is no reason to stay quiet. */
export const INCIDENT = [
  'told|tells|showed|shows|sent|saw|seen|found|noticed|disclosed|discloses|posted|messaged|shared|airdropped|admitted|mentioned|confided|wrote|said|says',
  'has|have|had been',
];

/** "Nude" that is a colour: tights, make-up, shoes. */
export const DECOY = [
  'nude|flesh tights|colour|color|coloured|colored|shade|shades|heels|lipstick|shoes|leotard|nails|nail|make-up|makeup|palette|bra|bras|foundation|tones',
];

/** Happy secrets: a surprise, a present. */
export const BENIGN_SECRET = [
  'surprise|birthday|present|gift|cake|card|easter|christmas|party|pregnan*|retirement|leaving|leavers|baby+shower|engagement|wedding',
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
  'see if|whether .. stop|stops|continues|again|worse|settles|blow|blows|sorts',
  'wait and see',
  'keep an? eye|eyes on',
  'monitor|monitoring|watch|watching it|this|him|her|them|things',
  'give|leave it a? few|couple? days|weeks|week|while|bit',
  'see how it|things go|goes',
  'hang|hanging on|fire',
  'next week',
  'tomorrow|monday|later',
];

/** Hiding it or promising secrecy: a concern by itself, whoever would be told. */
export const HIDE = [
  'keep|kept|keeping .. quiet|secret|secrets|between+us|between+ourselves|under+wraps',
  'keep|kept|keeping it|this to myself',
  'secret|secrecy',
  "promise|promised|promising .. not|won't|wo+n't|wouldn't|would+n't|never|keep|secret",
  'confidential',
  'stays|stay|stay+in this room|between+us',
  'keep|keeping|kept .. off the? system|record|cpoms|myconcern',
  'off the system|record',
  'own|my+own|personal notes',
  'notes at home',
  'keep|keeping|kept .. in my|a notebook|notes|diary|head|drawer|desk',
  'or just keep|leave|mention|note',
  'pretend .. never|not happened',
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

/** Not reporting at all: dealing with it alone, or going round the DSL. */
export const SKIP_REPORT = [
  'deal|handle|sort|manage .. it|this|things .. myself|ourselves|alone|quietly|on+my+own|in+house',
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
  'have|need|got to .. tell|report|mention .. anyone|anybody|someone|somebody',
  'skip|skipping .. log|logging|report|reporting|telling|recording',
  'instead+of|rather+than|without .. log|logging|recording|writing',
  'or can|could i just? mention|drop|leave|ignore|bin|forget',
  'just mention it',
  'bother|bothering .. report|reporting|telling|logging|the+dsl|dsl|anyone',
  'drop it',
  'quiet word',
  'say|do anything',
  "don't|do+n't|not want to get them|him|her|my+colleague|a+colleague|my+friend|anyone in trouble",
  'make|making|cause a fuss|scene',
  'overreact|overreacting',
  'not worth',
  'just tell|mention|pass .. head+of+year|tutor|form+tutor|colleague|line+manager|pastoral instead',
  'instead of',
];

/** A concern is in view: what a delay would be a delay of. */
export const CONCERN = [
  'concern|concerns|concerned|worry|worried|worrying|evidence|disclosure|disclosed|safeguarding|allegation|incident|cpoms|myconcern|log|logging',
];

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
