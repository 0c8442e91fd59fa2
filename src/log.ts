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

export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  const opts: LoggerOptions = {
    level: options.level ?? 'info',
    base: { app: 'boundary' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return options.destination ? pino(opts, options.destination as DestinationStream) : pino(opts);
}

/** A logger that drops everything, for tests that do not look at logs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
