import { roleStanding } from '../understanding/asker-role.js';
import type { QuestionFrame } from './frame.js';
import type { Condition, ReadingEntry } from './schema.js';
import { type Asks, type ForceClass, type Standing, VERDICT_RULES, type VerdictRule } from './verdict-rules.js';
import { FACTS, type PartyId, RELATION_FACTS } from './vocabulary.js';

/** How one entry answers one question: the verdict rule that matched and what to say. */
export interface Evaluation {
  rule: VerdictRule;
  /** The rule's words with its conditions filled in. */
  say: string;
  standing: { until: Standing; unless: Standing; provided: Standing };
}

/** A rule for the member of staff asking: all staff, or named staff roles. */
export function bindsStaff(entry: ReadingEntry): boolean {
  return entry.binds === 'staff' || entry.binds === 'roles';
}

/** The entry is about one of the question's acts. */
export function sharesAct(entry: ReadingEntry, frame: QuestionFrame): boolean {
  return entry.acts.some((a) => frame.acts.includes(a));
}

/** The entry names no party, or the question names none, or the entry names the question's. */
export function onQuestionParty(entry: ReadingEntry, frame: QuestionFrame): boolean {
  return !frame.party || entry.parties.length === 0 || entry.parties.includes(frame.party);
}

/** The entry names no platform, or one the question names. */
export function onQuestionPlatform(entry: ReadingEntry, frame: QuestionFrame): boolean {
  return entry.platforms.length === 0 || entry.platforms.some((p) => frame.platforms.includes(p));
}

export function forceClass(entry: ReadingEntry): ForceClass {
  switch (entry.force) {
    case 'must_not':
    case 'should_not':
      return 'prohibition';
    case 'may':
      return 'permission';
    case 'may_with_permission':
      return 'permission_needed';
    case 'must':
    case 'should':
      return 'duty';
    default:
      return 'none';
  }
}

/** Whether one condition holds on the question's facts; unknown when the question does not say. */
export function conditionStanding(c: Condition, frame: QuestionFrame): Standing {
  const value = frame.facts[c.fact];
  if (value === undefined) return 'unknown';
  if (typeof value === 'number') {
    if (c.at_least !== undefined && value < c.at_least) return 'fails';
    if (c.under !== undefined && value >= c.under) return 'fails';
    return 'holds';
  }
  // Written permission is permission; a question that says the Head agreed meets "permission of the Head".
  return value ? 'holds' : 'fails';
}

/**
 * Every condition must hold, except that kinds of relationship are alternatives: a permission "for a parent who
 * is a relative or a friend known before" or "for staff whose own children or grandchildren are pupils" holds
 * when any one of them does (nobody is both someone's own child and their nephew).
 */
function allOf(list: readonly Condition[], frame: QuestionFrame): Standing {
  if (list.length === 0) return 'none';
  const relations = list.filter((c) => RELATION_FACTS.has(c.fact));
  const rest = list.filter((c) => !RELATION_FACTS.has(c.fact));
  const s = rest.map((c) => conditionStanding(c, frame));
  if (relations.length > 0) s.push(anyOf(relations, frame));
  if (s.includes('fails')) return 'fails';
  return s.includes('unknown') ? 'unknown' : 'holds';
}

function anyOf(list: readonly Condition[], frame: QuestionFrame): Standing {
  if (list.length === 0) return 'none';
  const s = list.map((c) => conditionStanding(c, frame));
  if (s.includes('holds')) return 'holds';
  return s.includes('unknown') ? 'unknown' : 'fails';
}

/** Parties that count as the same for a rule: a rule about pupils covers a former pupil still under its age. */
export function partyMatch(entry: ReadingEntry, party: PartyId | null): 'same' | 'other' | 'unnamed' {
  if (!party || entry.parties.length === 0) return 'unnamed';
  if (entry.parties.includes(party)) return 'same';
  // The asker's own child or family at the school is still a pupil for a rule about pupils.
  if (party === 'family' && entry.parties.includes('current_pupil')) return 'same';
  return 'other';
}

