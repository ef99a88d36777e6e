import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { toStoryInput } from '../src/analyze.ts';
import type { StoryAnalysis } from '../src/compare/types.ts';
import { contentId } from '../src/ingest/id.ts';
import type { AnnotatedArticle } from '../src/pipeline.ts';
import { canonicalUrl } from '../src/store/canonical-url.ts';
import { migrate, SCHEMA_VERSION } from '../src/store/sqlite/migrations.ts';
import { openSqliteStore } from '../src/store/sqlite/open.ts';
import { toSummaryRecord } from '../src/store/sqlite/summaries.ts';
import { summaryToStoryInput } from '../src/store/story-tracker.ts';
import { makeArticle, makeStory } from './store-fixtures.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-migrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const QUAKE = 'An earthquake of magnitude 6.1 struck near Valparaiso on Monday, the national seismology office said.';
const FLOOD = 'Floods closed the main bridge in “Porto Alegre” after three days of rain, city officials said on Tuesday.';

/** Writes articles and stories the way schema version 1 did (the statements of that version, verbatim in effect). */
function writeVersion1(dbPath: string, articles: AnnotatedArticle[], stories: StoryAnalysis[]): void {
  const db = new Database(dbPath);
  migrate(db, 0, 1);
  const insert = db.prepare(`INSERT INTO articles (id, content_hash, canonical_url, source, outlet, title, published, language, story_id, stored_at, json)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  db.transaction(() => {
    for (const s of stories) {
      db.prepare(`INSERT INTO stories (id, title, article_count, outlet_count, claim_count, corroborated_count, conflict_count, updated_at, json)
        VALUES (?, ?, ?, 1, ?, 0, ?, '2024-01-01', ?)`).run(s.id, s.title, s.articleIds.length, s.claims.length, s.conflicts.length, JSON.stringify(s));
      db.prepare('INSERT INTO story_search (story_id, title, claims) VALUES (?, ?, ?)').run(s.id, s.title, s.claims.map((c) => c.text).join('\n'));
    }
    for (const a of articles) {
      const storyId = stories.find((s) => s.articleIds.includes(a.id))?.id ?? null;
      const { lastInsertRowid } = insert.run(a.id, contentId(a.text), canonicalUrl(a.url), a.source, a.outlet, a.title, a.published, a.language, storyId, '2024-01-01T00:00:00.000Z', JSON.stringify(a));
      db.prepare('INSERT INTO article_search (rowid, title, text) VALUES (?, ?, ?)').run(lastInsertRowid, a.title ?? '', a.text);
    }
  })();
  expect(db.pragma('user_version', { simple: true })).toBe(1);
  db.close();
}

describe('schema migrations', () => {
  it('upgrades a version-1 database in place: summaries as new articles get them, searches and re-stores work', () => {
    const p = path.join(dir, 'v1.db');
    const arts = [makeArticle('a', QUAKE, { title: 'Chile shaken', outlet: 'Wire', url: 'https://x.example/q' }), makeArticle('b', FLOOD, { published: '2024-02-01' })];
    const stories = [makeStory('quake', [arts[0]!]), makeStory('flood', [arts[1]!])];
    writeVersion1(p, arts, stories);

    const store = openSqliteStore(p);
    try {
      const raw = new Database(p, { readonly: true });
      expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      raw.close();
      for (const a of arts) {
        const { storyId: _s, storedAt: _t, ...record } = store.getArticleSummaries([a.id])[0]!;
        expect(record).toEqual(toSummaryRecord(a));
      }
      expect(store.getArticleSummaries(['a'])[0]?.storyId).toBe('quake');
      expect(store.listStories({ q: 'seismology' }).map((s) => s.id)).toEqual(['quake']);
      expect(store.listStories({ q: 'Chile' }).map((s) => s.id)).toEqual(['quake']);
      expect(store.listStories({ q: 'Porto' }).map((s) => s.id)).toEqual(['flood']);
      // re-storing a migrated story replaces its search row rather than adding a second one
      store.putStory(stories[0]!);
      expect(store.listStories({ q: 'Chile' }).map((s) => s.id)).toEqual(['quake']);
      store.deleteStory('quake');
      expect(store.listStories({ q: 'Chile' })).toEqual([]);
      // new articles after the upgrade get summaries too
      const c = makeArticle('c', 'Lawmakers in Oslo approved the fisheries budget late on Wednesday.');
      store.putArticles([c], new Map());
      expect(store.listArticleSummaries().map((s) => s.id)).toEqual(['a', 'b', 'c']);
    } finally {
      store.close();
    }
    openSqliteStore(p).close(); // re-opening migrates nothing
  });

  it('replays the clusterer from a summary exactly as from the full article', () => {
    const store = openSqliteStore(':memory:');
    try {
      const arts = [makeArticle('a', QUAKE, { title: 'Chile shaken', published: '2024-01-01' }), makeArticle('b', `${FLOOD}\n\nMore rain is due.`)];
      store.putArticles(arts, new Map());
      for (const a of arts) expect(summaryToStoryInput(store.getArticleSummaries([a.id])[0]!)).toEqual(toStoryInput(a));
    } finally {
      store.close();
    }
  });
});
