import { describe, expect, it } from 'vitest';
import { exclusiveActor, findRoles, readForce } from '../../../src/policy/domain/force.js';
import { fold } from '../../../src/policy/domain/text.js';

const force = (s: string) => readForce(fold(s)).force;

describe('readForce', () => {
  it.each([
    ['Staff must not post photographs of pupils.', 'must_not'],
    // A condition naming an absence is no ban; leave that needs nobody's say-so is no ask-first.
    ['Subject to 3.6, staff may use personal accounts in their own offices when no pupil is present.', 'may'],
    ['Staff may connect with a former pupil on LinkedIn without permission, provided they are 18 or over.', 'may'],
    [
      'No employee may set up an account in the name of the school without the written approval of the Head.',
      'only_with_permission',
    ],
    // A slide's marks stand for yes and no.
    ['Insta ✘ – ever', 'must_not'],
    ['LinkedIn ✔ after they leave (once 18)', 'may'],
    ['Facebook ✔ – but never college business', 'must_not'],
    // A disciplinary code's rules and its list of what is not misconduct.
    ['Accepting a friend request from a pupil is gross misconduct.', 'must_not'],
    ['C5.2 Examples of misconduct online', 'must_not'],
    // A document's title naming its subject is no rule (a PDF's running header repeats it).
    [
      'Disciplinary Policy – Appendix C: Examples of Misconduct and Gross Misconduct, including Online Conduct',
      'descriptive',
    ],
    ['None of the following is misconduct in itself:', 'may'],
    ['What is not misconduct', 'may'],
    // What happens on a breach is no rule.
    ['Breaches of this policy may be treated as misconduct.', 'descriptive'],
    ['Whether something is treated as misconduct will depend on the facts.', 'descriptive'],
    ['On every other platform staff must still not name the Academy.', 'must_not'],
    ['Staff should also not accept requests from parents.', 'should_not'],
    ['Staff must still report it to the DSL.', 'must'],
    // An agreement named by whose it is, or an approval to get first, is leave to ask for.
    [
      "Staff who need a phone for a medical reason may keep it with them, with the Headteacher's agreement.",
      'only_with_permission',
    ],
    [
      'A teacher who wants a class blog must have it approved by the Online Safety Lead before it is set up.',
      'only_with_permission',
    ],
    // The child's own agreement is no one's leave, and "even with" grants nothing.
    ["Matrons may photograph an injury for the medical record, with the pupil's agreement.", 'may'],
    ["You must not post about learners, even with the learner's agreement.", 'must_not'],
    // What the policy is for describes the rules; it is not one of them.
    ['This policy sets out the standards of online conduct expected of everyone who works here.', 'descriptive'],
    ['This policy explains how adults who work at the school should use social media.', 'descriptive'],
    ['The purpose of this policy is to set out what is expected of staff.', 'descriptive'],
    ['This policy should be read alongside the Staff Code of Conduct.', 'should'],
    ['Never ‘friend’ a pupil at the school.', 'must_not'],
    ['Under no circumstances should staff refer to pupils online.', 'must_not'],
    ['Personal mobiles cannot be used to record classroom activities.', 'must_not'],
    ['The following are also not considered acceptable at the school:', 'must_not'],
    ['If a parent posts something abusive about you, do not reply.', 'must_not'],
    ['Please do not comment on them.', 'must_not'],
    ['Complaints should never be answered by the Employee on social media.', 'should_not'],
    ['Friend requests should never be accepted.', 'should_not'],
    ['These images must not be posted online.', 'must_not'],
    ['School devices are not to be used for personal accounts.', 'must_not'],
    ["Pupils' details are not to be shared.", 'must_not'],
    ['Pupils in Reception and Key Stage 1 do not use social media or messaging apps in school.', 'must_not'],
    ["We don't post pupils' surnames.", 'must_not'],
    ['Staff do not need to tell anyone about connections with colleagues.', 'may'],
    ["You don't have to accept friend requests from colleagues.", 'may'],
    ['Staff are not required to use their real name on social media.', 'may'],
    ['Such content is never to be shown to pupils.', 'must_not'],
    ['The Employee is not permitted to be connected with pupils.', 'must_not'],
    ['The Employee may identify the school as their employer on LinkedIn.', 'may'],
    ['The Employee is entitled to a private life.', 'may'],
    // The defined term read in plain words keeps its permission.
    ['Staff may identify the school as their employer on a professional networking site.', 'may'],
    ['Staff may wish to use their own devices at work.', 'descriptive'],
    ['The Employer does not wish to restrict lawful personal use of social media.', 'may'],
    ['A breach may lead to dismissal.', 'descriptive'],
    ['Anything posted online may become public.', 'descriptive'],
    ['Academy email may be accessed on a personal phone only if it has a PIN.', 'may'],
    ['Political posts are a matter for the individual.', 'may'],
    ['Staff should not give their personal e-mail addresses to parents.', 'should_not'],
    ['Parents are not expected to post pictures of other children.', 'should_not'],
    ['It is advised that you should not put your job title on the site.', 'advised_not'],
    ['Staff should review their privacy settings.', 'should'],
    ['Concerns must be reported to the DSL.', 'must'],
    ['Take a screenshot and report it to your line manager.', 'must'],
    ['Caution is advised when inviting work colleagues to be friends.', 'advised'],
    ['Staff must be mindful of the information they put on social media.', 'advised'],
    ['Staff are permitted to say that they work for the school.', 'may'],
    ['The school does not expect staff to discontinue contact with their family members.', 'may'],
    ['The connection may continue, provided the member of staff never discusses school matters.', 'may'],
    ['A: No. Personal phones belong in your locker during sessions.', 'must_not'],
    ['Children without photo consent must not appear in any photo that is shared.', 'must_not'],
    ['Staff must not post content about students without their permission.', 'only_with_permission'],
    ['Answer: Yes, provided it is a device managed by the NHS.', 'may'],
    ['Staff who stand for election or campaign for a cause may do so in their own name.', 'may'],
    ['Written consent from the Headteacher must be obtained.', 'only_with_permission'],
    [
      'Staff may not use school computers for social media unless authorised by the Headteacher.',
      'only_with_permission',
    ],
    ['Classes 9 and 10 will only have access to social media if authorized by a teacher.', 'only_with_permission'],
    [
      "If you wish to mention that you work here on your fundraising page, you must have the headteacher's written agreement first.",
      'only_with_permission',
    ],
    ['All social media services must be approved by School Management in advance.', 'only_with_permission'],
    ['Social media is any interactive online media.', 'descriptive'],
    ['Breaches may lead to disciplinary action.', 'descriptive'],
  ])('when the sentence is "%s", then its force is %s', (sentence, expected) => {
    expect(force(sentence)).toBe(expected);
  });

  it('when a rule has a family exception, then the exception is recorded', () => {
    const r = readForce(fold('No contact should be made with pupils unless they are immediate family members.'));
    expect(r).toMatchObject({ force: 'must_not', exception: 'family', conditional: true });
  });

  it('when a rule needs permission, then whose permission is named', () => {
    expect(
      readForce(fold('Staff must not use the logo without written prior permission from the Headteacher.'))
        .permissionOf,
    ).toBe('the Headteacher');
    expect(readForce(fold('Images may only be taken following parental consent.')).permissionOf).toBe('parents');
  });

  it('when "without authorisation" describes one of the examples a rule gives, then the rule needs no permission', () => {
    const r = readForce(
      fold(
        "Low-level concerns, such as accepting a pupil's follow request or taking a photo of pupils on a personal phone without authorisation, must still be reported to the Headteacher.",
      ),
    );
    expect(r.force).toBe('must');
    expect(readForce(fold('Staff must not post photos of pupils without authorisation.')).force).toBe(
      'only_with_permission',
    );
  });

  it('when a ban holds unless a named person supplies or clears the thing, then the exception is a permission route', () => {
    const r = readForce(
      fold(
        'The Friends may run their own page, but it must not include photographs of pupils unless the images have been supplied by the School Business Manager.',
      ),
    );
    expect(r.exception).toBe('permission');
    expect(r.permissionOf).toBe('the School Business Manager');
    expect(readForce(fold('Staff must not post photos unless they were taken by a parent.')).exception).toBe('other');
  });

  it('when a rule requires declining in the passive ("must be declined"), then it is a negative action too', () => {
    expect(
      readForce(fold('A friend or follow request from a pupil must be declined without reply and reported to the DSL.'))
        .negativeAction,
    ).toBe(true);
  });

  it('when a rule requires declining or keeping something private, then it is a negative action', () => {
    expect(readForce(fold('Staff must decline friend requests from pupils.')).negativeAction).toBe(true);
    expect(readForce(fold('Staff should keep their personal phone numbers private.')).negativeAction).toBe(true);
    expect(readForce(fold('Phones must be kept out of sight during lessons.')).negativeAction).toBe(true);
    expect(readForce(fold('Staff must report concerns.')).negativeAction).toBe(false);
  });

  it('when a Q&A answer opens with the privacy step or the removal ("A: Make your account private, remove …"), then it is a negative action', () => {
    const answer = 'A: Make your account private, remove the learner as a follower and record it the same day.';
    expect(readForce(fold(answer)).negativeAction).toBe(true);
    expect(readForce(fold('Remove the pupil as a follower and tell the DSL.')).negativeAction).toBe(true);
    expect(readForce(fold('A: Make a note of the date and tell the DSL.')).negativeAction).toBe(false);
  });

  it.each([
    ['I will not discuss pupils with a parent on social media.', 'must_not'],
    ['I will never take images of pupils on my personal phone.', 'must_not'],
    ['I will keep my personal accounts private.', 'must'],
    ["I may share the school's official posts from its own accounts.", 'may'],
    ['I understand that anything I post may be seen by parents.', 'advised'],
    ["✘ No pupils' photos on your own phone.", 'must_not'],
    ['✔ Report any worry about a child the same day.', 'must'],
  ])('when a signed agreement says "%s", then its force is %s', (text, expected) => {
    expect(force(text)).toBe(expected);
  });

  it('when a rule holds "even if" something is so, then that is no condition on it', () => {
    const r = readForce(
      fold(
        'No. Updates to a social worker go by secure email, never by WhatsApp, even if that is how their own team works.',
      ),
    );
    expect(r.force).toBe('must_not');
    expect(r.conditional).toBe(false);
    expect(readForce(fold('Staff must not use WhatsApp if the group includes pupils.')).conditional).toBe(true);
  });

  it('when a ban holds "without the agreement of" someone or "until approved", then it needs their permission', () => {
    expect(
      force('I will not install apps or software on a school device without the agreement of the Network Manager.'),
    ).toBe('only_with_permission');
    expect(
      force('Online platforms must not be used with students until they have been approved by the Network Manager.'),
    ).toBe('only_with_permission');
  });

  it('when "you may" is followed by any act staff do ("text", "ring", "belong"), then it is a permission', () => {
    expect(force('You may text a parent or carer from the work mobile to say you are outside.')).toBe('may');
    expect(force('Staff can ring the office from their own phone for lone-working check-ins.')).toBe('may');
  });

  it('when staff "may be friends with" someone, then it is a permission', () => {
    expect(force('Staff may be friends with or follow parents/carers on personal accounts, provided that:')).toBe(
      'may',
    );
  });

  it('when a thing staff bring or wear "may be worn" or "may be brought", then it is a permission', () => {
    expect(force('Smart watches and fitness trackers may be worn at work.')).toBe('may');
    expect(force('Personal laptops may be brought into school for planning.')).toBe('may');
  });

  it('when a rule says to use official channels for something, then the means are restricted to official ones', () => {
    expect(
      readForce(
        fold("Staff who coach clubs should use the club's official communication channels when messaging a student."),
      ).restriction,
    ).toBe('means_official');
  });

  it('when a rule limits use to breaks or to official sites, then the restriction is recorded', () => {
    expect(
      readForce(fold('Staff must limit their use of social media to their official rest breaks.')).restriction,
    ).toBe('time');
    expect(readForce(fold('Only official school sites must be used for communicating with pupils.')).restriction).toBe(
      'means_official',
    );
  });
});

