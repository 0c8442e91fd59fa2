import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../../src/policy/answer.js';
import { rerank } from '../../../src/policy/answering/clause-choice.js';
import { decide, IMMEDIATELY } from '../../../src/policy/answering/decide.js';
import { ageGate } from '../../../src/policy/answering/gates.js';
import { parseQuestion } from '../../../src/policy/answering/question.js';
import { tableAnswer } from '../../../src/policy/domain/table-answer.js';
import { tagClause } from '../../../src/policy/domain/tagger.js';
import { loadPolicyText } from '../../../src/policy/index.js';
import type { RawClause } from '../../../src/policy/ingest/segment.js';

const clause = (text: string, context: string | null = null) =>
  tagClause({
    id: 'c1',
    index: 0,
    section: '1',
    headingPath: ['1. Rules'],
    text,
    context,
    outerContext: null,
    bullet: !!context,
  } as RawClause);

const verdict = (question: string, text: string, context: string | null = null) =>
  decide(parseQuestion(question), clause(text, context));

describe('the clause a verdict rests on', () => {
  it("when a permission is about one's own child and the question is not, then it is neither the verdict nor cited", () => {
    const engine = loadPolicyText(
      'p.txt',
      `1. Photos\n1.1 I may take photographs of my own child at school events on my own phone as other parents do, but I will not post any image in which other pupils appear.\n1.2 I will only take photographs of pupils on school cameras or iPads.\n1.3 I will not post anything about the school or its pupils on my personal accounts.\n`,
    );
    const a = engine.answer(
      'I took a few shots of the team on my own phone at the fixture, can I post them on my instagram?',
    );
    expect(a.citations.map((c) => c.text).join(' ')).not.toMatch(/my own child/);
    expect(engine.answer('can I take photos of my own daughter at the school play?').citations[0]?.text).toMatch(
      /my own child/,
    );
  });

  it("when a ban is on personal means and the question uses the school's own, then the ban is not the verdict", () => {
    const engine = loadPolicyText(
      'p.txt',
      `1. Contact\n1.1 Staff must not communicate with students through personal social media accounts, personal email or personal mobile numbers.\n1.2 All communication with students must take place through academy systems: academy email, ClassCharts and Microsoft Teams.\n`,
    );
    const a = engine.answer(
      'I want to set up a Teams chat for my Y11 revision group so they can ask me questions. Is that OK?',
    );
    expect(a.verdict).toBe('allowed');
    expect(a.citations[0]?.text).toMatch(/academy systems/);
    expect(engine.answer('can I whatsapp my Y11 revision group from my own phone?').verdict).toBe('not_allowed');
  });

  it('when a rule opens with trips as its setting, then for a question about a trip it ranks above an everyday rule found as well', () => {
    const everyday = clause('Personal mobile phones must not be used when supervising students.');
    const trips = clause('On educational visits, a personal phone may be used in an emergency.');
    const q = parseQuestion('on the y9 geog trip thurs - am i allowed my own mobile on me?');
    const ranked = rerank(q, [
      { clause: everyday, score: 1 },
      { clause: trips, score: 1 },
    ]);
    expect(ranked[0]?.clause.text).toMatch(/^On educational visits/);
    // Not for a question about an ordinary day.
    const lesson = rerank(parseQuestion('am i allowed my own mobile on me in lessons?'), [
      { clause: everyday, score: 1 },
      { clause: trips, score: 1 },
    ]);
    expect(lesson[0]?.clause.text).toMatch(/^Personal mobile phones/);
    // A rule whose permission is for outings counts too, and walking a class to the library is an outing.
    const outing = clause('Practitioners may take their personal phone on an outing for emergency use only.');
    const library = rerank(parseQuestion('we are walking the preschoolers to the library, can i bring my own phone?'), [
      { clause: everyday, score: 1 },
      { clause: outing, score: 1 },
    ]);
    expect(library[0]?.clause.text).toMatch(/on an outing/);
    // "no trip or anything" is not a trip.
    const notATrip = rerank(
      parseQuestion('can i send my group a teams msg at 10 tonight? normal week, no trip or anything'),
      [
        { clause: everyday, score: 1 },
        { clause: trips, score: 1 },
      ],
    );
    expect(notATrip[0]?.clause.text).toMatch(/^Personal mobile phones/);
  });

  it('when a question matches a scene in a scenario-style policy, then the rule under that scene decides', () => {
    const engine = loadPolicyText(
      'p.md',
      [
        '# Staff online conduct',
        '## Scenario 1: a message late at night',
        'A parent sends a message through the class app at 9.30 pm asking whether her son can wear trainers to school tomorrow.',
        '**What to do:** Staff must not reply to parents outside 8.00 am to 5.00 pm on school days. Answer in the morning.',
        '## Scenario 2: a request from a pupil',
        "A boy in Year 4 finds his teacher's gaming name and sends her a friend request.",
        '**What to do:** Do not accept the request. Tell the Online Safety Lead by the end of the next school day.',
        '## Scenario 3: photos at the fair',
        'Parents take photos at the summer fair on their own phones.',
        '**What to do:** Staff on duty must not take photos on a personal phone.',
      ].join('\n\n'),
    );
    const late = engine.answer(
      'A mum messaged me on the class app at half nine last night about trainers, should I have answered?',
    );
    expect(late.verdict).toBe('not_allowed');
    expect(late.citations[0]?.text).toMatch(/must not reply to parents outside/);
    const request = engine.answer('a year 4 sent me a friend request on my gaming account, can I accept');
    expect(request.verdict).toBe('not_allowed');
    expect(request.citations[0]?.text).toMatch(/Do not accept the request/);
  });

  it("when the asker's own child is a pupil here, then a rule for staff who are parents answers before a family exception", () => {
    const engine = loadPolicyText(
      'p.txt',
      `1. Contact\n1.1 Staff must not be friends with pupils on social media, unless the pupils are family members.\n1.2 Staff must not use messaging apps to contact parents.\n1.3 Staff who are also parents of pupils may take part in class WhatsApp groups as a parent, provided that they do not discuss school business in them.\n`,
    );
    const a = engine.answer('my son is in year 8 here, can I stay in the year 8 parents whatsapp group?');
    expect(a.citations[0]?.text).toMatch(/who are also parents/);
    expect(a.verdict).not.toBe('not_allowed');
  });
});

