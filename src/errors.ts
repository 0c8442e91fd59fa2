/**
 * Unexpected failures carry a code so one handler can log them and show staff a calm message with a
 * reference. Expected outcomes (invalid input, not found, not allowed) are returned as values instead.
 */
export type ErrorCode =
  | 'config_invalid'
  | 'policy_unreadable'
  | 'policy_empty'
  | 'policy_reading_invalid'
  | 'store_unavailable'
  | 'store_too_new'
  | 'store_write_failed'
  | 'connector_failed'
  | 'internal';

export class BoundaryError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BoundaryError';
    this.code = code;
  }
}

/** The message of anything thrown, for a log line or a CLI error (never shown to staff in Teams). */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Wraps anything thrown exactly once, keeping a BoundaryError as it is. */
export function asBoundaryError(err: unknown): BoundaryError {
  if (err instanceof BoundaryError) return err;
  const message = errorMessage(err);
  return new BoundaryError('internal', message, { cause: err });
}
