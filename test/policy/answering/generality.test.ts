import { describe, expect, it } from 'vitest';
import { contrastsOnly } from '../../../src/policy/answering/conditions.js';
import { parseQuestion } from '../../../src/policy/answering/question.js';
import { paraphrasesOf } from '../../../src/policy/answering/retrieval.js';
import { readForce } from '../../../src/policy/domain/force.js';
import { detectConcepts } from '../../../src/policy/domain/tagger.js';
import { fold } from '../../../src/policy/domain/text.js';
import { loadPolicyText } from '../../../src/policy/index.js';
import { normaliseText } from '../../../src/policy/ingest/normalise.js';
import { segment } from '../../../src/policy/ingest/segment.js';

// Mechanisms added after blind policies failed on them; each test is written in words of its own.
const QA = `Harbour Lane School
Staff online guide

Your accounts
Staff must keep personal accounts private.
Staff can use their phones in the staffroom during breaks.

Common questions

Can I accept a friend request from a parent I met at school?
No. Politely decline the request.

Can I share the school's own posts?
Yes. You may share them, but please do not comment on them.

Can I post photos of my own child at the school play?
Only photos of your own child, and only if no other children can be seen.

Does this guide apply to volunteers?
This guide applies to teachers, office staff and volunteers.
`;

describe('Q&A sections', () => {
  const engine = loadPolicyText('qa.txt', QA);

  it('when an answer follows a question, then the answer keeps the question as context and "No." stays with it', () => {
    const clause = engine.document.clauses.find((c) => c.text.startsWith('No.'))!;
    expect(clause.text).toBe('No. Politely decline the request.');
    expect(clause.context).toBe('Can I accept a friend request from a parent I met at school?');
    expect(clause.tags.force).toBe('must_not');
  });

  it('when a member of staff asks in other words, then the Q&A answer gives the verdict', () => {
    expect(engine.answer('a mum I met at parents evening added me on facebook, can i accept').verdict).toBe(
      'not_allowed',
    );
    expect(engine.answer('can I post pics of my own daughter at the school play').verdict).toBe('depends');
  });
});

