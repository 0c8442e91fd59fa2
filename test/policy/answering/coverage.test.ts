import { describe, expect, it } from 'vitest';
import { loadPolicyText } from '../../../src/policy/index.js';

// Coverage is read from several kinds of evidence (round 4); this policy is written in words of its own.
const POLICY = `Riverside Primary
Online conduct for staff

1. Apps and accounts
1.1 All online learning services must be approved by the Senior Leadership Team before pupils use them.
1.2 Staff must not make offensive or discriminatory comments online about any group of people.
1.3 Staff must not store pupils' work on personal cloud storage.

2. Contact
2.1 Staff must not accept friend requests from pupils.
2.2 If you are unsure about anything in this policy, ask the Headteacher.
`;

describe('coverage', () => {
  const engine = loadPolicyText('riverside.txt', POLICY);

  it('when a staff wording for an online thing meets the policy word in the best clause, then the question is covered', () => {
    expect(engine.answer('do I need approval before using Seesaw with my class').verdict).toBe('needs_permission');
    expect(engine.answer("is a racist joke ok if it's in a private fb group").verdict).toBe('not_allowed');
    expect(engine.answer("can I save pupils' work to my google drive").verdict).toBe('not_allowed');
  });

  it('when the question is about a subject of its own that the policy never mentions, then it is not covered', () => {
    const a = engine.answer('can i use chatgpt to write reports for pupils');
    expect(a.verdict).toBe('not_covered');
    expect(a.citations).toEqual([]);
  });

  it('when a staff wording is about ordinary school life, then it does not make the question covered', () => {
    expect(engine.answer('When is the next staff meeting?').verdict).toBe('not_covered');
  });
});

describe("another's permission is not the asker's", () => {
  it('when the top clause says what parents may do, then a rule about everyone near it decides what the asker may do', () => {
    const engine = loadPolicyText(
      'riverside.txt',
      `${POLICY}
3. Photos
3.1 At the nativity, sports day and trips, parents are allowed to take photos of their own children on their phones.
3.2 Never take photos of children on a personal phone.
`,
    );
    const a = engine.answer("I'm a parent helper on the trip, can I take some pictures of the children on my phone?");
    expect(a.verdict).toBe('not_allowed');
    expect(a.citations[0]?.text).toMatch(/^Never take photos/);
  });
});

describe('smart watches: a subject of their own', () => {
  it('when the policy never mentions watches, then a question about a smartwatch is not covered, though a watch is a device', () => {
    const engine = loadPolicyText(
      'riverside.txt',
      `${POLICY}\n3. Phones\n3.1 Personal phones must not be used in lessons.\n`,
    );
    expect(engine.answer('Is there a rule on wearing a smartwatch or fitbit at work?').verdict).toBe('not_covered');
  });

  it('when the policy rules on smart watches, then an Apple Watch question is answered from that rule', () => {
    const engine = loadPolicyText(
      'riverside.txt',
      `${POLICY}\n3. Wearables\n3.1 Smart watches and fitness trackers may be worn at work.\n`,
    );
    const a = engine.answer('I wear an Apple Watch for my heart, am I ok to keep wearing it in class?');
    expect(a.verdict).toBe('allowed');
    expect(a.citations[0]?.text).toMatch(/smart watches/i);
  });
});

describe('travel: a subject of its own', () => {
  it('when the policy never mentions lifts, car sharing or parking, then a question about them is not covered', () => {
    const engine = loadPolicyText('riverside.txt', POLICY);
    expect(
      engine.answer(
        'a few of us are thinking of using one of those lift share apps to car pool in, anything in the policy?',
      ).verdict,
    ).toBe('not_covered');
    expect(engine.answer('can I give a pupil a lift home after club?').verdict).toBe('not_covered');
  });
});

describe('expenses and CCTV: subjects of their own', () => {
  it('when the policy never mentions expenses or CCTV, then questions about them are not covered, whatever phones they name', () => {
    const engine = loadPolicyText('riverside.txt', POLICY);
    expect(engine.answer('will school pay me back for the phone credit I used ringing parents?').verdict).toBe(
      'not_covered',
    );
    expect(engine.answer('how long does school keep the cctv footage?').verdict).toBe('not_covered');
  });

  it('when the policy rules on a phone allowance, then it answers from that rule', () => {
    const engine = loadPolicyText(
      'riverside.txt',
      `${POLICY}
3. Phones
3.1 Staff who must use their own phone for work may claim a phone allowance from the School Business Manager.
`,
    );
    const a = engine.answer('can I get a phone allowance for using my own phone?');
    expect(a.verdict).not.toBe('not_covered');
    expect(a.citations[0]?.text).toMatch(/phone allowance/);
  });
});

describe('a policy that points elsewhere', () => {
  const engine = loadPolicyText(
    'riverside.txt',
    `${POLICY}
3. Phones
3.1 Rules on pupils' own mobile phones, including when they hand them in, are not part of this policy; see the Pupil Mobile Device Policy.
3.2 If you are unsure whether something is allowed, or your situation is not covered by this policy, ask the Headteacher.
`,
  );

  it('when the best clause sends the reader to another document, then the answer is that this policy does not cover it, quoting where it points', () => {
    const a = engine.answer('what time do pupils have to hand their phones in?');
    expect(a.verdict).toBe('not_covered');
    expect(a.citations[0]?.text).toMatch(/Pupil Mobile Device Policy/);
    expect(a.answer).toMatch(/points to another document/);
  });

  it('when the clause only says where to ask, then it is no referral', () => {
    expect(engine.answer('im not sure if something is allowed, who do i ask').verdict).not.toBe('not_covered');
  });
});

