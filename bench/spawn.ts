/**
 * Starts a bot in its own Node process, the way it runs in production (one process, its own heap),
 * so start-up time and resident memory are per bot and the load driver's work is not counted in them.
 *
 * The child is `node <script>.js` for compiled JavaScript (what `npm start` runs, minus npm), or
 * `node --import tsx <script>.ts` for TypeScript run through tsx. It is either given a
 * port chosen here (`port`, passed in its environment by the caller) or reports the one it bound over
 * the IPC channel as `{ listening: port }`. Its stdout/stderr go to a log file (not a pipe this process must drain,
 * which would steal CPU from the measurement); the tail of that file is quoted if it fails to start.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { errorMessage } from '../src/errors.js';

export interface BotProcess {
  readonly pid: number;
  readonly url: string;
  /** Spawn to the first 200 from GET /readyz, in ms. */
  readonly startupMs: number;
  /** Resident set size now, in MB, read from /proc/<pid>/status (VmRSS). */
  rssMb(): number;
  /** Peak resident set size so far, in MB (VmHWM). */
  peakRssMb(): number;
  /**
   * SIGTERM, then SIGKILL after graceMs; resolves once the process is proven gone (reaped, and no process with
   * its pid left), with how it ended. Rejects if it is somehow still there.
   */
  stop(graceMs?: number): Promise<BotExit>;
  /** How it ended, once it has; null while it runs. */
  exit(): BotExit | null;
}

export interface BotExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** From the stop signal to the exit, in ms (NaN when it exited on its own). */
  stopMs: number;
}

export interface SpawnOptions {
  readonly script: string;
  readonly env?: Record<string, string | undefined>;
  readonly cwd?: string;
  readonly logFile: string;
  /** Extra node flags, e.g. --cpu-prof. */
  readonly nodeArgs?: readonly string[];
  readonly readyTimeoutMs?: number;
  /** The port the child was told to listen on; when absent, wait for `{ listening: port }` over IPC. */
  readonly port?: number;
  /**
   * 'log-file' (default): stdout and stderr to logFile. 'unread-pipe': stdout to a pipe this process never
   * reads, as a log collector that has stalled (stderr still goes to logFile).
   */
  readonly stdout?: 'log-file' | 'unread-pipe';
}

/**
 * The mark every bot started here carries in its environment, so a check at the end of a test run
 * (test/no-bot-left.ts) can find any left alive, even one orphaned by its launcher.
 */
export const SPAWN_MARK = 'BOUNDARY_SPAWNED_BY';

/** True while a process with this pid exists (signal 0 only asks). */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Waits until no process is left in process group `pgid` (a launcher such as tsx or npm and the node it started),
 * up to `timeoutMs`; true when the group is gone. A launcher's exit alone proves nothing about its children.
 */
export async function waitUntilGroupGone(pgid: number, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      process.kill(-pgid, 0);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ESRCH') return true;
    }
    if (performance.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Processes still alive whose environment carries SPAWN_MARK=run (Linux /proc; none elsewhere). */
export function botsStillRunning(run: string): { pid: number; command: string }[] {
  const mark = `${SPAWN_MARK}=${run}`;
  const found: { pid: number; command: string }[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return found;
  }
  for (const entry of entries) {
    const pid = Number(entry);
    if (pid === process.pid) continue;
    try {
      const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      if (!environ.includes(mark)) continue;
      const state = /^State:\s+(\S)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      // A zombie has exited; only its parent's wait is missing.
      if (state === 'Z') continue;
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
      found.push({ pid, command });
    } catch {
      // Gone while we looked, or not ours to read.
    }
  }
  return found;
}

/** A loopback port that was free a moment ago (bind to 0, read, close): fine for a benchmark on loopback. */
export async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Reads a memory line of /proc/<pid>/status in MB: VmRSS (resident now) or VmHWM (peak resident).
 * NaN when /proc is not there (not Linux) or the process is gone.
 */
export function readRssMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

function getStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'GET', timeout: 1000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => {
      req.destroy();
      resolve(0);
    });
    req.end();
  });
}

function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Spawns the bot and waits for /readyz; rejects with the log's tail if it exits or times out. */
export async function spawnBot(options: SpawnOptions): Promise<BotProcess> {
  const log = openSync(options.logFile, 'a');
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), ...(options.script.endsWith('.ts') ? ['--import', 'tsx'] : []), options.script],
    {
      cwd: options.cwd,
      env: { ...process.env, [SPAWN_MARK]: process.env.BOUNDARY_TEST_RUN ?? 'manual', ...options.env },
      stdio: ['ignore', options.stdout === 'unread-pipe' ? 'pipe' : log, log, 'ipc'],
    },
  );
  closeSync(log);
  let stopSentAt = Number.NaN;
  let ended: BotExit | null = null;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, signal) => {
      ended = { code, signal, stopMs: performance.now() - stopSentAt };
      resolve(code);
    }),
  );
  const deadline = started + (options.readyTimeoutMs ?? 30_000);

  try {
    const port =
      options.port ??
      (await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('did not report a port')), options.readyTimeoutMs ?? 30_000);
        child.on('message', (message: unknown) => {
          const port = (message as { listening?: unknown } | null)?.listening;
          if (typeof port === 'number') {
            clearTimeout(timer);
            resolve(port);
          }
        });
        void exited.then((code) => {
          clearTimeout(timer);
          reject(new Error(`exited with code ${code} before listening`));
        });
      }));
    const url = `http://127.0.0.1:${port}`;
    let startupMs = Number.NaN;
    while (performance.now() < deadline) {
      if ((await getStatus(`${url}/readyz`)) === 200) {
        startupMs = performance.now() - started;
        break;
      }
      if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode} before /readyz`);
      await new Promise((r) => setTimeout(r, 5));
    }
    if (Number.isNaN(startupMs)) throw new Error('/readyz did not answer 200 in time');
    const pid = child.pid ?? -1;
    return {
      pid,
      url,
      startupMs,
      rssMb: () => readRssMb(pid),
      peakRssMb: () => readRssMb(pid, 'VmHWM'),
      exit: () => ended,
      stop: async (graceMs = 5000) => {
        if (child.exitCode === null && child.signalCode === null) {
          stopSentAt = performance.now();
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
          await exited;
          clearTimeout(timer);
        }
        await exited;
        if (processExists(pid)) throw new Error(`bot pid ${pid} reported exit but a process with its pid remains`);
        return ended ?? { code: child.exitCode, signal: child.signalCode, stopMs: Number.NaN };
      },
    };
  } catch (err) {
    child.kill('SIGKILL');
    await exited;
    const reason = errorMessage(err);
    throw new Error(`${options.script} failed to start: ${reason}\n--- log tail ---\n${tail(options.logFile)}`);
  }
}

/**
 * The Node flags `npm start` runs Boundary with (package.json: `node <flags> dist/main.js`, its heap sizes), so
 * whatever starts the real server for a measurement (the bench, the resilience suite) gives it the memory a
 * deployment gets.
 */
export function startNodeFlags(repo: string): string[] {
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const start = (pkg.scripts?.start ?? '').trim();
  const m = /^node\s+(.*?)\s*dist\/main\.js$/.exec(start);
  if (!m) throw new Error(`package.json's start script is not "node [flags] dist/main.js": ${start}`);
  return m[1] ? m[1].split(/\s+/) : [];
}
