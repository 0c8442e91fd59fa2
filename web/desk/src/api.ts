import type { Problem } from './types';

/** A refusal or failure from the desk API, in the plain words the server chose (or ours when it gave none). */
export class DeskError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }
}

export interface DeskApi {
  get<T>(path: string, signal?: AbortSignal): Promise<T>;
  send<T>(method: 'POST' | 'PATCH', path: string, body: unknown): Promise<T>;
  /** Fetches a file with the sign-in token (a plain link would carry none in Teams) and saves it. */
  download(path: string, filename: string): Promise<void>;
}

const FALLBACK: Record<number, string> = {
  401: 'Your sign-in was not accepted. Close the tab and open it again.',
  403: 'Your role does not allow this. Ask a safeguarding lead if you think it should.',
  404: 'Not found: it may have been removed, or the reference is wrong.',
  409: 'Someone else changed this just now. What is shown has been refreshed; please try again.',
  413: 'That is too long to send.',
  429: 'Too many requests just now. Wait a moment and try again.',
};

async function refusal(res: Response): Promise<DeskError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON (a proxy's page, a crash): the status alone says enough.
  }
  const b = (body ?? {}) as { error?: unknown; problems?: unknown };
  const err = typeof b.error === 'object' && b.error !== null ? (b.error as { code?: unknown; message?: unknown }) : {};
  const code = typeof err.code === 'string' ? err.code : typeof b.error === 'string' ? b.error : `http_${res.status}`;
  const message =
    typeof err.message === 'string' && err.message.trim() !== ''
      ? err.message
      : (FALLBACK[res.status] ?? `The desk could not do that (${res.status}). Try again in a moment.`);
  const problems = Array.isArray(b.problems)
    ? (b.problems as Problem[]).filter((p) => typeof p?.message === 'string')
    : [];
  return new DeskError(res.status, code, message, problems);
}

export function createApi(getToken: () => Promise<string | null>, base = ''): DeskApi {
  async function call(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<Response> {
    const token = await getToken();
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        ...(signal ? { signal } : {}),
      });
    } catch (err) {
      if (signal?.aborted) throw err;
      throw new DeskError(0, 'offline', 'The desk cannot reach the server. Check the connection; nothing was lost.');
    }
    if (!res.ok) throw await refusal(res);
    return res;
  }
  return {
    async get<T>(path: string, signal?: AbortSignal) {
      return (await (await call('GET', path, undefined, signal)).json()) as T;
    },
    async send<T>(method: 'POST' | 'PATCH', path: string, body: unknown) {
      return (await (await call(method, path, body)).json()) as T;
    },
    async download(path, filename) {
      const blob = await (await call('GET', path)).blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}
