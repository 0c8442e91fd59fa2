import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { StartSettings } from './config.js';
import { asBoundaryError, BoundaryError } from './errors.js';
import { loadPolicyFile } from './policy/index.js';
import { probeStore } from './store/open-store.js';

/**
 * What stops a start, said plainly and naming the setting to change, so an IT admin fixes everything in one
 * pass. main.ts prints these lines once, on stderr, in the same form as the settings that failed to parse.
 */
export type StartPart = 'port' | 'policy' | 'store';

/**
 * Checks the parts of a start whose settings are known (each setting that parsed on its own), all at once,
 * without starting anything: the policy file is read, the database reached, the port bound and let go.
 * Returns one plain line per problem; none when all is well.
 */
export async function findStartProblems(
  settings: StartSettings,
  parts: readonly StartPart[] = ['policy', 'store', 'port'],
): Promise<string[]> {
  const checks: Promise<string | null>[] = parts.map(async (part) => {
    try {
      // A setting that did not parse has its own line already; its part is not checked.
      if (part === 'policy' && settings.policyFile !== undefined) await loadPolicyFile(resolve(settings.policyFile));
      if (part === 'store' && settings.dataDir !== undefined) {
        await probeStore({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir });
      }
      if (part === 'port' && settings.port !== undefined && settings.port !== 0) {
        // Unset HOST means loopback or all addresses; all addresses conflicts with either.
        await probePort(settings.port, settings.host ?? '0.0.0.0');
      }
      return null;
    } catch (err) {
      return describeStartFailure(part, err, settings);
    }
  });
  return (await Promise.all(checks)).filter((p): p is string => p !== null);
}

/** One plain line for a part that failed to start: what went wrong, and which setting to change. */
export function describeStartFailure(part: StartPart, err: unknown, settings: StartSettings): string {
  const e = asBoundaryError(err);
  const cause = rootCause(err);
  if (e.code === 'config_invalid') return e.message;
  switch (part) {
    case 'port': {
      const port = settings.port ?? '(unset)';
      const host = settings.host ?? '';
      const code = (cause as NodeJS.ErrnoException | undefined)?.code;
      if (code === 'EADDRINUSE') {
        return `PORT=${port}: another program is already listening on ${host ? `${host}:` : 'port '}${port}. Stop it, or set PORT to a free port.`;
      }
      if (code === 'EACCES') {
        return `PORT=${port}: this user may not listen on ports below 1024. Set PORT to 1024 or above (3978 is usual).`;
      }
      if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
        return `HOST=${host || '(unset)'}: not an address of this machine. Set HOST to 127.0.0.1, 0.0.0.0 or one of its addresses.`;
      }
      return `PORT=${port}: could not listen on ${host ? `${host}:` : 'port '}${port} (${messageOf(cause)}). Check PORT and HOST.`;
    }
    case 'policy':
      return `POLICY_FILE: ${e.message} Set POLICY_FILE to your school's policy (.md, .txt, .docx or .pdf).`;
    case 'store': {
      const detail = cause && cause !== err ? ` (${messageOf(cause)})` : '';
      if (e.code === 'store_too_new') return `${settings.databaseUrl ? 'DATABASE_URL' : 'DATA_DIR'}: ${e.message}`;
      if (settings.databaseUrl) {
        return `DATABASE_URL: ${e.message}${detail}. Check the address, user, password and database name in DATABASE_URL, and that the server is running.`;
      }
      return `DATA_DIR: ${e.message}${detail}. Set DATA_DIR to a folder Boundary can write to.`;
    }
  }
}

/** The failures inside a rejected `ready` (StartFailed carries one per part), or the error itself as the store's. */
export function startFailures(err: unknown): { part: StartPart; error: unknown }[] {
  const failures = (err as { failures?: { part: StartPart; error: unknown }[] } | null)?.failures;
  if (Array.isArray(failures) && failures.length > 0) return failures;
  return [{ part: err instanceof BoundaryError && err.code.startsWith('policy') ? 'policy' : 'store', error: err }];
}

function probePort(port: number, host: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, host, () => server.close(() => resolvePromise()));
  });
}

function rootCause(err: unknown): unknown {
  let current = err;
  for (let i = 0; i < 5 && current instanceof Error && current.cause !== undefined; i++) current = current.cause;
  return current;
}

function messageOf(err: unknown): string {
  if (err instanceof AggregateError && err.errors.length > 0) return messageOf(err.errors[0]);
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0] || (err as NodeJS.ErrnoException)?.code || 'unknown error';
}
