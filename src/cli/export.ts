import { writeFileSync } from 'node:fs';
import { systemClock } from '../clock.js';
import { recordDocument, renderRecordMarkdown } from '../reports/export.js';
import { renderRecordPdf } from '../reports/export-pdf.js';
import { type Incident, type IncidentEvent, type Person, REFERENCE_PATTERN } from '../reports/incident.js';
import { IncidentService } from '../reports/incident-service.js';
import { ConfiguredLeadDirectory } from '../reports/lead-directory.js';
import { type Command, parseArgs, UsageError } from './args.js';
import { cliConfig, openStoreFromArgs, STORE_HELP, STORE_VALUES } from './store-args.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'write a full safeguarding record and chronology (md or pdf) for a referral',
  help: `Usage: boundary export SM-2026-0042 --format pdf|md [--out FILE] [--by "NAME"] [options]

Writes the full record, including the pupil's name, notes and rationales, for a LADO or police referral:
the reporter's questions and answers as they saw them, the chronology, and who exported it.
  --by "NAME"   who is exporting it, as the document and the audit log name them (e.g. --by "Dana Lead, DSL").
                Default: the first SAFEGUARDING_LEADS entry, by the name the record knows them by, or their UPN.
Markdown goes to standard output unless --out is given; PDF needs --out.
${STORE_HELP}`,
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['help'], values: [...STORE_VALUES, 'format', 'out', 'by', 'operator'] });
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
    const by = (args.values.get('by') ?? args.values.get('operator'))?.trim();
    const config = cliConfig();
    const store = await openStoreFromArgs(args, config);
    try {
      const found = await store.incidents.getByRef(ref);
      if (!found) {
        io.stderr(`No record ${ref} in ${store.location}.`);
        return 1;
      }
      const who = by
        ? ({ aadObjectId: `cli:${by}`, name: by } satisfies Person)
        : configuredLead(config.safeguardingLeads, found, await store.incidents.events(found.id));
      if (!who) {
        throw new UsageError(
          'say who is exporting the record, as another agency should read it: --by "Dana Lead, DSL" (SAFEGUARDING_LEADS names nobody by a UPN or a name in this record)',
        );
      }
      const service = new IncidentService({
        incidents: store.incidents,
        audit: store.audit,
        leads: new ConfiguredLeadDirectory([]),
        clock: systemClock,
      });
      const record = await service.exportRecord(who, ref);
      if (record.kind !== 'ok') {
        io.stderr(`No record ${ref} in ${store.location}.`);
        return 1;
      }
      const doc = recordDocument(record.incident, record.events, {
        exportedBy: who.upn && who.upn !== who.name ? `${who.name} (${who.upn})` : who.name,
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
          `Wrote ${ref} (${record.events.length} chronology entries) to ${out}, exported by ${who.name}; the export is in the audit log.`,
        );
      return 0;
    } finally {
      await store.close();
    }
  },
};

/**
 * The DSL as configured (the first SAFEGUARDING_LEADS entry), named as the record knows them when they acted on it,
 * else by their UPN; an object id alone names nobody a reader would know, so then there is no default.
 */
function configuredLead(leads: readonly string[], incident: Incident, events: IncidentEvent[]): Person | null {
  const lead = leads[0];
  if (!lead) return null;
  const people = [incident.assignedTo, ...events.map((e) => e.actor)].filter((p): p is Person => p !== null);
  const known = people.find((p) => p.aadObjectId.toLowerCase() === lead || p.upn?.toLowerCase() === lead);
  if (known) return { aadObjectId: known.aadObjectId, name: known.name, ...(lead.includes('@') ? { upn: lead } : {}) };
  return lead.includes('@') ? { aadObjectId: `cli:${lead}`, name: lead, upn: lead } : null;
}