describe('decide', () => {
  it("when a permission's proviso shares with the question only the permission's own words or the place, then the permission answers", () => {
    const share =
      'Staff are welcome to "like" or share posts from the official page on their own accounts, but must not comment on posts about individual children.';
    expect(
      verdict('the nursery put a post on facebook about the fair, am i ok to share it on my own page?', share),
    ).toBe('allowed');
    expect(verdict('can I comment on a post about one of the children?', share)).toBe('not_allowed');
    const rota =
      "Staff may message each other on personal phones about rotas, cover and social arrangements, but they must never include children's names or photographs in WhatsApp groups.";
    expect(verdict('Can I use our staff whatsapp group to sort out swapping my late shift?', rota)).toBe('allowed');
    expect(verdict("can I put a child's photo in the staff whatsapp group?", rota)).toBe('not_allowed');
  });

  it('when a staff wording means what a proviso forbids ("£40 on PayPal": money), then the proviso answers', () => {
    const gifts =
      'You may accept small gifts in line with the Staff Code of Conduct, but you must not accept gifts of money, bank transfers or vouchers.';
    expect(verdict('a mum wants to send me £40 on paypal as a thank you, can i accept', gifts)).toBe('not_allowed');
    expect(verdict('a mum gave me a box of chocolates, can i accept it', gifts)).toBe('allowed');
  });

  it.each<[string, string, string, [string, Verdict][]]>([
    [
      "a permission is for the organisation's own device",
      "using one's own phone is a no",
      'Staff are permitted to take photographs or video of students for assessment evidence using a College device, and must then delete them from the device.',
      [
        ['can I use my own phone to take photos of students if I delete them afterwards?', 'not_allowed'],
        ['can I take photos of my students for their portfolio on the college ipad?', 'allowed'],
      ],
    ],
    [
      'a rule says to leave the phone in the office or a locker',
      'keeping it "with me" is a no',
      'Practitioners must leave their mobile phone in the office, or in a locker, while they are with the children.',
      [['can i keep my own phone with me while I am with the children?', 'not_allowed']],
    ],
    [
      'a ban holds until 18 and two years after leaving',
      'someone past both is a yes and someone short of either a no',
      'I will not send or accept friend requests from former pupils until they are at least 18 years old and have also left the school at least two years earlier.',
      [
        ["He's 22 now and he left us nearly ten years ago. Can I accept his request?", 'allowed'],
        ["She's 16 now and left four years ago, can I accept her request?", 'not_allowed'],
      ],
    ],
    [
      'a permission holds in an emergency',
      'it depends, and asked about an emergency it is a yes',
      'On educational visits, a personal phone may be used in an emergency to contact the emergency services.',
      [
        ['on the y9 trip thurs, am i allowed my own mobile on me?', 'depends'],
        ['on the trip if a child is hurt and it is an emergency can I ring 999 on my own phone?', 'allowed'],
      ],
    ],
    [
      'a ban holds until a former student is 18 and has left',
      'a Year 13 who has just turned 18 is still within it',
      'Staff should not accept follow requests from former students until the former student is both 18 or over and has left the academy.',
      [['one of my y13s has just turned 18 and asked to follow me on insta, can I accept?', 'not_allowed']],
    ],
    [
      'a rule holds until a former learner is 18',
      'a 17-year-old is within it',
      'Staff must not accept friend requests from a former learner until the former learner is 18 years old and at least two years have passed since they left the school.',
      [['a lad who left last July (he is 17 now) wants to add me on facebook, is that ok?', 'not_allowed']],
    ],
    [
      'a permission is for breaks or places without pupils and the question is about a lesson',
      'no',
      'Personal devices may be used for social media during breaks, in the staff room or other areas where pupils are not present.',
      [
        ['can I go on instagram on my phone in class?', 'not_allowed'],
        ['can I go on instagram on my phone at lunch?', 'allowed'],
      ],
    ],
    [
      'the only word a question shares with an exception is the school itself',
      'the exception does not fit',
      'EHCPs and annual review reports are confidential documents and must not be photographed, uploaded or shared except through school systems.',
      [['can I upload annual review reports from my school laptop to my own dropbox?', 'not_allowed']],
    ],
    [
      'pupils or parents are the ones a permission is for',
      'it permits the asker nothing',
      "Pupils in Key Stage 2 may use the Federation's own blogging platform in lessons.",
      [["can I write about a pupil on my blog if I don't use their name?", 'guidance']],
    ],
    [
      'a rule needs permission for use in a place',
      'asking about that place or another still needs permission',
      'The school logo and badge may only be used on personal accounts with the written agreement of the Head.',
      [
        ['Can I use the school badge on my personal Facebook page?', 'needs_permission'],
        ['Can I put the school logo on my Instagram?', 'needs_permission'],
      ],
    ],
    [
      "a ban leaves out the reader's own child",
      "asking about one's own child is a yes and about others' a no",
      'Parents are not expected to post pictures of pupils other than their own children on social networking sites.',
      [
        ['Can a parent post a picture of their own child at the school fair?', 'allowed'],
        ['Can a parent post a picture of other children at the school fair?', 'not_allowed'],
      ],
    ],
    [
      'the clause requires declining and the asker wants to accept',
      'not_allowed; to decline, allowed',
      'Staff members must decline friend requests from pupils.',
      [
        ['Can I accept a friend request from a pupil?', 'not_allowed'],
        ['Can I decline a friend request from a pupil?', 'allowed'],
      ],
    ],
    [
      'the rule has a family exception',
      'a family question depends and others are refused',
      'No contact should be made with pupils on social media unless they are immediate family members.',
      [
        ['Can I be friends with my nephew who is a pupil?', 'depends'],
        ['Can I be friends with a pupil?', 'not_allowed'],
      ],
    ],
    [
      'the rule limits use to breaks',
      'breaks are allowed, lessons are not, and unstated times depend',
      'Staff must limit their use of social media on their own equipment to their official rest breaks.',
      [
        ['Can I go on Instagram at lunch?', 'allowed'],
        ['Can I go on Instagram in lessons when the children are in class?', 'not_allowed'],
        ['Can I go on Instagram on my phone?', 'depends'],
      ],
    ],
    [
      'one sentence holds a permission and a prohibition',
      'the half the question is about decides',
      "Staff may say on LinkedIn that they work at the school, but must not use the school's logo on other accounts.",
      [
        ['Can I say on LinkedIn that I work at the school?', 'allowed'],
        ["Can I use the school's logo on Instagram?", 'not_allowed'],
      ],
    ],
  ])('when %s, then %s', (_when, _outcome, rule, asks) => {
    for (const [question, expected] of asks) expect(verdict(question, rule), question).toBe(expected);
  });

  it('when a permission holds from an age ("once aged 18 or over"), then someone younger is a no and someone older a yes', () => {
    const rule =
      'Staff are permitted to connect with former students on personal social media once the former student is aged 18 or over and has left the College.';
    expect(verdict('can I stay friends on facebook with a girl who left last year? she is 13 now', rule)).toBe(
      'not_allowed',
    );
    expect(verdict('an ex student who is 19 now added me on facebook, ok?', rule)).not.toBe('not_allowed');
    // No age given: it depends on it.
    expect(
      verdict("a student who left in the summer wants to follow me on insta. he's left now so thats fine yeah?", rule),
    ).toBe('depends');
  });

  it('when a rule is a step to take before an act, then it is no yes to the act itself', () => {
    const rule = 'Before taking or sharing an image of a student, staff must check the photo consent list on Arbor.';
    expect(verdict('can I send a pupil a photo of myself?', rule)).not.toBe('allowed');
    expect(verdict('do I have to check the consent list before I post a class photo?', rule)).not.toBe('not_allowed');
  });

  it("when a permission is about the reader's own child, then it is no yes to a question about other pupils", () => {
    const rule = 'I may take photographs of my own child at school events on my own phone as other parents do.';
    expect(verdict('I took a few shots of the team on my own phone at the fixture, is that ok?', rule)).not.toBe(
      'allowed',
    );
    expect(verdict('can I take photos of my own daughter at the school play on my phone?', rule)).toBe('allowed');
  });

  it('when asked whether to delete an image that may be an indecent image of a child, then no', () => {
    // The rule does not name deleting: the hard rule (leave it alone, tell the DSL) answers all the same.
    const rule = 'Staff who are sent a sexual image of a pupil must not forward or share it.';
    expect(verdict('a pupil airdropped me a nude of herself, should I delete it?', rule)).toBe('not_allowed');
  });

  it('when a rule says where a thing must be kept and the question keeps it somewhere else, then no', () => {
    const rule =
      'Personal mobile phones must be switched to silent and kept in your locker throughout teaching sessions.';
    expect(verdict('can I keep my phone in my pocket if it is switched off?', rule)).toBe('not_allowed');
    expect(verdict('can I keep my phone on me during lessons?', rule)).toBe('not_allowed');
    expect(verdict('can I keep my phone in my locker?', rule)).not.toBe('not_allowed');
  });

  it('when the act asked about is in the subject both halves of a rule share, then the permission half answers', () => {
    const rule =
      'Staff who stand for election or campaign for a cause may do so in their own name, but must not suggest that the Federation shares their views.';
    // 'election' brings 'views' as a staff wording, but the question asks about standing, which the shared subject names.
    expect(verdict('Can I stand for election as a councillor?', rule)).toBe('allowed');
    expect(verdict('can I campaign for the Green party on Twitter?', rule)).toBe('allowed');
    expect(verdict('can I suggest on my campaign page that the Federation shares my views?', rule)).toBe('not_allowed');
  });

  it("when the question asks about what a rule's own proviso forbids, then no", () => {
    const rule =
      'Where a member of staff was already friends with a parent before the child joined the school, the friendship may continue, but it must be declared to the Headteacher and school matters must never be discussed on it.';
    expect(verdict("can I discuss a pupil's SEN with their parent on facebook messenger?", rule)).toBe('not_allowed');
    expect(verdict('can I stay friends on facebook with a mum I knew before her son started here?', rule)).not.toBe(
      'not_allowed',
    );
  });

  it('when a yes would come from a duty to report, another platform or pupils named only in a ban, then it is no yes', () => {
    expect(
      verdict(
        'can I play online games with pupils?',
        'Any disclosure that a student is being harmed or groomed online must be reported to the DSL at once.',
      ),
    ).not.toBe('allowed');
    expect(
      verdict(
        'can I post pictures of the school trip on my facebook?',
        'Staff WhatsApp groups are allowed for arranging cover and social events.',
      ),
    ).toBe('guidance');
    expect(
      verdict(
        'can I play online games with pupils?',
        'Yes, but please let the Deputy Head know, and never talk about school or other children with them online.',
        'Can I be Facebook friends with a parent I knew before I worked here?',
      ),
    ).not.toBe('allowed');
    // A permission on the platform asked about, and a ban's own exception about pupils, still say yes.
    expect(verdict('can I use linkedin?', 'Staff may use LinkedIn for professional networking.')).toBe('allowed');
    expect(
      verdict(
        'can i dm a student on teams about their coursework',
        'Staff must not send private direct messages to students on any platform, except through Microsoft Teams chat for a genuine professional purpose.',
      ),
    ).toBe('allowed');
  });

  it('when the question asks for the opposite of the state a rule requires, then no', () => {
    for (const rule of [
      'Staff should set their accounts to private and check their privacy settings at least once a term.',
      'Staff should set their personal accounts to the highest privacy settings and review them each term.',
      'keep your personal accounts set to private and check your settings each term',
    ]) {
      expect(verdict('should my instagram be public?', rule)).toBe('not_allowed');
      expect(verdict('can I make my facebook profile public?', rule)).toBe('not_allowed');
      expect(verdict('should my instagram be private?', rule)).toBe('allowed');
    }
  });

  it('when a rule only extends other rules to more people, then it says neither yes nor no by itself', () => {
    const extension = 'Former pupils who are under 18 must be treated in the same way as current pupils.';
    expect(verdict('can I stay friends on fb with a pupil who left last year?', extension)).toBe('guidance');
    expect(verdict('Can I follow a former student on Instagram?', 'The same rules apply to former students.')).toBe(
      'guidance',
    );
    // A duty to treat people a certain way is still a duty.
    expect(verdict('Can I post photos of pupils on Facebook?', 'Staff must not post photographs of pupils.')).toBe(
      'not_allowed',
    );
  });

  it('when the clause forbids what is asked, then not_allowed', () => {
    expect(verdict('Can I post photos of pupils on Facebook?', 'Staff must not post photographs of pupils.')).toBe(
      'not_allowed',
    );
    expect(
      verdict('Can I moan about colleagues online?', 'Criticising colleagues;', 'Staff should not, for example by:'),
    ).toBe('not_allowed');
  });

  it('when the asker wants to leave untold what the policy says must be reported, then no', () => {
    const duty =
      'Any concern that a pupil may be at risk because of something seen online must be reported to the DSL.';
    expect(verdict('can I keep quiet about a worrying post I saw from a pupil?', duty)).toBe('not_allowed');
    expect(
      verdict(
        'can I just ignore it and not tell anyone?',
        'tell the DSL on the same working day;',
        'Instead you must:',
      ),
    ).toBe('not_allowed');
    expect(
      verdict('can I ignore a friend request from a pupil?', 'decline or ignore the request;', 'Instead you must:'),
    ).toBe('allowed');
  });

  it('when the question is about keeping, forwarding or showing an indecent image, then no, whatever the clause says', () => {
    const clause = 'Where indecent images of children are found by staff, the police will be informed.';
    expect(verdict('can I keep the nude photo a pupil sent me as evidence?', clause)).toBe('not_allowed');
    expect(verdict('can I forward the indecent image to the head?', clause)).toBe('not_allowed');
  });

  it("when a duty is pupils' or parents', then it says nothing about what the asker may do", () => {
    expect(
      verdict('can I give a pupil my personal mobile number?', 'Students must hand in mobile phones at reception.'),
    ).toBe('guidance');
  });

  it('when contact with a pupil is asked and the clause allowing something never speaks of pupils, then not a yes', () => {
    expect(
      verdict(
        'can I message a pupil on my personal phone?',
        'Personal devices may be used for social media during breaks.',
      ),
    ).toBe('guidance');
    // Pupils named only as absent are not what the clause is about.
    const breaks =
      'Personal devices may be used for social media during breaks, in the staff room or other areas where pupils are not present.';
    expect(verdict('can I give a pupil my personal mobile number?', breaks)).toBe('guidance');
    expect(verdict('can I take photos of pupils on my own phone?', breaks)).toBe('guidance');
  });

  it('when a clause allows contact only with a pupil who is family, then it is no yes for any other pupil', () => {
    const family =
      'Where a pupil is a member of your own family, such as your child, niece or nephew, contact on personal social media is acceptable.';
    expect(verdict('can I give a pupil my snapchat so they can talk to me?', family)).not.toBe('allowed');
  });

  it('when the clause says the reader is responsible for what they post, then it is no permission', () => {
    expect(
      verdict(
        'can I post that a pupil has been excluded?',
        'You are responsible for everything you post, share, like or comment on.',
      ),
    ).toBe('guidance');
  });

  it('when a pupil is asked about and the clause speaks of another act, then it is no yes to this one', () => {
    const cameras = 'Photographs and video of pupils may only be taken on school cameras or school iPads.';
    expect(verdict('can I send a pupil a photo of myself?', cameras)).toBe('guidance');
    expect(verdict("can I look through a pupil's phone to find the photos?", cameras)).toBe('guidance');
    // Every act it names: a clause about posts is no yes to using a fake account to watch what pupils post.
    expect(
      verdict(
        'can I use a fake account to check what pupils post?',
        'Use of social networking sites to harass, bully or intimidate would be covered by this, wherever the post was made.',
      ),
    ).toBe('guidance');
  });

  it('when the clause only asks the reader to be aware of something, then it permits nothing', () => {
    expect(
      verdict(
        'can I post a photo of my class on my personal instagram?',
        'All staff who are posting photos or videos will be aware of the importance of protecting the children.',
      ),
    ).toBe('guidance');
  });

  it('when posting to the school page is kept to one person or to people the head names, then asking to post is a no or needs permission, and other questions are not ruled on', () => {
    const sole = 'The Office Manager runs the school Facebook page and is the only person who posts to it.';
    const named = 'Only the Office Manager and staff named by the Headteacher may post on the school Facebook page.';
    expect(verdict('can i post on the school fb page myself', sole)).toBe('not_allowed');
    expect(verdict('Can I post our class trip photos on the school Facebook page?', named)).toBe('needs_permission');
    expect(verdict("I'm a volunteer reader, can I add the teacher on facebook?", sole)).toBe('guidance');
  });

  it('when the clause needs someone’s permission, then needs_permission', () => {
    expect(
      verdict(
        'Can I start a class Instagram account?',
        'Staff must not create school accounts without written approval from the Headteacher.',
      ),
    ).toBe('needs_permission');
  });

  it('when the rule allows official channels only and the asker means a personal one, then not_allowed', () => {
    expect(
      verdict(
        'Can I message a pupil on WhatsApp?',
        'Only official school sites must be used for communicating with pupils.',
      ),
    ).toBe('not_allowed');
  });

  it('when the clause permits it, then allowed; when it permits with a proviso, depends', () => {
    expect(
      verdict('Can I say I work at the school?', 'Staff are permitted to say that they work for the school.'),
    ).toBe('allowed');
    expect(
      verdict(
        'Can I stay friends with a parent I know socially?',
        'The connection may continue, provided the member of staff tells their line manager.',
      ),
    ).toBe('depends');
  });

  it('when the question asks what to do or who to tell, then guidance', () => {
    expect(verdict('Who do I tell about a worrying post?', 'Concerns must be reported to the DSL.')).toBe('guidance');
    expect(verdict('Could a post get me dismissed?', 'Breaches may lead to dismissal.')).toBe('guidance');
  });
});