describe('force of list headings, answers and exceptions', () => {
  it.each([
    ['Do:', 'must'],
    ['No. Any contact goes through the office.', 'must_not'],
    ['Yes, but tell the Deputy Head.', 'may'],
    ['Speak to the Computing Lead if you want to use a new app with children.', 'only_with_permission'],
    ['You will need to check with Mrs Patel (Headteacher) before:', 'only_with_permission'],
    ["There's no problem with having Facebook, Instagram, TikTok or anything else.", 'may'],
    ['Choreographers and directors may ask Marketing about a showreel clip.', 'may'],
    ['GREEN – fine to do:', 'may'],
    ['Step 6: Does a website need to be blocked?', 'descriptive'],
    [
      'Staff who need a blocked website for teaching should ask the Online Safety Lead, who may authorise the technician to unblock it.',
      'only_with_permission',
    ],
    ['AMBER – ask the DSL (Ms Okafor) first:', 'only_with_permission'],
    ['RED – never:', 'must_not'],
    [
      'Why: once a parent can message you privately, every conversation happens where nobody can see it.',
      'descriptive',
    ],
    ['Staff are encouraged to like, share or repost content from the academy’s official accounts.', 'may'],
    ['Staff are advised to review their privacy settings each term.', 'advised'],
    ['A performance may be streamed, live or on demand, only where the Academy holds a streaming licence.', 'may'],
    ['Speak to the Head of Centre first so that it can be recorded and agreed.', 'only_with_permission'],
    ['Matrons may photograph an injury for the medical record.', 'may'],
    ['We do ask that you set your profiles to private and check your privacy settings.', 'must'],
    ["Feel free to like and share posts from the school's Facebook page on your own account.", 'may'],
    [
      'If you already know a family outside school (for example as a relative or friend), tell the Headteacher, who must agree what contact is appropriate.',
      'only_with_permission',
    ],
    [
      'Staff who want to use images of learners for a course need written permission from the Headteacher.',
      'only_with_permission',
    ],
    ['Run it past the DSL before posting anything about a trip.', 'only_with_permission'],
  ])('when the sentence is "%s", then its force is %s', (text, force) => {
    expect(readForce(fold(text)).force).toBe(force);
  });

  it('when a sentence says to ask yourself before posting, then it is no permission to seek', () => {
    expect(readForce(fold('Ask yourself before posting: would I be happy for a parent to read this?')).force).not.toBe(
      'only_with_permission',
    );
  });

  it('when a list opens "check with the head before:", then each item needs permission', () => {
    const engine = loadPolicyText(
      't.txt',
      [
        'Photos and groups',
        'Children without photo consent must not appear in any photo that is shared or displayed, even in the background.',
        'You will need to check with Mrs Khan (Headteacher) before:',
        '- setting up any social media group that uses a class name, including a WhatsApp group for a class’s parents',
        '- letting any photo of our children be used outside the school’s own channels, such as the parish newsletter',
        '',
      ].join('\n'),
    );
    expect(engine.answer('thinking of starting a whatsapp group for my class parents, ok to go ahead?').verdict).toBe(
      'needs_permission',
    );
    // The consent that some children lack is who is in the photo, not a permission the asker seeks.
    expect(
      engine.answer('one of the no-consent children is in the back of my class photo, tiny and blurry. OK to share it?')
        .verdict,
    ).toBe('not_allowed');
  });

  it('when a duty after taking photos names a record, then it is no yes to taking them on a personal phone', () => {
    const engine = loadPolicyText(
      't.txt',
      [
        'Photographs',
        "6.1 Images should be uploaded to the learner's record on the school system and deleted from the device by the end of the week.",
        '6.2 Staff must never use a personal phone, tablet or camera to photograph or film a learner.',
        '',
      ].join('\n'),
    );
    expect(
      engine.answer("can I take pics of the year 7s on my own phone and delete them once they're printed?").verdict,
    ).toBe('not_allowed');
  });

  it("when photos are kept to the organisation's equipment and then deleted, then deleting them is no yes to a personal phone", () => {
    const engine = loadPolicyText(
      't.txt',
      [
        'Images',
        '7.4 Images of Pupils shall be taken only on Trust equipment and shall be transferred to the Trust network and deleted from the device within five working days.',
        '10.2 Staff should set the privacy settings of personal social media accounts to the highest available level.',
        '',
      ].join('\n'),
    );
    expect(engine.answer('can I use my own phone to take photos of pupils if I delete them afterwards?').verdict).toBe(
      'not_allowed',
    );
    expect(engine.answer('should my instagram be public?').verdict).toBe('not_allowed');
  });

  it('when a ban has a time exception and the question names that time, then it is allowed', () => {
    const engine = loadPolicyText(
      't.txt',
      'Conduct\nPersonal use of social media during working hours is not permitted, except during authorised breaks and away from pupils.\n',
    );
    expect(engine.answer('can I scroll tiktok in my lunch break').verdict).toBe('allowed');
    expect(engine.answer('can I scroll tiktok during lessons').verdict).toBe('not_allowed');
  });

  it('when a rule names a means it excludes and the question asks about that means, then it is not allowed', () => {
    const engine = loadPolicyText(
      't.txt',
      'References\nYou may write references for students, but you must send them through the office and not through LinkedIn recommendations.\n',
    );
    expect(engine.answer('can i write a linkedin recommendation for a student').verdict).toBe('not_allowed');
  });
});

describe('scope questions', () => {
  it('when staff ask whether the policy applies to their role, then the scope clause naming it is cited', () => {
    const engine = loadPolicyText('qa.txt', QA);
    const a = engine.answer("I'm a volunteer, does this apply to me?");
    expect(a.verdict).toBe('guidance');
    expect(a.citations[0]!.text).toContain('volunteers');
  });
});

describe('page furniture', () => {
  it('when a header line repeats with a changing page number, then it is not a clause', () => {
    const lines = [];
    for (let i = 1; i <= 5; i++)
      lines.push(`Trust Social Media Policy v3.2 Page ${i} of 12`, `${i}.1 Staff must not post photos of pupil ${i}.`);
    const clauses = segment(normaliseText(lines.join('\n'))).clauses;
    expect(clauses.every((c) => !/Page \d+ of/.test(c.text))).toBe(true);
  });
});

