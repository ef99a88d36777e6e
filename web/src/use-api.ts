import { useEffect, useState } from 'preact/hooks';
import { ApiClientError } from './api.ts';

export type Loadable<T> = { state: 'loading' } | { state: 'error'; error: ApiClientError } | { state: 'ready'; data: T };

/** Loads `fn()` whenever `key` changes; a slower earlier answer never overwrites a later one. */
export function useApi<T>(fn: () => Promise<T>, key: string): Loadable<T> {
  const [value, setValue] = useState<Loadable<T>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setValue({ state: 'loading' });
    fn().then(
      (data) => current && setValue({ state: 'ready', data }),
      (err: unknown) => current && setValue({ state: 'error', error: err instanceof ApiClientError ? err : new ApiClientError(0, 'INTERNAL', String(err)) }),
    );
    return () => {
      current = false;
    };
    // fn is re-created each render; key says when it means something new
  }, [key]);
  return value;
}
