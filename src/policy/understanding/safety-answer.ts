import type { SafetyClass } from '../reading/vocabulary.js';

/**
 * What Boundary must say when a safety class fires, whatever the policy says or leaves out: never "allowed";
 * the duty to report, the DSL first, 999 where a child may be in immediate danger; and the national rule with
 * its source, for when the policy is silent. Plain and calm: the person asking is doing the right thing.
 */
export interface SafetyAnswer {
  /** The verdict to use: not_allowed for handling an image, delaying or private contact; guidance otherwise. */
  verdict: 'not_allowed' | 'guidance';
  /** Said first, before any clause of the policy. */
  lines: string[];
  /** What to do, in order. */
  steps: string[];
  /** The national rule, to give with its source when the policy says nothing on the point. */
  national: { rule: string; source: string }[];
  /** Whether to put 999 first (a child may be in immediate danger). */
  call999: boolean;
}

const KCSIE =
  'Keeping children safe in education 2025 (DfE, statutory guidance), Part one: Safeguarding information for all staff';
const UKCIS =
  'Sharing nudes and semi-nudes: advice for education settings working with children and young people (UKCIS, updated March 2024)';
const SAFER_WORKING =
  'Guidance for safer working practice for those working with children and young people in education settings (Safer Recruitment Consortium)';

type Text = (who: string) => { lines: string[]; steps: string[]; national: { rule: string; source: string }[] };

const BY_CLASS: Record<SafetyClass, Text> = {
  indecent_image: (who) => ({
    lines: [
      'Do not open, view, save, screenshot, copy, print, forward, show or delete the image, and do not ask anyone to send it to you — not even to pass it on.',
      `Tell ${who} now. You have done the right thing by asking.`,
    ],
    steps: [
      'Leave the phone or device as it is; if you have it, turn the screen off and keep it safe without looking.',
      `Tell ${who} straight away, in person if you can; they decide what happens next, including telling the police.`,
      'Write down what you were told or saw, when and by whom, without describing the image in detail.',
    ],
    national: [
      {
        rule: 'Staff should not view, copy, print, share, store or save a nude or semi-nude image of a child, or ask a child to share or download it; they should tell the DSL at once. Making, keeping or sharing an indecent image of anyone under 18 is a crime.',
        source: UKCIS,
      },
    ],
  }),
  child_at_risk: (who) => ({
    lines: [
      `If a child is in immediate danger, call 999 now, then tell ${who}.`,
      `Otherwise tell ${who} today, as soon as you can.`,
    ],
    steps: [
      'Listen, stay calm and do not promise to keep it secret.',
      'Do not question the child in detail or look into it yourself; that is for the DSL.',
      `Tell ${who} now; if they are not available, a deputy DSL or the headteacher.`,
      'Write down what you saw or were told, in the words used, with the date and time.',
    ],
    national: [
      {
        rule: 'Any member of staff with a concern about a child should act on it immediately and speak to the DSL or a deputy; if a child is in immediate danger or at risk of harm, a referral should be made at once to children’s social care and/or the police.',
        source: KCSIE,
      },
    ],
  }),
  delay_or_secrecy: (who) => ({
    lines: [`Please don’t wait and don’t keep it to yourself: tell ${who} today.`],
    steps: [
      'Never promise a child to keep a secret; say you will need to tell someone whose job is to help.',
      'Do not look into it or deal with it on your own first; pass it on and let the DSL decide.',
      'Keep anything you have (messages, posts) as it is; do not delete it.',
    ],
    national: [
      {
        rule: 'Staff should act on a concern about a child immediately and speak to the DSL; they should never promise a child that they will not tell anyone about a report of abuse.',
        source: KCSIE,
      },
    ],
  }),
  private_contact: (who) => ({
    lines: [
      `Keep contact with pupils to the school’s own channels (no private messages, calls, games, follows or personal numbers), and if a pupil has contacted you privately, tell ${who}.`,
    ],
    steps: [
      'Do not reply from a personal account, number or profile.',
      'Keep a note of what happened and when; you have not done anything wrong by receiving it.',
      'For school matters, use the school’s systems (school email, Teams, the learning platform).',
    ],
    national: [
      {
        rule: 'Staff should not have private, one-to-one contact with pupils through personal phones, accounts or social media; communication should be through school systems and for professional reasons. A breach is recorded at least as a low-level concern.',
        source: `${SAFER_WORKING}; ${KCSIE}`,
      },
    ],
  }),
};

const ORDER: SafetyClass[] = ['child_at_risk', 'indecent_image', 'delay_or_secrecy', 'private_contact'];

/**
 * The safety answer for the classes that fired, or null when none did. `policyContact` is the policy's own
 * safeguarding contact ("the DSL, Mrs Khan"); without one the DSL is named by role.
 */
export function safetyAnswer(classes: readonly SafetyClass[], policyContact: string | null): SafetyAnswer | null {
  if (classes.length === 0) return null;
  const who = policyContact?.trim() || 'the Designated Safeguarding Lead (DSL) or a deputy';
  const lines: string[] = [];
  const steps: string[] = [];
  const national: SafetyAnswer['national'] = [];
  for (const cls of ORDER.filter((o) => classes.includes(o))) {
    const t = BY_CLASS[cls](who);
    for (const l of t.lines) if (!lines.includes(l)) lines.push(l);
    for (const s of t.steps) if (!steps.includes(s)) steps.push(s);
    national.push(...t.national);
  }
  const harsh = classes.some((c) => c !== 'child_at_risk');
  return {
    verdict: harsh ? 'not_allowed' : 'guidance',
    lines,
    steps,
    national,
    call999: classes.includes('child_at_risk'),
  };
}