describe('ages, clubs and "nothing prevents"', () => {
  const engine = loadPolicyText(
    't.txt',
    [
      'Code',
      '5.1 Nothing in this code prevents staff who are parents from joining the parents’ WhatsApp group for their own child’s year group, but they must not use it to discuss other pupils.',
      '5.2 Staff must not join a parents’ group chat for their own tutor group.',
      '5.3 If a former pupil under 21 contacts a member of staff on a personal account, the member of staff should not accept or reply and should tell the DSL.',
      '5.4 Staff must not accept friend requests from any student who is under 18 or who is an adult at risk.',
      '5.5 Where a club or society wishes to open a social media account in the College’s name, staff must first obtain written approval from the Director of Development.',
      '',
    ].join('\n'),
  );

  it('when a rule says nothing in the code prevents something, then it is allowed', () => {
    expect(readForce(fold('Nothing in this code prevents staff from holding personal accounts.')).force).toBe('may');
    expect(
      engine.answer('my son is in year 9 and the year 9 parents have a whatsapp group, can I join it as a mum?')
        .verdict,
    ).toBe('allowed');
  });

  it('when a rule is for former pupils under an age, then it holds below that age and not above it', () => {
    expect(engine.answer('a former pupil who is 19 wants to connect on linkedin, ok to accept?').verdict).toBe(
      'not_allowed',
    );
    expect(engine.answer('a former pupil who is now 23 wants to connect on linkedin, ok to accept?').verdict).toBe(
      'allowed',
    );
  });

  it('when an age limit has an "adult at risk" limb and the adult has an EHCP, then the rule still holds', () => {
    expect(engine.answer('a student who is 22 and has an EHCP sent me a friend request, can I accept?').verdict).toBe(
      'not_allowed',
    );
  });

  it('when a club wants its own Instagram page, then the rule on opening accounts answers', () => {
    expect(detectConcepts('the eco club want an instagram page').what.has('official_accounts')).toBe(true);
    expect(
      engine.answer('The eco club want an Instagram page to show off their veg patch. Can I set one up for them?')
        .verdict,
    ).toBe('needs_permission');
  });
});

describe('the means a rule keeps to', () => {
  it('when a permission names the house mobile and the asker would use their own, then it is not allowed', () => {
    const engine = loadPolicyText(
      't.txt',
      'Exeats\n5.10 During exeats, houseparents may phone or text boarders on the house mobile, for example to check that a boarder has arrived home.\n',
    );
    expect(readForce(fold('houseparents may phone or text boarders on the house mobile')).restriction).toBe(
      'means_official',
    );
    expect(
      engine.answer('the house phone has died, can I text a boarder from my own mobile to check she got home?').verdict,
    ).toBe('not_allowed');
  });

  it("when communication must go through the college systems, then an app of the asker's is not allowed and the work phone is", () => {
    const engine = loadPolicyText(
      't.txt',
      'Communication\n5.8 All communication with pupils must be through College systems: Firefly messages, College email and the work phone.\n',
    );
    expect(
      engine.answer('ok to start a whatsapp for the lads in my house to remind them about prep? Firefly is so clunky')
        .verdict,
    ).toBe('not_allowed');
    expect(engine.answer('ok to text a pupil from the work phone to say the minibus is late?').verdict).toBe('allowed');
  });
});

describe('the press and live streams', () => {
  const engine = loadPolicyText(
    't.txt',
    [
      'Public comment',
      '5.15 Staff must not stream, record or broadcast a chapel service on a personal device or account.',
      '5.19 Media enquiries, including calls from local newspapers, are passed to the Development Office without comment.',
      '5.20 Staff must not accept gifts offered through social media.',
      '5.21 Concerns will be referred to the LADO within one working day where they are reported.',
      '',
    ].join('\n'),
  );

  it('when a reporter rings, then the rule on media enquiries answers', () => {
    const a = engine.answer(
      'A reporter from the county paper rang asking me to say a few words about the new house. what do i do?',
    );
    expect(a.verdict).toBe('guidance');
    expect(a.citations[0]?.text).toMatch(/^Media enquiries/);
  });

  it('when someone would do a facebook live of a service, then the rule on streaming services answers', () => {
    const a = engine.answer('Could I film the carol service on my phone and do a facebook live for the grandparents?');
    expect(a.verdict).toBe('not_allowed');
    expect(a.citations[0]?.text).toMatch(/stream, record or broadcast/);
  });

  it('when someone asks about the dress code, then the press is not what they mean', () => {
    expect(engine.answer("What's the dress code for staff on INSET days? Are jeans OK?").verdict).toBe('not_covered');
  });
});

