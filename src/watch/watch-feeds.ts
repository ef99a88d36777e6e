import { setTimeout as sleep } from 'node:timers/promises';
import { StoryTracker } from '../store/story-tracker.ts';
import type { Store } from '../store/types.ts';
import { pollFeed } from './poll-feed.ts';
import { DEFAULT_INTERVAL_MS, type FeedReport, MIN_INTERVAL_MS, type WatchOptions, type WatchSummary } from './types.ts';

/** Waits `ms` unless the signal fires first (then returns at once). */
async function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  try {
    await sleep(ms, undefined, { signal });
  } catch {
    // aborted: the loop sees the signal and stops
  }
}

function waiting(feed: string, ms: number): FeedReport {
  const retryAfterMs = Math.max(0, ms);
  return { feed, status: 'waiting', items: 0, newItems: 0, added: 0, skipped: 0, errors: [], retryAfterMs };
}

/**
 * Polls feeds until stopped: every `intervalMs` each feed is polled in turn (see pollFeed), its new items stored with
 * stories, claims and conflicts kept current. A feed whose server answered 429/503 with Retry-After is skipped until
 * then. Returns after `once` or `maxPolls` polls, or soon after `signal` aborts (the current item's transaction
 * finishes; an in-flight fetch is dropped and its item read next time).
 * @example await watchFeeds(store, ['https://ex.com/rss'], { once: true, onReport: (r) => console.log(r.status) });
 */
export async function watchFeeds(store: Store, feeds: string[], options: WatchOptions = {}): Promise<WatchSummary> {
  const intervalMs = Math.max(MIN_INTERVAL_MS, options.intervalMs ?? DEFAULT_INTERVAL_MS);
  const { signal } = options;
  const fetch = { ...options.fetch, ...(signal ? { signal } : {}) };
  const tracker = new StoryTracker();
  const notBefore = new Map<string, number>();
  const summary: WatchSummary = { polls: 0, added: 0, skipped: 0, errors: 0, failedFeeds: [], interrupted: false };
  const failed = new Set<string>();
  while (!signal?.aborted) {
    const started = Date.now();
    for (const feed of feeds) {
      if (signal?.aborted) break;
      const wait = (notBefore.get(feed) ?? 0) - Date.now();
      const report = wait > 0 ? waiting(feed, wait) : await pollFeed(store, feed, { fetch, tracker });
      if (report.status === 'rate-limited' && report.retryAfterMs !== undefined) notBefore.set(feed, Date.now() + report.retryAfterMs);
      if (report.status === 'failed' || report.status === 'rate-limited') failed.add(feed);
      else if (report.status !== 'waiting') failed.delete(feed);
      summary.added += report.added;
      summary.skipped += report.skipped;
      summary.errors += report.errors.length;
      options.onReport?.(report);
    }
    summary.polls++;
    if (options.once || (options.maxPolls !== undefined && summary.polls >= options.maxPolls)) break;
    await pause(intervalMs - (Date.now() - started), signal);
  }
  summary.interrupted = signal?.aborted === true;
  summary.failedFeeds = [...failed];
  return summary;
}
