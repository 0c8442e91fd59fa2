/** Every question set we grade, with its policy: shared by score-all.ts and calibrate.ts. */
import { join, resolve } from 'node:path';

const FIX = resolve('test/policy/fixtures');
const SHARED = resolve('..', 'shared');
const SHARED_NAMES = ['000_14c75cae07ce701f', '001_74fe010cc516956f', '002_447478690c0b7897', '003_061b897d2f7730e0'];

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
  for (const n of ['mat-trust', 'primary-dos-donts', 'secondary-second-person'])
    out.push({
      name: `unseen/${n}`,
      policy: join(FIX, 'unseen', `${n}.txt`),
      questions: join(FIX, 'unseen', `${n}-questions.jsonl`),
    });
  for (const n of ['hollybrook-primary', 'northfield-academy-pdf'])
    out.push({
      name: `round3/${n}`,
      policy: join(FIX, 'round3', `${n}.txt`),
      questions: join(FIX, 'round3', `${n}-questions.jsonl`),
    });
  out.push({
    name: 'round5/willowmere-federation',
    policy: join(FIX, 'round5', 'willowmere-federation.txt'),
    questions: join(FIX, 'round5', 'willowmere-federation-questions.jsonl'),
  });
  out.push({
    name: 'round7/marshfield-council-model',
    policy: join(FIX, 'round7', 'marshfield-council-model.txt'),
    questions: join(FIX, 'round7', 'marshfield-council-model-questions.jsonl'),
  });
  for (const n of ['brookfield-special-school', 'oakridge-academy-export'])
    out.push({
      name: `round16/${n}`,
      policy: join(FIX, 'round16', `${n}.txt`),
      questions: join(FIX, 'round16', `${n}-questions.jsonl`),
    });
  for (const n of ['hartwell-college-boarding', 'little-ashby-primary'])
    out.push({
      name: `round17/${n}`,
      policy: join(FIX, 'round17', `${n}.txt`),
      questions: join(FIX, 'round17', `${n}-questions.jsonl`),
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