describe('round 25 readings', () => {
  const engine = loadPolicyText(
    't.txt',
    [
      '10 Social media',
      '10.5 Staff are permitted to accept connection requests from former pupils aged 18 or over provided that:',
      '(a) the former pupil left the Academy at least 12 months previously;',
      '(b) no Trust matters are discussed through that connection.',
      '10.7 Staff whose own children attend an Academy may join parent groups on social media, including class WhatsApp groups, in their capacity as a Parent, provided that they do not answer questions on behalf of the Academy and do not disclose any information obtained through their employment.',
      '10.10 Staff must not post, share, comment on or “like” content which:',
      '(a) criticises or disparages the Trust, an Academy, its governors or colleagues; or',
      '(b) discloses confidential information about the Trust.',
      '10.11 Staff are encouraged to share posts from Official accounts on their personal social media, provided that no comment is added which identifies a Pupil.',
      '',
    ].join('\n'),
  );

  it('when a list of conditions hangs off an age limit, then a 17-year-old is below it', () => {
    expect(
      engine.answer('a girl who left last summer (shes 17) messaged me on facebook, is it fine to help her?').verdict,
    ).toBe('not_allowed');
  });

  it('when the asker says the school is where they work, then that is not what a proviso forbids', () => {
    expect(
      engine.answer(
        'My son is in Year 3 at the school where I work. The Year 3 parents have a WhatsApp group. Am I allowed to be in it?',
      ).verdict,
    ).toBe('allowed');
  });

  it('when someone angry wants to post about how the trust treats staff, then it is criticism and not allowed', () => {
    expect(
      detectConcepts("i'm livid, i want to post on twitter about how the trust treats its staff", true).what.has(
        'criticism',
      ),
    ).toBe(true);
    expect(
      engine.answer(
        "After the restructure I'm livid. I want to post on my Twitter about how the trust treats its staff. Surely that's fine?",
      ).verdict,
    ).toBe('not_allowed');
  });
});

describe('numbered lead-ins and usernames', () => {
  it('when a numbered line reads "Staff must not:", then it is the lead-in of the lettered items below it', () => {
    const engine = loadPolicyText(
      't.txt',
      [
        '10 Social media',
        '',
        '10.3\tStaff must not:',
        '',
        'Hallam Trust | ICT AUP v4.2 | Page 12 of 19',
        '',
        '(a)\tplay online games with, or join any online game that includes, a Pupil known to them; or',
        '',
        '(b)\tgive their personal telephone number, social media username or personal email address to any Pupil.',
        '',
      ].join('\n'),
    );
    const items = engine.document.clauses.filter((c) => /^(play|give)/.test(c.text));
    expect(items.map((c) => c.tags.force)).toEqual(['must_not', 'must_not']);
    expect(engine.answer('A Year 7 asked for my Snapchat so I can send him tips. Any problem with that?').verdict).toBe(
      'not_allowed',
    );
  });

  it("when a pupil asks for the asker's Snapchat, then it is their personal details", () => {
    expect(detectConcepts('a year 7 asked for my snapchat', true).what.has('personal_info')).toBe(true);
  });
});

describe('emergencies and video calls', () => {
  const engine = loadPolicyText(
    't.txt',
    [
      'Phones',
      '3.3 Staff must never use a personal phone to photograph or film a learner.',
      '3.4 In an emergency, any member of staff may use their own phone to call for help (999 or the school office) if a school phone or radio is not to hand.',
      '5.6 Staff may help a learner to make a video call to family on the learner’s own device, as long as the call takes place in a shared area.',
      '9.1 Staff must not contact learners through personal phones or messaging apps.',
      '',
    ].join('\n'),
  );

  it('when a learner is having a seizure and the radio is dead, then ringing 999 on the own phone is allowed', () => {
    expect(
      engine.answer('learner having a seizure on the field and my radio is dead - can I ring 999 on my own mobile??')
        .verdict,
    ).toBe('allowed');
  });

  it('when a learner wants to FaceTime his nan, then the rule on video calls to family is cited', () => {
    const q = parseQuestion('Young person wants to FaceTime his nan before bed on his iPad. Can I help him set it up?');
    expect(paraphrasesOf(q).flat()).toEqual(expect.arrayContaining(['video', 'call', 'family']));
    const a = engine.answer('Young person wants to FaceTime his nan before bed on his iPad. Can I help him set it up?');
    expect(a.citations.map((c) => c.text)).toContainEqual(expect.stringMatching(/video call to family/));
  });
});

