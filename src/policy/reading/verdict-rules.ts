import type { Verdict } from '../answer.js';

/**
 * The verdict rules: how an entry of the reading answers a question, as a table of named rules. The first rule
 * whose `when` matches decides. Each speaks of meanings (the entry's force, whether its conditions hold on the
 * question's facts, what the question asks), never of one policy's words; its example is its test
 * (test/policy/reading/verdict-rules.test.ts asks each example against its clause).
 */

/** How a list of conditions stands against the question's facts. */
export type Standing = 'holds' | 'fails' | 'unknown' | 'none';

export type ForceClass = 'prohibition' | 'permission' | 'permission_needed' | 'duty' | 'none';

export type Asks = 'may_i' | 'must_i' | 'what_to_do' | 'others';

/** What a rule matches on: every field given must match; an array means any of. */
export interface When {
  rule?: 'staff' | 'not_staff';
  force?: ForceClass | ForceClass[];
  party?: 'same' | 'other' | 'unnamed';
  /** For a rule binding named roles: the asker says the role is theirs, says it is not, or does not say. */
  role?: 'asker' | 'not_asker' | 'unknown';
  until?: Standing | Standing[];
  unless?: Standing | Standing[];
  provided?: Standing | Standing[];
  /** The question asks whether the asker may (or must) do the thing, versus what to do about something. */
  asks?: Asks | Asks[];
  /** The asker wants to refuse, decline, block or report the other person's act (a request, a message). */
  refusing?: boolean;
  /** The asker wants to leave undone, put off or keep quiet about what a duty asks ("can I not tell anyone?"). */
  omitting?: boolean;
}

export interface VerdictRule {
  id: string;
  when: When;
  verdict: Verdict;
  /**
   * What to say before the clause, with {conditions} for the conditions in words (until, unless or provided as
   * the rule names in `about`).
   */
  say: string;
  about?: 'until' | 'unless' | 'provided';
  example: { question: string; clause: string };
}