function matches<T>(want: T | T[] | undefined, have: T): boolean {
  return want === undefined || (Array.isArray(want) ? want.includes(have) : want === have);
}

function asks(frame: QuestionFrame): Asks {
  if (frame.intent === 'may_i') return 'may_i';
  if (frame.intent === 'must_i') return 'must_i';
  if (frame.intent === 'others_should') return 'others';
  return 'what_to_do';
}

/** What the asker wants to do about the act: refuse someone else's (decline, block, report) or omit a duty. */
export interface Stance {
  refusing: boolean;
  omitting: boolean;
}

/**
 * "Can I WhatsApp the parents from my own phone? Quicker than finding the class phone": the act is on a personal
 * device, so leave given on a school device does not reach it, whatever school device is named beside it.
 */
function onOwnDevice(frame: QuestionFrame): QuestionFrame {
  if (!frame.acts.includes('use_personal_device') || frame.facts.school_device !== true) return frame;
  return { ...frame, facts: { ...frame.facts, school_device: false } };
}

export function evaluate(entry: ReadingEntry, frame: QuestionFrame, stance: Stance): Evaluation {
  const standing = {
    until: allOf(entry.until, frame),
    unless: anyOf(entry.unless, frame),
    provided: allOf(entry.provided, onOwnDevice(frame)),
  };
  const facts = {
    rule: bindsStaff(entry) ? ('staff' as const) : ('not_staff' as const),
    force: forceClass(entry),
    party: partyMatch(entry, frame.party),
    role: entry.binds === 'roles' ? roleStanding(entry.roles, frame.askerRole) : ('unknown' as const),
    asks: asks(frame),
    ...stance,
  };
  const rule =
    VERDICT_RULES.find(
      (r) =>
        matches(r.when.rule, facts.rule) &&
        matches(r.when.force, facts.force) &&
        matches(r.when.party, facts.party) &&
        matches(r.when.role, facts.role) &&
        matches(r.when.until, standing.until) &&
        matches(r.when.unless, standing.unless) &&
        matches(r.when.provided, standing.provided) &&
        matches(r.when.asks, facts.asks) &&
        (r.when.refusing === undefined || r.when.refusing === facts.refusing) &&
        (r.when.omitting === undefined || r.when.omitting === facts.omitting),
    ) ?? VERDICT_RULES[VERDICT_RULES.length - 1]!;
  const conditions = rule.about ? entry[rule.about] : [];
  const say = rule.say.replace('{conditions}', conditionsInWords(conditions, rule.about === 'unless' ? 'or' : 'and'));
  return { rule, say, standing };
}

/**
 * "they are at least 18 and they left at least 2 years ago". Kinds of relationship are alternatives even where the
 * rest must all hold: "they are a relative or you knew them before they joined, and you have told the Head".
 */
export function conditionsInWords(list: readonly Condition[], joiner: 'and' | 'or'): string {
  const relations = list.filter((c) => RELATION_FACTS.has(c.fact));
  if (joiner === 'and' && relations.length > 1) {
    const either = conditionsInWords(relations, 'or');
    const rest = list.filter((c) => !RELATION_FACTS.has(c.fact));
    return rest.length === 0 ? either : `${either}, and ${conditionsInWords(rest, 'and')}`;
  }
  const words = list.map((c) => {
    const def = FACTS.find((f) => f.id === c.fact)!;
    let s: string = def.say
      .replace('{of}', c.of ?? 'the person named')
      .replace('{n}', String(c.at_least ?? c.under ?? ''));
    if (c.under !== undefined && def.kind === 'number')
      s =
        c.fact === 'age'
          ? `they are under ${c.under}`
          : c.fact === 'year_group'
            ? `they are below Year ${c.under}`
            : c.fact === 'years_since_left'
              ? `they left less than ${c.under} year${c.under === 1 ? '' : 's'} ago`
              : `it is under ${c.under}`;
    return s;
  });
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${joiner} ${words[words.length - 1]}`;
}