describe('whose account a question names', () => {
  it("when the question says 'my own X account', then the platform's name is not taken for whose account it is", () => {
    const rule =
      "Staff may post about school sport results on personal accounts only by sharing or reposting the official College account's posts.";
    expect(
      contrastsOnly(
        parseQuestion('the sports page put up the score. am i ok to repost that on my own x account?'),
        rule,
      ),
    ).toBe(false);
    expect(contrastsOnly(parseQuestion('can i post the score on the department x account?'), rule)).toBe(true);
  });
});

describe('what a question rules out', () => {
  it('when a question says "no names or photos of kids", then it is not about photos or pupils', () => {
    const q = parseQuestion(
      'I want to blog about life as a houseparent - no names or photos of kids, just the day to day. ok?',
    );
    expect(q.concepts.what.has('photos')).toBe(false);
    expect(q.concepts.who.has('pupil')).toBe(false);
    expect(parseQuestion('can i post photos with no names on the class page').concepts.what.has('photos')).toBe(true);
    expect(parseQuestion('one of the no-consent children is in the back').concepts.who.has('pupil')).toBe(true);
  });

  it('when a blog has no photos of pupils, then the rule on writing publicly answers and not the ban on photos', () => {
    const engine = loadPolicyText(
      't.txt',
      [
        'Personal accounts',
        '5.3 Staff must not post photographs or video of any pupil on a personal account, including images taken at fixtures.',
        '5.19 Where staff wish to write, blog, broadcast or comment publicly about the College, its pupils or their own work at the College, staff must first seek the agreement of the Director of Development.',
        '',
      ].join('\n'),
    );
    expect(
      engine.answer(
        "I'd love to write a blog about life as a houseparent - no names or photos of kids, just the day to day. Is that alright?",
      ).verdict,
    ).toBe('needs_permission');
  });
});

describe('communication aids', () => {
  it('when staff call an AAC device a talker, then the rule on AAC devices is found', () => {
    const q = parseQuestion('can I type a birthday message on his talker and send it to his dad?');
    expect(paraphrasesOf(q).flat()).toContain('aac');
  });
});

describe('where an exception ends', () => {
  it('when an exception is followed by ", and keep your phone in your bag", then the phone is not part of the exception', () => {
    const engine = loadPolicyText(
      't.txt',
      "Volunteers\nIn particular, please don't take any photos of children at all, even on the class iPad, unless the class teacher has asked you to, and keep your phone in your bag while you are with children.\n",
    );
    expect(
      engine.answer("can I take pics of the year 7s on my own phone and delete them once they're printed?").verdict,
    ).not.toBe('allowed');
  });
});

describe("the author's own words", () => {
  it("when the school promises what it won't ask of staff, then the rest of the sentence keeps its force", () => {
    expect(
      readForce(
        fold(
          "There's no problem with having TikTok or anything else, and we won't ever ask you to hand over your passwords.",
        ),
      ).force,
    ).toBe('may');
  });

  it("when the head writes 'I will never …' in a letter to staff, then it is the head's undertaking, not a staff rule", () => {
    const letter = loadPolicyText(
      't.txt',
      [
        'Dear colleagues',
        'Please keep your phone in your bag while children are present.',
        'You must not message pupils on any personal app.',
        'Feel free to share the school’s Facebook posts.',
        'Please only post photos of children on the consent list.',
        'Talk to Mr Osei if you are worried about anything you see online.',
        'Dojo messages should be sent between 8am and 6pm.',
        'I will never use my personal phone to contact parents.',
        '',
      ].join('\n'),
    );
    const agreement = loadPolicyText(
      't.txt',
      [
        'Staff agreement',
        'I will never use my personal phone to contact parents.',
        'I will keep my accounts private.',
        '',
      ].join('\n'),
    );
    const head = (e: typeof letter) => e.document.clauses.find((c) => c.text.startsWith('I will never'))!;
    expect(head(letter).tags.subject).toBe('school');
    expect(head(agreement).tags.subject).not.toBe('school');
  });

  it("when the asker mentions their own dad, then the question is not about a pupil's parent", () => {
    expect(
      parseQuestion(
        "waiting on a call from the hospital about my dad's results, can I keep my phone on me?",
      ).concepts.who.has('parent'),
    ).toBe(false);
    expect(parseQuestion('a dad at pick up asked for my number').concepts.who.has('parent')).toBe(true);
  });
});

