/** A rule's conditions (only this kind, only this place or time, before another act) checked against the question. */
import { fold } from '../domain/text.js';
import { clauseTimes, PUPILS_ABSENT, WITH_CHILDREN } from './clause-facts.js';
import { askedPart, contentWords, type ParsedQuestion } from './question.js';
import { askedAct } from './rule-parts.js';
import { processTerm } from './terms.js';

/** The rule is a step to take before some act ("Before X, staff must Y"), and the act asked about is not Y. */
export function dutyBeforeAnotherAct(q: ParsedQuestion, text: string): boolean {
  const m = /^(before|prior to) [^,;]+,\s*(.*)$/i.exec(text.trim());
  if (!m) return false;
  const act = askedAct(q.folded);
  return !act || !contentWords(fold(m[2]!)).some((w) => processTerm(w) === act);
}

/**
 * "by first name only" / "only official accounts": the rule allows one kind of a thing; a question naming
 * another kind of the same thing ("full names", "personal accounts") asks for what the rule leaves out.
 */
export function contrastsOnly(q: ParsedQuestion, text: string): boolean {
  const lower = fold(text);
  const found = [
    ...lower.matchAll(/\b([a-z]+) ([a-z]+?)s? only\b/g),
    ...lower.matchAll(/\bonly (?:by |on |through |via |using )?(?:the |their |your )?([a-z]+) ([a-z]+?)s?\b/g),
  ];
  return found.some(([, modifier, noun]) => {
    if (!modifier || !noun || MODIFIER_STOP.test(modifier) || MODIFIER_STOP.test(noun) || noun.length < 3) return false;
    // "my own X account": the words before the noun, nearest first; a platform's name says nothing of whose it is.
    const asked = new RegExp(`\\b(?:([a-z]+) )?([a-z]+) ${noun}s?\\b`).exec(q.folded);
    if (!asked) return false;
    const nearest = PLATFORM_NAME.test(asked[2]!) ? asked[1] : asked[2];
    return !!nearest && !MODIFIER_STOP.test(nearest) && kind(nearest) !== kind(modifier);
  });
}

/**
 * States of an account a rule can ask for, each with the question wording that asks for its opposite: a rule to keep
 * accounts private (or at the strictest privacy settings) answers "should my profile be public?".
 */