describe('decide: circumstances and two-part rules (round 4)', () => {
  it('when a sentence permits the thing and then limits it, then a question about the thing itself reads the permission', () => {
    const rule =
      'Where a member of staff is related to a student, contact through personal social media is permitted, but staff must not discuss other students.';
    expect(verdict('my cousin is in year 9, can we be friends on facebook', rule)).not.toBe('not_allowed');
    expect(verdict('can I discuss other students with my cousin', rule)).toBe('not_allowed');
  });

  it.each<[string, string, string, [string, Verdict][]]>([
    [
      'the rule says "please do not" after a yes',
      'asking about that act is a no',
      "Yes. You may like and share the school's own posts, but please do not comment on them.",
      [
        ['can I comment on the school facebook page', 'not_allowed'],
        ['can I share the school posts', 'allowed'],
      ],
    ],
    [
      'the rule needs permission and the asker means to go without it',
      'not_allowed',
      'Staff must not post content about students without their permission.',
      [
        ['can i post a video of my tutor group without asking them', 'not_allowed'],
        ['can i post a video of my tutor group', 'needs_permission'],
      ],
    ],
    [
      'the rule allows use only in one place',
      'that place is allowed and another place is not',
      'Sixth form students can only use social media in their common room, or if authorised by a teacher.',
      [
        ['can sixth formers go on snapchat in the common room', 'allowed'],
        ['can sixth formers go on snapchat in the library', 'not_allowed'],
      ],
    ],
    [
      'access is allowed only if a condition holds',
      'it depends',
      'Academy email may be accessed on a personal phone only if the phone is protected with a PIN.',
      [['can i read my work emails on my own phone', 'depends']],
    ],
  ])('when %s, then %s', (_when, _outcome, rule, asks) => {
    for (const [question, expected] of asks) expect(verdict(question, rule), question).toBe(expected);
  });
});