describe('whose rule it is', () => {
  it('when a job comes before the modal, then the rule is about staff though it goes on to name parents', () => {
    const engine = loadPolicyText(
      't.txt',
      'Lessons\n5.2 Peripatetic tutors may text a parent about a cancelled lesson using the Academy lesson-booking system only.\n',
    );
    expect(engine.document.clauses[0]!.tags.subject).toBe('staff');
    expect(
      engine.answer(
        "Peri violin tutor, I'm off sick tomorrow. Can I message the parents that lessons are cancelled through the booking system?",
      ).verdict,
    ).toBe('allowed');
  });
});

describe('what is asked, and what an exception adds', () => {
  it('when the question is "ok if I take pics … and delete them after?", then the act asked is the taking', () => {
    expect(
      parseQuestion("ok if I take pics of the relay on my own phone and delete them once I've sent them?")
        .negativeAction,
    ).toBe(false);
    expect(parseQuestion('is it ok to delete the screenshots now?').negativeAction).toBe(true);
  });

  it('when an exception and the question share only "before", then the question is not about the exception', () => {
    const engine = loadPolicyText(
      't.txt',
      'Parents\n10. Staff should not become friends with the parents of pupils they teach, unless the relationship existed before the pupil joined the academy.\n',
    );
    expect(
      engine.answer('can I message a parent on facebook about her son so his tutors know before registration?').verdict,
    ).not.toBe('allowed');
  });
});

describe('the official account, former pupils and provisos', () => {
  it('when the school insta posted something, then sharing it is about the official account', () => {
    expect(
      parseQuestion('the school insta posted about our netball team, can I share it on my story?').concepts.what.has(
        'official_accounts',
      ),
    ).toBe(true);
  });

  it('when a former pupil left last summer, then a rule for two years after leaving still applies', () => {
    const engine = loadPolicyText(
      't.txt',
      'Former pupils\n8. Staff should not connect with former pupils on personal social media until the former pupil has reached the age of 18 and at least two years have passed since they left.\n',
    );
    expect(
      engine.answer(
        "a lad from my old GCSE group sent me a friend request. He's 19 now but only left us last summer. ok to accept?",
      ).verdict,
    ).toBe('not_allowed');
  });

  it('when a proviso says "provided that no comment is added …", then it is a proviso on how and the answer is yes', () => {
    const engine = loadPolicyText(
      't.txt',
      'Sharing\nStaff may share posts from Official accounts on their personal social media, provided that no comment is added which identifies a Pupil.\n',
    );
    expect(engine.answer("can I share the school's post about the bake sale onto my own story?").verdict).toBe(
      'allowed',
    );
  });
});

describe('we, messages and performances', () => {
  it('when staff ask "could we …?", then it is a permission question', () => {
    expect(
      parseQuestion('lots of grandparents cant come to the musical, could we stream it online for them?').intent,
    ).toBe('permission');
  });

  it('when staff write "msg", then it is a message', () => {
    expect(
      parseQuestion('can I send a Teams msg to a student at half 10 tonight?').concepts.what.has('messaging'),
    ).toBe(true);
  });

  it('when a performance may be streamed, then a policy that says so speaks of live streaming', () => {
    expect(
      detectConcepts(
        'a performance may be streamed, live or on demand, only where the academy holds a licence',
      ).what.has('livestreaming'),
    ).toBe(true);
  });
});

describe('the soft voice, continued', () => {
  it('when a ban holds "unless the class teacher has asked you to", then asking is the way to permission', () => {
    expect(
      readForce(fold("please don't take any photos of children at all, unless the class teacher has asked you to"))
        .exception,
    ).toBe('permission');
  });

  it('when the guide says "it\'s best to leave it unanswered or decline it", then that is a duty to refuse', () => {
    const r = readForce(
      fold("If a parent sends you a friend request, it's best to leave it unanswered or decline it politely."),
    );
    expect(r.force).toBe('should');
    expect(r.negativeAction).toBe(true);
    expect(readForce(fold("It's best not to list the school as your workplace.")).force).toBe('advised_not');
  });

  it('when leave is for staff who are there as parents, then it is no yes to a member of staff who is not one', () => {
    const engine = loadPolicyText(
      't.txt',
      "Parents\nWhen you're in the class WhatsApp groups, you're there as a mum, dad or carer, and there's no problem with joining in.\n",
    );
    expect(
      engine.answer('A mum from my class sent me a friend request on facebook. Should I accept?').verdict,
    ).not.toBe('allowed');
    expect(engine.answer('my daughter is in year 1, can I stay in the year 1 parents whatsapp?').verdict).toBe(
      'allowed',
    );
  });
});

