/**
 * Defined terms a policy uses for the people it is about. Council and trust model policies write their rules
 * about "the Employee", "the Employer", "the Head" or "the Worker" and say once what each means
 * ('"the Employee" means any person employed …', 'In this policy "staff" refers to …', '(hereafter "the
 * Worker")'). A rule about "the Employee" is a rule about the member of staff asking, so the tagger reads it
 * as it reads "staff": the term is rewritten to the lexicon's plain word on a folded copy used only for
 * tagging and matching; the policy's own words are never changed.
 */
import { fold } from './text.js';

/** The part a defined term plays: the asker (staff), the employer or school, the head, a governor, a pupil, a parent. */
export type TermRole = 'staff' | 'school' | 'head' | 'governor' | 'pupil' | 'parent';

export interface DefinedTerm {
  /** Folded, without a leading article ("employee", "member of staff"). */
  term: string;
  role: TermRole;
}

/** The words a term or its definition uses for each role; the first role a text names wins. */
const ROLE_WORDS: [TermRole, RegExp][] = [
  ['head', /\b(head ?teachers?|head|principal|head of school|executive head)\b/],
  ['governor', /\b(governors?|trustees?)\b/],
  [
    'school',
    /\b(employer|school|schools|academy|trust|council|local authority|governing body|federation|organisation|organization|company|college)\b/,
  ],
  ['parent', /\b(parents?|carers?|guardians?)\b/],
  ['pupil', /\b(pupils?|students?|child|children|learners?|young (people|persons?))\b/],
  [
    'staff',
    /\b(employees?|employed|staff|member of staff|staff members?|workers?|working|volunteers?|teachers?|colleagues?|individuals? (employed|engaged|working)|persons? (employed|engaged|working)|engaged|contractors?|you)\b/,
  ],
];

/** The plain word the lexicon and the force reader know for each role, as subject and as possessive. */
const PLAIN: Record<TermRole, { noun: string; possessive: string }> = {
  staff: { noun: 'staff', possessive: 'their' },
  school: { noun: 'the school', possessive: "the school's" },
  head: { noun: 'the headteacher', possessive: "the headteacher's" },
  governor: { noun: 'the governors', possessive: "the governors'" },
  pupil: { noun: 'the pupil', possessive: "the pupil's" },
  parent: { noun: 'the parent', possessive: "the parent's" },
};

/** Role nouns that name a defined term when a policy capitalises them mid-sentence ("the Employee must …"). */
const CAPITALISED =
  /\b(?:[Tt]he|[Aa]n|[Aa]ny|[Ee]ach|[Ee]very) (Employee|Employer|Head|Member of Staff|Staff Member|Worker|Volunteer|Governor|Trust|Academy Trust)\b(?!\s+(?:of|[A-Z]))/g;

const Q = `["“”'‘’]`;
const TERM = `${Q}\\s*((?:the\\s+)?[A-Za-z][A-Za-z -]{0,38}?)\\s*${Q}`;
/** '"X" means …', '"X" refers to …', 'references to "X" are to …', 'where the policy refers to "X" it means …'. */
const MEANS = new RegExp(
  `(?:references? to\\s+)?${TERM}\\s*(?:,\\s*)?(?:it\\s+)?(?:means|shall mean|refers to|is used (?:to mean|for)|includes|covers|are to|is to|applies to|denotes|describes)\\b([^.;]{0,160})`,
  'g',
);
/** '… any person employed by the school (hereafter "the Worker")', '(the "Trust")', '(together "staff")'. */
const HEREAFTER = new RegExp(
  `\\(\\s*(?:hereafter|hereinafter|together|collectively|jointly)?\\s*(?:referred to as|called|known as)?\\s*(?:the\\s+)?${TERM}\\s*\\)`,
  'g',
);
/** What a parenthesised term defines: the words before it back to the sentence's last stop or bracket. */
const DEFINED_BEFORE = /[^.;()]{0,160}$/;
/** A definitions list or table row: 'Employee: any person employed …', 'The Head – the Headteacher …'. */
const DEFINITION_LINE =
  /^\s*((?:the\s+)?[A-Z][A-Za-z]+(?: (?:of )?[A-Za-z]+){0,2})\s*(?::|\s[–—-]\s|\t+|\s\|\s)\s*(?:means\s+|refers to\s+)?([^\n]{3,200})$/gm;

