import { describe, expect, it } from 'vitest';
import { detectConcepts, tagClause } from '../../../src/policy/domain/tagger.js';
import { fold } from '../../../src/policy/domain/text.js';
import type { RawClause } from '../../../src/policy/ingest/segment.js';

const raw = (text: string, context: string | null = null): RawClause => ({
  id: 'c1',
  index: 0,
  section: null,
  headingPath: [],
  text,
  context,
  outerContext: null,
  bullet: context !== null,
});

describe('tagClause: a Q&A answer to "Do I have to …?"', () => {
  it('when the answer is "No", then nothing is required and the thing may go on; when "Yes", it is a duty', () => {
    const q = 'Q: My sister’s children attend the school. Do I have to unfriend my sister?';
    expect(tagClause(raw('A: No. Family relationships exist independently of the school.', q)).reading.force).toBe(
      'may',
    );
    expect(tagClause(raw('A: Yes. Tell the Headteacher first.', 'Q: Must I declare it?')).reading.force).toBe('must');
    // To "Can I …?" a "No" is still a no.
    expect(tagClause(raw('A: No. Decline the request.', 'Q: Can I accept a pupil’s request?')).reading.force).toBe(
      'must_not',
    );
  });
});

describe('tagClause: a bullet takes its force from the sentence that introduces its list', () => {
  it('when the lead-in says "You should not respond. Instead you must:", then its bullets are duties', () => {
    const c = tagClause(
      raw(
        'tell the Designated Safeguarding Lead (DSL) on the same working day;',
        'If a pupil sends you a friend request, you should not respond from your personal account. Instead you must:',
      ),
    );
    expect(c.tags.force).toBe('must');
  });
});

