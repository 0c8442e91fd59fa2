import { findRole } from '../domain/force.js';
import { countOf } from '../understanding/words/numbers.js';
import type { Condition, Duty, ReadingForce } from './schema.js';
import { RELATION_FACTS } from './vocabulary.js';

/**
 * Conditions, exceptions and duties read from a policy sentence in the general language of rules ("unless",
 * "provided that", "under the age of 18", "two years after they have left", "within 24 hours"). Each pattern is
 * a construction of English rule-writing, not one policy's sentence; what it cannot place is left to the owner.
 */

export interface ReadConditions {
  until: Condition[];
  unless: Condition[];
  provided: Condition[];
  /** Condition words seen but not turned into a value: said to the owner as uncertain. */
  unread: string[];
}

const NUM = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|sixteen|eighteen|nineteen|twenty(?:[- ]one)?)`;

/** Where the exception or condition begins: the words after it are what it turns on. */
const UNLESS = /\b(unless|except (where|when|if|for|with)|other than|apart from|save (where|with|for))\b(?<rest>.*)$/;
const PROVIDED =
  /\b(provided (that)?|providing (that)?|as long as|so long as|on condition that|only (if|when|where|once|with)|if and only if)\b(?<rest>.*)$/;
/** "Staff may connect … once the student has completed their course": a permission that starts with an event. */
const ONCE = /\b(once|after)\b(?<rest>.*)$/;
const UNTIL = /\b(until|till|before)\b(?<rest>.*)$/;

const AGE_UNDER = new RegExp(
  String.raw`\b(under(?: the age of)?|below(?: the age of)?|younger than|aged? under|less than)\s+${NUM}\b`,
);
const AGE_AT_LEAST = new RegExp(
  String.raw`\b(?:(?:aged?|over the age of|at least|turn(?:ed|s)?|reached?(?: the age of)?|are|is|be|they are|until they are|until they turn)\s+)${NUM}(?:\s*(?:or over|or older|and over|\+|years? (?:old|of age)(?: or over)?))?\b`,
);
const AGE_ADULT = /\b(adults?|over 18s?|18 or over|age of majority)\b/;
const YEARS_LEFT = new RegExp(
  String.raw`\b${NUM}\s+(?:(?:full|calendar|academic|school|whole|complete)\s+){0,2}years?\b(?!\s+(?:old|of age))[^.;]{0,40}\b(?:left|leaving|after (?:they|he|she|the pupil|the student) (?:have |has )?left|since (?:they|he|she) left|left the school)`,
);
const YEARS_LEFT_BEFORE = new RegExp(
  String.raw`\b(?:left|leaving)\b[^.;]{0,40}\b(?:for|at least|more than|over)\s+${NUM}\s+(?:(?:full|calendar|academic|school|whole|complete)\s+){0,2}years?\b`,
);

/** The devices a school lends or issues, as policies name them. */
const DEVICE =
  'devices?|phones?|mobiles?|mobile phones?|iphones?|smartphones?|cameras?|ipads?|tablets?|laptops?|chromebooks?';

/** Flags a condition can turn on, by the words of rule-writing in the field. */
const FLAG_WORDS: { fact: Condition['fact']; pattern: RegExp; ofRole?: boolean }[] = [
  { fact: 'own_child', pattern: /\b(own|their) (child|children|son|sons|daughter|daughters)\b/ },
  {
    fact: 'immediate_family',
    pattern: /\b(family members?|immediate family|relatives?|related to|family relationships?|family friends?)\b/,
  },
  {
    fact: 'known_before',
    pattern:
      /\b(pre-?existing|existing|prior|previous|established) (relationships?|friendships?|connections?|contacts?)\b|\bknown (to )?(them|the family|each other) before\b|\bbefore (they|the (pupil|child|student)) (joined|started|enrolled|came to)\b/,
  },
  {
    fact: 'written_permission',
    pattern:
      /\b(written|in writing)\b[^.;]{0,40}\b(permission|consent|approval|agreement|authori[sz]ation)\b|\b(permission|consent|approval|agreement|authori[sz]ation)\b[^.;]{0,30}\bin writing\b/,
    ofRole: true,
  },
  {
    fact: 'permission',
    pattern: /\b(permission|consent|approval|approved|authori[sz]ed|authori[sz]ation|agreed|agreement|sanctioned)\b/,
    ofRole: true,
  },
  {
    fact: 'declared',
    pattern:
      /\b(declared?|declarations?|disclosed?|informed|told|made known|notified|make (it|this|them) known|(recorded|logged|registered|entered) (on|in|with))\b/,
    ofRole: true,
  },
  {
    fact: 'parental_consent',
    pattern: /\b(parental|parents'?|carers'?)\b[^.;]{0,30}?\b(consent|permission|agreement|agreed)\b/,
  },
  { fact: 'emergency', pattern: /\bemergenc(y|ies)\b/ },
  {
    fact: 'official_account',
    pattern:
      /\b(official|school|academy|trust|authorised|approved) (social media )?(accounts?|channels?|pages?|platforms?)\b/,
  },
  {
    fact: 'school_device',
    pattern: new RegExp(
      String.raw`\b(school|academy|trust|work|issued|provided|official)[- ](owned |issued |provided )?(${DEVICE}|equipment|computers?)\b`,
    ),
  },
  { fact: 'school_purpose', pattern: /\b(professional|educational|work|school) (purposes?|reasons?|use)\b/ },
  { fact: 'break_time', pattern: /\b(breaks?|lunch ?(time|hour)?|non-contact time|free periods?|ppa)\b/ },
  { fact: 'off_duty', pattern: /\b(outside (of )?(working|school|work) (hours|time)|own time|off duty)\b/ },
  {
    fact: 'away_from_pupils',
    pattern: /\b(away from|out of sight of|not in front of|no) (pupils|children|students)\b/,
  },
  { fact: 'private_account', pattern: /\b(private|locked) (accounts?|profiles?)\b|\bprivacy settings\b/ },
  {
    fact: 'vulnerable_adult',
    pattern: /\b(vulnerable (adults?|learners?|students?|people|persons?)|adults? at risk)\b/,
  },
  {
    fact: 'sibling_on_roll',
    pattern:
      /\b(brothers?|sisters?|siblings?)\b[^.;]{0,40}\b(on (the )?(school |academy |college )?roll|still (at|in) the (school|academy|college)|at the (school|academy|college))\b/,
  },
];

/** Facts that qualify the other party of a ban ("former pupils who have a brother or sister still at the school"). */
const SCOPE_FACTS = new Set<Condition['fact']>(['vulnerable_adult', 'sibling_on_roll']);
const QUALIFIER = /\b(who|whose|that|with)\b(?<rest>[^.;]*)/;

/** A time a permission is given for: "during lunch breaks", "in their own time", "outside working hours". */
const TIME_SCOPE =
  /\b(during|in|at|at any time outside|outside( of)?)\b[^.;,]{0,30}?\b(breaks?|lunch ?(time|hour|breaks?)?|non-contact time|free periods?|ppa|own time|(working|school|work) (hours|time))\b/;

/** The school device a permission is given on: "on a school iPhone", "using the academy's trip phone". */
const MEANS_SCOPE = new RegExp(
  String.raw`\b(on|using|from|with|through) (a|an|the|their|its) (school|academy|trust|college|work|issued|official)('s)?[- ](owned |issued |provided |trip |pool )?(${DEVICE})\b`,
);

