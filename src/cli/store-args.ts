import { systemClock } from '../clock.js';
import { type Config, loadConfig } from '../config.js';
import { silentLogger } from '../log.js';
import { openStore, type Store } from '../store/open-store.js';
import type { ParsedArgs } from './args.js';

/** Options every store command takes; the environment (as the server reads it) fills in what is not given. */
export const STORE_VALUES = ['database-url', 'data-dir'];

export const STORE_HELP = `  --database-url URL   PostgreSQL (default: DATABASE_URL)
  --data-dir DIR       SQLite directory when no database URL (default: DATA_DIR or .data)`;

/** The CLI is an entry point, so it may read the environment; the server reads it in src/config.ts. */
export function cliConfig(env: Record<string, string | undefined> = process.env): Config {
  return loadConfig(env);
}

export async function openStoreFromArgs(args: ParsedArgs, config: Config): Promise<Store> {
  const databaseUrl = args.values.get('database-url') ?? config.databaseUrl;
  return openStore({
    databaseUrl,
    dataDir: args.values.get('data-dir') ?? config.dataDir,
    logger: silentLogger(),
    clock: systemClock,
    recentAnswersDays: config.recentAnswersDays,
    feedbackDays: config.feedbackDays,
  });
}