describe('detectConcepts', () => {
  it.each([
    ['one of the mums asked me to babysit on saturdays', true],
    ['parents want me to do paid maths tutoring for their son', true],
    ['can i tutor him over zoom in the holidays', true],
    ["i'm his form tutor and he messaged me", false],
    ["my little one's childminder needs to reach me", false],
  ])('when the question is "%s", then work for a family outside school is named: %s', (text, named) => {
    expect(detectConcepts(fold(text)).what.has('private_work')).toBe(named);
  });

  it.each([
    ['a teacher in my department is snapchatting a year 11 girl', 'snapchat'],
    ['she whatsapps me every morning', 'whatsapp'],
    ['he has been instagramming pupils', 'instagram'],
  ])('when an app is a verb ("%s"), then the platform is %s', (text, platform) => {
    expect([...detectConcepts(fold(text)).platforms]).toContain(platform);
  });

  it.each([
    'Staff must observe the following rules.',
    'This policy sets out the principles staff are expected to follow when using social media.',
    'Staff should follow the guidance in the staff code of conduct.',
    'As a follow-up, the DSL will tell the Headteacher.',
    'Following a report, the DSL will decide what happens next.',
  ])('when "follow" means complying or "after" (%s), then it is not read as following someone online', (text) => {
    const c = detectConcepts(fold(text));
    expect([...c.what]).not.toContain('friending');
    expect([...c.what]).not.toContain('contact');
  });

  it.each([
    ['what happens if i break this policy?', 'time_place'],
    ['does this apply to lunchtime supervisors?', 'time_place'],
    ['can i use chatgpt to write reports', 'reporting'],
    ['can i paste grades into chat gpt', 'messaging'],
    ['can i tell the parent on facebook what their child did?', 'reporting'],
    ['can i video call a pupil on facetime?', 'photos'],
  ])('when a question says "%s", then it is not read as %s', (question, concept) => {
    expect([...detectConcepts(fold(question), true).what]).not.toContain(concept);
  });

  it.each([
    ['can i check twitter on my break', 'time_place'],
    ['can i go on instagram at lunchtime?', 'time_place'],
    ['who do i report it to', 'reporting'],
    ['can i chat to pupils on snapchat', 'messaging'],
    ['should i tell the dsl?', 'reporting'],
    ['can i video call a pupil on facetime?', 'contact'],
    ['can i play online games with pupils?', 'contact'],
    ['can i play fortnite with my year 6s?', 'contact'],
    ['can i film the nativity play?', 'photos'],
    ["can i discuss a pupil's progress with their mum?", 'contact'],
    ['can i reply to a parent on facebook messenger?', 'messaging'],
  ])('when a question says "%s", then it is still read as %s', (question, concept) => {
    expect([...detectConcepts(fold(question), true).what]).toContain(concept);
  });

  it('when students are on placement or are student teachers, then they are staff in training, not pupils', () => {
    expect([
      ...detectConcepts(fold('It applies to volunteers, students on placement and governors.')).who,
    ]).not.toContain('pupil');
    expect([...detectConcepts(fold('Student teachers must follow this policy.')).who]).not.toContain('pupil');
    expect([...detectConcepts(fold('Students must not be added as friends.')).who]).toContain('pupil');
  });

  it('when "log" means signing in or "record" means filming, then it is not about keeping evidence', () => {
    expect([...detectConcepts(fold('Staff must not share their log-in details.')).what]).not.toContain('evidence');
    expect([...detectConcepts(fold('Do not use a personal device to record students.')).what]).not.toContain(
      'evidence',
    );
    expect([...detectConcepts(fold('Keep a record of the messages and log the date.')).what]).toContain('evidence');
  });

  it.each([
    'Staff must not friend, follow or message pupils.',
    'Following a pupil on TikTok is not allowed.',
    'Do not accept follow requests from pupils.',
    'How many followers does the school account have?',
  ])('when "follow" is what a platform does (%s), then it is friending', (text) => {
    expect([...detectConcepts(fold(text)).what]).toContain('friending');
  });

  it('when a question asks for an account to be public, then it is about privacy settings; no expectation of privacy is not', () => {
    expect([...detectConcepts(fold('should my instagram be public?'), true).what]).toContain('privacy_settings');
    expect([
      ...detectConcepts(fold('We expect you to set your accounts to the highest privacy settings available.')).what,
    ]).toContain('privacy_settings');
    expect([
      ...detectConcepts(fold('You should have no expectation of privacy when using a school device.')).what,
    ]).not.toContain('privacy_settings');
  });

  it('when a friend "has a boy in year 10" or a neighbour\'s "daughter is in my class", then a parent is in the question', () => {
    expect([
      ...detectConcepts(fold('my best friend has a boy in year 10 and we are friends on facebook'), true).who,
    ]).toContain('parent');
    expect([...detectConcepts(fold('a neighbour whose daughter is in my class'), true).who]).toContain('parent');
    expect([...detectConcepts(fold('my friend has a new puppy'), true).who]).not.toContain('parent');
    // A pupil's sister is the pupil's family, not the pupil.
    const sister = detectConcepts(fold("a pupil's older sister added me on insta"), true).who;
    expect([...sister]).toContain('parent');
    expect([...sister]).not.toContain('pupil');
    expect([...detectConcepts(fold('do they actually read our school emails'), true).what]).toContain('monitoring');
    expect([...detectConcepts(fold('is it ok if i put something on my personal fb'), true).what]).toContain('posting');
    // A girl or a lad, in a question from school staff, is a child they work with; a girlfriend is not.
    expect([...detectConcepts(fold("i'd like to give a girl i work with my own mobile"), true).who]).toContain('pupil');
    expect([...detectConcepts(fold('one of the lads filmed me'), true).who]).toContain('pupil');
    expect([...detectConcepts(fold('can my girlfriend pick me up'), true).who]).not.toContain('pupil');
  });

  it('when a question is about a gift or a fundraising page, then each is its own subject; a photo of my class is of pupils', () => {
    expect([...detectConcepts(fold('a parent gave me a £50 amazon voucher'), true).what]).toEqual(['gifts']);
    expect([...detectConcepts(fold('can I set up a gofundme for the ski trip'), true).what]).toContain('fundraising');
    expect([...detectConcepts(fold('can I post a photo of my class on instagram'), true).who]).toContain('pupil');
    expect([...detectConcepts(fold("can i share the school's sports day post on my story"), true).what]).toContain(
      'official_accounts',
    );
  });

  it('when a rule opens with where or when, then its subject is who follows; a bullet naming children without consent needs none', () => {
    expect(
      tagClause(
        raw('At the nativity, sports day and other events, parents are allowed to take photos of their own children.'),
      ).tags.subject,
    ).toBe('parents');
    expect(
      tagClause(
        raw('Children without photo consent must not appear in any photo that is shared.', 'Photos and videos:'),
      ).tags.force,
    ).toBe('must_not');
  });

  it('when staff use slang and platform nicknames, then the concepts are found', () => {
    const c = detectConcepts(fold('a yr 9 kid added me on insta and keeps DMing me'), true);
    expect([...c.who]).toContain('pupil');
    expect([...c.what]).toEqual(expect.arrayContaining(['contact', 'friending']));
    expect([...c.platforms]).toEqual(['instagram']);
  });

  it.each([
    ['my niece who goes here', 'family_member'],
    ['an ex-pupil from my old school', 'former_pupil'],
    ["a pupil's mum", 'parent'],
    ['my head of department', 'colleague'],
    ['a sixth former', 'pupil'],
    ['Class 10', 'pupil'],
  ])('when a question mentions "%s", then it is about %s', (phrase, who) => {
    expect([...detectConcepts(fold(phrase), true).who]).toContain(who);
  });

  it.each([
    ['FB', 'facebook'],
    ['Snap', 'snapchat'],
    ['tik tok', 'tiktok'],
    ['X (Twitter)', 'twitter'],
    ['LinkedIn', 'linkedin'],
    ['whats app', 'whatsapp'],
  ])('when a question says %s, then the platform is %s', (word, platform) => {
    expect([...detectConcepts(fold(`can i use ${word}`), true).platforms]).toContain(platform);
  });

  it('when slang appears in a policy sentence, then it is not read as slang', () => {
    expect([...detectConcepts(fold('Staff must not text pupils.'), false).what]).toContain('messaging');
    expect(detectConcepts(fold('The pics are stored securely.'), false).what.has('photos')).toBe(false);
  });

  it('when a question is about parking, then it carries no social media concept', () => {
    const c = detectConcepts(fold('where do I park on inset days'), true);
    expect(c.what.size + c.platforms.size).toBe(0);
    expect(c.online).toBe(false);
  });
});

