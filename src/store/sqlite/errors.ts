import { CorroborateError, type ErrorCode } from '../../errors.ts';

interface SqliteFailure {
  code: string;
  message: string;
}

function isSqliteFailure(err: unknown): err is SqliteFailure {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_');
}

/** SQLite result codes (the primary part, before any "_EXTENDED" suffix) to our codes and a plain explanation. */
const KNOWN: Record<string, [ErrorCode, string]> = {
  SQLITE_READONLY: ['STORE_READ_ONLY', 'is read-only (opened read-only, or the file or its folder is not writable)'],
  SQLITE_FULL: ['STORE_FULL', 'is full (disk full or size limit reached); nothing from the failed batch was stored'],
  SQLITE_BUSY: ['STORE_BUSY', 'stayed locked by another process longer than the wait limit; try again'],
  SQLITE_LOCKED: ['STORE_BUSY', 'is locked; try again'],
  SQLITE_CORRUPT: ['STORE_CORRUPT', 'is damaged'],
  SQLITE_NOTADB: ['STORE_CORRUPT', 'is not a Corroborate database (not SQLite)'],
  SQLITE_CANTOPEN: ['STORE_FAILED', 'cannot be opened (missing folder or no permission)'],
  SQLITE_PERM: ['STORE_READ_ONLY', 'cannot be written (permission denied)'],
};

function primaryCode(code: string): string {
  const known = Object.keys(KNOWN).find((k) => code === k || code.startsWith(`${k}_`));
  return known ?? code;
}

/** Turns a SQLite failure into a CorroborateError naming the database; anything else passes through unchanged. */
export function toStoreError(err: unknown, dbPath: string): unknown {
  if (!isSqliteFailure(err)) return err;
  const known = KNOWN[primaryCode(err.code)];
  const [code, what] = known ?? ['STORE_FAILED', `failed (${err.code})`];
  return new CorroborateError(code, `database ${dbPath} ${what}: ${err.message}`, { cause: err });
}

/** Wraps every method of `target` so SQLite failures surface as CorroborateErrors (mapped once, here). */
export function guardMethods<T extends object>(target: T, dbPath: string): T {
  const guarded = {} as Record<string, unknown>;
  for (const [name, value] of Object.entries(target)) {
    if (typeof value !== 'function') continue;
    guarded[name] = (...args: unknown[]) => {
      try {
        return value.apply(target, args);
      } catch (err) {
        throw toStoreError(err, dbPath);
      }
    };
  }
  return guarded as T;
}
