import { randomUUID } from 'node:crypto';
import { botsStillRunning } from '../bench/spawn.js';

/**
 * A test run must end with no Boundary process it started still alive: a bot that ignores SIGTERM, or one
 * orphaned when its launcher died, would otherwise fill the machine run after run. Every bot started through
 * bench/spawn.ts carries this run's mark in its environment (BOUNDARY_SPAWNED_BY); at the end any process still
 * carrying it is killed and the run fails, naming it.
 */
export function setup(): void {
  process.env.BOUNDARY_TEST_RUN ??= randomUUID();
}

export function teardown(): void {
  const run = process.env.BOUNDARY_TEST_RUN;
  if (!run) return;
  const left = botsStillRunning(run);
  if (left.length === 0) return;
  for (const bot of left) {
    try {
      process.kill(bot.pid, 'SIGKILL');
    } catch {
      // Gone between the look and the kill.
    }
  }
  throw new Error(
    `${left.length} Boundary process(es) started by this run were still alive at the end (now killed):\n` +
      left.map((b) => `  pid ${b.pid}: ${b.command}`).join('\n'),
  );
}