describe('tagClause', () => {
  it('when a bullet has no force of its own, then it takes the lead-in’s force and topic', () => {
    const c = tagClause(
      raw(
        'Criticising or arguing with parents, colleagues etc;',
        'It should not bring the school into disrepute, for example by:',
      ),
    );
    expect(c.tags.force).toBe('should_not');
    expect(c.tags.who).toEqual(expect.arrayContaining(['parent', 'colleague']));
    expect(c.tags.what).toContain('criticism');
  });

  it('when a bullet needs permission under a "not acceptable" lead-in, then it is only_with_permission', () => {
    const c = tagClause(
      raw(
        "The use of the school's name or logo without written prior permission from the Headteacher.",
        'The following are not acceptable:',
      ),
    );
    expect(c.tags.force).toBe('only_with_permission');
    expect(c.tags.permissionOf).toBe('the Headteacher');
    expect(c.tags.what).toContain('identify_school');
  });

  it('when a breach example names the want of a permission ("Not having … permission"), then the permission is required', () => {
    const lead = 'It should not bring the school into disrepute, for example by:';
    const c = tagClause(
      raw(
        'Not having the relevant written permission from parents for communication, using the schools equipment.',
        lead,
      ),
    );
    expect(c.tags.force).toBe('only_with_permission');
    expect(c.tags.permissionOf).toBe('parents');
    expect(tagClause(raw('Failing to seek approval from the Headteacher before posting.', lead)).tags.force).toBe(
      'only_with_permission',
    );
    // A negated bullet that names no permission keeps its lead-in's ban.
    expect(tagClause(raw('Not reporting a friend request from a pupil.', lead)).tags.force).not.toBe(
      'only_with_permission',
    );
  });

  it('when a sentence is about parents’ conduct, then its subject is parents', () => {
    expect(tagClause(raw('Parents should not post malicious comments about staff.')).tags.subject).toBe('parents');
    expect(tagClause(raw('Staff must not post comments about parents.')).tags.subject).toBe('staff');
    // Whoever stands right before the modal is the subject, whatever the sentence opened with.
    expect(
      tagClause(
        raw(
          "Parent WhatsApp groups are not a place for school business: if you are a parent here yourself, you may belong to your own child's class group.",
        ),
      ).tags.subject,
    ).toBe('staff');
  });

  it('when a sentence names a role, then the role is tagged', () => {
    expect(tagClause(raw('Inappropriate use by staff should be referred to the DSL or LADO.')).tags.roles).toEqual([
      'the Designated Safeguarding Lead (DSL)',
      'the LADO',
    ]);
  });
});

describe('tagClause: a scenario sets the subject, never the force (round 7)', () => {
  it('when guidance sits under a scenario that forbids, then the guidance keeps its own force', async () => {
    const { tagClause } = await import('../../../src/policy/domain/tagger.js');
    const c = tagClause({
      id: 'c1',
      index: 0,
      section: null,
      headingPath: ['Appendix C'],
      text: 'Guidance: The Employee may remain tagged.',
      context: 'Scenario 4: The Employee must not be tagged in photos of pupils.',
      outerContext: null,
      bullet: false,
    });
    expect(c.tags.force).toBe('may');
  });
});
