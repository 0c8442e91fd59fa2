import type { FactId } from '../../reading/vocabulary.js';

/**
 * Facts a question can settle, as words. A flag fact is true when a cue is found and not negated ("not on the
 * school's account" settles official_account false). Numbers (age, years since leaving) are read in numbers.ts.
 */
export const FACT_WORDS: { id: FactId; cues: string[] }[] = [
  {
    id: 'own_child',
    cues: [
      'my|our own? son|daughter|stepson|stepdaughter|stepchild|child|kid|children|kids|boy|girl|lad|little+one|toddler|toddlers|baby|babies|twins',
    ],
  },
  {
    id: 'immediate_family',
    cues: [
      'my|our own? little|younger|older|big|baby|eldest|youngest|twin|step? son|daughter|stepson|stepdaughter|stepchild|child|kid|children|kids|brother|sister|sibling|stepbrother|stepsister|husband|wife|partner|spouse|mum|dad|mother|father',
    ],
  },
  {
    id: 'relative',
    cues: [
      'my|our own? little|younger|older|baby|great? niece|nephew|cousin|grandson|granddaughter|grandchild|grandchildren|aunt|uncle|relative|relation|stepniece|stepnephew',
      'my|our brother|sister|sisters|brothers|partner|husband|wife|cousin .. son|daughter|kid|child|boy|girl',
      'in-law|in-laws',
      'related to',
    ],
  },
  {
    id: 'known_before',
    cues: [
      'friend|friends|knew|know|known .. before .. she|he|they|he|started|joined|came|was|were|enrol*|worked|school',
      'know|knew|known .. since .. little|baby|small|born|nursery|years|toddler',
      'family friend|friends',
      'friends with .. parents|parent|mum|dad|family|families',
      'our families|kids are? .. friend|friends|close',
      'from|at church|chapel|mosque|temple|synagogue|gurdwara|scouts|brownies|guides|cubs|football+club|swimming+club|village|my+street|next+door',
      'neighbour|neighbours|next+door',
      'long before',
      'know|knew|known .. for years|ages|decades|donkey*|yonks',
      'know|knew|known .. years ago',
      'old|childhood|lifelong friend|friends|mate|mates',
      'we go back',
      'before i|she|he|they worked|started|joined|came',
    ],
  },
  {
    id: 'permission',
    cues: [
      'head|headteacher|manager|dsl|slt|school|principal|deputy .. say|said|agreed|approved|allowed|okayed|signed+off|ok',
      'with|got|have|had|given|get .. permission|approval|consent|the+go-ahead|go-ahead|sign-off|clearance|agreement',
      'permission|approved|authorised|authorized',
    ],
  },
  {
    id: 'written_permission',
    cues: [
      'in writing',
      'written permission|consent|approval|agreement|authorisation',
      'signed .. form|consent|agreement',
      'email from .. head|headteacher',
    ],
  },
  {
    id: 'declared',
    cues: [
      "i|i+have|i+have+already|i+already|i+'ve|i+'ve+already told|declared|informed|notified|mentioned+it+to|let .. head|dsl|manager|school|line+manager|know",
      'already told|declared|informed',
      'declared:VERB',
    ],
  },
  {
    id: 'parental_consent',
    cues: [
      'parent|parents|mum|dad|family|families|carers .. consent|consented|agreed|said+yes|signed|gave+permission|happy+for|ok+with|okayed|given+permission',
      'parental consent|permission',
      'photo|media|image|photography consent',
      'consent form|forms',
    ],
  },
  {
    id: 'emergency',
    cues: [
      'emergency|emergencies|urgent|999|ambulance|seizure|accident|collapsed|injured|life+or+death|fit:NOUN|unconscious|asthma+attack|allergic+reaction',
      // A child lost on a trip: "one of the boarders has wandered off", "a year 8 got lost", "separated from us".
      'wandered|wanders|wander|run|ran off|away',
      'gone|went|go|goes|is|are|was|were|got|been|get missing|lost|astray',
      'separated|split+up from',
      "can't|cannot|couldn't|can+not find|locate her|him|them|one|a",
    ],
  },
  {
    id: 'official_account',
    cues: [
      "school|school+'s|schools|academy|trust|department|official|class|pta|club|team account|page|feed|profile|channel|instagram|facebook|twitter|tiktok|x|youtube|blog|handle",
      "school|school+'s|academy|trust|department|official .. account|page|feed|profile|channel",
      'official',
      'on behalf of the? school',
    ],
  },
  {
    id: 'school_device',
    cues: [
      'school|work|schools|academy|trust|department|house|duty|minibus|trip|office|class|classroom|staff|bus phone|mobile|laptop|ipad|ipads|tablet|device|camera|computer|pc|chromebook|iphone',
      'school-issued|school-owned|work-issued|issued .. phone|laptop|ipad|tablet|device|camera',
      'phone|laptop|ipad|tablet|device|camera the school gave me',
    ],
  },
  {
    id: 'school_system',
    cues: [
      'teams|microsoft+teams|google+classroom|classdojo|class+dojo|dojo|seesaw|satchel|showbie|tapestry|arbor|parentmail|vle|firefly|edmodo|sims|school+system|school+systems|learning+platform',
      'school|work|staff email|e-mail|address',
      'on|via|through|use teams',
    ],
  },
  {
    id: 'school_purpose',
    cues: [
      'about|for|re|regarding homework|coursework|revision|school|the+trip|trip|lesson|lessons|exam|exams|assignment|club|fixture|match|rehearsal|show|deadline|timetable|class',
      'homework|coursework|revision|assignment|exam|exams|school+trip|fixture|rehearsal',
      'for school|work|a+lesson|the+class|teaching',
    ],
  },
  {
    id: 'off_duty',
    cues: [
      'evening|evenings|weekend|weekends|holiday|holidays|hols|half+term|at+home|after+school|after+work|outside+work|outside+school|out+of+school|my+own+time|day+off|night|sick+leave|maternity+leave|summer',
      'not at work',
      'off duty|off-duty',
      'not working',
    ],
  },
  {
    id: 'break_time',
    cues: ['lunch|lunchtime|lunchtimes|break|breaktime|breaks|free+period|frees|ppa|non-contact|non+contact|breakfast'],
  },
  {
    id: 'away_from_pupils',
    cues: [
      'staffroom|staff+room|office|my+car|in+the+car|staff+toilet|staff+area|workroom|prep+room|no+pupils|no+kids|no+children|no+students|no+learners|away+from+pupils|nobody+around|no+one+around',
      "pupils|kids|children are not|aren't around|there|present",
    ],
  },
  {
    id: 'private_account',
    cues: [
      'private account|acc|profile|instagram|page',
      "account|profile|it is|'s private|locked",
      'locked account|profile',
      'on private',
      'set to private',
    ],
  },
  {
    id: 'on_roll',
    cues: [
      'on roll',
      'still at the? school|here',
      'still with us',
      'still a pupil|student',
      'a pupil|student here',
      'is|are in year|yr',
      'goes|go to our|this school',
      'attends our|this|the school',
      'here at the school',
      'a pupil|student at our|this|the|my school',
    ],
  },
  {
    id: 'vulnerable_adult',
    cues: ['vulnerable adult|adults|learner|learners|student|students|person|people', 'adult at risk|adults'],
  },
  {
    id: 'sibling_on_roll',
    cues: [
      'brother|sister|sibling|siblings|brothers|sisters|twin .. here|roll|still|in+year|in+yr|at+the+school|at+our+school|at+school',
      'younger|little brother|sister|sibling|siblings|brothers|sisters',
    ],
  },
];
