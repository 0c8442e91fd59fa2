/** Staff words for a trip or outing ("the Year 4 trip", "walking the preschoolers to the library"). */
export const OUTING_WORDING = String.raw`trips?|outings?|residentials?|day out|excursions?|field ?trips?|(walk|walking|taking) (the |my |our )?(\w+ )?(to|round|around|down to) the (library|park|shops|church|beach|farm|woods|museum|pond|allotment)`;

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
