import { pickMetadata } from '../../extract/article.ts';
import type Database from 'better-sqlite3';
import type { AnnotatedArticle } from '../../pipeline.ts';
import type { ArticleSummary } from '../types.ts';

/** The stored part of a summary; story and storage time come from the article's columns (the story changes). */
export type SummaryRecord = Omit<ArticleSummary, 'storyId' | 'storedAt'>;

interface SummaryRow {
  id: string;
  story_id: string | null;
  stored_at: string;
  json: string;
}

/**
 * The summary stored beside an article. Migration 2 (migrations.ts) computes the same record in SQL for articles
 * stored before it; test/store-migrations.test.ts checks the two agree.
 * @example toSummaryRecord(article).sentences[0] // 'An earthquake struck near Valparaiso on Monday.'
 */
export function toSummaryRecord(a: AnnotatedArticle): SummaryRecord {
  return {
    ...pickMetadata(a),
    sentences: a.annotation.sentences.map((s) => s.text),
  };
}

function toSummary(row: SummaryRow): ArticleSummary {
  return { ...(JSON.parse(row.json) as SummaryRecord), storyId: row.story_id, storedAt: row.stored_at };
}

const COLUMNS = 'a.id, a.story_id, a.stored_at, s.json';

/** Summary reads: one small row per article plus the article's first page (story, storage time), no record parsing. */
export function prepareSummaries(db: Database.Database) {
  const byIds = db.prepare<[string], SummaryRow>(
    `SELECT ${COLUMNS} FROM articles a JOIN article_summaries s ON s.seq = a.seq WHERE a.id IN (SELECT value FROM json_each(?))`,
  );
  // the page is picked on the summaries table (about two rows a page) rather than on articles (one 45 KB row a page),
  // so a replay's growing OFFSET skips cheap rows
  const list = db.prepare<[number, number], SummaryRow>(`SELECT ${COLUMNS} FROM article_summaries s JOIN articles a ON a.seq = s.seq
    WHERE s.seq IN (SELECT seq FROM article_summaries ORDER BY seq LIMIT ? OFFSET ?) ORDER BY s.seq`);
  const listStory = db.prepare<[string, number, number], SummaryRow>(
    `SELECT ${COLUMNS} FROM articles a JOIN article_summaries s ON s.seq = a.seq WHERE a.story_id = ? ORDER BY a.seq LIMIT ? OFFSET ?`,
  );

  return {
    getArticleSummaries(ids: readonly string[]): ArticleSummary[] {
      const rows = new Map(byIds.all(JSON.stringify(ids)).map((r) => [r.id, r]));
      return ids.flatMap((id) => {
        const row = rows.get(id);
        return row ? [toSummary(row)] : [];
      });
    },
    listArticleSummaries(options: { storyId?: string; limit?: number; offset?: number } = {}): ArticleSummary[] {
      const limit = options.limit ?? -1;
      const offset = options.offset ?? 0;
      const rows = options.storyId === undefined ? list.all(limit, offset) : listStory.all(options.storyId, limit, offset);
      return rows.map(toSummary);
    },
  };
}