describe("accounts for a department, and promoting one's own work", () => {
  it('when someone would start an instagram for the dance department, then it is about an official account', () => {
    expect(
      parseQuestion(
        'thinking of starting an instagram for the dance department, do I need to ask anyone?',
      ).concepts.what.has('official_accounts'),
    ).toBe(true);
  });

  it('when someone would push tickets for their show, then the policy words for promoting are searched', () => {
    expect(paraphrasesOf(parseQuestion('can I push tickets for my show on my own insta?')).flat()).toContain('promote');
  });
});

describe('traffic lights', () => {
  const engine = loadPolicyText(
    't.txt',
    [
      '1. Contact with pupils',
      'GREEN – fine to do:',
      '• reply to pupils’ comments on Seesaw',
      'AMBER – ask the DSL (Ms Okafor) first:',
      '• set up a video call with a pupil who is off school',
      'RED – never:',
      '• follow a pupil on TikTok, Instagram or any other app',
      '2. Former pupils',
      'GREEN – fine to do:',
      '• chat with a former pupil you meet in person, for example in town',
      '3. Your own accounts',
      'Staff are expected to set the privacy settings on their accounts so that their posts cannot be seen by pupils or parents.',
      '',
    ].join('\n'),
  );

  it('when the lists are GREEN, AMBER and RED, then their items allow, need permission and forbid', () => {
    expect(engine.answer('can I reply to a pupil’s comment on Seesaw?').verdict).toBe('allowed');
    expect(engine.answer('can I set up a video call with a pupil who is off sick for weeks?').verdict).toBe(
      'needs_permission',
    );
    expect(engine.answer('can I follow a pupil on tiktok?').verdict).toBe('not_allowed');
  });

  it('when leave is about former pupils only, then it is no yes about a pupil still at the school', () => {
    expect(engine.answer('can I meet a pupil I chat with online outside school?').verdict).not.toBe('allowed');
  });

  it('when accounts must be set so posts cannot be seen by pupils, then a public account is a no', () => {
    expect(engine.answer('should my instagram be public?').verdict).toBe('not_allowed');
  });
});

describe('lead-ins with a sentence under them, classes, consent and reasons', () => {
  const engine = loadPolicyText(
    't.txt',
    [
      'Why we use traffic lights',
      'It turns the parts of those policies about phones and messages into simple lists you can check in a minute.',
      '3. Photos',
      'GREEN – fine to do:',
      '• take photos on the class iPad for Seesaw',
      '• share photos on Seesaw of children who have photo consent',
      'Amber – ask first:',
      'Ask the Office Manager (Mrs Dale), who holds the consent list.',
      '• use your own phone to take photos on a trip if no school device is available',
      'RED – never:',
      '• give a pupil your personal phone number',
      '',
    ].join('\n'),
  );

  it('when one sentence stands between a lead-in and its list, then the items keep the lead-in', () => {
    const item = engine.document.clauses.find((c) => c.text.startsWith('use your own phone'))!;
    expect(item.context).toBe('Amber – ask first: Ask the Office Manager (Mrs Dale), who holds the consent list.');
    expect(item.tags.force).toBe('only_with_permission');
  });

  it("when the class iPad has died, then taking photos on one's own phone is the amber item, not the green one", () => {
    expect(
      engine.answer('class ipad has died on the residential, can I take a few pics on my phone instead for seesaw?')
        .verdict,
    ).toBe('needs_permission');
  });

  it('when the asker is not sure everyone has consent, then a permission for children with consent depends', () => {
    expect(
      engine.answer('can i put a photo of the whole class on seesaw? not 100% sure everyone has consent').verdict,
    ).toBe('depends');
  });

  it('when a sentence says what lists you can check, then it gives no leave', () => {
    expect(readForce(fold('It turns the policies into simple lists you can check in a minute.')).force).not.toBe('may');
  });
});

