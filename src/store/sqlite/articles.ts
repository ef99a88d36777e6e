import type Database from 'better-sqlite3';
import { contentId } from '../../ingest/id.ts';
import type { AnnotatedArticle } from '../../pipeline.ts';
import { canonicalUrl } from '../canonical-url.ts';
import type { PutResult, StoredArticle } from '../types.ts';
import { toSummaryRecord } from './summaries.ts';

interface ArticleRow {
  json: string;
  content_hash: string;
  story_id: string | null;
  stored_at: string;
}

type Skip = PutResult['skipped'][number];

/** Article reads and writes over prepared statements (prepared once per open store). */
export function prepareArticles(db: Database.Database) {
  const byId = db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE id = ?');
  const byUrl = db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE canonical_url = ?');
  const byHash = db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE content_hash = ?');
  const insert = db.prepare(`INSERT INTO articles (id, content_hash, canonical_url, source, outlet, title, published, language, story_id, stored_at, json)
    VALUES (@id, @hash, @url, @source, @outlet, @title, @published, @language, @storyId, @storedAt, @json)`);
  const index = db.prepare('INSERT INTO article_search (rowid, title, text) VALUES (?, ?, ?)');
  const summarize = db.prepare('INSERT INTO article_summaries (seq, json) VALUES (?, ?)');
  const getOne = db.prepare<[string], ArticleRow>('SELECT json, content_hash, story_id, stored_at FROM articles WHERE id = ?');
  const list = db.prepare<[number, number], ArticleRow>('SELECT json, content_hash, story_id, stored_at FROM articles ORDER BY seq LIMIT ? OFFSET ?');
  const listStory = db.prepare<[string, number, number], ArticleRow>(
    'SELECT json, content_hash, story_id, stored_at FROM articles WHERE story_id = ? ORDER BY seq LIMIT ? OFFSET ?',
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles');

  function findDuplicate(a: AnnotatedArticle, hash: string, url: string | null): Skip | null {
    const id = byId.get(a.id);
    if (id) return { id: a.id, existingId: id.id, reason: 'id' };
    const sameUrl = url ? byUrl.get(url) : undefined;
    if (sameUrl) return { id: a.id, existingId: sameUrl.id, reason: 'url' };
    const sameHash = byHash.get(hash);
    return sameHash ? { id: a.id, existingId: sameHash.id, reason: 'hash' } : null;
  }

  function putOne(a: AnnotatedArticle, storyId: string | null, storedAt: string, result: PutResult): void {
    const hash = contentId(a.text);
    const url = canonicalUrl(a.url);
    const duplicate = findDuplicate(a, hash, url);
    if (duplicate) {
      result.skipped.push(duplicate);
      return;
    }
    const row = { id: a.id, hash, url, source: a.source, outlet: a.outlet, title: a.title, published: a.published, language: a.language, storyId, storedAt, json: JSON.stringify(a) };
    const { lastInsertRowid } = insert.run(row);
    index.run(lastInsertRowid, a.title ?? '', a.text);
    summarize.run(lastInsertRowid, JSON.stringify(toSummaryRecord(a)));
    result.added.push(a.id);
  }

  const putAll = db.transaction((articles: AnnotatedArticle[], assign: Map<string, string>): PutResult => {
    const result: PutResult = { added: [], skipped: [] };
    const storedAt = new Date().toISOString();
    for (const a of articles) putOne(a, assign.get(a.id) ?? null, storedAt, result);
    return result;
  });

  return {
    // IMMEDIATE takes the write lock up front, so a second writer waits (busy_timeout) instead of failing on upgrade
    putArticles: (articles: AnnotatedArticle[], assign: Map<string, string>): PutResult => putAll.immediate(articles, assign),
    getArticle: (id: string): StoredArticle | null => toStored(getOne.get(id)),
    hasArticle: (id: string): boolean => byId.get(id) !== undefined,
    listArticles(options: { storyId?: string; limit?: number; offset?: number } = {}): StoredArticle[] {
      const limit = options.limit ?? -1;
      const offset = options.offset ?? 0;
      const rows = options.storyId === undefined ? list.all(limit, offset) : listStory.all(options.storyId, limit, offset);
      return rows.map((r) => toStored(r)!);
    },
    countArticles: (): number => count.get()!.n,
  };
}

function toStored(row: ArticleRow | undefined): StoredArticle | null {
  if (!row) return null;
  return { article: JSON.parse(row.json) as AnnotatedArticle, contentHash: row.content_hash, storyId: row.story_id, storedAt: row.stored_at };
}
