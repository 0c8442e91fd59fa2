import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import { type RunningBoundary, startBoundary } from '../../../src/main.js';

const REPO = resolve(import.meta.dirname, '..', '..', '..');

export interface RunningBot {
  messagesUrl: string;
  boundary: RunningBoundary;
  stop(): Promise<void>;
}

/**
 * Starts the real Boundary (src/main.ts's startBoundary, as `npm start` does) on a free loopback port, in local
 * mode, with its own data directory and its log in the journey's results folder. `env` adds or overrides
 * settings (SAFEGUARDING_LEADS above all). Rejects with the start-up failure when the bot cannot become ready.
 */
export async function startBot(opts: {
  name: string;
  logDir: string;
  env?: Record<string, string>;
  readyTimeoutMs?: number;
}): Promise<RunningBot> {
  const dataDir = mkdtempSync(join(tmpdir(), 'boundary-e2e-data-'));
  mkdirSync(opts.logDir, { recursive: true });
  const logFile = createWriteStream(join(opts.logDir, `bot-${opts.name}.log`));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    POLICY_FILE: join(REPO, 'policies', 'example-social-media-policy.md'),
    LOG_LEVEL: 'debug',
    ...opts.env,
  });
  const boundary = await startBoundary(config, { logger: createLogger({ level: 'debug', destination: logFile }) });
  const stop = async () => {
    await boundary.stop().catch(() => undefined);
    await new Promise<void>((r) => logFile.end(() => r()));
    rmSync(dataDir, { recursive: true, force: true });
  };
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      boundary.ready,
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('Boundary did not become ready in time')),
          opts.readyTimeoutMs ?? 30_000,
        );
      }),
    ]);
  } catch (err) {
    await stop();
    throw err;
  } finally {
    clearTimeout(timer);
  }
  return { messagesUrl: boundary.messagesUrl, boundary, stop };
}
