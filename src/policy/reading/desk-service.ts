import type { LoadedPolicy } from '../engine.js';
import { CHECK_BANK } from './check-bank.js';
import type { CorrectionResult, EntryPatch, PolicyCheck, ReadingDesk } from './desk.js';
import { writeReadingFile } from './file.js';
import { entrySchema, type Reading, readingSchema } from './schema.js';

/** The policy check: the bank's questions asked of the loaded policy, and the topics it does not cover. */
export function runPolicyCheck(engine: Pick<LoadedPolicy, 'answer'>): PolicyCheck {
  const lines = CHECK_BANK.map(({ topic, question }) => {
    const a = engine.answer(question);
    return { topic, question, verdict: a.verdict, answer: a.answer, sections: a.citations.map((c) => c.section) };
  });
  return { lines, gaps: lines.filter((l) => l.verdict === 'not_covered').map((l) => l.topic) };
}

/**
 * The reading desk over a loaded policy and its reading file: a correction is validated as a whole entry and a
 * whole reading, written atomically, and answered from at once. Synchronous, so two corrections never interleave.
 */
export function createReadingDesk(engine: LoadedPolicy, path: string): ReadingDesk {
  return {
    path,
    reading: () => engine.reading(),
    check: () => runPolicyCheck(engine),
    correct(id: string, patch: EntryPatch): CorrectionResult {
      const current = engine.reading();
      const index = current.entries.findIndex((e) => e.id === id);
      if (index < 0) return { ok: false, problems: [{ entry: id, field: 'id', message: 'no entry has this id' }] };
      const before = current.entries[index]!;
      const parsed = entrySchema.safeParse({ ...before, ...patch });
      if (!parsed.success)
        return {
          ok: false,
          problems: parsed.error.issues.map((i) => ({
            entry: id,
            field: i.path.join('.') || '(entry)',
            message: i.message,
          })),
        };
      const next: Reading = { ...current, entries: current.entries.map((e, i) => (i === index ? parsed.data : e)) };
      const whole = readingSchema.safeParse(next);
      if (!whole.success)
        return {
          ok: false,
          problems: whole.error.issues.map((i) => ({ entry: id, field: i.path.join('.'), message: i.message })),
        };
      writeReadingFile(path, whole.data);
      engine.replaceReading(whole.data);
      return { ok: true, before, after: parsed.data };
    },
  };
}