describe('people the policy names', () => {
  it("when a question names a person the policy names, or a safeguarding worry, then it is in the policy's field", () => {
    const engine = loadPolicyText(
      'riverside.txt',
      `${POLICY}
3. Concerns
3.1 If your worry is about me, go to Mrs Ellery, Chair of Governors, directly or through the clerk.
3.2 Mrs Patel is the Designated Safeguarding Lead.
`,
    );
    expect(engine.answer('what do i do if my concern is about mrs patel herself').verdict).not.toBe('not_covered');
    expect(engine.answer('Is Mrs Smith in today?').verdict).toBe('not_covered');
  });
});

describe('closed compounds', () => {
  it('when a question writes as one word what the policy writes as two ("staffroom"), then it reads it as the policy does', () => {
    const engine = loadPolicyText(
      'riverside.txt',
      `${POLICY}
3. Phones
3.1 Please do not have your phone out in classrooms while children are present.
3.2 Personal phones may be used in the staff room and the school office only.
`,
    );
    expect(engine.index.correct('staffroom')).toBe('staff room');
    // Only a phrase the policy uses: no split for a word it has no two-word form of.
    expect(engine.index.correct('classrooms')).toBe('classrooms');
    const a = engine.answer('can i look at my phone in the staffroom on my break');
    expect(a.verdict).toBe('allowed');
    expect(a.citations[0]?.text).toMatch(/staff room/);
  });
});

describe('gifts and fundraising: a subject of its own', () => {
  it('when the policy never mentions gifts, money or fundraising, then a question about them is not covered', () => {
    const engine = loadPolicyText('riverside.txt', POLICY);
    expect(engine.answer('a parent wants to send me £40 on paypal as a thank you, can I accept?').verdict).toBe(
      'not_covered',
    );
    expect(engine.answer('can I accept a gift card from my class at the end of the year?').verdict).toBe('not_covered');
  });

  it('when the policy rules on fundraising pages but never on gifts, then a question about a gift is not covered', () => {
    const engine = loadPolicyText(
      'riverside.txt',
      `${POLICY}
3. Fundraising
3.1 Staff must not ask parents to donate to a personal fundraising page.
`,
    );
    expect(engine.answer('a parent gave me a £50 amazon voucher as a thank you, can I keep it?').verdict).toBe(
      'not_covered',
    );
    expect(engine.answer('can I ask parents to donate to my marathon page?').verdict).toBe('not_allowed');
  });

  it('when the policy rules on them, then it answers from that rule', () => {
    const engine = loadPolicyText(
      'riverside.txt',
      `${POLICY}
3. Gifts
3.1 You must not accept gifts of money, bank transfers or online vouchers from any family.
`,
    );
    const a = engine.answer('a parent wants to send me £40 on paypal as a thank you, can I accept?');
    expect(a.verdict).toBe('not_allowed');
    expect(a.citations[0]?.text).toMatch(/gifts of money/);
  });
});

describe('a question one clause holds whole, with nothing online named', () => {
  const engine = loadPolicyText(
    'riverside.txt',
    `${POLICY}
3. Public life
3.1 Staff who stand for election or campaign for a cause may do so in their own name, but must not suggest that the school shares their views.
`,
  );

  it('when one clause holds every word the question turns on, then the policy speaks to it', () => {
    const a = engine.answer('Can I stand for election as a councillor?');
    expect(a.verdict).toBe('allowed');
    expect(a.citations[0]?.text).toMatch(/stand for election/);
  });

  it('when the clause holds fewer of its words, and nothing online is named, then it is still not covered', () => {
    expect(engine.answer('Can I campaign for a new bike shed?').verdict).toBe('not_covered');
  });
});

describe('who to ask when the policy is silent', () => {
  it('when a clause sends situations the policy does not cover to a role, then that role is the contact, not the role named most', () => {
    const engine = loadPolicyText(
      'hillside.txt',
      `Hillside Academy
1. Scope
1.1 Questions about this policy, including situations it does not cover, should be directed to the Deputy Headteacher.
2. Accounts
2.1 Official accounts may only be created with the approval of the Head of Communications.
2.2 The Head of Communications keeps a record of every account.
2.3 Staff must not post photographs of students without the approval of the Head of Communications.
3. Advice
3.1 Staff who are worried about something they see online may seek advice from the Professionals Online Safety Helpline.
`,
    );
    expect(engine.fallbackContact).toBe('the Deputy Headteacher');
  });
});

describe('questions none of whose words the policy uses', () => {
  const engine = loadPolicyText(
    'riverside.txt',
    `${POLICY}
3. The school's name
3.1 Staff must not name the school in a personal online profile.
`,
  );

  it('when no word of the question occurs in the policy and it names nothing online, then it is not covered', () => {
    const a = engine.answer('Can I wear jeans on non-uniform day?');
    expect(a.verdict).toBe('not_covered');
    expect(a.citations).toEqual([]);
  });

  it('when the question names the policy itself, then its own words missing from the policy do not make it not covered', () => {
    expect(engine.answer('What happens if I break this policy?').verdict).not.toBe('not_covered');
  });
});