/** The conditions a sentence puts on its own force. */
export function readConditions(folded: string, force: ReadingForce): ReadConditions {
  const out: ReadConditions = { until: [], unless: [], provided: [], unread: [] };
  const prohibitive = force === 'must_not' || force === 'should_not';
  // Age and years since leaving: a ban that holds "under 18" or "until two years after they left" lapses when
  // the fact reaches the number; a permission "once they are 18" holds only then.
  const ageUnder = AGE_UNDER.exec(folded);
  const years = YEARS_LEFT.exec(folded) ?? YEARS_LEFT_BEFORE.exec(folded);
  const ageAtLeast = ageUnder ? null : AGE_AT_LEAST.exec(folded);
  const numeric: Condition[] = [];
  if (ageUnder) numeric.push({ fact: 'age', at_least: countOf(ageUnder[2]!) });
  else if (ageAtLeast && /\b(18|eighteen|16|sixteen|19|21|twenty[- ]one)\b/.test(ageAtLeast[0]))
    numeric.push({ fact: 'age', at_least: countOf(ageAtLeast[1]!) });
  else if (AGE_ADULT.test(folded) && /\bformer|left|leav/.test(folded)) numeric.push({ fact: 'age', at_least: 18 });
  if (years) numeric.push({ fact: 'years_since_left', at_least: countOf(years[1]!) });
  const valid = numeric.filter((c) => Number.isFinite(c.at_least));
  if (valid.length > 0) {
    if (prohibitive) out.until.push(...valid);
    else out.provided.push(...valid);
  }
  // Exceptions and provisos: what follows "unless" / "provided that" is read for the flags it names.
  const unless = UNLESS.exec(folded);
  if (unless) {
    const flags = flagsIn(unless.groups?.rest ?? '');
    if (flags.length) out.unless.push(...flags);
    else out.unread.push(`an exception I could not read: "${clip(unless[0])}"`);
  }
  const provided = PROVIDED.exec(folded) ?? (prohibitive ? null : ONCE.exec(folded));
  if (provided) {
    const rest = provided.groups?.rest ?? '';
    const flags = flagsIn(rest);
    if (flags.length) out.provided.push(...flags.filter((f) => !out.provided.some((p) => p.fact === f.fact)));
    else if (!numericIn(rest)) out.unread.push(`a condition I could not read: "${clip(provided[0])}"`);
  }
  // "until the former pupil has reached the age of eighteen and has left their senior school": a limb of the ban's end
  // that names no age and no count of years is a condition the reading cannot hold, so it is said to be unread.
  if (prohibitive && valid.length > 0) {
    const end = UNTIL.exec(folded)?.groups?.rest ?? '';
    const limbs = end.split(/,? \b(?:and|or)\b /).slice(1);
    const unreadLimb = limbs.find(
      (l) => !numericCount(l) && flagsIn(l).length === 0 && /\b(has|have|is|are)\b/.test(l),
    );
    if (unreadLimb) out.unread.push(`a condition I could not read: "${clip(`and ${unreadLimb}`)}"`);
  }
  if (!unless && !provided && prohibitive) {
    const until = UNTIL.exec(folded);
    if (until && valid.length === 0) {
      const flags = flagsIn(until.groups?.rest ?? '').filter(
        (f) => f.fact === 'permission' || f.fact === 'written_permission',
      );
      if (flags.length) out.unless.push(...flags);
    }
  }
  // "must not connect with former pupils who have a brother or sister still at the school": the ban's scope.
  if (prohibitive) {
    const who = QUALIFIER.exec(folded);
    const scope = who ? flagsIn(who.groups?.rest ?? '').filter((f) => SCOPE_FACTS.has(f.fact)) : [];
    out.provided.push(...scope);
  }
  // "Staff whose own children are students may…", "a parent they knew before the child joined": who the
  // permission is for, wherever the sentence says it (outside an exception to it).
  if (force === 'may' || force === 'may_with_permission') {
    const scope = unless ? folded.slice(0, unless.index) : folded;
    out.provided.push(
      ...flagsIn(scope).filter((f) => RELATION_FACTS.has(f.fact) && !out.provided.some((p) => p.fact === f.fact)),
    );
  }
  // "Staff may use personal social media during lunch breaks": a permission given for a time holds only then.
  if (force === 'may' || force === 'may_with_permission') {
    const when = TIME_SCOPE.exec(folded);
    if (when) out.provided.push(...flagsIn(when[0]).filter((f) => !out.provided.some((p) => p.fact === f.fact)));
  }
  // "Trip leaders may set up a WhatsApp group with pupils on a school iPhone": leave given on a school device holds
  // only on one.
  if (force === 'may' || force === 'may_with_permission') {
    const means = MEANS_SCOPE.exec(folded);
    if (means && !out.provided.some((p) => p.fact === 'school_device')) out.provided.push({ fact: 'school_device' });
  }
  // "Where a pupil is a member of your family, ... is acceptable": a permission turning on a flag with no connective.
  if (!unless && !provided && (force === 'may' || force === 'may_with_permission')) {
    const lead = /^(where|when|if|for) ([^,]{3,120}),/.exec(folded);
    if (lead) out.provided.push(...flagsIn(lead[2]!).filter((f) => f.fact !== 'permission'));
  }
  return out;
}

