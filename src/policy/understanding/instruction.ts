import type { Analyser } from './tokens.js';
import { winkAnalyser } from './wink.js';

/** An opening clause that sets the scene of an instruction: "If a child is in danger, call 999 first." */
const SCENE = /^(if|when|whenever|where|once|as soon as|should|in (an|the) (emergency|event)|on (a )?trips?)\b/;
/** Words before an instruction's verb that say nothing of who does it: "Then tell …", "Please log …". */
const LEAD_WORDS = /^(then|just|please|also|always|so|now|first|instead|simply|and|afterwards|finally)\b[,]?\s*/;

/**
 * Whether a sentence is an instruction to the reader ("Log it on CPOMS the same day.", "Pass the worry on.",
 * "If a child is in immediate danger, call 999 first."): its main clause opens with a verb in its base form and no
 * subject. The language model tags a sentence's first word poorly (a capitalised "Report" reads as a name), so the
 * verb is tagged where a verb stands, after "you should", and the clause itself must have no auxiliary of its own
 * close after it ("Staff rooms are for staff" is a description).
 */
export function isInstruction(sentence: string, analyser: Analyser = winkAnalyser): boolean {
  let main = sentence.trim().toLowerCase();
  if (SCENE.test(main)) {
    const comma = main.indexOf(',');
    if (comma < 0) return false;
    main = main.slice(comma + 1).trim();
  }
  for (let i = 0; i < 3 && LEAD_WORDS.test(main); i++) main = main.replace(LEAD_WORDS, '');
  // "Date: Friday 4 September", "School device: a phone …": a label, not an instruction.
  if (!/^[a-z]/.test(main) || /^[^.;]{0,40}:/.test(main)) return false;
  const framed = analyser.analyse(`you should ${main}`);
  const verb = framed[2];
  if (verb?.pos !== 'VERB' || verb.text !== verb.lemma || /^(be|have|do|get|thank)$/.test(verb.lemma)) return false;
  // "Twitch, Reddit and …" is a list; "Contact with pupils." a heading: the word is no verb there.
  const next = framed[3];
  if (!next || next.text === ',' || next.text === 'with' || next.text === 'of') return false;
  const own = analyser.analyse(main);
  return !own.slice(1, 5).some((t) => t.sentence === 0 && t.pos === 'AUX');
}