describe('exclusiveActor', () => {
  it.each([
    [
      "only the federation business manager and staff named by the executive headteacher may post on the federation's facebook page.",
      'named',
    ],
    ['only designated staff may post on the school account.', 'named'],
    ['the office manager runs the school facebook page and is the only person who posts to it.', 'sole'],
    ["only the communications lead may post on the school's official accounts.", 'sole'],
    ['only staff may post on the school account.', null],
    ['staff may only post on official accounts.', null],
    ['only the headteacher can approve a new account.', null],
  ] as const)('when a sentence reads "%s", then posting is kept to: %s', (text, expected) => {
    expect(exclusiveActor(text)).toBe(expected);
  });

  it('when posting is kept to named people, then the rule reads as needing permission, and to one person as a prohibition', () => {
    expect(readForce('only designated staff may post on the school account.').force).toBe('only_with_permission');
    expect(
      readForce('the office manager runs the school facebook page and is the only person who posts to it.').force,
    ).toBe('must_not');
  });
});

describe('findRoles', () => {
  it('when a sentence names roles in any of their usual forms, then each is found once in order', () => {
    expect(
      findRoles(
        fold(
          'Report it to the lead designated safeguarding officer, your line manager or the Head Teacher; the LADO may be told.',
        ),
      ),
    ).toEqual(['the Designated Safeguarding Lead (DSL)', 'your line manager', 'the Headteacher', 'the LADO']);
    expect(findRoles(fold('Ask the SLT, the School Business Manager or the Social Media Manager.'))).toEqual([
      'the senior leadership team',
      'the School Business Manager',
      'the Social Media Manager',
    ]);
  });
});