/** An age or a time since leaving, which the numeric readers above have taken. */
function readAsNumber(text: string): boolean {
  return (
    AGE_UNDER.test(text) ||
    AGE_AT_LEAST.test(text) ||
    AGE_ADULT.test(text) ||
    YEARS_LEFT.test(text) ||
    YEARS_LEFT_BEFORE.test(text)
  );
}

/** An age or a count of years: a limb the reading holds as a number. */
function numericCount(text: string): boolean {
  return readAsNumber(text) || /\b\d+|\b(one|two|three|four|five|six) (full )?(years?|months?)\b/.test(text);
}

/** A number the readers above take, or leaving, which they read with it. */
function numericIn(text: string): boolean {
  return readAsNumber(text) || /\b(left|leaving|leaves)\b/.test(text);
}

function flagsIn(text: string): Condition[] {
  const out: Condition[] = [];
  for (const f of FLAG_WORDS) {
    if (!f.pattern.test(text)) continue;
    const of = f.ofRole ? (findRole(text) ?? undefined) : undefined;
    out.push(of ? { fact: f.fact, of } : { fact: f.fact });
  }
  // Written permission says more than permission, and parents' consent is a permission of its own: one is enough.
  if (out.some((c) => c.fact === 'written_permission' || c.fact === 'parental_consent'))
    return out.filter((c) => c.fact !== 'permission');
  return out;
}