describe('clauseTimes', () => {
  it('when a clause names breaks, lessons or own time, then that time is read; duty is not a break', async () => {
    const { clauseTimes } = await import('../../../src/policy/answering/clause-facts.js');
    expect([...clauseTimes('Adults may check personal devices during their lunch break.')]).toEqual(['break']);
    expect([...clauseTimes('Devices must be locked away during teaching time.')]).toEqual(['school_time']);
    expect([...clauseTimes('Staff on playground duty may carry a phone.')]).toEqual(['school_time']);
    expect([...clauseTimes('Staff may use social media in their own time.')]).toEqual(['outside']);
    expect(clauseTimes('Staff must not post photographs of pupils.').size).toBe(0);
    expect([...clauseTimes('The Employee must not use personal social media while supervising pupils.')]).toEqual([
      'school_time',
    ]);
    expect([...clauseTimes('The Employer does not restrict personal use outside working time.')]).toEqual(['outside']);
    expect([...clauseTimes('Personal devices may be used during breaks or free periods.')]).toEqual(['break']);
  });
});

describe('decide: the kind an "only" rule leaves out (round 4)', () => {
  it.each<[string, string, string, [string, Verdict][]]>([
    [
      'the rule allows first names only and the question asks for full names',
      'not_allowed',
      'Photographs of students may be posted on academy accounts only where the academy holds consent; students must be identified by first name only.',
      [['can we put the sports photos on the school twitter with full names', 'not_allowed']],
    ],
    [
      'the question names the same kind in other words',
      'it is not a contrast',
      'Academy email may be accessed on a personal phone only if the phone has a PIN.',
      [['can i read my work emails on my own phone', 'depends']],
    ],
  ])('when %s, then %s', (_when, _outcome, rule, asks) => {
    for (const [question, expected] of asks) expect(verdict(question, rule), question).toBe(expected);
  });
});

