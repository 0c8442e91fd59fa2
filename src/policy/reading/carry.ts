import { createHash } from 'node:crypto';
import type { Reading, ReadingEntry } from './schema.js';

/** The hash part of an entry id: a sentence keeps it while its words stay the same, wherever it moves. */
export function textHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim().toLowerCase()).digest('hex').slice(0, 8);
}

export function entryId(section: string | null, text: string): string {
  return `${section ?? '-'}#${textHash(text)}`;
}

function hashOf(id: string): string {
  return id.slice(id.lastIndexOf('#') + 1);
}

export interface CarryOutcome {
  reading: Reading;
  /** Reviewed entries kept because their sentence is unchanged. */
  kept: number;
  /** Reviewed entries whose sentence changed: their new draft is flagged for the owner. */
  changed: string[];
  /** Reviewed entries whose sentence is gone from the new version. */
  removed: string[];
}

/**
 * A new draft of a new version of the policy, with the owner's corrections carried over: an entry whose
 * sentence is unchanged keeps its reviewed reading; one whose sentence changed in the same section is drafted
 * afresh and says so, for the owner to check again.
 */
export function carryReview(draft: Reading, previous: Reading | null): CarryOutcome {
  if (!previous) return { reading: draft, kept: 0, changed: [], removed: [] };
  const reviewed = new Map(previous.entries.filter((e) => e.reviewed).map((e) => [hashOf(e.id), e]));
  const used = new Set<string>();
  let kept = 0;
  const entries: ReadingEntry[] = draft.entries.map((e) => {
    const old = reviewed.get(hashOf(e.id));
    if (!old) return e;
    used.add(old.id);
    kept++;
    return { ...old, id: e.id, section: e.section, heading: e.heading, text: e.text, lead_in: e.lead_in };
  });
  const changed: string[] = [];
  const removed: string[] = [];
  for (const old of reviewed.values()) {
    if (used.has(old.id)) continue;
    const successor = entries.find((e) => !e.reviewed && e.section !== null && e.section === old.section);
    if (successor) {
      successor.uncertain = [
        `changed since it was reviewed; it used to say: "${old.text.slice(0, 160)}"`,
        ...successor.uncertain,
      ];
      changed.push(old.id);
    } else removed.push(old.id);
  }
  return { reading: { ...draft, entries }, kept, changed, removed };
}
