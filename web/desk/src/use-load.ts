import { useCallback, useEffect, useRef, useState } from 'react';
import { DeskError } from './api';

export interface Loaded<T> {
  data: T | null;
  error: DeskError | null;
  loading: boolean;
  reload(): void;
  /** Replaces the data with what an action answered, so the page does not wait for the next load. */
  set(data: T): void;
}

function asDeskError(err: unknown): DeskError {
  if (err instanceof DeskError) return err;
  return new DeskError(0, 'unexpected', 'Something went wrong on this page. Reload the tab; nothing was lost.');
}

/**
 * Loads `key` with `load`, again whenever the key changes, and every `pollMs` while the page is visible. A
 * failed refresh keeps what was last shown, beside the error, so a blip does not blank the page.
 */
export function useLoad<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>, pollMs?: number): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<DeskError | null>(null);
  const [loading, setLoading] = useState(key !== null);
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const lastJson = useRef<string>('');

  // biome-ignore lint/correctness/useExhaustiveDependencies: tick is the reload trigger
  useEffect(() => {
    if (key === null) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;
    lastJson.current = '';
    setLoading(true);
    const run = async () => {
      controller = new AbortController();
      try {
        const next = await loadRef.current(controller.signal);
        if (stopped) return;
        // Polling returns the same list most of the time: only a change re-renders.
        const json = JSON.stringify(next);
        if (json !== lastJson.current) {
          lastJson.current = json;
          setData(next);
        }
        setError(null);
      } catch (err) {
        if (stopped) return;
        setError(asDeskError(err));
      } finally {
        if (!stopped) setLoading(false);
      }
      if (!stopped && pollMs) timer = setTimeout(schedule, pollMs);
    };
    const schedule = () => {
      if (stopped) return;
      if (document.visibilityState === 'hidden') timer = setTimeout(schedule, pollMs);
      else void run();
    };
    void run();
    return () => {
      stopped = true;
      clearTimeout(timer);
      controller?.abort();
    };
  }, [key, pollMs, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  const set = useCallback((next: T) => {
    lastJson.current = JSON.stringify(next);
    setData(next);
    setError(null);
  }, []);
  return { data, error, loading, reload, set };
}