describe('decide: conjoined rules and carve-outs (round 7)', () => {
  it('when a second predicate joined by "and" forbids, then it is a rule about the same subject', async () => {
    const { splitRules } = await import('../../../src/policy/answering/rule-parts.js');
    expect(
      splitRules(
        'Complaints from parents raised online should be referred to the School Business Manager and should never be answered by the Employee on social media.',
      ),
    ).toEqual([
      'Complaints from parents raised online should be referred to the School Business Manager',
      'Complaints from parents raised online should never be answered by the Employee on social media.',
    ]);
    const rule =
      'Complaints from parents raised online should be referred to the School Business Manager and should never be answered by the Employee on social media.';
    expect(verdict('A parent complained about me on Twitter, can I reply?', rule)).toBe('not_allowed');
  });

  it('when the later predicate has its own subject, then that subject is carried, not the first one', async () => {
    const { splitRules } = await import('../../../src/policy/answering/rule-parts.js');
    expect(
      splitRules(
        'Political posts are a matter for the individual, but staff must not present their views as the school’s and must not promote a party to pupils.',
      ).at(-1),
    ).toBe('staff must not promote a party to pupils.');
  });

  it('when a permission carves out one place and forbids naming otherwise, then each half answers its own question', () => {
    const rule =
      'The Employee may identify the school as their employer on a professional networking site such as LinkedIn, but should not otherwise name the school on personal profiles.';
    expect(verdict('Am I allowed to say I work at the school on LinkedIn?', rule)).toBe('allowed');
    expect(verdict('Can I name the school on my personal profiles?', rule)).toBe('not_allowed');
  });
});

