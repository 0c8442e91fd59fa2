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
  // "She sent me something she shouldn't have": a child's image the asker should not hold.
  "she|he|they|pupil|girl|boy ... should+n't|shouldn't|should+not have",
  // What the image shows, said without the words: changing, sex, "stuff on camera".
  'getting|get|got changed|undressed|undressing',
  'in the? shower|bath .. photo|photos|video|videos|pic|pics|picture|filmed|recorded',
  'having|have|had sex',
  'sex video|videos|tape|vid|vids|clip|clips|act|acts',
  'stuff|things|it on camera|cam|video',
  // An image that has to be blurred before anyone sees it; blurring faces or a badge is the decoy below.
  'blur|blurred|blurring',
  // A child asked for pictures: the pictures asked for are the indecent kind.
  'ask|asks|asking|asked|pressure|pressuring|pressured .. girls|boys|her|him|them|pupils|kids for pic|pics|photo|photos|picture|pictures|image|images|video|videos',
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
  // Teams named by age ("the U14s") and a child spoken of by her family at home.
  'u8|u9|u10|u11|u12|u13|u14|u15|u16|u8s|u9s|u10s|u11s|u12s|u13s|u14s|u15s|u16s|under-#num',
  'her|his|their parent|parents|father|mother|stepfather|stepmother|uncle|brother|sister|grandad|grandpa|nan|family',
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
  // Signs a child is being hurt at home or neglected, said without the words.
  'burn:NOUN|burns:NOUN|scars|scar:NOUN|scarring|scratches|welts',
  'black eye',
  "story|explanation does+n't|doesn't|doesnt|does+not add up",
  "has+n't|hasn't|hasnt|have+n't|haven't|not|never eaten",
  'stopped|stop|stops eating',
  'make|makes|made|making herself|himself|themselves sick',
  'no food',
  'hungry',
  'same clothes',
  'no coat|shoes|breakfast|lunch',
  'chokes|choke|choked|choking|strangle|strangles|strangled',
  'controlling|controls her|his|their|him|them|who',
  "wo+n't|won't|not|never let her|him|them see|go+out|have|talk+to .. friends|family|mates|anyone",
  'terrified|petrified of .. him|her|them|boyfriend|partner|dad|mum|stepdad|parent|uncle',
  // Saying goodbye, in the words children use.
  'done with everything|life|it+all',
  'see|sees the point',
  'give|gives|gave|given|giving away .. stuff|things|belongings|possessions',
  'goodbye',
  // Exploitation: running for older people, money and gifts from nowhere, adults with children after school.
  'run|running|ran|carry|carrying|hold|holding|deal|dealing|sell|selling for .. older|lads|men|guys|gang|gangs|dealers',
  'owe|owes|owed them|people|someone|older|a+gang money',
  'new trainers|phone|clothes .. cash|money',
  'unexplained money|cash|gifts|injuries|absence',
  'out late',
  'blade|blades|machete|fight|fights|stab|stabbing',
  'vape|vapes|alcohol|cigarettes|weed|lifts|lift .. older|man|men|adult|adults|guy|guys',
  'older|man|men|adult|adults|guy|guys .. vape|vapes|alcohol|cigarettes|weed|lifts',
  'make|makes|made|making|force|forces|forced|pressure|pressured .. him|her|them send|watch|touch|sell|carry|hold|do+things|do+stuff|do+sexual',
  'special cuddles|touching|game|games|time|secret|secrets|friend',
  'secret with',
  'not allowed to tell',
  // A child missing from school, or a family no one can reach; a child drawn into an extremist group.
  'no one|nobody|noone .. reach|contact|get+hold+of .. family|her|him',
  'social+media|account|accounts|phone|snapchat|instagram .. gone quiet|dead|silent',
  'protect|defend .. religion|race|country|people',
  'extremist|extreme|radical|far-right|jihad*|nazi*|propaganda|beheading|beheadings|terrorist|terrorism|isis',
  'attack|attacking|bomb|bombing .. mosque|church|synagogue|school|people',
  // Wishing to be gone; not coming home; left alone; frightened of someone at home.
  'nobody|no+one|noone|nobody+would|no+one+would .. care|notice|miss',
  'if i was|were gone|dead|not+here',
  'wish|wishes|wished .. dead|gone|never+born',
  "not|n't|never come|came|gone|went home",
  "don't|doesn't|do+n't|does+n't|not know where .. she|he|they|her|him|is|are",
  'left|leaves|leave|leaving .. alone|on+his+own|on+her+own|on+their+own .. night|overnight|all+day|weekend|days',
  'handprint|handprints|fingermarks|finger+marks|grip+marks',
  'partner|boyfriend|dad|stepdad|uncle|mum|stepmum|brother .. scares|frightens|terrifies her|him|them',
  'frightened|scared|afraid|terrified of going|to+go home',
  'drinks|drunk|drinking .. angry|violent|hits|hurts|shouts',
  'pressured|pressure|pressuring|forced|coerced into .. sending|send|sex|meeting|doing',
  'films|filmed|filming|photographs|photographed|records|recorded her|him|them .. shower|bath|changing|bedroom|undressed|naked',
  'unless he|she|they|i pay|pays|send|sends',
  'sleep|sleeps|sleeping on the floor',
  'no heating|electricity|bed',
  'moved without',
  "not|n't been in .. for .. weeks|days|week",
  'gun|guns|firearm|firearms',
  'dating|seeing|going+out+with|with a|an man|adult|older|someone+older',
  'man|woman|guy in his|her|their twenties|thirties|forties|20s|30s|40s',
  'show|shows|showed|showing .. her|him|them ... porn|naked|nude|sexual|rude|no+clothes',
  'loads|lots|wads|rolls|wad|roll of cash|money',
  'cash|money .. new trainers|phone|phones|clothes',
  "do+n't|don't|not|never|n't get|getting|been? fed",
  'take|takes|taking|took photos|photo|pictures|picture|pics|pic|videos|video of her|him|them .. bath|shower|bed|changing|undressed|naked',
  'walk|walks|walked|come|comes|came in when|while .. showering|shower|changing|bath|undressed',
  'has|have|had to look after',
  'cutting .. ceremony',
  'ceremony .. cut|cutting',
  'abroad|overseas .. marry|married|wedding|ceremony|cut|cutting',
  'given|gave|giving .. phone|money|drugs|package|packages by|from .. older|lads|men|guys|gang',
  'burner phone',
  'answer it whenever|every+time',
  // Young people's own words for it: self-harm, suicide, county lines, an older "sugar daddy".
  'unalive|unalived|unaliving|kms|kys|sewerslide',
  'sh|sh-ing|shing again|marks|scars|cuts',
  'going|gone|went country',
  'trap house',
  'cuckoo|cuckooing|cuckooed',
  'sugar daddy|daddies',
  'used|taken+over|taken over? by dealers|a+gang|older',
  'jumped|mugged|robbed',
  'beautiful|gorgeous|pretty|sexy .. keep|secret|between',
  'share|shares|track|tracks|tracking her|his|their location',
  'go|going out without him|her',
  'sleep|sleeps|slept|sleeping in her|his|their bed',
  'watch|watches|watching|watched porn',
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
export const NOT_YET_ADULT = ['nearly|almost|not+yet|not+quite 18|eighteen'];

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
  'surprise|birthday|present|gift|cake|card|easter|christmas|party|pregnan*|retirement|leaving|leavers|baby+shower|engagement|wedding|job|interview|application|applying|promotion|resign*',
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
  'after|at|until|till|before|for .. observation|parents+evening|holidays|holiday|break|weekend|meeting|briefing|trip|inspection|ofsted|christmas|easter|summer|half+term|course|exams|mocks|term',
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
  'keep|keeping|kept her|his|their confidence',
  "wo+n't|won't|not|never go any? further",
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
  "not|n't|never write|note|put .. down|on+the+system|on+cpoms|on+myconcern",
  'rather+than|instead+of|without .. putting|put .. on the? system|cpoms|myconcern|record',
  'without involving|telling|reporting|informing|logging .. school|dsl|head|police|safeguarding|anyone|anybody|social+services',
  'have|need|got to report|log|record|refer it|this|that',
  'necessary|essential|required|compulsory|obligatory to report|log|tell|record|refer|mention|pass',
  'need|needs logging|reporting|recording|referring|passing+on',
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
  'bother|bothering .. report|reporting|telling|logging|the+dsl|dsl|anyone|cpoms|myconcern|system|paperwork',
  'drop it',
  'quiet word',
  'say|do anything',
  "don't|do+n't|not want to get them|him|her|my+colleague|a+colleague|my+friend|anyone in trouble",
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
