import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { grade, parseEvalFile } from '../../src/cli/eval.js';
import { answerSchema } from '../../src/policy/answer.js';
import { type LoadedPolicy, loadPolicyFile, loadPolicyText } from '../../src/policy/index.js';

const EXAMPLE = resolve('policies/example-social-media-policy.md');
let engine: LoadedPolicy;
beforeAll(async () => {
  engine = await loadPolicyFile(EXAMPLE);
});

describe('the example policy', () => {
  it('when loaded, then it has numbered clauses, a title and a contact for silent cases', () => {
    expect(engine.source.title).toBe('Staff Social Media and Online Conduct Policy');
    expect(engine.source.clauseCount).toBeGreaterThan(40);
    expect(engine.fallbackContact).toBe('the Headteacher');
    const clause = engine.document.clauses.find((c) => c.section === '3.1')!;
    expect(clause.headingPath).toEqual(['3. Contact with pupils']);
    expect(clause.tags.force).toBe('must_not');
  });

  it('when its own question set is graded, then at least 95% pass', () => {
    const items = parseEvalFile(readFileSync('test/policy/fixtures/example-questions.jsonl', 'utf8'), 'example');
    expect(items.length).toBeGreaterThanOrEqual(40);
    const verdicts = new Set(items.flatMap((i) => i.verdict));
    for (const v of ['allowed', 'not_allowed', 'needs_permission', 'depends', 'guidance', 'not_covered'])
      expect(verdicts).toContain(v);
    const failures = items.filter((i) => !grade(i, engine.answer(i.q)).pass).map((i) => i.q);
    expect(failures.length / items.length, `failed: ${failures.join(' | ')}`).toBeLessThanOrEqual(0.05);
  });

  it('when a pupil sends a friend request, then the answer is no, quotes the rule and offers the report form', () => {
    const a = engine.answer('a Year 9 sent me a Snapchat request');
    expect(answerSchema.parse(a)).toEqual(a);
    expect(a.verdict).toBe('not_allowed');
    expect(a.citations[0]).toMatchObject({ section: '3.1', heading: '3. Contact with pupils' });
    expect(a.citations[0]!.text).toMatch(/^Staff must not accept or send friend requests/);
    expect(a.actions).toEqual([
      { form: 'friend_request', label: 'Report a friend request', prefill: { sender: 'pupil', platform: 'snapchat' } },
    ]);
    expect(a.answer.split(/(?<=\.)\s/).length).toBeLessThanOrEqual(3);
  });

  it.each(['Can I post a photo of my class?', 'Who runs the school Facebook page?', 'Can I give a parent my number?'])(
    'when the citations answering "%s" are checked, then each quotes the policy verbatim',
    (question) => {
      const text = readFileSync(EXAMPLE, 'utf8').replace(/\s+/g, ' ');
      const { citations } = engine.answer(question);
      expect(citations.length).toBeGreaterThan(0);
      for (const c of citations) expect(text).toContain(c.text);
    },
  );

  it('when abuse is posted about the asker, then guidance with the abusive-post form', () => {
    const a = engine.answer('A dad keeps posting horrible things about me on Facebook, what do I do?');
    expect(a.verdict).toBe('guidance');
    expect(a.actions.map((x) => x.form)).toContain('abusive_post');
    expect(a.contact).not.toBeNull();
  });

  it.each(['Where do I park?', "What's for lunch today?", 'what time is lunch?', 'When is the next staff meeting?'])(
    'when the question is off topic (%s), then the answer says what Boundary answers instead of naming someone to ask',
    (q) => {
      const a = engine.answer(q);
      expect(a).toMatchObject({ verdict: 'not_covered', citations: [], contact: 'the Headteacher' });
      expect(a.answer).toMatch(
        /questions about your school’s social media policy: contact with pupils and parents online/,
      );
      expect(a.answer).toContain('reporting a friend request or an abusive post');
      expect(a.answer).not.toContain('Headteacher');
    },
  );

  it('when a social media question is one the policy is silent on, then it says so and names who to ask', () => {
    const a = engine.answer('can I livestream on twitch at the weekend?');
    expect(a.verdict).toBe('not_covered');
    expect(a.answer).toBe(
      "Your school's social media policy does not cover this. For questions it does not answer, ask the Headteacher.",
    );
  });

  it('when the input is empty, huge, not English, gibberish or odd, then a helpful answer and never an exception', () => {
    const odd = [
      '',
      '   ',
      'x'.repeat(10_000),
      'Can I post photos? '.repeat(600),
      '¿Puedo aceptar a un alumno en Facebook?',
      'qwpoeiru zxmcnv',
      '🙂🙂🙂',
      '\u0000\u0001',
      '?',
    ];
    for (const q of odd) {
      const a = engine.answer(q);
      expect(answerSchema.safeParse(a).success).toBe(true);
      expect(a.answer.length).toBeGreaterThan(10);
    }
    expect(engine.answer('').answer).toMatch(/Ask me a question/);
    expect(engine.answer('¿Puedo aceptar a un alumno en Facebook?').answer).toMatch(/English/);
  });

  it('when the same question is asked twice, then the answer is the same', () => {
    const q = 'can i go on insta at lunch';
    expect(engine.answer(q)).toEqual(engine.answer(q));
  });
});