function roleOf(text: string): TermRole | null {
  const f = fold(text);
  let best: { role: TermRole; at: number } | null = null;
  for (const [role, pattern] of ROLE_WORDS) {
    const m = pattern.exec(f);
    if (m && (!best || m.index < best.at)) best = { role, at: m.index };
  }
  return best?.role ?? null;
}

function clean(term: string): string {
  return fold(term)
    .replace(/^the\s+/, '')
    .trim();
}

/**
 * The term's own words decide its role when they are wholly a role noun ("the Employer"); a term naming no
 * role ("the Individual") takes its definition's. A term that is a role noun and more ("Former pupil",
 * "Academy account") is left alone: the lexicon reads those words better than one role word would.
 */
function classify(term: string, definition: string): TermRole | null {
  const f = clean(term);
  for (const [role, pattern] of ROLE_WORDS) {
    const m = pattern.exec(f);
    if (m) return m[0] === f ? role : null;
  }
  return roleOf(definition);
}

/**
 * Every defined term for a person or body in the document, with its role. Terms whose plain word is already
 * the lexicon's ("staff", "pupils") are kept too: they cost nothing and say the policy defined them.
 * First definition wins; a term naming no role is skipped.
 */
export function learnDefinedTerms(text: string): DefinedTerm[] {
  const out = new Map<string, TermRole>();
  const add = (rawTerm: string, definition: string): void => {
    const term = clean(rawTerm);
    if (!term || term.length < 3 || out.has(term) || term.split(' ').length > 4) return;
    const role = classify(rawTerm, definition);
    if (role) out.set(term, role);
  };
  const straight = text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  for (const m of straight.matchAll(MEANS)) add(m[1]!, m[2]!);
  // Found from the bracket, then looked back from: a pattern that led with the 160 characters before the bracket was
  // tried at every position of the text and was a tenth of the time it takes to load a 30 KB policy.
  for (const m of straight.matchAll(HEREAFTER))
    add(m[1]!, DEFINED_BEFORE.exec(straight.slice(Math.max(0, m.index - 160), m.index))![0]);
  // Definition lines count only under a heading that says so, or when they say "means".
  const defs = /^[^\n]*\b(definitions?|glossary|terms used|interpretation)\b[^\n]*$/im.exec(straight);
  if (defs) {
    const section = straight.slice(defs.index, defs.index + 4000);
    for (const m of section.matchAll(DEFINITION_LINE)) {
      // A person or body only: "Social media: any website …" names no role by its own words.
      if (roleOf(m[1]!)) add(m[1]!, m[2]!);
    }
  }
  for (const m of straight.matchAll(CAPITALISED)) {
    const term = clean(m[1]!);
    if (!out.has(term)) {
      const role = classify(term, '');
      if (role) out.set(term, role);
    }
  }
  return [...out.entries()].map(([term, role]) => ({ term, role }));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A compiled rewriter for folded text; identity when the policy defines nothing. */
export function termRewriter(terms: DefinedTerm[]): (folded: string) => string {
  const rules: { pattern: RegExp; replace: string }[] = [];
  // Longer terms first, so "member of staff" is rewritten before "staff" could be.
  for (const { term, role } of [...terms].sort((a, b) => b.term.length - a.term.length)) {
    const plain = PLAIN[role];
    if (term === plain.noun || `the ${term}` === plain.noun) continue;
    const t = escapeRegExp(term);
    rules.push({
      pattern: new RegExp(`\\b(?:the|an|any|each|every|that|this) ${t}(?:'s|s')(?![a-z])`, 'g'),
      replace: plain.possessive,
    });
    // "the Head of Department" is someone else than "the Head".
    const notOf = role === 'staff' ? '' : '(?! of\\b)';
    rules.push({
      pattern: new RegExp(`\\b(?:the|an|any|each|every|that|this) ${t}\\b(?!')${notOf}`, 'g'),
      replace: plain.noun,
    });
    // "Employees must …", "where an Employee has …" were covered above; a bare capitalised noun is left alone.
  }
  if (rules.length === 0) return (s) => s;
  return (folded) => {
    let out = folded;
    for (const r of rules) out = out.replace(r.pattern, r.replace);
    return out;
  };
}
