import type { Verdict } from '../answer.js';
import type { ReadingProblem } from './file.js';
import type { Reading, ReadingEntry } from './schema.js';

/** The fields of an entry a policy owner may correct; everything else is the policy's own words. */
export type EntryPatch = Partial<
  Pick<
    ReadingEntry,
    | 'binds'
    | 'roles'
    | 'force'
    | 'acts'
    | 'parties'
    | 'platforms'
    | 'until'
    | 'unless'
    | 'provided'
    | 'permission_of'
    | 'duties'
    | 'reviewed'
    | 'note'
  >
>;

export type CorrectionResult =
  | { ok: true; before: ReadingEntry; after: ReadingEntry }
  | { ok: false; problems: ReadingProblem[] };

/** One line of the policy check: a common staff question on a topic, and what Boundary would answer. */
export interface CheckLine {
  topic: string;
  question: string;
  verdict: Verdict;
  answer: string;
  /** The sections quoted, in order. */
  sections: (string | null)[];
}

export interface PolicyCheck {
  lines: CheckLine[];
  /** Topics the policy does not speak to: the gaps to raise at the next policy review. */
  gaps: string[];
}

/**
 * What the safeguarding desk (and the CLI) needs of the loaded policy's reading. Corrections are validated,
 * written to the reading file atomically, and used by the next answer without a restart. Auditing who changed
 * what is the caller's job: it holds the person.
 */
export interface ReadingDesk {
  reading(): Reading;
  /** The reading file's path. */
  readonly path: string;
  correct(id: string, patch: EntryPatch): CorrectionResult;
  check(): PolicyCheck;
}
