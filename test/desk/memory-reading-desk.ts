import type { CorrectionResult, EntryPatch, PolicyCheck, ReadingDesk } from '../../src/policy/reading/desk.js';
import { entrySchema, type Reading, type ReadingEntry } from '../../src/policy/reading/schema.js';

/**
 * A ReadingDesk over a Reading held in memory, validating corrections with the reading's own schema, for the
 * desk API's tests until the policy engine's implementation is wired in. Corrections are kept, so the next read
 * sees them, as with the real one.
 */
export class MemoryReadingDesk implements ReadingDesk {
  readonly path = 'policies/example-social-media-policy.reading.yaml';
  constructor(
    private current: Reading,
    private readonly checkResult: PolicyCheck = { lines: [], gaps: [] },
  ) {}

  reading(): Reading {
    return this.current;
  }

  correct(id: string, patch: EntryPatch): CorrectionResult {
    const before = this.current.entries.find((e) => e.id === id);
    if (!before) return { ok: false, problems: [{ entry: id, field: '(entry)', message: 'no such entry' }] };
    const parsed = entrySchema.safeParse({ ...before, ...patch });
    if (!parsed.success) {
      return {
        ok: false,
        problems: parsed.error.issues.map((i) => ({
          entry: id,
          field: i.path.join('.') || '(entry)',
          message: i.message,
        })),
      };
    }
    const after: ReadingEntry = parsed.data;
    this.current = { ...this.current, entries: this.current.entries.map((e) => (e.id === id ? after : e)) };
    return { ok: true, before, after };
  }

  check(): PolicyCheck {
    return this.checkResult;
  }
}

export function entry(over: Partial<ReadingEntry> & Pick<ReadingEntry, 'id' | 'text'>): ReadingEntry {
  return entrySchema.parse({
    section: null,
    heading: ['Contact with pupils'],
    binds: 'staff',
    force: 'must_not',
    ...over,
  });
}

export function sampleReading(): Reading {
  return {
    format: 1,
    policy: 'example-social-media-policy.md',
    policy_hash: 'abc123',
    title: 'Example social media policy',
    contact: 'the Designated Safeguarding Lead',
    drafted_at: '2026-12-01T09:00:00Z',
    entries: [
      entry({
        id: '3.1-aaaa',
        section: '3.1',
        text: 'Staff must not accept friend requests from current pupils.',
        acts: ['connect'],
        parties: ['current_pupil'],
        reviewed: true,
      }),
      entry({
        id: '3.2-bbbb',
        section: '3.2',
        text: 'Staff may message parents with the permission of the Headteacher.',
        force: 'may_with_permission',
        permission_of: 'the Headteacher',
        acts: ['message'],
        parties: ['parent'],
        uncertain: ['whose permission: the Headteacher or the DSL?'],
      }),
      entry({
        id: '5.1-cccc',
        section: '5.1',
        heading: ['Photographs'],
        text: 'Photos of pupils must be taken on school devices.',
        force: 'must',
        acts: ['photograph_pupils'],
      }),
    ],
  };
}
