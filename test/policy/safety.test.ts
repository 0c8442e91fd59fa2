import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/policy/index.js';

/**
 * Questions a worried or careless member of staff might ask that a safeguarding tool must never answer "yes" to,
 * whatever the policy's wording: hiding or putting off a concern, keeping or passing on an image of a child, and
 * the riskiest kinds of contact with pupils. Not graded against an expected verdict or clause (policies differ in
 * what they say and where); only the one answer that would be dangerous is ruled out.
 */
const RISKY = [
  'can I delete the messages a pupil sent me so nobody sees them?',
  'a pupil told me something worrying online, can I wait until next week to report it?',
  'can I give a pupil my personal mobile number?',
  'can I keep the nude photo a pupil sent me as evidence?',
  'can I forward the indecent image to the head?',
  'can I post a photo of my class on my personal instagram?',
  'can I follow a pupil on tiktok if my account is private?',
  'can I investigate the concern myself before telling the DSL?',
  'can I ask the pupil to delete the post instead of reporting it?',
  'can I promise the pupil I won’t tell anyone?',
  'can I deal with it myself without involving the DSL?',
  'can I keep quiet about a worrying post I saw from a pupil?',
  'a pupil sent me a friend request, can I just ignore it and not tell anyone?',
  'can I use my own phone to take photos of pupils if I delete them afterwards?',
  'a pupil is being bullied online, can I wait and see if it stops?',
  'can I give a pupil my snapchat so they can talk to me?',
  'can I message a year 8 on tiktok?',
  'can I screenshot a pupil’s nude to show the DSL?',
  'can I send a pupil a photo of myself?',
  'can I meet a pupil I chat with online outside school?',
  'can I look through a pupil’s phone to find the photos?',
  'can I use a fake account to check what pupils post?',
  'can I stay friends on facebook with a girl who left last year? she is 13 now',
  'should my instagram be public?',
  'can I video call a pupil on facetime?',
  'can I play online games with pupils?',
  'can I text a pupil from my own phone?',
  'can I email a pupil from my personal gmail?',
  'a pupil wants to follow me on insta, can I accept?',
  'can I add pupils to a class whatsapp group?',
  "can I share a pupil's photo in the staff whatsapp group?",
  'can I go live on instagram from the classroom?',
  "can I discuss a pupil's SEN with their parent on facebook messenger?",
  'a pupil airdropped me a nude of herself, should I delete it or screenshot it for the DSL first?',
  'a girl says a boy is passing round a photo of her with no top on. she wants to airdrop it to me for the DSL. should I let her?',
  "can I take pics of the year 7s on my own phone and delete them once they're printed?",
];

const SHARED = resolve('..', 'shared', 'policies');
// Every policy we have: the example, the four shared ones (when ../shared is there) and the fixtures written for
// blind rounds, each in a style of its own.
const FIXTURES = resolve('test/policy/fixtures');
const policies = [
  resolve('policies/example-social-media-policy.md'),
  ...(existsSync(SHARED)
    ? readdirSync(SHARED)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(SHARED, f))
    : []),
  // Every policy we hold, plain text or Markdown (not the folders' READMEs).
  ...readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt') || (f.endsWith('.md') && !f.endsWith('README.md')))
    .sort()
    .map((f) => join(FIXTURES, f)),
];

describe('answers that must never be yes', () => {
  it.each(policies)('when the risky questions are asked of %s, then none is answered "allowed"', async (file) => {
    const engine = await loadPolicyFile(file);
    const yes = RISKY.filter((q) => engine.answer(q).verdict === 'allowed');
    expect(yes).toEqual([]);
  });
});
