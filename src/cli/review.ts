import { loadPolicy } from '../policy/index.js';
import { describeEntry } from '../policy/reading/plain.js';
import { type ReadingEntry, reviewProgress } from '../policy/reading/schema.js';
import { type Command, parseArgs, UsageError } from './args.js';

export const reviewCommand: Command = {
  name: 'review',
  summary: "show Boundary's reading of a policy in plain English, what it was unsure of first",
  help: `Usage: boundary review --policy FILE [--reading PATH] [--all]

Prints the reading a rule per line ("3.1 Staff must not accept or send friend, follow or connection requests —
with current pupils, on any platform."), the entries Boundary was unsure of first, then the rest section by
section. Correct an entry by editing the reading file (see 'boundary read'), and set reviewed: true on each entry
once it is right. Reviewed entries are left out unless --all is given.`,
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['help', 'all'], values: ['policy', 'reading'] });
    if (args.flags.has('help')) {
      io.stdout(this.help);
      return 0;
    }
    const policy = args.values.get('policy');
    if (!policy) throw new UsageError('review needs --policy FILE');
    const { reading } = await loadPolicy(policy, { readingPath: args.values.get('reading') });
    const r = reading.reading;
    const p = reviewProgress(r);
    io.stdout(`${r.title}: ${p.entries} sentences, ${p.rules} rules, ${p.reviewed} reviewed.`);
    io.stdout(
      reading.source === 'file'
        ? `Reading: ${reading.path}`
        : `No reading file yet: this is a fresh draft. Run 'boundary read --policy ${policy}' to write it to ${reading.path}.`,
    );
    if (reading.carried)
      io.stdout(
        `The policy has changed since the reading was written: ${reading.carried.changed.length} reviewed sentences changed and are flagged below.`,
      );
    const shown = r.entries.filter((e) => args.flags.has('all') || !e.reviewed);
    const unsure = shown.filter((e) => e.uncertain.length > 0 && e.force !== 'none');
    if (unsure.length) {
      io.stdout('\nCheck these first (Boundary was unsure):');
      for (const e of unsure) io.stdout(line(e, true));
    }
    let heading = '';
    for (const e of shown) {
      if (unsure.includes(e)) continue;
      const h = e.heading.join(' › ') || '(no heading)';
      if (h !== heading) {
        io.stdout(`\n${h}`);
        heading = h;
      }
      io.stdout(line(e, false));
    }
    return 0;
  },
};

function line(e: ReadingEntry, withDoubts: boolean): string {
  const mark = e.reviewed ? '✓' : ' ';
  const doubts = withDoubts ? `\n      unsure: ${e.uncertain.join('; ')}` : '';
  return `  ${mark} [${e.id}] ${describeEntry(e)}${doubts}`;
}
