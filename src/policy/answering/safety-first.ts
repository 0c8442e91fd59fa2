import type { Answer, Verdict } from '../answer.js';
import type { QuestionFrame } from '../reading/frame.js';
import { classifySafety, safetyAnswer } from '../understanding/index.js';

/**
 * Safety does not depend on the policy's wording: when a question falls in a safety class (an indecent image, a
 * child at risk, delaying or keeping quiet, private contact with a pupil), the answer is never "allowed", it
 * says first what must happen (the DSL now, 999 where a child is in immediate danger), and where the policy is
 * silent it gives the national rule with its source. The policy's own clauses are still quoted.
 */
const KEEP: ReadonlySet<Verdict> = new Set(['not_allowed', 'needs_permission', 'guidance', 'not_covered']);

export function safetyFirst(answer: Answer, frame: QuestionFrame, safeguardingContact: string | null): Answer {
  // Contact through the school's own phone, account or system is not private contact: the classes say so already
  // (understanding/safety.ts), and know when the asker's own phone or mail is what would be used.
  const classes = classifySafety(frame);
  const safe = safetyAnswer(classes, safeguardingContact);
  if (!safe) return answer;
  const verdict = KEEP.has(answer.verdict) ? answer.verdict : safe.verdict;
  // Private contact the policy already rules out, or allows only on its own conditions ("depends: through the
  // club's app, with parents in the group"), is answered in the policy's own words: the policy's rule beats the
  // usual one, and a conditional answer is no yes. Not when the question says the other person is a child: then
  // "it depends" is no answer. The other classes always say first what must happen.
  const age = frame.facts.age;
  const minor = typeof age === 'number' && age < 18;
  const conditional = answer.verdict === 'depends' && !minor;
  if ((KEEP.has(answer.verdict) || conditional) && classes.every((c) => c === 'private_contact')) return answer;
  // Where the policy is silent the answer still says so (not_covered), with the national rule and its source.
  const silent = answer.verdict === 'not_covered' || answer.citations.length === 0;
  const national = silent ? safe.national.map((n) => `National guidance (${n.source}): ${n.rule}`).join(' ') : '';
  const policy = silent ? '' : answer.answer;
  const text = [safe.lines.join(' '), policy, national].filter(Boolean).join(' ');
  return {
    ...answer,
    verdict,
    answer: text,
    contact: answer.contact && !silent ? answer.contact : (safeguardingContact ?? answer.contact),
  };
}
