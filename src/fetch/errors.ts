import { CorroborateError, type ErrorCode } from '../errors.ts';

export interface FetchErrorDetails {
  /** The HTTP status, when the server answered. */
  status?: number;
  /** How long the server asked us to wait (Retry-After on 429/503), in milliseconds. */
  retryAfterMs?: number;
  cause?: unknown;
}

/**
 * A fetch that failed, naming the URL (the hop that failed, after redirects) and the reason.
 * @example new FetchError('TIMEOUT', 'https://a.example/', 'no data for 10000 ms')
 *   // message: "https://a.example/: no data for 10000 ms"
 */
export class FetchError extends CorroborateError {
  readonly url: string;
  /** The message without the URL. */
  readonly reason: string;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  constructor(code: ErrorCode, url: string, reason: string, details: FetchErrorDetails = {}) {
    super(code, `${url}: ${reason}`, { cause: details.cause });
    this.name = 'FetchError';
    this.url = url;
    this.reason = reason;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
  }
}

export function isFetchError(err: unknown): err is FetchError {
  return err instanceof FetchError;
}

/** The abort reason of a fetch's deadline: turned into a TIMEOUT naming whichever URL was being fetched. */
export class DeadlineExceeded extends Error {
  constructor(readonly deadlineMs: number) {
    super(`deadline of ${deadlineMs} ms exceeded`);
    this.name = 'DeadlineExceeded';
  }
}

/** An abort signal's reason as a FetchError naming `url`. */
export function abortError(signal: AbortSignal, url: string): FetchError {
  const reason: unknown = signal.reason;
  if (reason instanceof FetchError) return reason;
  if (reason instanceof DeadlineExceeded) return new FetchError('TIMEOUT', url, reason.message, { cause: reason });
  return new FetchError('TIMEOUT', url, 'aborted by the caller', { cause: reason });
}

/** Waits for `promise` unless `signal` aborts first; the abort becomes a FetchError naming `url`. */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal, url: string): Promise<T> {
  if (signal.aborted) return Promise.reject(abortError(signal, url));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal, url));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
