/**
 * The HTTP API's request and response shapes, shared by the server (src/server/) and the web UI (web/), so that a
 * change here breaks the UI's compile rather than its users. Type-only: nothing here exists at run time.
 */
import type { Claim, Conflict, StoryAnalysis, StoryEntity } from './compare/types.ts';
import type { ArticleSummary, StorySummary } from './store/types.ts';
import type { Annotation } from './text/types.ts';

export type { Claim, ClaimStatus, Conflict, Family, StoryAnalysis, StoryEntity, StoryQuote, Statement, BriefSentence, TimelineEvent } from './compare/types.ts';
export type { StorySummary } from './store/types.ts';

/** Every error body: `code` is stable (clients branch on it), `message` is for people. */
export interface ApiError {
  error: { code: ApiErrorCode; message: string };
}

export type ApiErrorCode =
  | 'BAD_JSON'
  | 'BAD_REQUEST'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'STORE_BUSY'
  | 'STORE_UNAVAILABLE'
  | 'INTERNAL';

export type StorySort = 'newest' | 'most-covered' | 'most-disputed';

/** GET /api/stories query (all optional). */
export interface StoryListQuery {
  q?: string;
  sort?: StorySort;
  limit?: number;
  offset?: number;
}


/** GET /api/stories */
export interface StoryListResponse {
  stories: StorySummary[];
  sort: StorySort;
  limit: number;
  offset: number;
}

/** An article's metadata and sentence texts, enough to show citations and aligned sentence pairs. */
export type ArticleMeta = Omit<ArticleSummary, 'storyId' | 'storedAt'>;

/** GET /api/stories/:id: the story's analysis and its articles. */
export interface StoryResponse {
  story: StoryAnalysis;
  articles: ArticleMeta[];
}

/** GET /api/stories/:id/claims */
export interface ClaimsResponse {
  storyId: string;
  claims: Claim[];
}

/** GET /api/stories/:id/conflicts */
export interface ConflictsResponse {
  storyId: string;
  conflicts: Conflict[];
}

/** GET /api/stories/:id/entities */
export interface EntitiesResponse {
  storyId: string;
  entities: StoryEntity[];
}

/** GET /api/articles/:id: the article as read, with every annotation (but tokens) as offsets into `text`. */
export interface ArticleResponse extends Omit<ArticleSummary, 'sentences'>, Omit<Annotation, 'tokens'> {
  warnings: string[];
  text: string;
  /** Boilerplate found in `text` (kept in it, left out of the analysis), with the reason. */
  removed: Array<{ start: number; end: number; reason: string }>;
  headings: Array<{ start: number; end: number }>;
}

/** POST /api/ingest as JSON: exactly one of text, html or jsonl. */
export interface IngestRequest {
  text?: string;
  html?: string;
  /** JSON Lines records `{id?, text | html, title?, url?, outlet?, published?, byline?}`. */
  jsonl?: string;
  title?: string;
  url?: string;
  outlet?: string;
  published?: string;
  byline?: string;
}

/** POST /api/ingest */
export interface IngestResponse {
  added: number;
  skipped: number;
  rejected: Array<{ source: string; reason: string; code: string }>;
  storiesUpdated: number;
  /** The articles this request stored, with the story each joined. */
  articles: Array<{ id: string; title: string | null; storyId: string | null }>;
}

/** GET /api/health */
export interface HealthResponse {
  ok: true;
  articles: number;
}
