/** Provisos that take part of a permission back ("…, but school matters must never be discussed on it"). */
import { fold } from '../domain/text.js';
import { contentWords, type ParsedQuestion } from './question.js';
import { paraphraseEntriesOf } from './retrieval.js';
import { processTerm } from './terms.js';

/** The part of a permission that takes something back: "…, but school matters must never be discussed on it". */
const PROVISO = /\b(but|however|provided( that)?|as long as|so long as|on condition that)\b(.*)$/;
const PROVISO_BAN = /\b(must not|mustn't|should not|shouldn't|never|may not|cannot|can't|not be|do not|don't)\b/;
/** Words every rule shares with every question: no sign that the proviso is about what was asked. */
const PROVISO_GENERIC = new Set(
  [
    'school',
    'staff',
    'pupil',
    'student',
    'child',
    'parent',
    'social',
    'media',
    'online',
    'account',
    'member',
    'personal',
  ].map((w) => processTerm(w) as string),
);

export function provisoForbids(q: ParsedQuestion, text: string): boolean {
  const proviso = PROVISO.exec(text);
  if (!proviso) return false;
  const banned = proviso[3]!.split(/\band\b|[,;]/).filter((part) => PROVISO_BAN.test(part));
  if (banned.length === 0) return false;
  // A word the permission itself uses ("may share posts from the official page, but must not comment on posts
  // about children" asked about sharing a post) cannot show the question is about the proviso; nor can the place
  // it is done ("… but must never include children's names in WhatsApp groups" asked about a staff WhatsApp group
  // for swapping shifts): the proviso rules on what is done there.
  const permittedText = fold(text.slice(0, proviso.index));
  const permitted = new Set(contentWords(permittedText).map((w) => processTerm(w)));
  // A staff wording's policy words ("£40 on PayPal": money) count too, as one meaning: when any of them is the
  // permission's own ("political posts are a matter for the individual" asked about voting Green), or the
  // permission uses the staff wording itself ("staff who stand for election … may"), none is.
  // "My son is at the school where I work" says who the asker is, not what they would do there.
  const acts = q.folded.replace(WHERE_I_WORK, ' ');
  const meanings = paraphraseEntriesOf(q)
    .filter(
      (p) =>
        p.pattern.test(acts) && !p.pattern.test(permittedText) && !p.expand.some((w) => permitted.has(processTerm(w))),
    )
    .map((p) => p.expand);
  const asked = new Set(
    [...contentWords(q.folded), ...meanings.flat()]
      .map((w) => processTerm(w))
      .filter(
        (t): t is string =>
          !!t && t.length >= 4 && !PROVISO_GENERIC.has(t) && !permitted.has(t) && !PROVISO_PLACE.test(t),
      ),
  );
  return banned.some((part) => contentWords(part).some((w) => asked.has(processTerm(w) ?? '')));
}

/** The asker saying where they work ("at the school where I work", "I work there too"). */
const WHERE_I_WORK =
  /\b(where|that) i work\b|\bi (also )?work (at|there|here|for|in)\b( (the|this|a|our) (school|academy|college|trust))?/g;

/** Where something is posted or sent, as stemmed: the setting of a proviso, not what it forbids. */
const PROVISO_PLACE =
  /^(whatsapp|facebook|instagram|twitter|tiktok|snapchat|linkedin|youtub|messeng|group|app|apps|chat|site|page|platform|forum|channel|account)/;

/** The only condition a permission carries is a proviso ruling out how it is done ("provided they do not …"). */
export function provisoOnly(text: string): boolean {
  const m = /\b(provided( that)?|as long as|so long as)\b(.*)$/.exec(text);
  if (!m) return false;
  // Only a proviso that rules something out ("… provided they do not add comments"); one that asks for a step
  // ("provided they put it away") or a state leaves the answer to the circumstances.
  // "… provided that no comment is added which identifies a pupil" rules something out too.
  if (
    !/^\s*(they|you|staff|the \w+|it|this)? ?(do not|don't|does not|never|must not|should not|are not|is not)\b/.test(
      m[3]!,
    ) &&
    !/^\s*(no|nothing|none of)\b/.test(m[3]!)
  )
    return false;
  return !/\b(if|unless|except|only|when|where|whether|until|depending|subject to)\b/.test(text.slice(0, m.index));
}
