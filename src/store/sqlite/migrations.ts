import type Database from 'better-sqlite3';
import { CorroborateError } from '../../errors.ts';

type Migration = (db: Database.Database) => void;

/** Version 1: articles, stories, key-value state and full-text search. */
function createTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE stories (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      article_count INTEGER NOT NULL,
      outlet_count INTEGER NOT NULL,
      claim_count INTEGER NOT NULL,
      corroborated_count INTEGER NOT NULL,
      conflict_count INTEGER NOT NULL,
      updated_at TEXT NOT NULL,
      json TEXT NOT NULL
    );
    CREATE INDEX stories_by_updated ON stories (updated_at);
    CREATE INDEX stories_by_covered ON stories (article_count, outlet_count);
    CREATE INDEX stories_by_disputed ON stories (conflict_count, claim_count);
    -- seq is the storage order (an INTEGER PRIMARY KEY keeps it through VACUUM, unlike a bare rowid);
    -- id is the article's own key. story_id is checked at commit, so a batch may store articles before its stories.
    CREATE TABLE articles (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      content_hash TEXT NOT NULL UNIQUE,
      canonical_url TEXT UNIQUE,
      source TEXT NOT NULL,
      outlet TEXT,
      title TEXT,
      published TEXT,
      language TEXT NOT NULL,
      story_id TEXT REFERENCES stories (id) DEFERRABLE INITIALLY DEFERRED,
      stored_at TEXT NOT NULL,
      json TEXT NOT NULL
    );
    CREATE INDEX articles_by_story ON articles (story_id);
    CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    -- articles are never rewritten, so their index needs no copy of the text (contentless, rowid = articles.seq)
    CREATE VIRTUAL TABLE article_search USING fts5 (title, text, content = '');
    CREATE VIRTUAL TABLE story_search USING fts5 (story_id UNINDEXED, title, claims);
  `);
}

/** Ordered: migration k (0-based) takes a database from version k to k + 1. Append only, never edit a shipped one. */
const MIGRATIONS: Migration[] = [createTables];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

export function readVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a database written by a newer Corroborate before anything touches the file. */
export function checkVersion(db: Database.Database, dbPath: string): number {
  const version = readVersion(db);
  if (version > SCHEMA_VERSION) {
    throw new CorroborateError(
      'STORE_TOO_NEW',
      `database ${dbPath} has schema version ${version}, newer than this Corroborate knows (${SCHEMA_VERSION}); upgrade Corroborate to open it (the file was not changed)`,
    );
  }
  return version;
}

/** Brings the schema up to SCHEMA_VERSION, one transaction per step so a crash leaves a consistent version. */
export function migrate(db: Database.Database, from: number): void {
  for (let v = from; v < SCHEMA_VERSION; v++) {
    db.transaction(() => {
      // another process may have migrated while we waited for the write lock
      if (readVersion(db) > v) return;
      MIGRATIONS[v]!(db);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}
