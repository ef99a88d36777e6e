import type Database from 'better-sqlite3';
import type { StoryAnalysis } from '../../compare/types.ts';
import type { StoryQuery, StorySummary } from '../types.ts';
import { toFtsQuery } from './search.ts';

interface SummaryRow {
  id: string;
  title: string;
  article_count: number;
  outlet_count: number;
  claim_count: number;
  corroborated_count: number;
  conflict_count: number;
  updated_at: string;
}

/** Ties broken by recency, then by creation order, so a listing is stable between calls. */
const ORDER: Record<NonNullable<StoryQuery['sort']>, string> = {
  newest: 'updated_at DESC, seq DESC',
  'most-covered': 'outlet_count DESC, article_count DESC, updated_at DESC, seq DESC',
  'most-disputed': 'conflict_count DESC, claim_count - corroborated_count DESC, updated_at DESC, seq DESC',
};

const SUMMARY_COLUMNS = 'id, title, article_count, outlet_count, claim_count, corroborated_count, conflict_count, updated_at';

/**
 * Stories matching a search: by their own title and claims, or by the title and text of any of their articles. Both
 * sides read rowids only (story_search rowid = stories.seq, article_search rowid = articles.seq). INDEXED BY: left to
 * itself the planner looks story_id up in the 45 KB article rows, one page read per hit (a search matching all 10,000
 * bench articles took 28 ms that way, 5 ms through the index; see bench/api.ts).
 */
const MATCHING = `(seq IN (SELECT rowid FROM story_search WHERE story_search MATCH @q)
  OR id IN (SELECT a.story_id FROM articles a INDEXED BY articles_story_of_seq
    WHERE a.seq IN (SELECT rowid FROM article_search WHERE article_search MATCH @q)))`;

/** Story reads and writes; a story's counts are kept in columns so listings sort without parsing JSON. */
export function prepareStories(db: Database.Database) {
  const facts = db.prepare<[string], { outlets: number; updated: string | null }>(`SELECT count(DISTINCT coalesce(outlet, source)) AS outlets,
    max(coalesce(published, stored_at)) AS updated FROM articles WHERE id IN (SELECT value FROM json_each(?))`);
  const upsert = db.prepare(`INSERT INTO stories (id, title, article_count, outlet_count, claim_count, corroborated_count, conflict_count, updated_at, json)
    VALUES (@id, @title, @articles, @outlets, @claims, @corroborated, @conflicts, @updated, @json)
    ON CONFLICT (id) DO UPDATE SET title = excluded.title, article_count = excluded.article_count, outlet_count = excluded.outlet_count,
      claim_count = excluded.claim_count, corroborated_count = excluded.corroborated_count, conflict_count = excluded.conflict_count,
      updated_at = excluded.updated_at, json = excluded.json
    RETURNING seq`);
  const leave = db.prepare('UPDATE articles SET story_id = NULL WHERE story_id = ? AND id NOT IN (SELECT value FROM json_each(?))');
  const join = db.prepare('UPDATE articles SET story_id = ? WHERE id IN (SELECT value FROM json_each(?))');
  // story_search rowid = stories.seq (schema 2), so these are rowid lookups, not scans of the UNINDEXED story_id
  const seqOf = db.prepare<[string], { seq: number }>('SELECT seq FROM stories WHERE id = ?');
  const unindex = db.prepare('DELETE FROM story_search WHERE rowid = ?');
  const index = db.prepare('INSERT INTO story_search (rowid, story_id, title, claims) VALUES (?, ?, ?, ?)');
  const getOne = db.prepare<[string], { json: string }>('SELECT json FROM stories WHERE id = ?');
  const remove = db.prepare('DELETE FROM stories WHERE id = ?');
  const orphan = db.prepare('UPDATE articles SET story_id = NULL WHERE story_id = ?');

  const put = db.transaction((story: StoryAnalysis) => {
    const members = JSON.stringify(story.articleIds);
    const { outlets, updated } = facts.get(members)!;
    const { seq } = upsert.get({
      id: story.id,
      title: story.title,
      articles: story.articleIds.length,
      outlets,
      claims: story.claims.length,
      corroborated: story.claims.filter((c) => c.status === 'corroborated').length,
      conflicts: story.conflicts.length,
      updated: updated ?? new Date().toISOString(),
      json: JSON.stringify(story),
    }) as { seq: number };
    leave.run(story.id, members);
    join.run(story.id, members);
    unindex.run(seq);
    index.run(seq, story.id, story.title, story.claims.map((c) => c.text).join('\n'));
  });
  const drop = db.transaction((id: string) => {
    const row = seqOf.get(id);
    if (!row) return;
    orphan.run(id);
    unindex.run(row.seq);
    remove.run(id);
  });

  return {
    putStory: (story: StoryAnalysis): void => put.immediate(story),
    deleteStory: (id: string): void => drop.immediate(id),
    getStory(id: string): StoryAnalysis | null {
      const row = getOne.get(id);
      return row ? (JSON.parse(row.json) as StoryAnalysis) : null;
    },
    listStories: prepareListing(db),
  };
}

type ListParams = { limit: number; offset: number; q?: string };

/** Six statements at most (three sorts, with or without a search), each prepared on first use. */
function prepareListing(db: Database.Database) {
  const statements = new Map<string, Database.Statement<[ListParams], SummaryRow>>();
  const statement = (sort: keyof typeof ORDER, search: boolean) => {
    const key = `${sort}:${search}`;
    let st = statements.get(key);
    if (!st) {
      const where = search ? `WHERE ${MATCHING}` : '';
      st = db.prepare<[ListParams], SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM stories ${where} ORDER BY ${ORDER[sort]} LIMIT @limit OFFSET @offset`);
      statements.set(key, st);
    }
    return st;
  };
  return (query: StoryQuery = {}): StorySummary[] => {
    const q = query.q === undefined ? null : toFtsQuery(query.q);
    if (query.q !== undefined && q === null) return [];
    const params = { limit: query.limit ?? -1, offset: query.offset ?? 0, ...(q === null ? {} : { q }) };
    return statement(query.sort ?? 'newest', q !== null).all(params).map(toSummary);
  };
}

function toSummary(r: SummaryRow): StorySummary {
  return {
    id: r.id,
    title: r.title,
    articleCount: r.article_count,
    outletCount: r.outlet_count,
    claimCount: r.claim_count,
    corroboratedCount: r.corroborated_count,
    conflictCount: r.conflict_count,
    updatedAt: r.updated_at,
  };
}
