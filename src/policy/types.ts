/**
 * The policy document as the engine sees it: ordered clauses, each with its place in the document and
 * its tags. Produced by ingest/ + domain/, consumed by answering/.
 */
import type { DefinedTerm } from './domain/defined-terms.js';
import type { Force, ForceReading } from './domain/force.js';

export type Who =
  | 'pupil'
  | 'former_pupil'
  | 'parent'
  | 'colleague'
  | 'family_member'
  | 'governor'
  | 'staff'
  | 'public'
  | 'other_school_pupil';

export interface ClauseTags {
  who: string[];
  what: string[];
  force: Force;
  /** True when the clause carves out an exception or a condition ("unless", "if that contact is likely to…"). */
  conditional: boolean;
  /** Whose permission the clause requires, when force is only_with_permission or a permission phrase appears. */
  permissionOf: string | null;
  /** Roles the clause names, canonical display names ("the Headteacher", "the DSL"). */
  roles: string[];
  /** The clause is about someone other than staff (pupils' own use, parents' conduct). */
  subject: 'staff' | 'pupils' | 'parents' | 'school' | 'any';
  /** The clause reports a rule not in force here (an old version, other schools' practice): never quoted as one. */
  reported?: boolean;
}

export interface Clause {
  /** Stable within a document: position plus a hash of the text. */
  id: string;
  index: number;
  section: string | null;
  headingPath: string[];
  /** The policy's own words (whitespace folded). */
  text: string;
  /** The lead-in sentence of the list this clause is a bullet of, when there is one. */
  context: string | null;
  bullet: boolean;
  /**
   * The clause folded, with the policy's defined terms in plain words ("the Employee" read as "staff"), for
   * every later reading of its rules; never quoted. Absent on clauses built before ingest learnt terms.
   */
  plain?: string;
  /** The sentence before, when this one points back to it ("such contact"); indexed, never quoted. */
  previous?: string;
  tags: ClauseTags;
  /** The full reading of the clause's force, inherited from its lead-in where it has none of its own. */
  reading: ForceReading;
}

export interface PolicyDocument {
  file: string;
  title: string;
  clauses: Clause[];
  /** The policy's own names for people and bodies ("the Employee" = staff), learnt at ingest. */
  definedTerms?: DefinedTerm[];
}
