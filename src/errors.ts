/**
 * Typed errors with a stable `code`, mapped once at each edge (CLI exit codes, HTTP statuses).
 * An input the pipeline cannot use is not thrown through the batch: it becomes a {@link Rejected} result.
 */
export type ErrorCode =
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'BAD_ENCODING'
  | 'TOO_LARGE'
  | 'UNREADABLE'
  | 'NOT_FOUND'
  | 'BAD_JSON'
  | 'BAD_RECORD'
  | 'BAD_HTML'
  | 'UNSUPPORTED'
  | 'BAD_ARGUMENT'
  | 'NO_TEXT'
  // store: the database is newer than this code, read-only, full, locked too long, damaged, or failed otherwise
  | 'STORE_TOO_NEW'
  | 'STORE_READ_ONLY'
  | 'STORE_FULL'
  | 'STORE_BUSY'
  | 'STORE_CORRUPT'
  | 'STORE_FAILED'
  // fetch: a URL refused before or while fetching it (see src/fetch/errors.ts, whose FetchError adds status and
  // retryAfterMs); feeds: a feed or sitemap that cannot be parsed at all
  | 'BAD_URL'
  | 'BLOCKED_ADDRESS'
  | 'ROBOTS_DISALLOWED'
  | 'TIMEOUT'
  | 'TOO_MANY_REDIRECTS'
  | 'HTTP_ERROR'
  | 'RATE_LIMITED'
  | 'NETWORK_ERROR'
  | 'BAD_CONTENT_TYPE'
  | 'BAD_FEED';

export class CorroborateError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CorroborateError';
    this.code = code;
  }
}

/** An input that could not be used, with the reason; the rest of the batch goes on. */
export interface Rejected {
  source: string;
  reason: string;
  code: ErrorCode;
}

export function isRejected(x: unknown): x is Rejected {
  return typeof x === 'object' && x !== null && 'reason' in x && 'code' in x && !('content' in x);
}

/** Turns any thrown value into a Rejected entry for `source`. */
export function toRejected(source: string, err: unknown): Rejected {
  if (err instanceof CorroborateError) return { source, reason: err.message, code: err.code };
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') {
    if (e.code === 'ENOENT') return { source, reason: 'no such file or directory', code: 'NOT_FOUND' };
    if (e.code === 'EACCES' || e.code === 'EPERM') return { source, reason: `permission denied (${e.code})`, code: 'UNREADABLE' };
    if (e.code === 'EISDIR') return { source, reason: 'is a directory', code: 'UNREADABLE' };
  }
  const msg = err instanceof Error ? err.message : String(err);
  return { source, reason: msg, code: 'UNREADABLE' };
}
