import { readDeliveryStatus } from '../alerts/delivery-status.js';
import { type Command, parseArgs } from './args.js';
import { cliConfig, openStoreFromArgs, STORE_HELP, STORE_VALUES } from './store-args.js';

export const statusCommand: Command = {
  name: 'status',
  summary: 'alert channel and undelivered alerts (pending, dead-lettered)',
  help: `Usage: boundary status [--json] [options]

Shows whether the safeguarding alert channel is set up and which Teams deliveries are still waiting or were
given up (dead-lettered). Exits 1 when anything is dead-lettered, so monitoring can alert on it.
${STORE_HELP}`,
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['help', 'json'], values: STORE_VALUES });
    if (args.flags.has('help')) {
      io.stdout(this.help);
      return 0;
    }
    const store = await openStoreFromArgs(args, cliConfig());
    try {
      const { channel, counts, dead, waiting } = await readDeliveryStatus(store);
      if (args.flags.has('json')) {
        io.stdout(
          JSON.stringify({
            store: store.location,
            alertChannel: channel ? { setBy: channel.setBy, setAt: channel.setAt.toISOString() } : null,
            outbox: counts,
            deadLettered: dead.map((r) => ({ ref: r.ref, kind: r.kind, attempts: r.attempts, error: r.lastError })),
            waiting: waiting.map((r) => ({
              ref: r.ref,
              kind: r.kind,
              dueAt: r.dueAt.toISOString(),
              attempts: r.attempts,
            })),
          }),
        );
        return dead.length > 0 ? 1 : 0;
      }
      io.stdout(`Store: ${store.location}`);
      io.stdout(
        channel
          ? `Alert channel: set (by ${channel.setBy} on ${channel.setAt.toISOString()})`
          : 'Alert channel: NOT SET. Reports are stored and alerts wait; a DSL must @mention the bot with "set alerts channel" in the safeguarding channel.',
      );
      io.stdout(
        `Outbox: ${counts.pending} pending, ${counts.sending} sending, ${counts.delivered} delivered, ${counts.dead} dead-lettered`,
      );
      for (const r of dead) {
        io.stdout(
          `  DEAD  ${r.ref ?? '-'}  ${r.kind}  after ${r.attempts} attempt(s): ${r.lastError ?? 'unknown error'}`,
        );
      }
      for (const r of waiting) {
        io.stdout(`  wait  ${r.ref ?? '-'}  ${r.kind}  due ${r.dueAt.toISOString()}  attempts ${r.attempts}`);
      }
      return dead.length > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
