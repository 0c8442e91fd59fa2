/** Every question set we grade, with its policy: shared by score-all.ts and calibrate.ts. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FIX = resolve('test/policy/fixtures');
const SHARED = resolve('..', 'shared');
const SHARED_NAMES = ['000_14c75cae07ce701f', '001_74fe010cc516956f', '002_447478690c0b7897', '003_061b897d2f7730e0'];

/** Policies written for the blind rounds, by the folder of test/policy/fixtures they are in, in grading order. */
const OWN_POLICIES: [string, string[]][] = [
  ['unseen', ['mat-trust', 'primary-dos-donts', 'secondary-second-person']],
  ['round3', ['hollybrook-primary', 'northfield-academy-pdf']],
  ['round5', ['willowmere-federation']],
  ['round7', ['marshfield-council-model']],
  ['round16', ['brookfield-special-school', 'oakridge-academy-export']],
  ['round17', ['hartwell-college-boarding', 'little-ashby-primary']],
  ['round18', ['riverbend-trust-central']],
  ['round19', ['ysgol-bro-gwernant']],
  ['round20', ['hollins-brook-federation-phones-cameras-social-media']],
  ['round21', ['harrowfield-college-digital-conduct']],
  ['round22', ['hartswood-hall-prep-agreement']],
  ['round23', ['kestrel-house-online-contact']],
  ['round24', ['calderbrook-park-academy']],
  ['round25', ['hallam-st-bede-trust-acceptable-use']],
  ['round26', ['meadowcroft-school-residential']],
  ['round27', ['ashdown-college-boarding-staff-code']],
  ['round28', ['bramblewood-primary-staff-guide']],
  ['round29', ['northgate-performing-arts-academy']],
  ['round30', ['fenwick-vale-academy-social-media']],
  ['round31', ['larchfield-primary-traffic-lights']],
  ['round32', ['thornbury-junior-online-safety']],
  ['round33', ['kingsmere-trust-scenarios']],
  ['round34', ['kestrel-vale-social-media-faq']],
  ['round35', ['tamarisk-online-conduct-table']],
  ['round36', ['ridgeway-trust-code-of-conduct']],
  ['round37', ['castle-ings-head-letter']],
  ['round38', ['willowbrook-golden-rules']],
  ['round39', ['ashcombe-tor-social-media-policy']],
  ['round40', ['brackenridge-school-staff-code-of-conduct']],
  ['round41', ['hollins-brook-primary-online-conduct-scenarios']],
  ['round42', ['ashworth-vale-college-online-conduct']],
  ['round43', ['lochardie-academy-social-media-guidance']],
  ['round44', ['saltmarsh-lane-academy-digital-conduct']],
  ['round45', ['holmesdale-abbey-staff-acceptable-use-agreement']],
  ['round46', ['ysgol-cwm-rhedyn-social-media-policy']],
  ['round47', ['foxglove-park-school-staff-training-handout']],
  ['round48', ['drumcairn-grammar-staff-social-media-policy']],
  ['round49', ['wold-brook-federation-online-contact-flowchart']],
  ['round50', ['kingfisher-reach-academy-policy-update-2026']],
  ['round51', ['puddleduck-lane-day-nursery-phones-cameras-online-safety']],
  ['round52', ['larkrise-learning-trust-misconduct-examples-online-conduct']],
  ['round53', ['carrick-lane-sixth-form-college-online-boundaries-slides']],
  ['round54', ['haddon-vale-prep-staff-handbook-online-conduct']],
  ['round55', ['the-wharf-pru-staying-safe-online-and-contact']],
  ['round56', ['st-winefrides-catholic-high-social-media-and-online-communication']],
  ['round57', ['wexcombe-model-policy-castlebrook-staff-social-media']],
  ['round58', ['hembury-green-primary-staff-online-safety-guide']],
  ['round59', ['kennet-bridge-college-mixed-age-learners-online-conduct']],
  ['round60', ['millbeck-academy-platform-by-platform-guide']],
  ['round61', ['haverleigh-school-professional-judgement-online']],
  ['round62', ['brindle-heath-primary-head-email-social-media-answers']],
  ['round63', ['lindenfield-learning-trust-staff-online-contact-policy']],
  ['round64', ['marlshire-music-service-visiting-staff-code-of-conduct']],
  ['round65', ['heron-brook-school-online-conduct-quick-reference-card']],
  ['round66', ['kitebright-clubs-staff-code-phones-photos-online-contact']],
  ['round67', ['castlegate-high-governing-body-minutes-staff-online-conduct']],
  ['round68', ['ashby-fold-academy-online-safety-policy']],
];

export interface QuestionSet {
  name: string;
  policy: string;
  questions: string;
  dev?: boolean;
}

export function sets(): QuestionSet[] {
  const out: QuestionSet[] = [
    {
      name: 'example',
      policy: resolve('policies/example-social-media-policy.md'),
      questions: join(FIX, 'example-questions.jsonl'),
    },
    { name: 'second', policy: join(FIX, 'second-policy.txt'), questions: join(FIX, 'second-questions.jsonl') },
  ];
  for (const [round, names] of OWN_POLICIES)
    for (const n of names)
      out.push({
        name: `${round}/${n}`,
        policy:
          ['.txt', '.md'].map((ext) => join(FIX, round, `${n}${ext}`)).find(existsSync) ?? join(FIX, round, `${n}.txt`),
        questions: join(FIX, round, `${n}-questions.jsonl`),
      });
  for (const n of SHARED_NAMES) {
    const policy = join(SHARED, 'policies', `${n}.txt`);
    out.push({ name: `dev/${n.slice(0, 3)}`, policy, questions: join(SHARED, 'eval', `${n}.jsonl`), dev: true });
    out.push({ name: `paraphrase/${n.slice(0, 3)}`, policy, questions: join(FIX, 'paraphrase', `${n}.jsonl`) });
    out.push({ name: `fresh/${n.slice(0, 3)}`, policy, questions: join(FIX, 'fresh', `${n}.jsonl`) });
    out.push({ name: `round3/shared-${n.slice(0, 3)}`, policy, questions: join(FIX, 'round3', `shared-${n}.jsonl`) });
    out.push({ name: `round5/shared-${n.slice(0, 3)}`, policy, questions: join(FIX, 'round5', `shared-${n}.jsonl`) });
    out.push({ name: `round10/shared-${n.slice(0, 3)}`, policy, questions: join(FIX, 'round10', `shared-${n}.jsonl`) });
    out.push({ name: `round13/shared-${n.slice(0, 3)}`, policy, questions: join(FIX, 'round13', `shared-${n}.jsonl`) });
  }
  return out;
}
