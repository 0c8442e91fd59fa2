import { type Command, parseArgs, UsageError } from './args.js';
import { cliConfig, openStoreFromArgs, STORE_HELP, STORE_VALUES } from './store-args.js';

export const auditCommand: Command = {
  name: 'audit',
  summary: 'check the audit log hash chain (audit verify)',
  help: `Usage: boundary audit verify [options]

Recomputes every hash in the audit log. Prints OK and the number of entries, or the first broken entry and
exits 1 (the log has been edited or rows removed).
${STORE_HELP}`,
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['help'], values: STORE_VALUES });
    if (args.flags.has('help')) {
      io.stdout(this.help);
      return 0;
    }
    if (args.positional[0] !== 'verify' || args.positional.length > 1) throw new UsageError('expected: audit verify');
    const store = await openStoreFromArgs(args, cliConfig());
    try {
      const result = await store.audit.verify();
      if (result.ok) {
        io.stdout(
          `OK: ${result.count} audit entries, chain intact (head ${result.headHash.slice(0, 16)}…) in ${store.location}`,
        );
        return 0;
      }
      io.stdout(`BROKEN at entry ${result.brokenAt}: ${result.reason} (${result.count} entries before it verified)`);
      return 1;
    } finally {
      await store.close();
    }
  },
};