describe('worked scenarios and months since leaving', () => {
  const engine = loadPolicyText(
    't.txt',
    [
      'Staff Social Media Standards',
      'Scenario 3 – The follow request',
      'What happened: Leon, Head of Year 11, receives an Instagram follow request from Amira, who left last summer.',
      'What the standards expect: Staff must not have personal contact with a former pupil on social media until the former pupil is 18 and has left the academy for at least two years.',
      'Why: contact too soon after leaving can blur the line between teacher and friend.',
      '',
    ].join('\n'),
  );

  it("when a scenario tells what happened, then the story is neither a clause nor the rule's context; its title is", () => {
    expect(engine.document.clauses.some((c) => c.text.startsWith('What happened'))).toBe(false);
    const rule = engine.document.clauses.find((c) => c.text.startsWith('What the standards expect'))!;
    expect(rule.context ?? rule.headingPath.join(' › ')).toContain('Scenario 3 – The follow request');
    expect(rule.context ?? '').not.toContain('Leon');
  });

  it('when a former pupil left 18 months ago, then a two-year rule still holds; five years ago, it has passed', () => {
    expect(
      engine.answer(
        "one of my old yr 13s followed me on insta, he's 19 now and left about 18 months ago. ok to follow back?",
      ).verdict,
    ).toBe('not_allowed');
    expect(
      engine.answer('a girl I taught is 21 now and left 5 years ago, she wants to follow me. fine now isnt it?')
        .verdict,
    ).toBe('allowed');
  });
});

describe('the school mobile on a trip', () => {
  it("when staff should use the school mobile phone on visits, then one's own phone on a trip is not a yes", () => {
    expect(readForce(fold('On educational visits, staff should use the school mobile phone.')).restriction).toBe(
      'means_official',
    );
    const engine = loadPolicyText(
      't.txt',
      'Visits\n11.15 On educational visits, staff should use the school mobile phone.\n',
    );
    expect(
      engine.answer("Going on the Y4 museum trip on Thursday - can I use my own phone while we're out?").verdict,
    ).not.toBe('allowed');
  });
});

describe('former pupils in staff words, and bans limited by age', () => {
  it('when staff say "a lad I taught years ago" or "my old yr 13s", then they mean former pupils', () => {
    expect(parseQuestion('a lad I taught years ago is 20 now and at uni').concepts.who.has('former_pupil')).toBe(true);
    expect(parseQuestion('one of my old yr 13s followed me on insta').concepts.who.has('former_pupil')).toBe(true);
  });

  it('when a ban covers former pupils under 18, then a 20-year-old former pupil is past it', () => {
    const engine = loadPolicyText(
      't.txt',
      'Former pupils\n11.3 Staff should not accept friend requests from, or communicate through personal social media with, former pupils under the age of 18.\n',
    );
    expect(
      engine.answer('a lad I taught years ago is 20 now and at uni. hes added me on instagram, can I accept?').verdict,
    ).toBe('allowed');
    expect(engine.answer('a girl I taught years ago is 15 now, she added me on instagram, can I accept?').verdict).toBe(
      'not_allowed',
    );
  });
});

describe('leave with a "but don\'t", and means a duty excludes', () => {
  it('when a rule says "that\'s your business, but please don\'t mention school", then a campaign post is no "no"', () => {
    const engine = loadPolicyText(
      't.txt',
      "Your own time\nIf you want to share political views or campaign for a cause, that's your business, but please don't mention school.\n",
    );
    expect(['allowed', 'depends']).toContain(
      engine.answer(
        "I'm helping run the campaign against the new bypass and want to post about it on fb. am I allowed?",
      ).verdict,
    );
    expect(engine.answer('can I post about the bypass campaign and say which school I teach at?').verdict).not.toBe(
      'allowed',
    );
  });

  it('when leave comes with ", but never in lessons", then the two halves answer their own questions', () => {
    const engine = loadPolicyText('t.txt', 'Phones\nStaff may use personal phones at break, but never in lessons.\n');
    expect(engine.answer('can I use my phone in lessons?').verdict).toBe('not_allowed');
    expect(engine.answer('can I use my phone at break?').verdict).toBe('allowed');
  });

  it('when messages must go through Dojo "and never through … WhatsApp", then WhatsApp from one\'s own phone is a no', () => {
    const engine = loadPolicyText(
      't.txt',
      'Parents\nAll messages to parents should go through Class Dojo or the school office, and never through your personal phone number, personal email, WhatsApp or social media.\n',
    );
    expect(
      engine.answer('a dad asked if i can just whatsapp him the trip letters from my own phone. is that ok?').verdict,
    ).toBe('not_allowed');
  });
});
