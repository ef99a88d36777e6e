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

/**
 * Version 2: a summary of each article (metadata and sentence texts) in its own table, so story pages and the story
 * replay read ~2 KB per article instead of parsing the ~45 KB record (mostly tokens); and story_search rows keyed by
 * stories.seq, so a search reads matching stories by rowid instead of the FTS content table, and re-storing a story
 * deletes its search row by rowid instead of scanning every row for its UNINDEXED story_id; and an index from article
 * seq to story for searches that match article text.
 *
 * Existing rows are converted in place. The summary is computed here in SQL, frozen as it was when this migration
 * shipped; toSummaryRecord (summaries.ts) writes the same record for new articles (test/store-migrations.test.ts).
 */
function addSummaries(db: Database.Database): void {
  db.exec(`
    -- one row per article, same seq; a separate table (not a column after json) so reading it never walks the
    -- record's overflow pages. json() keeps the sentence array an array: a subquery's value loses its JSON subtype
    CREATE TABLE article_summaries (
      seq INTEGER PRIMARY KEY REFERENCES articles (seq),
      json TEXT NOT NULL
    );
    INSERT INTO article_summaries (seq, json)
      SELECT seq, json_object(
        'id', json ->> '$.id', 'source', json ->> '$.source', 'outlet', json ->> '$.outlet', 'title', json ->> '$.title',
        'published', json ->> '$.published', 'byline', json ->> '$.byline', 'url', json ->> '$.url', 'language', json ->> '$.language',
        'sentences', json((SELECT json_group_array(value ->> '$.text' ORDER BY key) FROM json_each(articles.json, '$.annotation.sentences'))))
      FROM articles ORDER BY seq;
    -- articles a search matched -> their stories through this index: a 45 KB article row fills a page, so looking
    -- story_id up in the table reads one page per hit (25 ms for 7,500 hits), the index reads a few (5 ms)
    CREATE INDEX articles_story_of_seq ON articles (seq, story_id);
    CREATE TEMP TABLE story_search_v1 AS SELECT story_id, title, claims FROM story_search;
    DELETE FROM story_search;
    INSERT INTO story_search (rowid, story_id, title, claims)
      SELECT s.seq, o.story_id, o.title, o.claims FROM story_search_v1 o JOIN stories s ON s.id = o.story_id;
    DROP TABLE temp.story_search_v1;
  `);
}

/** Ordered: migration k (0-based) takes a database from version k to k + 1. Append only, never edit a shipped one. */
const MIGRATIONS: Migration[] = [createTables, addSummaries];

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

/**
 * Brings the schema up to `to` (default SCHEMA_VERSION), one transaction per step so a crash leaves a consistent
 * version. Tests pass an older `to` to build a database as an older Corroborate wrote it.
 */
export function migrate(db: Database.Database, from: number, to = SCHEMA_VERSION): void {
  for (let v = from; v < to; v++) {
    db.transaction(() => {
      // another process may have migrated while we waited for the write lock
      if (readVersion(db) > v) return;
      MIGRATIONS[v]!(db);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}