function clip(s: string): string {
  return s.length > 90 ? `${s.slice(0, 87)}…` : s;
}

/** Deadlines in the words policies use, kept as the policy says them. */
const DEADLINE =
  /\b(immediately|straight ?away|at once|without delay|as soon as (possible|practicable|reasonably practicable)|(on )?the same (working |school )?day|within (\d+|one|two|three|twenty-four|24|48|a) (working |school )?(hours?|days?)|by the end of the (same |next )?(working |school )?day|before the end of the (school |working )?day|promptly|the next working day|within one working day)\b/;

const TELL =
  /\b(report|reported|reporting|tell|inform|notify|alert|raise|refer|pass (it|this|them|the \w+) (on )?to|let [a-z ]{1,30} know|speak to|discuss (it|this) with|contact)\b/;

/** Duties of a mandatory sentence: to tell someone, and by when. */
export function readDuties(folded: string, force: ReadingForce): Duty[] {
  if (force !== 'must' && force !== 'should') return [];
  const duties: Duty[] = [];
  if (TELL.test(folded)) {
    const role = findRole(folded) ?? undefined;
    const within = DEADLINE.exec(folded)?.[0];
    duties.push({ act: 'tell', ...(role ? { to: role } : {}), ...(within ? { within } : {}) });
  }
  for (const [act, pattern] of [
    ['decline', /\b(decline|refuse|ignore|reject)\b/],
    ['block', /\b(block|unfriend|unfollow)\b/],
    ['record', /\b(keep a (note|record)|record|log|write down|make a note)\b/],
    ['keep evidence', /\b(screenshot|keep (the )?evidence|save (the )?evidence|retain)\b/],
  ] as const)
    if (pattern.test(folded)) duties.push({ act });
  return duties;
}