describe('decide: the asked act chooses the half of a two-part rule (round 10)', () => {
  it('when the question asks about the act one half forbids, then that half answers, though the other shares more words', () => {
    const rule =
      'Employees should keep records of the abuse, text, e-mails or instant message and should not delete texts or e-mails.';
    expect(verdict('a parent keeps sending me nasty texts, should i delete them?', rule)).toBe('not_allowed');
    // The other half shares 'keeps', 'messages' and the abuse the staff wording 'nasty' stands for: the act still decides.
    expect(verdict('a parent keeps sending me nasty messages, can I just delete them', rule)).toBe('not_allowed');
    expect(verdict('Should I keep records of abusive texts?', rule)).not.toBe('not_allowed');
  });

  it('when a yes/no question names its act, then askedAct gives its stem', async () => {
    const { askedAct } = await import('../../../src/policy/answering/rule-parts.js');
    expect(askedAct('should i delete them?')).toBe('delet');
    expect(askedAct('is it ok to post a photo?')).toBe('post');
    expect(askedAct('can i be friends with a parent?')).toBeUndefined();
  });
});

describe('rare words', () => {
  it("when the question's rare words are in a lower clause and not in the first, then that clause can overtake it", async () => {
    const { rerank } = await import('../../../src/policy/answering/clause-choice.js');
    const q = parseQuestion('Can I post about the catering supplier?');
    const broad = { ...clause('Staff must not post about pupils or colleagues.'), index: 0 };
    const narrow = { ...clause('Staff must not post about the contracts of the catering supplier.'), index: 1 };
    const hits = [
      { clause: broad, score: 10 },
      { clause: narrow, score: 9.5 },
    ];
    const literal = (c: typeof broad) => ({ share: 0, none: false, rare: c === narrow ? 1 : 0 });
    expect(rerank(q, hits, undefined, undefined, literal)[0]!.clause).toBe(narrow);
    // Without rare words the order is BM25's.
    expect(rerank(q, hits)[0]!.clause).toBe(broad);
  });
});

describe("the asker's own job", () => {
  it('when the asker says what job they do, then a rule naming that job moves up, though the job stays out of the search', async () => {
    const { rerank } = await import('../../../src/policy/answering/clause-choice.js');
    const general = {
      ...clause('Staff who need to be contactable should tell their line manager and check their phone out of sight.'),
      index: 0,
    };
    const duty = {
      ...clause('Staff on duty, including lunchtime supervisors, must not use personal phones while on duty.'),
      index: 1,
    };
    const hits = [
      { clause: general, score: 10 },
      { clause: duty, score: 9 },
    ];
    const asked = parseQuestion('Lunchtime supervisor - am i ok to check my phone on the yard?');
    expect(asked.folded).not.toMatch(/supervisor/);
    expect(rerank(asked, hits)[0]!.clause).toBe(duty);
    expect(rerank(parseQuestion('am i ok to check my phone on the yard?'), hits)[0]!.clause).toBe(general);
  });
});

describe('the scene a rule opens with', () => {
  it('when someone contacted the asker, then the rule that opens with that scene moves up', async () => {
    const { rerank } = await import('../../../src/policy/answering/clause-choice.js');
    const ban = { ...clause('Staff must not contact a parent on a personal account.'), index: 0 };
    const scene = {
      ...clause('If a parent contacts you on a personal account, do not reply from that account.'),
      index: 1,
    };
    const hits = [
      { clause: ban, score: 10 },
      { clause: scene, score: 9.5 },
    ];
    expect(rerank(parseQuestion('a parent messaged me on my personal facebook, what do I do?'), hits)[0]!.clause).toBe(
      scene,
    );
    // A pupil's message is another scene.
    expect(rerank(parseQuestion('a pupil messaged me on facebook, what do I do?'), hits)[0]!.clause).toBe(ban);
  });
});

describe('decide: a second duty joined by "and" (round 11)', () => {
  it.each<[string, string, string, [string, Verdict][]]>([
    [
      'a ban carries an added duty with its own condition',
      'the ban answers the banned act',
      'Staff must not share or like posts that are rude, and should tell the Head if they see one.',
      [['Can I like a rude post?', 'not_allowed']],
    ],
    [
      'a permission rule adds how the thing must be done',
      'asking to do it still needs the permission',
      'A club account may only be opened with the approval of the Head and must be set up by the office.',
      [['Can I set up an account for the chess club?', 'needs_permission']],
    ],
    [
      'a duty names the act asked about',
      'that duty answers it',
      'Staff must keep accounts private and should use a profile name that does not make them easy to find.',
      [['Can I use a nickname as my profile name?', 'allowed']],
    ],
  ])('when %s, then %s', (_when, _outcome, rule, asks) => {
    for (const [question, expected] of asks) expect(verdict(question, rule), question).toBe(expected);
  });
});

describe('decide: a permission with a proviso', () => {
  it('when the proviso only rules out a way of doing it, then yes; when it asks for a step, it depends', () => {
    const share =
      'Staff may like and share posts from official academy accounts on their personal accounts, provided they do not add comments that identify pupils.';
    expect(verdict("can i share the school's sports day post from insta onto my own story", share)).toBe('allowed');
    const twoFactor =
      'Staff may use a personal phone for two-factor authentication at any time, including in lessons, provided they put it away immediately afterwards.';
    expect(verdict('can I use my phone for the authenticator app in a lesson?', twoFactor)).toBe('depends');
  });
});

