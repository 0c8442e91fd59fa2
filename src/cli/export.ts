import { writeFileSync } from 'node:fs';
import { systemClock } from '../clock.js';
import { recordDocument, renderRecordMarkdown, renderRecordPdf } from '../reports/export.js';
import { REFERENCE_PATTERN } from '../reports/incident.js';
import { IncidentService } from '../reports/incident-service.js';
import { ConfiguredLeadDirectory } from '../reports/lead-directory.js';
import { type Command, parseArgs, UsageError } from './args.js';
import { cliConfig, openStoreFromArgs, operator, STORE_HELP, STORE_VALUES } from './store-args.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'write a full safeguarding record and chronology (md or pdf) for a referral',
  help: `Usage: boundary export SM-2026-0042 --format pdf|md [--out FILE] [--operator NAME] [options]

Writes the full record, including the pupil's name, notes and rationales, for a LADO or police referral.
The export is recorded in the audit log under --operator (default: your account name). Markdown goes to
standard output unless --out is given; PDF needs --out.
${STORE_HELP}`,
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['help'], values: [...STORE_VALUES, 'format', 'out', 'operator'] });
    if (args.flags.has('help')) {
      io.stdout(this.help);
      return 0;
    }
    const ref = args.positional[0]?.toUpperCase();
    if (!ref || args.positional.length > 1) throw new UsageError('give one reference, e.g. SM-2026-0042');
    if (!REFERENCE_PATTERN.test(ref)) throw new UsageError(`${ref} does not look like a reference (SM-2026-0042)`);
    const format = args.values.get('format') ?? 'md';
    if (format !== 'md' && format !== 'pdf') throw new UsageError('--format must be pdf or md');
    const out = args.values.get('out');
    if (format === 'pdf' && !out) throw new UsageError('a PDF needs --out FILE');
    const store = await openStoreFromArgs(args, cliConfig());
    try {
      const service = new IncidentService({
        incidents: store.incidents,
        audit: store.audit,
        leads: new ConfiguredLeadDirectory([]),
        clock: systemClock,
      });
      const who = operator(args);
      const record = await service.exportRecord(who, ref);
      if (record.kind !== 'ok') {
        io.stderr(`No record ${ref} in ${store.location}.`);
        return 1;
      }
      const doc = recordDocument(record.incident, record.events, {
        exportedBy: who.name,
        exportedAt: systemClock.now(),
      });
      if (format === 'pdf') {
        writeFileSync(out!, await renderRecordPdf(doc));
      } else if (out) {
        writeFileSync(out, renderRecordMarkdown(doc));
      } else {
        io.stdout(renderRecordMarkdown(doc));
      }
      if (out)
        io.stdout(
          `Wrote ${ref} (${record.events.length} chronology entries) to ${out}; the export is in the audit log.`,
        );
      return 0;
    } finally {
      await store.close();
    }
  },
};
