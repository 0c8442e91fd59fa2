import type { Citation, ReportAction, Verdict } from '../answer.js';
import type { Clause } from '../types.js';
import { onTopic } from './coverage.js';
import type { ParsedQuestion } from './question.js';

export function citationOf(c: Clause): Citation {
  return { section: c.section, heading: c.headingPath.join(' › '), text: quoted(c), clauseId: c.id };
}

/**
 * A list item is quoted with the sentence that leads into it: "keep a note of the date" alone loses the "you
 * must" that makes it a rule.
 */
function quoted(c: Clause): string {
  if (!c.bullet || !c.context) return c.text;
  const lead =
    c.context
      .split(/(?<=[.!?])\s+/)
      .at(-1)
      ?.trim() ?? c.context;
  return lead && !c.text.startsWith(lead) ? `${lead} ${c.text}` : c.text;
}

function where(c: Clause | undefined): string {
  if (!c) return 'the policy';
  if (c.section) return `section ${c.section.replace(/\.$/, '')}`;
  const h = c.headingPath.at(-1);
  return h ? `"${h}"` : 'the policy';
}

const OFF_TOPIC =
  'I can only answer questions about your school’s social media policy: contact with pupils and parents online, ' +
  'photos and videos of pupils, what you post on your own accounts, and reporting a friend request or an abusive ' +
  'post. For example: "Can I accept a friend request from a parent?"';

/** "It depends" between a permission and a ban the answer quotes first and second (reading/settled.ts). */
export function permissionBesideBanAnswer(contact: string | null): string {
  const ask = contact ? ` If you are unsure, ask ${contact}.` : '';
  return `Your policy allows this in some cases (the first quoted clause) but forbids it in others (the second); read both to see which fits you.${ask}`;
}

/** One to three calm sentences built from templates and the clause; never a rule of our own. */
export function composeAnswer(
  verdict: Verdict,
  q: ParsedQuestion,
  clause: Clause | undefined,
  contact: string | null,
  fallbackContact: string,
): string {
  const ask = contact ? `If you are unsure, ask ${contact}.` : '';
  const w = where(clause);
  switch (verdict) {
    case 'not_allowed': {
      const first =
        q.incoming && q.concepts.what.has('contact')
          ? `No: your policy says staff should not accept or answer this kind of contact (${w}); telling the school about it is the right thing to do.`
          : `No: your school's policy does not allow this (${w}).`;
      return `${first}${ask ? ` ${ask}` : ''}`.trim();
    }
    case 'allowed':
      return `Yes, the policy allows this (${w}), so long as you follow what the quoted clause says.${ask ? ` ${ask}` : ''}`;
    case 'needs_permission': {
      const who = clause?.reading.permissionOf ?? contact;
      return who
        ? `Only with permission: the policy says you need approval from ${who} first (${w}).`
        : `Only with permission: the policy says this needs approval first (${w}).${ask ? ` ${ask}` : ''}`;
    }
    case 'depends':
      return `It depends on the circumstances the policy sets out (${w}); read the quoted clause to see which applies to you.${ask ? ` ${ask}` : ''}`;
    case 'guidance':
      return `Here is what the policy says to do (${w}).${contact ? ` The person to speak to is ${contact}.` : ''}`;
    case 'not_covered': {
      if (q.problem === 'empty')
        return `Ask me a question about the school's social media policy, for example "Can I accept a friend request from a parent?".`;
      if (q.problem === 'not_english')
        return `I can only read questions in English. Please rephrase your question in English, or ask ${fallbackContact}.`;
      // A clause that sends the reader to another document ("… are set out in the Pupil Mobile Device Policy").
      if (clause)
        return `Your school's social media policy does not cover this itself: it points to another document (${w}). For questions it does not answer, ask ${fallbackContact}.`;
      // "What time is lunch?" is not a question for this policy at all: naming who to ask about the policy would
      // send it to the wrong person, so say what Boundary does answer instead.
      if (!onTopic(q)) return OFF_TOPIC;
      return `Your school's social media policy does not cover this. For questions it does not answer, ask ${fallbackContact}.`;
    }
  }
}

/** The report forms that fit the situation, with what the question already tells us. */
export function actionsFor(q: ParsedQuestion): ReportAction[] {
  const actions: ReportAction[] = [];
  const platform = [...q.concepts.platforms][0];
  const who = q.concepts.who;
  const sender = who.has('former_pupil')
    ? 'former_pupil'
    : who.has('pupil')
      ? 'pupil'
      : who.has('parent')
        ? 'parent'
        : null;
  const requestWords =
    /\b(friend|friends|request|requests|follow|follows|followed|add|added|accept|dm|dms|message|messaged|messages|connect)\b/.test(
      q.folded,
    );
  if (
    sender &&
    q.concepts.what.has('contact') &&
    (q.incoming || (requestWords && /\b(request|accept|added|followed|follow me|add me)\b/.test(q.folded)))
  ) {
    const prefill: Record<string, string> = { sender };
    if (platform) prefill.platform = platform;
    actions.push({ form: 'friend_request', label: 'Report a friend request', prefill });
  }
  if (q.harm || q.concepts.what.has('bullying')) {
    const prefill: Record<string, string> = {};
    if (platform) prefill.platform = platform;
    if (sender) prefill.sender = sender;
    actions.push({ form: 'abusive_post', label: 'Report an abusive post', prefill });
  }
  return actions;
}