const OPPOSITE_STATES: { required: RegExp; opposite: RegExp }[] = [
  {
    required:
      /\b(accounts?|profiles?|pages?|settings?|sites?|instagram|facebook)\b[^.;]{0,40}\b(private|privately)\b|\bprivate (accounts?|profiles?|settings?)\b|\b(highest|strictest|maximum|strict|tightest|most private) (available |possible )?(level of )?(privacy|settings?)\b|\bprivacy (settings?|levels?|controls?)\b[^.;]{0,60}\b(high|highest|strict\w*|tight\w*|maximum)\b|\b(privacy (settings?|levels?|controls?)|accounts?|profiles?)\b[^.;]{0,80}\b(cannot|can't|can not|are not|aren't|is not|isn't) (be )?(seen|viewed|visible|found|read)\b/,
    opposite:
      /\b(public|open to (everyone|anyone|all)|visible to (everyone|anyone|all))\b[^.?]{0,20}\b(account|profile|page|instagram|insta|facebook|fb|tiktok|twitter|snapchat|x)\b|\b(account|profile|page|instagram|insta|facebook|fb|tiktok|twitter|snapchat|settings?)\b[^.?]{0,25}\b(be |as |to |on )?public\b|\b(make|set|keep|leave|have|turn) (it|them|my \w+( \w+)?) (as |to )?public\b/,
  },
];

export function asksOppositeState(q: ParsedQuestion, clauseText: string): boolean {
  return OPPOSITE_STATES.some((s) => s.opposite.test(q.folded) && s.required.test(clauseText));
}

const PLATFORM_NAME =
  /^(x|twitter|facebook|fb|instagram|insta|tiktok|snapchat|snap|whatsapp|linkedin|youtube|threads|bluesky|discord|reddit)$/;

/** Modifiers that name the same kind ("own phone", "personal phone"). */
function kind(modifier: string): string {
  return /^(own|personal|private|home)$/.test(modifier)
    ? 'personal'
    : /^(school|work|official|academy)$/.test(modifier)
      ? 'work'
      : modifier;
}

const MODIFIER_STOP =
  /^(the|a|an|their|your|my|our|his|her|its|this|that|these|those|be|is|are|by|on|in|at|to|of|for|with|and|or|if|when|where|once|after|use|used|using|can|may|must|should|will|staff|any|all|one|each|every|it|them|they|you|we|i)$/;

export function exceptionMatches(q: ParsedQuestion, text: string): boolean {
  const m =
    /\b(with the exception of|except( for| during| when| in)?|apart from|other than|excluding|unless|save (?:that|where|for|when|in|during|on))\b(.*)$/i.exec(
      text,
    );
  if (!m) return false;
  // What the question asks to do, not what it would do next ("… and delete them once they're printed"): the follow-up
  // is no case of the exception ("… unless the DSL asks you to, and do not … delete anything").
  const qWords = new Set(contentWords(askedPart(q.folded)).map((w) => processTerm(w)));
  // A word the rule itself uses ("must not post …, unless the post is on official accounts") is in every
  // question about the rule; only words the exception adds can show the question is about the exception.
  const ruleWords = new Set(contentWords(fold(text.slice(0, m.index))).map((w) => processTerm(w)));
  // Who the rule protects ("away from pupils") is in most questions, as is the school itself ("my school laptop"
  // against "except through school systems"); neither makes the exception fit.
  // "save that in a genuine emergency on a trip, …, a member of staff may call or text a boarder": what follows the
  // exception's own modal restates the act; its condition is what comes before.
  // "unless the class teacher has asked you to, and keep your phone in your bag": the exception ends where another
  // instruction begins.
  const tail = m[3]!.split(/;|, and (?=[a-z]+ (your|the|their|it|them|a|an|any)\b)|\. /)[0]!;
  // "… save where the Head has agreed in writing, in which case the recording shall be deleted …": what follows is
  // what the exception then requires, not its condition.
  const modal = /\b(may|can|must|should|shall|will|is permitted to|are permitted to)\b|\bin which case\b/.exec(tail);
  const condition = modal && modal.index > 0 ? tail.slice(0, modal.index) : tail;
  const words = contentWords(fold(condition))
    .filter((w) => !ruleWords.has(processTerm(w)))
    .filter(
      (w) =>
        w.length > 3 &&
        // Someone asking ("unless the parent asks you to") is in many questions ("a mum asked me to babysit") that are
        // about another act than the one the exception lets happen.
        !/^(such|sites?|those|these|which|where|before|after|during|while|whilst|since|until|unless|within|without|through|their|there|other|pupils?|students?|learners?|children|staff|parents?|employees?|authori[sz]ed|approved|agreed|written|prior|school|schools|academy|trust|work|social|media|online|asks?|asked|asking|wants?|wanted|tells?|told)$/.test(
          w,
        ),
    );
  return words.some((w) => qWords.has(processTerm(w)));
}

/** Where a rule says a thing must be kept ("kept in your locker", "stored in the staff room"): the place's words. */
const REQUIRED_PLACE =
  /\b(kept|keep|stored|store|left|leave|locked|lock|placed|place|put|handed in|hand in)(?: (?:their|your|the|a|his|her|its|any) (?:[a-z]+ ){0,2}?(?:phones?|mobiles?|devices?))?( away| securely| safely)? (in|inside|at) (the |your |their |a |an |its |his |her )?([a-z]+( [a-z]+)?)/;
/** Where a person holds a thing on them, as a question puts it ("in my pocket", "on me"). */
const HELD_PLACE =
  /\b(in|on) (my|the|a) (pocket|bag|handbag|desk|drawer|lanyard|belt|tray|person|coat|cardigan|apron)s?\b|\b(on|with) me\b/;

export function otherPlaceThanRequired(q: ParsedQuestion, text: string): boolean {
  const held = HELD_PLACE.exec(q.folded);
  const required = REQUIRED_PLACE.exec(text);
  if (!held || !required) return false;
  const heldWord = held[3] ?? 'person';
  return !required[5]!.split(' ').some((w) => w.replace(/s$/, '') === heldWord);
}

/**
 * A permission for breaks, the staff room or places without pupils, asked about a lesson or a class (and not
 * about those times too): the question is outside what the permission covers.
 */
export function outsideTheTimesAllowed(q: ParsedQuestion, text: string): boolean {
  if (q.when !== 'school_time' || !WITH_CHILDREN.test(q.folded)) return false;
  const times = clauseTimes(text);
  if (times.has('school_time')) return false;
  return times.has('break') || PUPILS_ABSENT.test(text);
}

const REFUSAL_VERBS = /\b(delet\w*|remov\w*|block\w*|ignor\w*|unfriend\w*|unfollow\w*|report\w*|declin\w*|refus\w*)\b/g;

export function bansTheAct(q: ParsedQuestion, text: string): boolean {
  const lower = text.toLowerCase();
  const ban = /\b(must not|should not|do not|never|not)\b/.exec(lower);
  if (!ban) return false;
  const banned = lower.slice(ban.index);
  return (q.folded.match(REFUSAL_VERBS) ?? []).some((v) => banned.includes(v.slice(0, 5)));
}

/** The question's refusal verb ("report", "block") is one the clause itself calls for. */
export function requiresTheAct(q: ParsedQuestion, text: string): boolean {
  const lower = text.toLowerCase();
  return (q.folded.match(REFUSAL_VERBS) ?? []).some((v) => lower.includes(v.slice(0, 5)));
}

/** Places a rule can keep phones and personal use to, spaces folded ("staff room" and "staffroom" alike). */
const ALLOWED_PLACES =
  /\b(staff ?rooms?|staff ?workrooms?|workrooms?|(school |main )?offices?|ppa ?rooms?|department(al)? (bases?|offices?)|off[ -]site|staff-only areas?|staff areas?|(your |their |the )?cars?)\b/g;

/**
 * A permission held to breaks and named places ("Yes, but only in the staff room, the workroom or off site, and only
 * during your own break or lunch"), asked about a break in one of those places: the condition is met.
 */
export function insideTheTimesAllowed(q: ParsedQuestion, text: string): boolean {
  if (q.when !== 'break' || WITH_CHILDREN.test(q.folded)) return false;
  const times = clauseTimes(text);
  if (!times.has('break')) return false;
  const squash = (s: string) => s.replace(/\s+/g, '').replace(/s\b/g, '');
  const places = (text.toLowerCase().match(ALLOWED_PLACES) ?? []).map(squash);
  if (places.length === 0) return false;
  const asked = (q.folded.match(ALLOWED_PLACES) ?? []).map(squash);
  return asked.length > 0 && asked.every((p) => places.some((x) => x.includes(p) || p.includes(x)));
}
