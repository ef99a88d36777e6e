import type { FeedItem } from '../feeds/types.ts';
import type { Store } from '../store/types.ts';

/**
 * What the watcher remembers of a feed, in the store's state table (key `watch:feed:<url>`), so a restart resumes
 * where it stopped: the validators of the last fully processed fetch and the items already read.
 */
export interface FeedState {
  etag: string | null;
  lastModified: string | null;
  /** Keys (ids and links) of items stored or given up on, oldest first. */
  seen: string[];
  /** Failed attempts of items not stored yet, by item id. */
  failures: Record<string, number>;
}

/**
 * Keys remembered per feed, oldest dropped first. 10,000 keys = 5,000 items (id and link each), a hundred times a
 * 50-item feed: an item gone from the feed that long will not come back, and the state stays a small JSON value.
 */
const MAX_SEEN_KEYS = 10_000;
/** Attempts before an item that keeps failing (404, no text) is given up: 3 polls rides out a site's brief outage. */
export const MAX_ITEM_ATTEMPTS = 3;

const stateKey = (feedUrl: string) => `watch:feed:${feedUrl}`;

function emptyState(): FeedState {
  return { etag: null, lastModified: null, seen: [], failures: {} };
}

/** The stored state of a feed; a missing or unreadable value starts afresh (items then dedupe by URL and text). */
export function loadFeedState(store: Store, feedUrl: string): FeedState {
  const raw = store.getState(stateKey(feedUrl));
  if (!raw) return emptyState();
  try {
    const value = JSON.parse(raw) as Partial<FeedState>;
    return {
      etag: typeof value.etag === 'string' ? value.etag : null,
      lastModified: typeof value.lastModified === 'string' ? value.lastModified : null,
      seen: Array.isArray(value.seen) ? value.seen.filter((k) => typeof k === 'string') : [],
      failures: value.failures && typeof value.failures === 'object' ? value.failures : {},
    };
  } catch {
    return emptyState();
  }
}

export function saveFeedState(store: Store, feedUrl: string, state: FeedState): void {
  if (state.seen.length > MAX_SEEN_KEYS) state.seen = state.seen.slice(-MAX_SEEN_KEYS);
  store.setState(stateKey(feedUrl), JSON.stringify(state));
}

function keysOf(item: FeedItem): string[] {
  return item.url && item.url !== item.id ? [item.id, item.url] : [item.id];
}

/** Seen by id or by link: some feeds rewrite guids, others move links; either match means already read. */
export function isSeen(seen: ReadonlySet<string>, item: FeedItem): boolean {
  return keysOf(item).some((k) => seen.has(k));
}

export function markSeen(state: FeedState, seen: Set<string>, item: FeedItem): void {
  for (const key of keysOf(item)) {
    if (seen.has(key)) continue;
    seen.add(key);
    state.seen.push(key);
  }
  delete state.failures[item.id];
}

/** Counts a failed attempt; returns true when the item is now given up (and marked seen). */
export function recordFailure(state: FeedState, seen: Set<string>, item: FeedItem): boolean {
  const attempts = (state.failures[item.id] ?? 0) + 1;
  if (attempts < MAX_ITEM_ATTEMPTS) {
    state.failures[item.id] = attempts;
    return false;
  }
  markSeen(state, seen, item);
  return true;
}
