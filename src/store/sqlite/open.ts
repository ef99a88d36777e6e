import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CorroborateError } from '../../errors.ts';
import type { Store } from '../types.ts';
import { prepareArticles } from './articles.ts';
import { guardMethods, toStoreError } from './errors.ts';
import { checkVersion, migrate, SCHEMA_VERSION } from './migrations.ts';
import { prepareState } from './state.ts';
import { prepareStories } from './stories.ts';
import { prepareSummaries } from './summaries.ts';

/**
 * How long a writer waits for another process's write transaction before giving up with STORE_BUSY. One ingest batch
 * (200 articles: store, cluster, re-analyse the touched stories) holds the lock ~0.9 s median, 6.4 s worst on 2 busy
 * cores (see DEFAULT_BATCH_SIZE); a minute leaves room for large stories and slow disks without hanging forever on
 * a stuck process.
 */
export const BUSY_TIMEOUT_MS = 60_000;

export interface SqliteStoreOptions {
  /** Open without writing anything; every write then fails with STORE_READ_ONLY. */
  readonly?: boolean;
  /** Fail with NOT_FOUND instead of creating a new database (for commands that only read). */
  mustExist?: boolean;
  /** Cap on the file size in pages (PRAGMA max_page_count, this connection only): writes past it fail with STORE_FULL, as on a full disk. */
  maxPages?: number;
}

const IN_MEMORY = ':memory:';

function checkExists(dbPath: string, options: SqliteStoreOptions): void {
  if (dbPath === IN_MEMORY || existsSync(dbPath)) return;
  if (options.mustExist || options.readonly) {
    throw new CorroborateError('NOT_FOUND', `no database at ${dbPath} (run "corroborate ingest" first, or pass --db)`);
  }
  mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
}

/** Pragmas for a writer: WAL lets readers run beside one writer; NORMAL sync is crash-safe in WAL (may lose the last commit on power loss, never corrupts). */
function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
}

/** A buffer to sleep on (Atomics.wait): opening is synchronous, like the rest of better-sqlite3. */
const SLEEP = new Int32Array(new SharedArrayBuffer(4));
/** Longest pause between two tries of a step that found the database busy. */
const MAX_RETRY_WAIT_MS = 250;

function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/**
 * `step`, tried again after a short wait while SQLite reports the database busy, up to BUSY_TIMEOUT_MS. Two
 * processes opening a new database at once can each hold a shared lock while asking for the exclusive one that
 * switching it to WAL takes: SQLite then fails one of them at once, without its busy handler, to break the deadlock
 * (most likely what failed test/store-concurrent.test.ts about one run in twenty-five: "database is locked" within
 * seconds of both starting, far inside the busy timeout). The steps retried are idempotent: the journal
 * mode, and migrations that re-read the version inside their own transaction.
 */
export function retryWhileBusy<T>(step: () => T): T {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (let wait = 5; ; wait = Math.min(wait * 2, MAX_RETRY_WAIT_MS)) {
    try {
      return step();
    } catch (err) {
      if (!isBusy(err) || Date.now() + wait > deadline) throw err;
      Atomics.wait(SLEEP, 0, 0, wait);
    }
  }
}

function openDatabase(dbPath: string, options: SqliteStoreOptions): Database.Database {
  checkExists(dbPath, options);
  const db = new Database(dbPath, { readonly: options.readonly === true, fileMustExist: options.readonly === true });
  try {
    // busy_timeout is per connection and writes nothing: set first, so even the version read waits for a writer
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // 1. refuse a newer schema before any pragma or migration writes to the file
    const version = checkVersion(db, dbPath);
    if (options.readonly) {
      if (version < SCHEMA_VERSION) throw new CorroborateError('STORE_READ_ONLY', `database ${dbPath} needs an upgrade (schema ${version} -> ${SCHEMA_VERSION}) but was opened read-only`);
      return db;
    }
    // 2. writer settings, then 3. migrations up to the current schema
    retryWhileBusy(() => configure(db));
    retryWhileBusy(() => migrate(db, version));
    if (options.maxPages !== undefined) db.pragma(`max_page_count = ${Math.floor(options.maxPages)}`);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * Opens (creating and migrating if needed) a SQLite store; see resolveDbPath for where the file lives by default.
 * Safe for several processes at once: writers queue on the database lock (up to BUSY_TIMEOUT_MS).
 * @example const store = openSqliteStore(':memory:'); store.countArticles(); // 0
 */
export function openSqliteStore(dbPath: string, options: SqliteStoreOptions = {}): Store {
  let db: Database.Database;
  try {
    db = openDatabase(dbPath, options);
  } catch (err) {
    throw toStoreError(err, dbPath);
  }
  const store: Store = {
    ...prepareArticles(db),
    ...prepareSummaries(db),
    ...prepareStories(db),
    ...prepareState(db),
    // IMMEDIATE: take the write lock at the start, so waiting happens in busy_timeout rather than failing mid-way
    transaction: <T>(fn: () => T): T => db.transaction(fn).immediate(),
    close: () => db.close(),
  };
  return guardMethods(store, dbPath);
}
