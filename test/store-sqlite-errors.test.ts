import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { CorroborateError } from '../src/errors.ts';
import { canonicalUrl } from '../src/store/canonical-url.ts';
import { resolveDbPath } from '../src/store/db-path.ts';
import { SCHEMA_VERSION } from '../src/store/sqlite/migrations.ts';
import { openSqliteStore } from '../src/store/sqlite/open.ts';
import { makeArticle } from './store-fixtures.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-store-err-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => path.join(dir, name);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof CorroborateError ? err.code : `not typed: ${String(err)}`;
  }
  return undefined;
}

function integrity(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true });
  const result = db.pragma('integrity_check', { simple: true }) as string;
  db.close();
  return result;
}

describe('sqlite store: opening and failures', () => {
  it('creates a WAL database at the current schema version', () => {
    const p = file('new.db');
    openSqliteStore(p).close();
    const db = new Database(p, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    openSqliteStore(p).close(); // re-opening migrates nothing and works
  });

  it('refuses a database from a newer version, leaving the file untouched', () => {
    const p = file('newer.db');
    const raw = new Database(p);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = readFileSync(p);
    expect(codeOf(() => openSqliteStore(p))).toBe('STORE_TOO_NEW');
    expect(() => openSqliteStore(p)).toThrow(/newer than this Corroborate knows/);
    expect(readFileSync(p).equals(before)).toBe(true);
  });

  it('reports a read-only database clearly and changes nothing', () => {
    const p = file('ro.db');
    const rw = openSqliteStore(p);
    rw.putArticles([makeArticle('a1', 'The harbour in Gdansk reopened on Monday after repairs, port officials said.')], new Map());
    rw.close();
    const ro = openSqliteStore(p, { readonly: true });
    expect(ro.countArticles()).toBe(1);
    expect(codeOf(() => ro.putArticles([makeArticle('a2', 'Trains to Krakow were cancelled on Tuesday because of snow.')], new Map()))).toBe('STORE_READ_ONLY');
    expect(codeOf(() => ro.setState('k', 'v'))).toBe('STORE_READ_ONLY');
    ro.close();
    expect(integrity(p)).toBe('ok');
    expect(codeOf(() => openSqliteStore(file('missing.db'), { readonly: true }))).toBe('NOT_FOUND');
    expect(codeOf(() => openSqliteStore(file('missing.db'), { mustExist: true }))).toBe('NOT_FOUND');
  });

  it('reports a full disk, rolls the batch back and stays intact', () => {
    const p = file('full.db');
    const store = openSqliteStore(p);
    store.putArticles([makeArticle('first', 'Ferries to Hel resumed on Wednesday, the operator said.')], new Map());
    const raw = new Database(p);
    const pages = raw.pragma('page_count', { simple: true }) as number;
    raw.close();
    const big = Array.from({ length: 300 }, (_, k) => makeArticle(`big-${k}`, `Report ${k}: `.concat('wind and rain over the coast of Pomerania. '.repeat(40))));
    store.close();
    // max_page_count is per connection: the store sets it from its option, as a capped disk would
    const again = openSqliteStore(p, { maxPages: pages + 2 });
    expect(codeOf(() => again.putArticles(big, new Map()))).toBe('STORE_FULL');
    expect(again.countArticles()).toBe(1);
    again.close();
    expect(integrity(p)).toBe('ok');
  });

  it('maps a file that is not SQLite to STORE_CORRUPT', () => {
    const p = file('garbage.db');
    writeFileSync(p, 'this is not a database at all, just some text '.repeat(200));
    expect(codeOf(() => openSqliteStore(p))).toBe('STORE_CORRUPT');
  });
});

describe('canonicalUrl', () => {
  it.each([
    ['https://News.Example.com/a/b/?utm_source=x&id=3#frag', 'https://news.example.com/a/b?id=3'],
    ['http://example.com/', 'http://example.com'],
    ['https://example.com/x?utm_medium=a&UTM_campaign=b', 'https://example.com/x'],
    ['ftp://example.com/x', null],
    ['not a url', null],
    [null, null],
  ])('%s -> %s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });
});

describe('resolveDbPath', () => {
  it('prefers --db, then CORROBORATE_DB, then the per-user data folder', () => {
    expect(resolveDbPath('/x/a.db', { CORROBORATE_DB: '/y/b.db' })).toBe('/x/a.db');
    expect(resolveDbPath(undefined, { CORROBORATE_DB: '/y/b.db' })).toBe('/y/b.db');
    expect(resolveDbPath(undefined, {})).toMatch(/corroborate[/\\].*corroborate\.db$/);
  });
});
