import type { PartyId } from '../../reading/vocabulary.js';

/**
 * Who the other party is, in the words staff and policies use. Checked in this order: the first party found
 * wins, so the narrower kinds (a former pupil, a pupil of another school) come before the wide ones ("a pupil").
 */
export interface PartyWords {
  id: PartyId;
  cues: string[];
}

const CHILD =
  'pupil|pupils|child|children|kid|kids|lad|boy|girl|lass|teen|teenager|student|learner|boarder|sixth-former|leaver|leavers';

export const PARTY_WORDS: PartyWords[] = [
  {
    id: 'former_pupil',
    cues: [
      `former|ex|old|past|previous ${CHILD}|year|class|tutee|tutees|form|student|students`,
      'former|ex|old sixth+former|sixth+formers|sixth+form',
      `${CHILD} .. who|that? .. left|finished|graduated`,
      `${CHILD} .. have|has|had left|finished|graduated`,
      'left|leaving us|school|the+school|year+11|year+13|sixth+form|last|in|two|three|#num|ages|years|a+few|at+the+end',
      'leaver|leavers|alumni|alumnus|alumna|old+boys|old+girls|old+students',
      'used to teach|tutor|coach|have',
      'i|we taught .. years+ago|before|last+year|ages+ago',
      'moved|moved+up|gone|went|left to|up+to secondary|college|university|uni|another+school|high+school',
      'went|gone|moved off|away to? uni|university|college|secondary',
      'no longer .. pupil|at+the+school|here|at+school',
      'finished year|yr|school|sixth',
      'was|were in my class|form|group|tutor+group|set',
      'at secondary|college|uni|university now',
    ],
  },
  {
    id: 'other_school_pupil',
    cues: [
      `${CHILD} .. at|from|in|attends|goes+to another|other|a+different|different|a+local|local|nearby|neighbouring school|college|academy`,
      'another|other|different|local|neighbouring|nearby school|schools|college|primary|secondary',
      'never been at|never attended|not at|not a pupil',
      'not|never at|been|attended|a our|this|the school|pupil',
      'sixth form somewhere else',
      'somewhere+else|elsewhere',
    ],
  },
  {
    id: 'current_pupil',
    cues: [
      'current|present|existing|on-roll and|or? former|ex|past? pupil|pupils|student|students|child|children',
      'current|present|existing or|and',
      CHILD,
      'year|reception|nursery #num|reception',
      'year:NOUN #num',
      'y7|y8|y9|y10|y11|y12|y13|ks1|ks2|ks3|ks4|eyfs',
      'sixth+form|sixth+former|sixth+formers',
      'in my class|form|tutor+group|set|group|house',
      'my class|form|tutor+group|tutees|set',
      'on roll',
      'apprentice|apprentices|trainee|trainees',
      // A youth setting's word for its pupils: "one of my young people", "a young person in my group".
      'young person|people|persons',
      'gcse|a-level|btec|alevel .. group|class|set|team|squad',
      'tutees|tutee',
    ],
  },
  {
    id: 'parent',
    cues: [
      'parent|parents|mum|mums|dad|dads|carer|carers|guardian|mother|father|grandparent|grandparents|grandma|gran|nan|grandad|pta|stepmum|stepdad',
    ],
  },
  {
    id: 'colleague',
    cues: [
      'colleague|colleagues|coworker|co-worker|teacher|teachers|ta|tas|staff|head|headteacher|deputy|governor|governors|manager|line+manager|senco|supply|trainee+teacher|member+of+staff|boss|slt|ect|nqt|head+of|technician|caretaker|receptionist|lsa|hlta',
      'staff member|members',
    ],
  },
  {
    id: 'family',
    cues: [
      'my|our own? son|daughter|child|children|kid|kids|niece|nephew|cousin|brother|sister|grandson|granddaughter|grandchild|stepson|stepdaughter|wife|husband|partner|sibling|family|relative|relatives',
    ],
  },
  {
    id: 'public',
    cues: [
      'reporter|journalist|press|media|newspaper|gazette|paper|public|stranger|strangers|radio|tv|bbc|someone+i+do+not+know',
    ],
  },
];
