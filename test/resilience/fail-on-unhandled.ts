import { afterEach } from 'vitest';

/**
 * The resilience suite attacks the bot on purpose; an error nobody handled is exactly what it looks for, so it
 * fails the test it happened in (by name) rather than only the run's exit code after every test has passed.
 */
const unhandled: string[] = [];
const describe = (err: unknown) => (err instanceof Error ? (err.stack ?? err.message) : String(err));
process.on('uncaughtException', (err) => unhandled.push(`uncaught exception: ${describe(err)}`));
process.on('unhandledRejection', (reason) => unhandled.push(`unhandled rejection: ${describe(reason)}`));

afterEach(() => {
  if (unhandled.length === 0) return;
  const found = unhandled.splice(0);
  throw new Error(`${found.length} error(s) nobody handled during this test:\n${found.join('\n')}`);
});
