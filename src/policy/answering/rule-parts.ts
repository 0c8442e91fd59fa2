/** Splitting a rule into its parts and reading the force of the part a question asks about. */
import { type ForceReading, MANDATORY, NORMATIVE, PROHIBITIVE, readForce } from '../domain/force.js';
import { fold } from '../domain/text.js';
import type { Clause } from '../types.js';
import { plainOf } from './clause-facts.js';
import { contentWords, type ParsedQuestion } from './question.js';
import { paraphrasesOf } from './retrieval.js';
import { processTerm } from './terms.js';

/**
 * "Staff may say where they work on LinkedIn, but must not use the school's logo": a sentence with two
 * rules answers with the half that shares the question's words.
 */
export function readingFor(q: ParsedQuestion, clause: Clause): ForceReading {
  // "…only where consent is held; students must be identified by first name only": a semicolon joins two rules.
  // Read with the defined terms in plain words, as the tagger read the whole: "the Employee must not …" is a
  // rule about staff in either half.
  const split = splitRuleParts(plainOf(clause));
  if (split.length < 2) return clause.reading;
  const parts = split.map((p) => p.text);
  const act = askedAct(q.folded);
  const qWords = new Set(contentWords(q.folded).map((w) => processTerm(w)));
  // "can I reply?" meets "should never be answered": the staff wording's policy words count as the question's,
  // unless the act asked about is the one the halves' shared subject names ("Can I stand for election?" against
  // "Staff who stand for election … may do so …, but must not suggest the school shares their views"): then
  // the question is about the thing itself, and only its own words can point at a later half.
  const shared = split[0]!.text.slice(0, split[0]!.text.length - split[0]!.own.length);
  const actIsSubject = !!act && contentWords(fold(shared)).some((w) => processTerm(w) === act);
  if (!actIsSubject) for (const p of paraphrasesOf(q)) for (const w of p) qWords.add(processTerm(w));
  // "Contact is permitted, but staff must not discuss …": when the question shares no word with either half,
  // it asks about the thing itself, which the first half rules on.
  const first = readForce(fold(parts[0]!));
  let best = NORMATIVE.has(first.force)
    ? { ...first, exception: first.exception ?? clause.reading.exception }
    : clause.reading;
  let bestOverlap = 0;
  // "keep records … and should not delete texts" asked "should I delete them?": the act the question asks
  // about decides the half, whatever other words the halves share with the question.
  for (const { text: part, own } of split) {
    // A half is chosen by its own words: the subject it borrowed ("staff who stand for election … must not
    // suggest …") is the other half's too, and says nothing about which half the question is about.
    const words = contentWords(fold(own)).map((w) => processTerm(w));
    const overlap =
      contentWords(fold(own)).filter((w) => !GENERIC.test(w) && qWords.has(processTerm(w))).length +
      (act && words.includes(act) ? ACT_WEIGHT : 0);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      const reading = readForce(fold(part));
      // "may only be opened with approval … and must be set up by the office": a duty added to a ban or a
      // permission says how, or what else; whether the act itself is allowed stays with the first rule.
      if (
        part !== parts[0] &&
        MANDATORY.has(reading.force) &&
        !reading.negativeAction &&
        // "Images shall be taken only on Trust equipment and shall be … deleted": kept to the organisation's means,
        // the first rule is a ban on any other.
        (PROHIBITIVE.has(first.force) ||
          first.force === 'only_with_permission' ||
          first.restriction === 'means_official')
      )
        continue;
      best =
        reading.force === 'descriptive'
          ? clause.reading
          : { ...reading, exception: reading.exception ?? clause.reading.exception };
    }
  }
  return best;
}

/**
 * The rules of a two-part sentence. "Complaints … should be referred to X and should never be answered on
 * social media": a second predicate joined by "and" with a prohibition of its own is a second rule about the
 * same subject, which it takes from the first ("Complaints … should never be answered …").
 */
export function splitRules(text: string): string[] {
  return splitRuleParts(text).map((p) => p.text);
}

/**
 * Each rule of a sentence, and what sets it apart from the others: its words without a subject it shares with
 * them ("Staff who stand for election … may do so in their own name, but must not suggest …": the subject is
 * both rules', so only "do so in their own name" and "suggest … shares their views" tell them apart).
 */
function splitRuleParts(text: string): { text: string; own: string }[] {
  const parts = text.split(
    /,? but |; however,? |\. however,? |; (?=(?:\w+ ){0,4}(?:must|should|may|can|will)\b)|,? and (?=(?:must|should|shall|will|may) (?:not |never )?[a-z]+\b)/i,
  );
  if (parts.length < 2) return parts.map((p) => ({ text: p, own: p }));
  // The subject is the one of the nearest rule before that names its own ("…, but staff must not X and must not Y").
  let subject = '';
  let lender: { text: string; own: string } | undefined;
  const out: { text: string; own: string }[] = [];
  for (const part of parts) {
    if (subject && lender && /^(must|should|shall|will|may|can) /i.test(part)) {
      lender.own = lender.text.slice(subject.length);
      out.push({ text: `${subject}${part}`, own: part });
      continue;
    }
    subject = /^(.*?)\b(?:must|should|shall|will|may|can|is|are)\b/i.exec(part)?.[1] ?? '';
    lender = { text: part, own: part };
    out.push(lender);
  }
  return out;
}

/**
 * How much the asked act counts, in shared words, when choosing the half of a two-part rule: more than any count
 * of other shared words, so a half naming the act decides whatever the other half shares with the question.
 */
const ACT_WEIGHT = 100;

/**
 * The stemmed verb a yes/no question asks about: "should I delete them?" -> delete, "is it ok to post…" -> post.
 * Undefined when the question names no act after its opening.
 */
export function askedAct(folded: string): string | undefined {
  const m =
    /\b(?:can|could|may|should|must|shall|ought to|do i (?:have|need) to|am i allowed to|allowed to|ok(?:ay)? to|alright to|fine to) (?:i |we |staff |you )?(?:just |still |ever |also )?([a-z]+)\b/.exec(
      folded,
    );
  const verb = m?.[1];
  if (!verb || /^(i|we|be|have|get|do|go|use|the|a|my|it|to|you|not|never)$/.test(verb)) return undefined;
  return processTerm(verb) ?? undefined;
}

/** Words in nearly every question and rule: they cannot tell which half of a two-part rule is meant. */
const GENERIC =
  /^(school|school's|schools|academy|staff|pupils?|students?|learners?|children|social|media|online|policy|accounts?|personal|use|using)$/;