export const VERDICT_RULES: readonly VerdictRule[] = [
  {
    id: 'not-a-staff-rule',
    when: { rule: 'not_staff', asks: ['may_i', 'must_i'] },
    verdict: 'guidance',
    say: 'Your policy does not set a rule for staff on this; the closest it says is about others.',
    example: {
      question: 'Can I post photos of the school play on my Facebook?',
      clause: 'Parents may take photographs of their own children at school performances.',
    },
  },
  {
    id: 'exception-holds',
    when: { force: 'prohibition', unless: 'holds' },
    verdict: 'allowed',
    say: 'Yes: your policy makes an exception for this ({conditions}).',
    about: 'unless',
    example: {
      question: 'My own son is in year 8, can I stay friends with him on Facebook?',
      clause: 'Staff must not be friends with pupils on social media unless the pupil is their own child.',
    },
  },
  {
    id: 'prohibition-lapsed',
    when: { force: 'prohibition', until: 'holds', unless: ['fails', 'unknown', 'none'] },
    verdict: 'allowed',
    say: 'Yes: the restriction no longer applies once {conditions}, which your question says is so.',
    about: 'until',
    example: {
      question: 'A lad who left in 2019 is 24 now and added me on Instagram, can I accept?',
      clause: 'Staff must not accept requests from former pupils until two years after they have left.',
    },
  },
  {
    id: 'prohibition-may-have-lapsed',
    when: { force: 'prohibition', until: 'unknown' },
    verdict: 'depends',
    say: 'It depends: yes if {conditions}; otherwise no.',
    about: 'until',
    example: {
      question: 'A former pupil has sent me a friend request, can I accept it?',
      clause: 'Staff must not accept requests from former pupils under the age of 18.',
    },
  },
  {
    id: 'refusing-what-is-forbidden',
    when: { force: 'prohibition', refusing: true, asks: 'may_i' },
    verdict: 'allowed',
    say: 'Yes. Your policy forbids the thing itself, so declining or reporting it is right.',
    example: {
      question: 'Can I just decline a friend request from a pupil?',
      clause: 'Staff must not accept friend requests from pupils.',
    },
  },
  {
    id: 'prohibition-out-of-scope',
    when: { force: 'prohibition', provided: 'fails', asks: 'may_i' },
    verdict: 'allowed',
    say: 'Yes: your policy forbids it only when {conditions}, and your question says that is not so.',
    about: 'provided',
    example: {
      question: 'A former pupil of 20 with no brothers or sisters here sent me a friend request. Can I accept?',
      clause: 'Staff must not connect with former pupils who have a brother or sister still at the school.',
    },
  },
  {
    id: 'prohibition-scope-unsettled',
    when: { force: 'prohibition', provided: 'unknown', asks: 'may_i' },
    verdict: 'depends',
    say: 'It depends: no if {conditions}.',
    about: 'provided',
    example: {
      question: 'A former pupil who is 20 now sent me a friend request. Can I accept?',
      clause: 'Staff must not connect with former pupils who have a brother or sister still at the school.',
    },
  },
  {
    id: 'prohibition',
    when: { force: 'prohibition', asks: ['may_i', 'must_i'] },
    verdict: 'not_allowed',
    say: 'No.',
    example: {
      question: 'Can I message a pupil on WhatsApp about homework?',
      clause: 'Staff must not message pupils privately through personal accounts.',
    },
  },
  {
    id: 'prohibition-situation',
    when: { force: 'prohibition' },
    verdict: 'guidance',
    say: 'Your policy says what not to do here.',
    example: {
      question: 'A year 9 sent me a Snapchat request, what now?',
      clause: 'Staff must not accept friend requests from pupils.',
    },
  },
  {
    id: 'permission-for-another-role',
    when: { force: ['permission', 'permission_needed'], role: 'not_asker', asks: ['may_i', 'must_i'] },
    verdict: 'not_allowed',
    say: 'No: your policy gives this leave to a role you say is not yours.',
    example: {
      question: "I'm helping on the trip but I'm not the head of department. Can I post on the department's Instagram?",
      clause: 'Heads of Department may post on their department Instagram account.',
    },
  },
  {
    id: 'permission-needed',
    when: { force: 'permission_needed', provided: ['holds', 'unknown', 'none'], asks: ['may_i', 'must_i'] },
    verdict: 'needs_permission',
    say: 'Only with permission.',
    example: {
      question: 'Can I set up an Instagram account for the PE department?',
      clause: 'Staff may set up school social media accounts only with the approval of the Headteacher.',
    },
  },
  {
    id: 'permission-proviso-fails',
    when: { force: ['permission', 'permission_needed'], provided: 'fails' },
    verdict: 'not_allowed',
    say: 'No: your policy allows it only when {conditions}, and your question says that is not so.',
    about: 'provided',
    example: {
      question: 'Can I post photos of pupils whose parents have not given consent?',
      clause: 'Staff may post photos of pupils on the school account provided parents have given consent.',
    },
  },
  {
    id: 'permission-proviso-unsettled',
    when: { force: 'permission', provided: 'unknown' },
    verdict: 'depends',
    say: 'It depends: yes if {conditions}.',
    about: 'provided',
    example: {
      question: 'Can I use Instagram during the school day?',
      clause: 'Staff may use personal social media during lunch breaks.',
    },
  },
  {
    id: 'permission',
    when: { force: 'permission' },
    verdict: 'allowed',
    say: 'Yes.',
    example: {
      question: 'Can I say on LinkedIn that I work at the school?',
      clause: 'Staff may name the school as their employer on professional networking sites.',
    },
  },
  {
    id: 'duty-refused',
    when: { force: 'duty', omitting: true, asks: ['may_i', 'must_i'] },
    verdict: 'not_allowed',
    say: 'No: your policy requires it.',
    example: {
      question: 'Can I just ignore it and not tell anyone?',
      clause: 'Staff must report any friend request from a pupil to the DSL.',
    },
  },
  {
    id: 'duty-asked',
    when: { force: 'duty', asks: 'may_i' },
    verdict: 'allowed',
    say: 'Yes: your policy asks you to.',
    example: {
      question: 'Can I report it to the DSL?',
      clause: 'Staff must report any friend request from a pupil to the DSL.',
    },
  },
  {
    id: 'duty',
    when: { force: 'duty' },
    verdict: 'guidance',
    say: 'Your policy says what to do.',
    example: {
      question: 'A year 9 sent me a friend request, what should I do?',
      clause: 'Staff must report any friend request from a pupil to the DSL the same working day.',
    },
  },
  {
    id: 'information',
    when: {},
    verdict: 'guidance',
    say: 'Your policy says this.',
    example: {
      question: 'What does the policy mean by social media?',
      clause: 'In this policy social media means any website or app where people share content.',
    },
  },
];
