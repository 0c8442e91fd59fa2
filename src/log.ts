import type { Writable } from 'node:stream';
import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';

/**
 * Structured logs. Anything that could carry a pupil's name, what a member of staff typed or a
 * credential is redacted by path, so a log line can be shared with an IT admin safely.
 * Log ids and references, never content.
 */
export const REDACT_PATHS = [
  'authorization',
  'token',
  'password',
  'secret',
  '*.authorization',
  '*.token',
  '*.password',
  '*.secret',
  'req.headers.authorization',
  'headers.authorization',
  'text',
  '*.text',
  'activity.text',
  'activity.value',
  'value',
  '*.value',
  'answers',
  '*.answers',
  'pupilName',
  '*.pupilName',
  'name',
  '*.name',
  'question',
  '*.question',
  'body',
  '*.body',
];

export type { Logger };

/** What buffered log output may hold before lines are dropped: enough for a burst, never the heap. */
export const LOG_BUFFER_BYTES = 1024 * 1024;

/**
 * Where the process's log lines go: stdout, without ever waiting for whoever reads it. A log collector that stops
 * reading (a stalled container runtime, a paused `| less`) must not stop the bot answering or shutting down, so
 * lines go to the stream's own asynchronous buffer while it holds less than `maxBytes`, and beyond that are dropped
 * and counted. When the reader catches up, one line says how many were lost. A stream that fails (EPIPE once the
 * reader has gone) is given up on: every line after is counted as dropped, and the process carries on.
 *
 * On Linux, Node writes to a pipe or socket asynchronously (the unwritten rest waits in `writableLength`) and to a
 * file synchronously (a disk write does not wait on a reader); a terminal is written synchronously.
 */
export class BoundedLogDestination {
  private droppedTotal = 0;
  private droppedSinceNotice = 0;
  private failed = false;

  constructor(
    private readonly out: Writable | NodeJS.WriteStream,
    private readonly maxBytes = LOG_BUFFER_BYTES,
  ) {
    out.on('error', () => {
      this.failed = true;
    });
  }

  /** Called by pino with one serialised line. Never blocks and never throws. */
  write(line: string): boolean {
    if (this.failed || this.out.writableLength + line.length > this.maxBytes) {
      this.droppedTotal += 1;
      this.droppedSinceNotice += 1;
      return true;
    }
    try {
      if (this.droppedSinceNotice > 0) {
        this.out.write(droppedNotice(this.droppedSinceNotice));
        this.droppedSinceNotice = 0;
      }
      this.out.write(line);
    } catch {
      // A stream closed under us (ERR_STREAM_DESTROYED): the same as a failed one.
      this.failed = true;
      this.droppedTotal += 1;
    }
    return true;
  }

  /** Lines dropped since start because the reader was not keeping up or had gone. */
  dropped(): number {
    return this.droppedTotal;
  }

  /**
   * Waits until everything written so far has left the process, or `withinMs` has passed, whichever is first.
   * Resolves true when it all went out. Used at shutdown, where the deadline matters more than the last lines.
   */
  flush(withinMs: number): Promise<boolean> {
    return drainWithin(this.out, withinMs, () => this.failed);
  }
}

/** How long a flush waits without a byte leaving before it decides the reader has stopped. */
const STALLED_AFTER_MS = 500;

/**
 * Resolves true once `out` holds nothing unwritten; false after `withinMs`, if it fails, or as soon as nothing
 * has left it for half a second (a reader that has stopped will not start again because we wait).
 */
export function drainWithin(
  out: Writable | NodeJS.WriteStream,
  withinMs: number,
  failed: () => boolean = () => false,
): Promise<boolean> {
  if (out.writableLength === 0) return Promise.resolve(true);
  if (failed() || withinMs <= 0) return Promise.resolve(false);
  return new Promise((resolve) => {
    let last = out.writableLength;
    let lastMovedAt = Date.now();
    const done = (ok: boolean) => {
      clearTimeout(deadline);
      clearInterval(watch);
      out.off('drain', onDrain);
      out.off('error', onError);
      resolve(ok);
    };
    const onDrain = () => {
      if (out.writableLength === 0) done(true);
    };
    const onError = () => done(false);
    const deadline = setTimeout(() => done(false), withinMs);
    const watch = setInterval(() => {
      const now = out.writableLength;
      if (now === 0) return done(true);
      // Only a shrinking buffer is progress: lines still being added while nothing leaves are not.
      if (now < last) lastMovedAt = Date.now();
      else if (Date.now() - lastMovedAt >= STALLED_AFTER_MS) return done(false);
      last = now;
    }, 50);
    out.on('drain', onDrain);
    out.on('error', onError);
  });
}

function droppedNotice(count: number): string {
  return `${JSON.stringify({
    level: 40,
    time: new Date().toISOString(),
    app: 'boundary',
    dropped: count,
    msg: 'log lines dropped: stdout was not being read fast enough',
  })}\n`;
}

/**
 * A logger writing to `destination`, or to stdout through a BoundedLogDestination. Never pino's own stdout
 * destination: that one writes synchronously and, at exit, waits for a stalled reader forever.
 */
export function createLogger(
  options: { level?: string; destination?: NodeJS.WritableStream | BoundedLogDestination } = {},
): Logger {
  const opts: LoggerOptions = {
    level: options.level ?? 'info',
    base: { app: 'boundary' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  const destination = options.destination ?? new BoundedLogDestination(process.stdout);
  return pino(opts, destination as DestinationStream);
}

/** A logger that drops everything, for tests that do not look at logs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' }, { write: () => undefined });
}
