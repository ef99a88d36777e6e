import type { Rejected } from '../errors.ts';
import type { FeedItem } from '../feeds/types.ts';
import { FetchError, type FetchOptions, type FetchResult, fetchDocument } from '../fetch/index.ts';
import { type FeedEntries, fetchFeedItem, itemSource, parseEntries, rejectFetch } from '../ingest/read-url.ts';
import type { RawDocument } from '../ingest/types.ts';
import { ingestDocuments } from '../ingest-store.ts';
import type { StoryTracker } from '../store/story-tracker.ts';
import type { Store } from '../store/types.ts';
import { type FeedState, isSeen, loadFeedState, MAX_ITEM_ATTEMPTS, markSeen, recordFailure, saveFeedState } from './feed-state.ts';
import type { FeedReport } from './types.ts';

export interface PollContext {
  /** Fetch settings for the feed and its pages; its `signal` also stops the item loop. */
  fetch: FetchOptions;
  /** The watcher's clustering state, kept between items and polls. */
  tracker: StoryTracker;
}

/** One poll's bookkeeping for a feed: its state, the set view of what it has seen, and the report being built. */
interface Poll {
  store: Store;
  feedUrl: string;
  state: FeedState;
  seen: Set<string>;
  report: FeedReport;
  ctx: PollContext;
}

const stopped = (ctx: PollContext) => ctx.fetch.signal?.aborted === true;

function failFeed(report: FeedReport, ctx: PollContext, err: unknown): FeedReport {
  if (stopped(ctx)) return { ...report, status: 'interrupted' };
  const retryAfterMs = err instanceof FetchError && err.code === 'RATE_LIMITED' ? err.retryAfterMs : undefined;
  const status = retryAfterMs === undefined ? 'failed' : 'rate-limited';
  return { ...report, status, errors: [rejectFetch(report.feed, err, ctx.fetch)], ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
}

function countFailure(poll: Poll, item: FeedItem, rejected: Rejected): void {
  const gaveUp = recordFailure(poll.state, poll.seen, item);
  saveFeedState(poll.store, poll.feedUrl, poll.state);
  poll.report.errors.push(gaveUp ? { ...rejected, reason: `${rejected.reason} (given up after ${MAX_ITEM_ATTEMPTS} attempts)` } : rejected);
}

/** Stores one document; the item is marked seen in the same transaction as its article. */
async function storeItem(poll: Poll, item: FeedItem, doc: RawDocument): Promise<void> {
  const { store, feedUrl, state, seen } = poll;
  const onCommit = (s: Store) => {
    markSeen(state, seen, item);
    saveFeedState(s, feedUrl, state);
  };
  const summary = await ingestDocuments(store, [doc], { batchSize: 1, tracker: poll.ctx.tracker, onCommit });
  const rejected = summary.rejected[0];
  if (rejected) return countFailure(poll, item, rejected);
  poll.report.added += summary.added;
  poll.report.skipped += summary.skipped;
  // Text already stored is skipped before any transaction: mark it here.
  if (!isSeen(seen, item)) onCommit(store);
}

/** Reads one new item; returns false when the feed must stop for this poll (caller stop or the server's Retry-After). */
async function readItem(poll: Poll, item: FeedItem, base: string): Promise<boolean> {
  let doc: RawDocument;
  try {
    doc = await fetchFeedItem(item, base, poll.ctx.fetch);
  } catch (err) {
    if (stopped(poll.ctx)) return false;
    const rejected = rejectFetch(itemSource(item, base), err, poll.ctx.fetch);
    if (err instanceof FetchError && err.code === 'RATE_LIMITED') {
      // Not the item's fault: no failed attempt counted; the feed waits as the server asked.
      poll.report.errors.push(rejected);
      poll.report.status = 'rate-limited';
      if (err.retryAfterMs !== undefined) poll.report.retryAfterMs = err.retryAfterMs;
      return false;
    }
    countFailure(poll, item, rejected);
    return true;
  }
  await storeItem(poll, item, doc);
  return true;
}

async function readNewItems(poll: Poll, page: FetchResult, entries: FeedEntries): Promise<void> {
  // Feeds list newest first; storing oldest first keeps storage order close to publication order.
  const fresh = entries.items.filter((item) => !isSeen(poll.seen, item)).reverse();
  poll.report.newItems = fresh.length;
  for (const item of fresh) {
    if (stopped(poll.ctx)) poll.report.status = 'interrupted';
    if (poll.report.status !== 'ok' || !(await readItem(poll, item, page.url))) break;
  }
  if (stopped(poll.ctx)) poll.report.status = 'interrupted';
}

/**
 * Polls one feed: a conditional request with the validators of the last complete poll, then every item not seen
 * before is read (its page fetched, or its full content used) and stored through ingestDocuments, one transaction per
 * item that also records it as seen. The validators are saved only once every item is stored or given up on, so an
 * interrupted or partly failed poll fetches the whole feed again next time instead of getting a 304 that would hide
 * the items left over. Items that leave the feed stay stored. Feed-level failures are reported, never thrown; a
 * store failure is thrown.
 * @example const report = await pollFeed(store, 'https://ex.com/rss', { fetch: {}, tracker: new StoryTracker() });
 */
export async function pollFeed(store: Store, feedUrl: string, ctx: PollContext): Promise<FeedReport> {
  const state = loadFeedState(store, feedUrl);
  const report: FeedReport = { feed: feedUrl, status: 'ok', items: 0, newItems: 0, added: 0, skipped: 0, errors: [] };
  let page: FetchResult;
  let entries: FeedEntries;
  try {
    const cache = { etag: state.etag, lastModified: state.lastModified };
    page = await fetchDocument(feedUrl, { ...ctx.fetch, expect: 'feed', cache });
    if (page.notModified) return { ...report, status: 'not-modified' };
    entries = parseEntries(page.text, page.url);
  } catch (err) {
    return failFeed(report, ctx, err);
  }
  report.items = entries.items.length;
  for (const e of entries.errors) report.errors.push({ source: `${feedUrl}#item-${e.item + 1}`, reason: e.reason, code: 'BAD_FEED' });
  const poll: Poll = { store, feedUrl, state, seen: new Set(state.seen), report, ctx };
  await readNewItems(poll, page, entries);
  const pending = entries.items.some((item) => !isSeen(poll.seen, item));
  if (report.status === 'ok' && !pending) {
    const ids = new Set(entries.items.map((item) => item.id));
    for (const id of Object.keys(state.failures)) if (!ids.has(id)) delete state.failures[id];
    saveFeedState(store, feedUrl, { ...state, etag: page.etag, lastModified: page.lastModified });
  }
  return report;
}
