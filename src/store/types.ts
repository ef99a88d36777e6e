import type { StoryAnalysis } from '../compare/types.ts';
import type { AnnotatedArticle } from '../pipeline.ts';

/** A stored article: the annotated article plus what the store knows about it. */
export interface StoredArticle {
  article: AnnotatedArticle;
  /** Content hash of the text (dedupe key with the canonical URL). */
  contentHash: string;
  storyId: string | null;
  /** When it was first stored (ISO). */
  storedAt: string;
}

/**
 * What a story page or a replay needs of a stored article: its metadata and sentence texts, without tokens, offsets
 * or other annotations. Written beside the full record when the article is stored, so reading it never parses the
 * record (about 2 KB against 45 KB, most of it tokens, for a typical news article).
 */
export interface ArticleSummary {
  id: string;
  source: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  byline: string | null;
  url: string | null;
  language: string;
  /** Sentence texts by index, as `annotation.sentences[k].text`: statements and alignments refer to these indices. */
  sentences: string[];
  storyId: string | null;
  /** When it was first stored (ISO). */
  storedAt: string;
}

export interface StorySummary {
  id: string;
  title: string;
  articleCount: number;
  outletCount: number;
  claimCount: number;
  corroboratedCount: number;
  conflictCount: number;
  /** Latest publication (or storage) time among its articles, ISO. */
  updatedAt: string;
}

export interface StoryQuery {
  /** Full-text search over titles, claims and article text. */
  q?: string;
  sort?: 'newest' | 'most-covered' | 'most-disputed';
  limit?: number;
  offset?: number;
}

export interface PutResult {
  /** Articles newly stored. */
  added: string[];
  /** Articles already stored (same id, canonical URL or content hash), not stored again. */
  skipped: Array<{ id: string; existingId: string; reason: 'id' | 'url' | 'hash' }>;
}

/**
 * The storage contract every backend passes (one contract test suite, test/store-contract.ts). All writes of one
 * call are one transaction: after a crash either all of a batch is stored or none of it.
 */
export interface Store {
  /**
   * Stores articles not yet stored; dedupes by id, canonical URL and content hash. `assign` maps article id to story
   * id; a named story must exist by the end of the transaction (put it with putStory in the same transaction).
   */
  putArticles(articles: AnnotatedArticle[], assign: Map<string, string>): PutResult;
  getArticle(id: string): StoredArticle | null;
  /** Cheap existence check by id (no parsing), so ingest can skip known inputs before annotating them. */
  hasArticle(id: string): boolean;
  /** In storage order (the order they were first stored), which never changes: incremental work pages through it. */
  listArticles(options?: { storyId?: string; limit?: number; offset?: number }): StoredArticle[];
  countArticles(): number;
  /** Summaries of the given articles, in the order of `ids`; ids not stored are left out. */
  getArticleSummaries(ids: readonly string[]): ArticleSummary[];
  /** Summaries in storage order, like listArticles but without parsing full records (story replay, story pages). */
  listArticleSummaries(options?: { storyId?: string; limit?: number; offset?: number }): ArticleSummary[];
  /** Replaces a story's analysis and its membership (one transaction). */
  putStory(story: StoryAnalysis): void;
  getStory(id: string): StoryAnalysis | null;
  /** Removes a story that lost all its articles; its former members are left without a story. */
  deleteStory(id: string): void;
  listStories(query?: StoryQuery): StorySummary[];
  /** Key-value state for incremental work (e.g. the story clusterer's state), stored with the same guarantees. */
  getState(key: string): string | null;
  setState(key: string, value: string): void;
  /** Runs `fn` in one write transaction. */
  transaction<T>(fn: () => T): T;
  close(): void;
}
