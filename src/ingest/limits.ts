import { CorroborateError } from '../errors.ts';
import { DEFAULT_MAX_BYTES } from './types.ts';

const MIB = 1024 * 1024;

/** "50.0 MiB (52,428,800 bytes)": the rounded size to read, the exact one to check. */
export function formatBytes(n: number): string {
  const rounded = n >= MIB ? `${(n / MIB).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
  return `${rounded} (${n.toLocaleString('en-US')} bytes)`;
}

/** The TOO_LARGE error, saying what was measured and the limit: "file is 50.0 MiB (...), over the ...". */
export function tooLarge(what: string, size: number, limit: number): CorroborateError {
  const reason = `${what} ${formatBytes(size)}, over the maxBytes limit of ${formatBytes(limit)}`;
  return new CorroborateError('TOO_LARGE', reason);
}

/** Validates the maxBytes option; a bad value is a caller's bug, so it throws instead of rejecting an input. */
export function resolveMaxBytes(maxBytes: number | undefined): number {
  const value = maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new CorroborateError('BAD_ARGUMENT', `maxBytes must be a positive integer, got ${String(maxBytes)}`);
  }
  return value;
}
