import type { Concept } from './concept.js';

/** The people a policy's rules are about: pupils (current and former), parents, colleagues, family, governors, the public. */
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
      /\bmy (own )?(son|daughter|niece|nephew|cousin|grandson|granddaughter|grandchild|grandchildren|brother|sister|sibling|stepson|stepdaughter|kid|kids|child|children|husband|wife|partner)\b/,
    ],
    slang: [
      /\b(niece|nephew|step-?(son|daughter|child)|grand(son|daughter|child|children|kids?))\b/,
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
