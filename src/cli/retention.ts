import { categoryLabel } from '../reports/incident.js';
import { dueForReview, retentionRulesFromConfig } from '../reports/retention.js';
import { type Command, parseArgs, UsageError } from './args.js';
import { cliConfig, openStoreFromArgs, STORE_HELP, STORE_VALUES } from './store-args.js';

export const retentionCommand: Command = {
  name: 'retention',
  summary: 'list safeguarding records due for retention review (--dry-run)',
  help: `Usage: boundary retention --dry-run [--now ISO-DATE] [--json] [options]

Lists closed records whose retention period (RETENTION_* settings) has passed, oldest first. Nothing is
deleted: a person reviews each record.
${STORE_HELP}`,
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['help', 'dry-run', 'json'], values: [...STORE_VALUES, 'now'] });
    if (args.flags.has('help')) {
      io.stdout(this.help);
      return 0;
    }
    if (!args.flags.has('dry-run'))
      throw new UsageError('only --dry-run is supported: records are reviewed, not deleted');
    const nowArg = args.values.get('now');
    const now = nowArg ? new Date(nowArg) : new Date();
    if (Number.isNaN(now.getTime())) throw new UsageError(`--now ${nowArg} is not a date`);
    const config = cliConfig();
    const store = await openStoreFromArgs(args, config);
    try {
      const due = dueForReview(await store.incidents.listClosed(), retentionRulesFromConfig(config.retention), now);
      if (args.flags.has('json')) {
        io.stdout(
          JSON.stringify(
            due.map((d) => ({
              ref: d.incident.ref,
              category: d.incident.category,
              closedAt: d.incident.closedAt?.toISOString(),
              reviewAt: d.reviewAt.toISOString(),
            })),
          ),
        );
        return 0;
      }
      if (due.length === 0) {
        io.stdout(`No records are due for review on ${now.toISOString().slice(0, 10)}.`);
        return 0;
      }
      io.stdout(`${due.length} record(s) due for review (dry run, nothing changed):`);
      for (const d of due) {
        io.stdout(
          `  ${d.incident.ref}  ${categoryLabel(d.incident.category)}  closed ${d.incident.closedAt?.toISOString().slice(0, 10)}  review due ${d.reviewAt.toISOString().slice(0, 10)}`,
        );
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