describe('decide: "save that" exceptions and whose permission a rule gives', () => {
  const rule =
    'Under no circumstances should staff contact a boarder from a personal mobile phone, save that in a genuine emergency on an off-site trip, where no College device is available, a member of staff may call or text a boarder from a personal phone.';

  it("when the question meets the exception's condition, then yes; when it only repeats the act the exception restates, then no", () => {
    expect(
      verdict(
        'on the geography trip a boarder has wandered off and the school phone has no signal, can i ring her on my own mobile?',
        rule,
      ),
    ).toBe('allowed');
    expect(verdict('can I text a boarder from my own mobile at 8pm to remind her about her inhaler?', rule)).toBe(
      'not_allowed',
    );
  });

  it('when the question asks what pupils may do, then a permission for staff is no yes to it', () => {
    const staff =
      'Houseparents are permitted to communicate with their own children by any means, including personal phones.';
    expect(verdict('Are year 7s allowed to use their phones at break and lunch?', staff)).toBe('guidance');
  });
});

describe('decide: what staff should assume', () => {
  it('when a rule says what should be assumed, then it is awareness, not a yes', () => {
    const rule = 'It should be assumed that anything posted online may become public, however strict the settings.';
    expect(verdict('should my instagram be public?', rule)).not.toBe('allowed');
  });
});

describe('decide: photos that show no pupils', () => {
  it('when a permission covers only photos that show no pupils, then a photo of my class is no yes', () => {
    const rule =
      "You can share the school's official posts about the fair, and you can post photographs that show no pupils at all.";
    expect(verdict('can I post a photo of my class on my personal instagram?', rule)).not.toBe('allowed');
    expect(verdict('can I post a photo of the school garden on my instagram?', rule)).toBe('allowed');
  });
});

describe('decide: years since a pupil left', () => {
  const rule =
    'You must not follow, connect with or communicate privately online with a former pupil until at least three years have passed since they left.';

  it('when the question says the pupil left within the years the rule holds for, then no', () => {
    expect(verdict('a girl who left 2 years ago added me on facebook, can I accept?', rule)).toBe('not_allowed');
    expect(verdict('a boy who left last year wants to follow me, is that ok?', rule)).toBe('not_allowed');
  });

  it('when the question says the pupil left longer ago than that, then the rule has lapsed', () => {
    expect(
      verdict('someone i taught years ago, left about 5 years back, just sent me a friend request. allowed?', rule),
    ).toBe('allowed');
  });

  it('when the rule has a further condition, then past the years it depends', () => {
    const both =
      'You should not connect with former students until they are at least 18 and have left the Academy for two years.';
    expect(verdict('a girl who left 1 year ago added me on instagram, can I accept?', both)).toBe('not_allowed');
    expect(verdict('a girl who left 3 years ago added me on instagram, can I accept?', both)).toBe('depends');
  });
});

describe('decide: acting at once and age limits', () => {
  it('when a rule says to act "as soon as" something is known, then it reads as a rule to act at once', () => {
    for (const text of [
      'Concerns should be reported as soon as identified.',
      'Staff must tell the DSL as soon as they become aware of a concern.',
      'Report it as soon as you see it.',
      'Report it as soon as possible.',
    ])
      expect(IMMEDIATELY.test(text)).toBe(true);
    expect(IMMEDIATELY.test('Staff should report concerns to the DSL.')).toBe(false);
  });

  it('when asked to put off reporting against a rule to report as soon as identified, then not_allowed', () => {
    const rule = 'Any online concerns should be reported as soon as identified.';
    expect(verdict('Can I wait until Monday to report something I saw online?', rule)).toBe('not_allowed');
    expect(
      verdict('Can I wait until Monday to report something I saw online?', 'Concerns should be reported.'),
    ).not.toBe('not_allowed');
  });

  it.each<[string, string, string, [string, Verdict][]]>([
    [
      'a ban holds until the age of 18 and the question gives an age below it',
      'not_allowed',
      'Staff must not contact former pupils on social media until they have reached the age of 18.',
      [
        ['Can I message a former pupil on Facebook? She is 16.', 'not_allowed'],
        ['Can I message a former pupil aged 17 on Facebook?', 'not_allowed'],
      ],
    ],
    [
      'a ban holds until the age of 18 and the question gives an age at or over it',
      'allowed',
      'Staff must not contact former pupils on social media until they have reached the age of 18.',
      [
        ["Can I message a former pupil on Facebook? He's 19 now.", 'allowed'],
        ['Can I message an 18 year old former pupil on Facebook?', 'allowed'],
      ],
    ],
    [
      'the age limit comes with a further condition and the age is past it',
      'depends',
      'Former pupils must not be contacted on social media until they reach the age of 18 and a year has passed.',
      [
        ['Can I message a former pupil on Facebook? She is 19.', 'depends'],
        ['Can I message a former pupil on Facebook? She is 15.', 'not_allowed'],
      ],
    ],
  ])('when %s, then %s', (_when, _outcome, rule, asks) => {
    for (const [question, expected] of asks) expect(verdict(question, rule), question).toBe(expected);
  });

  it('when the question gives no age, then the age limit does not decide', () => {
    const text = 'Staff must not contact former pupils on social media until they have reached the age of 18.';
    expect(ageGate(parseQuestion('Can I message a Year 9 former pupil on Facebook?'), text)).toBeNull();
  });
});

describe('a list whose heading gives its force', () => {
  const engine = loadPolicyText(
    'appendix.md',
    [
      '# Appendix C: examples of misconduct',
      '## C5.1 Examples of gross misconduct online',
      'a) Sending a friend request to a pupil, or accepting one from a pupil, on a personal account, whatever the platform.',
      'b) Posting images of pupils on personal social media, even if faces are blurred.',
      '## C5.3 What is not misconduct',
      'a) Saying on a personal profile that you work at the academy.',
      '## Rules at a glance',
      'Situation | Permitted | Not permitted',
    ].join('\n\n'),
  );

  it('when the heading names gross misconduct, then an item under it is a ban', () => {
    expect(engine.answer('a year 10 sent me a friend request on insta, can I accept?').verdict).toBe('not_allowed');
    expect(engine.answer('can I post a pic of my class on my facebook if I blur their faces?').verdict).toBe(
      'not_allowed',
    );
  });

  it('when the heading says what is not misconduct, then an item under it is a permission', () => {
    expect(engine.answer('can I put that I work at the academy in my instagram profile?').verdict).toBe('allowed');
  });
});

