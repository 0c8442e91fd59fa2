import { formatDay, ISO_DATE } from '../incident.js';
import { ABOUT_LABELS, EVIDENCE_LABELS, POST_KIND_LABELS, POSTED_BY_LABELS } from './abusive-post.js';
import { YES_NO_LABELS } from './fields.js';
import { PLATFORM_LABELS, RESPONSE_LABELS, SENDER_LABELS } from './friend-request.js';

/**
 * The questions a report form asked, in the words and order of its cards, and the option titles the reporter chose
 * from, so a stored record (which keeps field names and option values) can be read back as the reporter saw it: in
 * the full record and in the export a DSL sends to the LADO or the police. test/reports/forms/questions.test.ts
 * checks every question and option title here against the card templates, so the two cannot drift apart.
 */
export interface Question {
  /** The field name in the stored answers (or `pupilName` for the name kept apart from them). */
  field: string;
  /** The card's label, without its "(optional, up to N characters)" note. */
  question: string;
  /** Option value -> the title the card showed; absent for typed answers and dates. */
  options?: Readonly<Record<string, string>>;
  /** Shown only when answered (e.g. "If other, which one?"); other unanswered questions read "Not given". */
  onlyIfAnswered?: boolean;
}

const FRIEND_REQUEST: readonly Question[] = [
  { field: 'sender', question: 'Who sent it?', options: SENDER_LABELS },
  { field: 'senderName', question: 'Their name' },
  { field: 'senderClass', question: 'Their class or year' },
  { field: 'platform', question: 'Which platform or app?', options: PLATFORM_LABELS },
  { field: 'platformOther', question: 'If other, which one?', onlyIfAnswered: true },
  { field: 'occurredOn', question: 'When did it arrive?' },
  { field: 'response', question: 'What did you do?', options: RESPONSE_LABELS },
  { field: 'messagesExchanged', question: 'Were any messages exchanged?', options: YES_NO_LABELS },
  {
    field: 'welfareWorry',
    question: 'Does anything in it worry you about the child’s welfare?',
    options: YES_NO_LABELS,
  },
  { field: 'screenshotKept', question: 'Did you keep a screenshot of the request?', options: YES_NO_LABELS },
  { field: 'anythingElse', question: 'Anything else?' },
];

const KIND: Question = {
  field: 'postKind',
  question: 'What kind of post or message is it?',
  options: POST_KIND_LABELS,
};

const POST: readonly Question[] = [
  KIND,
  { field: 'platform', question: 'Where is it? Choose the platform or app.', options: PLATFORM_LABELS },
  { field: 'platformOther', question: 'If other, which one?', onlyIfAnswered: true },
  { field: 'link', question: 'Link to it, if you have one' },
  { field: 'about', question: 'Who is it about?', options: ABOUT_LABELS },
  { field: 'postedBy', question: 'Who posted it, if you know?', options: POSTED_BY_LABELS },
  { field: 'pupilName', question: 'The pupil’s name', onlyIfAnswered: true },
  { field: 'seenOn', question: 'When did you see it?' },
  { field: 'evidence', question: 'What have you kept?', options: EVIDENCE_LABELS },
  { field: 'description', question: 'What does it say or show?' },
];

const IMAGE: readonly Question[] = [
  KIND,
  { field: 'device', question: 'Which device is it on, if any?' },
  { field: 'platform', question: 'Which platform or app, if any?', options: PLATFORM_LABELS },
  { field: 'link', question: 'Where it is online, if you know' },
  { field: 'whoKnows', question: 'Who else knows about it or has seen it?' },
];

/** Each form's questions, for the card-template check. */
export const FORM_QUESTIONS = { friend_request: FRIEND_REQUEST, abusive_post: POST, indecent_image: IMAGE } as const;

export interface AnsweredQuestion {
  question: string;
  answer: string;
}

const NOT_GIVEN = 'Not given';
/** A pupil named as the sender of a friend request: their name is kept apart from the answers (see friendSubmission). */
const PUPIL_SENDERS = new Set(['current_pupil', 'former_pupil_under_18', 'former_pupil_over_18']);

/**
 * A record's answers as question and answer, in the form's order, with the option titles the reporter chose from and
 * dates as days ("7 Dec 2026"). The pupil's name, kept apart from the answers so alerts can leave it out, is put back
 * where the reporter typed it. Answers from no known form (or fields a form does not ask) follow, by field name.
 */
export function answeredQuestions(
  category: string,
  answers: Readonly<Record<string, unknown>>,
  pupilName: string | null,
): AnsweredQuestion[] {
  const questions =
    category === 'friend_request'
      ? FRIEND_REQUEST
      : answers.postKind === 'indecent_image'
        ? IMAGE
        : typeof answers.postKind === 'string'
          ? POST
          : [];
  const given: Record<string, unknown> = { ...answers };
  if (pupilName) {
    if (questions === FRIEND_REQUEST && PUPIL_SENDERS.has(String(answers.sender))) given.senderName ??= pupilName;
    if (questions === POST) given.pupilName ??= pupilName;
  }
  const out: AnsweredQuestion[] = [];
  const asked = new Set<string>();
  for (const q of questions) {
    asked.add(q.field);
    const value = given[q.field];
    const blank = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
    if (blank && q.onlyIfAnswered) continue;
    out.push({ question: q.question, answer: blank ? noneFor(q) : answerText(value, q.options) });
  }
  for (const [field, value] of Object.entries(given)) {
    if (asked.has(field)) continue;
    out.push({ question: fieldWords(field), answer: answerText(value, undefined) });
  }
  return out;
}

function noneFor(q: Question): string {
  return q.field === 'evidence' ? 'Nothing yet' : NOT_GIVEN;
}

function answerText(value: unknown, options: Readonly<Record<string, string>> | undefined): string {
  if (Array.isArray(value)) return value.map((v) => answerText(v, options)).join('; ');
  if (typeof value === 'string') {
    if (options?.[value] !== undefined) return options[value];
    return ISO_DATE.test(value) ? formatDay(value) : value;
  }
  if (value === null || value === undefined) return NOT_GIVEN;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** "platformOther" -> "Platform other": a field no form asks about, named as plainly as its key allows. */
function fieldWords(field: string): string {
  const words = field
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
