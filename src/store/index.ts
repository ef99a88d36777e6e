// Public surface of the store: the contract, the default SQLite backend and where its file lives.
export { canonicalUrl } from './canonical-url.ts';
export { DB_ENV_VAR, resolveDbPath } from './db-path.ts';
export { BUSY_TIMEOUT_MS, openSqliteStore, type SqliteStoreOptions } from './sqlite/open.ts';
export type { ArticleSummary, PutResult, Store, StoredArticle, StoryQuery, StorySummary } from './types.ts';
