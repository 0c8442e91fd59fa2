import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { BoundaryError } from '../../errors.js';
import type { PolicyDocument } from '../types.js';
import { type CarryOutcome, carryReview } from './carry.js';
import { draftReading, policyHash } from './draft.js';
import { describeProblems, loadReadingFile, readingPathFor } from './file.js';
import type { Reading } from './schema.js';

export interface ReadingLoad {
  reading: Reading;
  /** `file`: the school's reading file; `draft`: drafted now, no file yet. */
  source: 'file' | 'draft';
  /** Where the reading is (or would be) kept. */
  path: string;
  /** When the policy changed since the file was written: what of the review was kept. */
  carried: CarryOutcome | null;
}

/**
 * The reading a policy is answered from: the file beside it (or the one named) when it exists, else a fresh
 * draft. A file written for an earlier version of the policy keeps its review for unchanged sentences.
 * Throws BoundaryError('policy_reading_invalid') naming each bad entry and field: a bad edit stops start-up.
 */
export function loadReading(
  doc: PolicyDocument,
  policyPath: string,
  contact: string,
  now: Date,
  explicitPath?: string,
): ReadingLoad {
  const path = explicitPath ?? readingPathFor(policyPath);
  const draft = () => draftReading(doc, basename(policyPath), contact, now);
  if (!existsSync(path)) {
    if (explicitPath)
      throw new BoundaryError('policy_reading_invalid', `The policy reading file ${path} does not exist.`);
    return { reading: draft(), source: 'draft', path, carried: null };
  }
  const loaded = loadReadingFile(path);
  if (!loaded.ok) {
    throw new BoundaryError(
      'policy_reading_invalid',
      [
        `The policy reading ${path} has mistakes; fix them or delete the file to start again:`,
        ...describeProblems(path, loaded.problems),
      ].join('\n'),
    );
  }
  if (loaded.reading.policy_hash === policyHash(doc))
    return { reading: loaded.reading, source: 'file', path, carried: null };
  const carried = carryReview(draft(), loaded.reading);
  return { reading: carried.reading, source: 'file', path, carried };
}
