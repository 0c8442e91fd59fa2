import { basename } from 'node:path';
import { loadPolicyFile } from '../policy/index.js';
import { carryReview } from '../policy/reading/carry.js';
import { draftReading } from '../policy/reading/draft.js';
import { describeProblems, loadReadingFile, readingPathFor, writeReadingFile } from '../policy/reading/file.js';
import { reviewProgress } from '../policy/reading/schema.js';
import { type Command, parseArgs, UsageError } from './args.js';

export const readCommand: Command = {
  name: 'read',
  summary: "draft Boundary's reading of a policy, for the policy owner to check",
  help: `Usage: boundary read --policy FILE [--out PATH]

Reads the policy (.txt, .md, .docx, .pdf) and writes Boundary's reading of it: every sentence that may be a
rule, with whom it binds, its force, the acts and people it is about, its conditions and duties, and what
Boundary was unsure of. Written to <policy>.reading.yaml beside the policy (or --out PATH), where the bot and
every command find it. If a reading is already there, what the owner reviewed is kept for every sentence that
has not changed, and changed sentences are flagged. Then run 'boundary review' to check it.`,
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['help'], values: ['policy', 'out'] });
    if (args.flags.has('help')) {
      io.stdout(this.help);
      return 0;
    }
    const policy = args.values.get('policy');
    if (!policy) throw new UsageError('read needs --policy FILE');
    const out = args.values.get('out') ?? readingPathFor(policy);
    const engine = await loadPolicyFile(policy);
    const draft = draftReading(engine.document, basename(policy), engine.fallbackContact, new Date());
    let previous = null;
    const existing = loadReadingFile(out);
    if (existing.ok) previous = existing.reading;
    else if (!existing.problems.some((p) => p.message.startsWith('cannot read'))) {
      io.stderr(
        [
          `The reading at ${out} has mistakes, so it was left as it is:`,
          ...describeProblems(out, existing.problems),
        ].join('\n'),
      );
      return 1;
    }
    const carried = carryReview(draft, previous);
    writeReadingFile(out, carried.reading);
    const p = reviewProgress(carried.reading);
    io.stdout(`Wrote ${out}: ${p.entries} sentences, ${p.rules} of them rules; ${p.uncertain} to check first.`);
    if (previous)
      io.stdout(
        `Kept the review of ${carried.kept} unchanged sentences; ${carried.changed.length} changed and need checking again; ${carried.removed.length} no longer in the policy.`,
      );
    io.stdout(`Next: boundary review --policy ${policy}`);
    return 0;
  },
};
