/** Watching feeds: poll, read new items, store them with stories kept current (`corroborate watch`). */
export { type FeedState, loadFeedState, MAX_ITEM_ATTEMPTS } from './feed-state.ts';
export { formatReport } from './format-report.ts';
export { type PollContext, pollFeed } from './poll-feed.ts';
export { DEFAULT_INTERVAL_MS, type FeedReport, MIN_INTERVAL_MS, type WatchOptions, type WatchSummary } from './types.ts';
export { watchFeeds } from './watch-feeds.ts';
