import type { ApiErrorCode } from '../api-types.ts';
import { CorroborateError, type ErrorCode } from '../errors.ts';

/** An error the API answers with: a stable code, an HTTP status and a message safe to show a client. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  /** Seconds, for 429 and 503 answers. */
  readonly retryAfter: number | undefined;
  constructor(status: number, code: ApiErrorCode, message: string, options: { cause?: unknown; retryAfter?: number } = {}) {
    super(message, { cause: options.cause });
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.retryAfter = options.retryAfter;
  }
}

/** Store and pipeline codes a client can act on; everything else is a 500 whose details stay in the server log. */
const FROM_CORROBORATE: Partial<Record<ErrorCode, [number, ApiErrorCode]>> = {
  NOT_FOUND: [404, 'NOT_FOUND'],
  BAD_ARGUMENT: [400, 'BAD_REQUEST'],
  STORE_BUSY: [503, 'STORE_BUSY'],
  STORE_READ_ONLY: [503, 'STORE_UNAVAILABLE'],
  STORE_FULL: [503, 'STORE_UNAVAILABLE'],
};

/** Maps any thrown value to an ApiError, once, at the edge. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof CorroborateError) {
    const known = FROM_CORROBORATE[err.code];
    if (known) return new ApiError(known[0], known[1], known[1] === 'STORE_BUSY' ? 'the database is busy; try again' : err.message, { cause: err, ...(known[0] === 503 ? { retryAfter: 5 } : {}) });
  }
  return new ApiError(500, 'INTERNAL', 'internal error', { cause: err });
}

export const notFound = (what: string, id: string) => new ApiError(404, 'NOT_FOUND', `no ${what} "${id}"`);