describe('a second policy of our own: no numbering, tab bullets, other roles', () => {
  it('when its question set is graded, then at least 90% pass', async () => {
    const second = await loadPolicyFile('test/policy/fixtures/second-policy.txt');
    const items = parseEvalFile(readFileSync('test/policy/fixtures/second-questions.jsonl', 'utf8'), 'second');
    const failures = items.filter((i) => !grade(i, second.answer(i.q)).pass).map((i) => i.q);
    expect(failures.length / items.length, `failed: ${failures.join(' | ')}`).toBeLessThanOrEqual(0.1);
    expect(second.fallbackContact).toBe('the Online Safety Lead');
  });
});

describe('a policy with no numbering and different roles', () => {
  const text = `Online Safety for Adults at Riverside Academy

Why we have this guidance
Everyone who works or volunteers at Riverside Academy helps to keep students safe online.

Personal accounts
Adults at the academy must never connect with students on personal social networks.
Adults should not accept invitations from students' parents to join private groups or chats.
Keep your accounts locked down so that students cannot see your photos.

Photographs
Students may be photographed only with academy equipment and with the agreement of the Head of Year.
Adults must not keep images of students on their own phones.

When something goes wrong
If a student contacts you online, screenshot it and tell the Online Safety Officer.
Worries about another adult's conduct online must be passed to the Principal.

Anything else
Questions not answered here should go to the Online Safety Officer.`;
  let riverside: LoadedPolicy;
  beforeAll(() => {
    riverside = loadPolicyText('riverside.txt', text);
  });

  it('when asked about a student request, then it refuses and quotes the unnumbered rule', () => {
    const a = riverside.answer('a student added me on Instagram, can I accept?');
    expect(a.verdict).toBe('not_allowed');
    expect(a.citations[0]).toMatchObject({ section: null, heading: 'Personal accounts' });
  });

  it('when asked about photos, then it needs the named role’s agreement', () => {
    const a = riverside.answer('Can I take photos of students on the school iPad?');
    expect(a.verdict).toBe('needs_permission');
    expect(a.answer).toContain('Head of Year');
  });

  it('when the policy is silent, then it names the role the policy itself gives for questions', () => {
    expect(riverside.fallbackContact).toBe('the Online Safety Officer');
    expect(riverside.answer('Can I wear jeans on Friday?')).toMatchObject({
      verdict: 'not_covered',
      contact: 'the Online Safety Officer',
    });
  });
});

describe('a rule that extends other rules to more people', () => {
  it('when a former pupil still under 18 is asked about, then the rules for current pupils answer, with the extension quoted', () => {
    const policy = loadPolicyText(
      'extension.txt',
      [
        '4. CONTACT WITH PUPILS',
        '4.1 Staff must not be friends with, follow or message any pupil of the school on a personal account.',
        '4.2 If a pupil sends a friend or follow request, staff must not accept it and must tell the DSL the same day.',
        '4.3 Former pupils who are under 18 must be treated in the same way as current pupils.',
        '5. PARENTS',
        '5.1 Staff should communicate with parents only through the school office.',
      ].join('\n'),
    );
    for (const question of [
      "can I stay friends on fb with a girl who left last year, she's 13 now",
      'can I be friends with a former pupil who is under 18?',
    ]) {
      const answer = policy.answer(question);
      expect(answer.verdict).toBe('not_allowed');
      expect(answer.citations.map((c) => c.section)).toContain('4.3');
    }
  });
});
