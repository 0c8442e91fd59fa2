import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answeredQuestions, FORM_QUESTIONS } from '../../../src/reports/forms/questions.js';

const CARDS = resolve(import.meta.dirname, '..', '..', '..', 'cards');

interface CardInput {
  id: string;
  label: string;
  choices: Record<string, string>;
}

/** Every Input on the report cards of one form, by id, with its label and option titles. */
function cardInputs(prefix: string): Map<string, CardInput> {
  const inputs = new Map<string, CardInput>();
  for (const file of readdirSync(CARDS).filter((f) => f.startsWith(prefix) && !f.endsWith('.data.json'))) {
    const walk = (n: unknown): void => {
      if (Array.isArray(n)) {
        n.forEach(walk);
        return;
      }
      if (!n || typeof n !== 'object') return;
      const node = n as Record<string, unknown>;
      if (typeof node.type === 'string' && node.type.startsWith('Input.') && typeof node.id === 'string') {
        const choices = Object.fromEntries(
          ((node.choices ?? []) as { title: string; value: string }[]).map((c) => [c.value, c.title]),
        );
        inputs.set(node.id, { id: node.id, label: String(node.label ?? ''), choices });
      }
      Object.values(node).forEach(walk);
    };
    walk(JSON.parse(readFileSync(resolve(CARDS, file), 'utf8')));
  }
  return inputs;
}

describe('the questions as the reporter saw them', () => {
  it.each([
    ['friend_request', 'report-friend-'],
    ['abusive_post', 'report-post-'],
    ['indecent_image', 'report-image-'],
  ] as const)(
    'when the %s questions are compared with the card templates, then each question and option title is the card’s own',
    (form, prefix) => {
      const inputs = cardInputs(prefix);
      // The kind is asked once, on the post form's first card.
      if (form === 'indecent_image') for (const [k, v] of cardInputs('report-post-kind')) inputs.set(k, v);
      for (const q of FORM_QUESTIONS[form]) {
        const input = inputs.get(q.field);
        expect(input, `${form}: no input ${q.field} on the cards`).toBeDefined();
        // The card adds "(optional, up to N characters)" or "Tick all that apply"; the question is the rest.
        expect(input!.label.startsWith(q.question), `${q.field}: "${input!.label}" vs "${q.question}"`).toBe(true);
        if (Object.keys(input!.choices).length > 0) expect(q.options).toEqual(input!.choices);
      }
    },
  );

  it.each<[string, string, Record<string, unknown>, string | null, [string, string][]]>([
    [
      'a friend request from a named pupil',
      'friend_request',
      {
        sender: 'current_pupil',
        platform: 'snapchat',
        occurredOn: '2026-12-07',
        response: 'declined',
        messagesExchanged: 'no',
        welfareWorry: 'yes',
        screenshotKept: 'yes',
      },
      'Sam Pupil',
      [
        ['Who sent it?', 'A current pupil'],
        ['Their name', 'Sam Pupil'],
        ['Their class or year', 'Not given'],
        ['Which platform or app?', 'Snapchat'],
        ['When did it arrive?', '7 Dec 2026'],
        ['What did you do?', 'I declined it'],
        ['Were any messages exchanged?', 'No'],
        ['Does anything in it worry you about the child’s welfare?', 'Yes'],
        ['Did you keep a screenshot of the request?', 'Yes'],
        ['Anything else?', 'Not given'],
      ],
    ],
    [
      'a harassing post about the reporter',
      'abusive_post',
      {
        postKind: 'harassment',
        platform: 'other',
        platformOther: 'Nextdoor',
        about: 'me',
        postedBy: 'parent',
        seenOn: '2026-12-01',
        evidence: ['time', 'screenshot'],
      },
      null,
      [
        ['What kind of post or message is it?', 'Harassment or bullying'],
        ['Where is it? Choose the platform or app.', 'Other'],
        ['If other, which one?', 'Nextdoor'],
        ['Link to it, if you have one', 'Not given'],
        ['Who is it about?', 'Me'],
        ['Who posted it, if you know?', 'A parent or carer'],
        ['When did you see it?', '1 Dec 2026'],
        ['What have you kept?', 'The time I saw it; A screenshot'],
        ['What does it say or show?', 'Not given'],
      ],
    ],
    [
      'a possible indecent image',
      'indecent_image',
      { postKind: 'indecent_image', device: 'a pupil’s phone', whoKnows: 'Only me' },
      null,
      [
        ['What kind of post or message is it?', 'Something that may be an indecent image of a child'],
        ['Which device is it on, if any?', 'a pupil’s phone'],
        ['Which platform or app, if any?', 'Not given'],
        ['Where it is online, if you know', 'Not given'],
        ['Who else knows about it or has seen it?', 'Only me'],
      ],
    ],
    [
      'answers from no form',
      'other',
      { whereSeen: 'corridor', platform_name: 'Kik' },
      null,
      [
        ['Where seen', 'corridor'],
        ['Platform name', 'Kik'],
      ],
    ],
  ])(
    'when the record is %s, then the answers read as the questions and option titles',
    (_what, category, answers, pupil, expected) => {
      expect(answeredQuestions(category, answers, pupil).map((a) => [a.question, a.answer])).toEqual(expected);
    },
  );
});