describe('a permission held to breaks and named places', () => {
  const rule =
    'Yes, but only in the staff room, the staff workroom or off site, and only during your own break or lunch.';

  it.each([
    ['can i go on insta in the staffroom at break', 'allowed'],
    ['can i check tiktok in the staff room at lunch?', 'allowed'],
  ] as const)('when asked "%s", then the limits are met: %s', (question, expected) => {
    expect(verdict(question, rule)).toBe(expected);
  });

  it('when asked about a break somewhere it does not name, then it is not a plain yes', () => {
    expect(verdict('can i go on insta in the canteen at break', rule)).not.toBe('allowed');
  });
});

describe('an exception in the old legal form', () => {
  it('when a ban holds "save in an emergency on a trip" and the question is about a trip gone wrong, then it is a yes', () => {
    const rule =
      'Staff will not use WhatsApp or text messages from a personal phone to contact parents, save in an emergency on a trip or at a fixture.';
    expect(
      verdict(
        "minibus broken down on the trip and the trip phone's flat, can I text the parents from my own phone?",
        rule,
      ),
    ).toBe('allowed');
    expect(verdict('can I text a parent from my own phone about homework?', rule)).toBe('not_allowed');
  });
});

describe('work for a family outside school', () => {
  const engine = loadPolicyText(
    'p.txt',
    [
      'Staff code',
      '',
      '1. Contact',
      '1.1 Staff must not text or message pupils from a personal phone.',
      '1.2 While on a trip, staff must not photograph a pupil unless the parent asks you to.',
    ].join('\n'),
  );

  it('when the policy never mentions babysitting or tuition, then a question about it is not covered', () => {
    expect(engine.answer('one of the mums asked me to babysit on saturdays, am i allowed?').verdict).toBe(
      'not_covered',
    );
  });

  it('when babysitting is only how the asker knows the pupil, then the question about texting is still answered', () => {
    expect(engine.answer('can I keep texting a Y10 I used to babysit for?').verdict).toBe('not_allowed');
  });
});

describe('a statement that asks nothing', () => {
  it('when staff only tell what happened, then the answer is what to do, never a yes', () => {
    const rule = 'At the summer celebration, families can take photos of their own young person.';
    expect(verdict('Boy in my class said he watches grown-up videos with his uncle.', rule)).not.toBe('allowed');
    // Leave asked without a question mark is still asked.
    expect(
      verdict(
        "sharing the school's facebook posts on my own page ok",
        "Staff may share the school's facebook posts on their own pages.",
      ),
    ).toBe('allowed');
  });
});

describe("sharing the school's own posts", () => {
  const engine = loadPolicyText(
    'p.txt',
    [
      'Staff social media',
      '',
      '3. Personal accounts',
      '3.1 Staff must not post content about the College, its students, their families or colleagues that could identify any of them or bring the College into disrepute.',
      '3.2 Staff must not follow students on personal accounts.',
      '7. Official channels',
      '7.1 Only the Marketing team may post on official College channels.',
      '7.2 Staff may share content from official channels on their personal accounts without comment on individual students.',
    ].join('\n'),
  );

  it("when staff ask to share the school's own post, then the leave to share answers before the ban on posting", () => {
    const answer = engine.answer("can I share the college's post about our ofsted result on my fb?");
    // With the ban as close to the question's words, the answer quotes both ("it depends"), never a plain no.
    expect(['allowed', 'depends']).toContain(answer.verdict);
    expect(answer.citations[0]?.text).toMatch(/may share content from official channels/);
  });

  it('when staff ask to post about the college themselves, then the ban answers', () => {
    expect(engine.answer('can I post about our ofsted result on my fb?').verdict).toBe('not_allowed');
  });
});

describe('the risky questions on the styles met in the tenth session', () => {
  it.each([
    // Leave for the opposite state, in a slide's or a table's words.
    ['should my instagram be public?', 'Private settings ✔'],
    ['should my instagram be public?', '| Keep personal accounts on their most private settings | ✓ | |'],
    [
      'should my instagram be public?',
      'The Employee is strongly advised to apply the highest available privacy settings to every personal account.',
    ],
    // Advice to think about something permits nothing.
    [
      'should my instagram be public?',
      'Think about old photos and your profile picture, which are often public even when the rest is not.',
    ],
    // A duty about photos taken under an exception elsewhere.
    [
      'can I use my own phone to take photos of pupils if I delete them afterwards?',
      'Photos taken under that exception must be uploaded to the trip folder and deleted from the phone within 48 hours.',
    ],
    // The exception's own follow-up ("in which case … deleted") is not its condition.
    [
      'can I use my own phone to take photos of pupils if I delete them afterwards?',
      'The Employee shall not take any photograph of a Pupil on a personal device, save where the Headteacher has given prior written authorisation, in which case the recording shall be deleted from the device.',
    ],
    // What the asker would do next is no case of an exception.
    [
      "can I take pics of the year 7s on my own phone and delete them once they're printed?",
      'Do not take the phone unless the DSL asks you to, and do not screenshot, copy, forward, save or delete anything.',
    ],
    // Leave for families, and leave to send to someone else.
    [
      'can I use my own phone to take photos of pupils?',
      'At the summer celebration, families can take photos of their own young person.',
    ],
    [
      'can I send a pupil a photo of myself?',
      "You can send a parent or carer a photo of their young person's work from the work phone.",
    ],
  ])('when asked "%s" against "%s", then it is never a yes', (question, rule) => {
    expect(verdict(question, rule)).not.toBe('allowed');
  });

  it('when a table permits something but strongly discourages it, then it is advice not to', () => {
    expect(
      tableAnswer('| Leaving privacy settings on "public" | Yes | Permitted, but strongly discouraged. |')?.force,
    ).toBe('advised_not');
  });
});
