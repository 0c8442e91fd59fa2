/**
 * What a desk use case returns: a value, or a refusal the edge turns into a status and a plain message.
 * Refusals are expected outcomes (bad input, wrong role, not found, a race lost), never thrown.
 */
export type Refusal =
  | { kind: 'invalid'; code: string; message: string }
  | { kind: 'forbidden'; code: string; message: string }
  | { kind: 'not_found'; code: string; message: string }
  | { kind: 'conflict'; code: string; message: string }
  | {
      kind: 'unprocessable';
      code: string;
      message: string;
      problems: { entry: string | null; field: string; message: string }[];
    };

export type DeskOutcome<T> = { ok: true; value: T } | ({ ok: false } & Refusal);

export const ok = <T>(value: T): DeskOutcome<T> => ({ ok: true, value });

export function refuse<T = never>(kind: Exclude<Refusal['kind'], 'unprocessable'>, code: string, message: string) {
  return { ok: false, kind, code, message } as DeskOutcome<T>;
}
