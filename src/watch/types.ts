import type { Rejected } from '../errors.ts';
import type { FetchOptions } from '../fetch/types.ts';

/** What one poll of one feed did. */
export interface FeedReport {
  feed: string;
  /**
   * `ok`: fetched and its new items read; `not-modified`: 304 to the conditional request; `waiting`: skipped, the
   * server's Retry-After has not passed; `rate-limited`: a 429/503 with Retry-After, the rest waits for the next
   * poll after it; `failed`: the feed itself could not be fetched or parsed; `interrupted`: stopped by the caller.
   */
  status: 'ok' | 'not-modified' | 'waiting' | 'rate-limited' | 'failed' | 'interrupted';
  /** Items in the feed, and those not seen before (read this poll, or attempted). */
  items: number;
  newItems: number;
  added: number;
  /** New items whose article was already stored (same URL or text, e.g. from `corroborate ingest`). */
  skipped: number;
  /** The feed's own failure, or its items' (source = the item's link). */
  errors: Rejected[];
  /** How long the server asked us to wait before the next request to this feed. */
  retryAfterMs?: number;
}

export interface WatchOptions {
  /** Time between the starts of two polls of the feed list (default {@link DEFAULT_INTERVAL_MS}). */
  intervalMs?: number;
  /** Poll every feed once and return. */
  once?: boolean;
  /** Return after this many polls of the feed list (tests, bounded runs); default unbounded. */
  maxPolls?: number;
  /** How feeds and pages are fetched (allowPrivate, session, timeouts); `expect`, `cache` and `signal` are set here. */
  fetch?: FetchOptions;
  /** Stops the watch: an in-flight fetch is abandoned, a started transaction finishes, everything stored stays stored. */
  signal?: AbortSignal;
  /** Called after each feed's poll. */
  onReport?: (report: FeedReport) => void;
}

export interface WatchSummary {
  polls: number;
  added: number;
  skipped: number;
  errors: number;
  /** Feeds whose last poll failed (the feed itself, not one of its items). */
  failedFeeds: string[];
  interrupted: boolean;
}

/** 300 s: news feeds update every few minutes at most, and most publishers ask aggregators not to poll faster. */
export const DEFAULT_INTERVAL_MS = 300_000;
/** 1 s: below this, a watcher hammers the server whatever the politeness delay, for no fresher news. */
export const MIN_INTERVAL_MS = 1000;
