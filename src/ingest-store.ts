import { analyzeStory } from './compare/analyze-story.ts';
import { isRejected, type Rejected, toRejected } from './errors.ts';
import type { Article } from './extract/types.ts';
import { toArticle } from './extract/article.ts';
import type { FetchOptions } from './fetch/types.ts';
import type { RawDocument } from './ingest/types.ts';
import { type AnnotatedArticle, annotateArticle, readArticles } from './pipeline.ts';
import { StoryTracker } from './store/story-tracker.ts';
import type { Store } from './store/types.ts';

/**
 * Articles per write transaction. Measured on the 10,000-article synthetic set (test/store-synthetic.ts, 2 shared
 * cores, load ~9): one transaction (store, cluster, re-analyse touched stories) takes ~0.9 s median, 6.4 s worst, so
 * a concurrent writer's wait stays far below BUSY_TIMEOUT_MS and a crash loses about a second of work, while a story
 * that gains several articles in one batch is re-analysed once, not once per article.
 */
export const DEFAULT_BATCH_SIZE = 200;

export interface IngestProgress {
  read: number;
  added: number;
  skipped: number;
  rejected: number;
}

export interface IngestStoreOptions {
  batchSize?: number;
  /** Called after each input is read and after each committed batch. */
  onProgress?: (progress: IngestProgress) => void;
  /** Called for each input that could not be used, as it is met. */
  onRejected?: (rejected: Rejected) => void;
  /** How http(s) inputs are fetched (e.g. `{ allowPrivate: true }`). */
  fetch?: FetchOptions;
  /** Clustering state kept between calls by a long-running caller (watch), so each call need not replay the store. */
  tracker?: StoryTracker;
  /** Runs inside each batch's write transaction, after its articles are stored: state written here commits with them. */
  onCommit?: (store: Store) => void;
  /**
   * Annotates an article elsewhere (e.g. WorkerAnnotator's threads) instead of in this thread; a batch's articles
   * are annotated concurrently and stored in input order. Must give what annotateArticle gives.
   */
  annotate?: (article: Article) => Promise<AnnotatedArticle>;
}

export interface IngestSummary {
  added: number;
  /** Inputs already stored (same id, canonical URL or content hash). */
  skipped: number;
  rejected: Rejected[];
  /** Stories created or re-analysed. */
  storiesUpdated: number;
}

/** Re-analyses each touched story from its current members and stores it (a story left empty is removed). */
function updateStories(store: Store, tracker: StoryTracker, touched: Set<string>, fresh: Map<string, AnnotatedArticle>): void {
  const members = tracker.members();
  for (const storyId of touched) {
    const ids = members.get(storyId);
    if (!ids) {
      store.deleteStory(storyId);
      continue;
    }
    const articles = ids.map((id) => fresh.get(id) ?? store.getArticle(id)!.article);
    store.putStory(analyzeStory(storyId, articles));
  }
}

/** One batch, one transaction: catch up with the store, store the new articles, cluster them, re-analyse stories. */
function commitBatch(store: Store, tracker: StoryTracker, batch: AnnotatedArticle[], onCommit?: (store: Store) => void) {
  try {
    tracker.catchUp(store);
    return store.transaction(() => {
      tracker.catchUp(store);
      const touched = tracker.takeMoved();
      const put = store.putArticles(batch, new Map());
      const fresh = new Map(batch.map((a) => [a.id, a]));
      const added = put.added.map((id) => fresh.get(id)!);
      for (const id of tracker.place(added)) touched.add(id);
      updateStories(store, tracker, touched, fresh);
      onCommit?.(store);
      return { added: added.length, skipped: put.skipped.length, touched };
    });
  } catch (err) {
    tracker.reset();
    throw err;
  }
}

/**
 * Reads, annotates and stores inputs in batches, keeping stories, claims, conflicts and briefs current: each story
 * that gains an article is re-analysed in the same transaction, so a crash never leaves a half-updated story.
 * Idempotent: inputs already stored are skipped (known ids before annotation, URL/text duplicates when stored).
 * @example const { added } = await ingestIntoStore(openSqliteStore(':memory:'), ['seeds/']);
 */
export function ingestIntoStore(store: Store, inputs: string[], options: IngestStoreOptions = {}): Promise<IngestSummary> {
  return ingestArticles(store, readArticles(inputs, options.fetch ? { fetch: options.fetch } : {}), options);
}

/** The extract step of readArticles (src/pipeline.ts) over documents read elsewhere. */
async function* extractDocuments(docs: AsyncIterable<RawDocument | Rejected> | Iterable<RawDocument | Rejected>): AsyncGenerator<Article | Rejected> {
  for await (const raw of docs) {
    if (isRejected(raw)) yield raw;
    else {
      try {
        yield toArticle(raw);
      } catch (err) {
        yield toRejected(raw.source, err);
      }
    }
  }
}

/**
 * ingestIntoStore for documents already read (a feed watcher's items): extracted, annotated and stored the same way.
 * @example await ingestDocuments(store, [{ source: url, kind: 'html', content, meta: { url } }], { batchSize: 1 });
 */
export function ingestDocuments(
  store: Store,
  docs: AsyncIterable<RawDocument | Rejected> | Iterable<RawDocument | Rejected>,
  options: IngestStoreOptions = {},
): Promise<IngestSummary> {
  return ingestArticles(store, extractDocuments(docs), options);
}

/**
 * `promise`, marked as handled now: it is awaited only when its batch is stored, and a rejection in between must
 * not count as unhandled (which ends the process). The batch's Promise.all still rejects with it.
 */
function handledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

async function ingestArticles(store: Store, articles: AsyncIterable<Article | Rejected>, options: IngestStoreOptions): Promise<IngestSummary> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const tracker = options.tracker ?? new StoryTracker();
  const progress: IngestProgress = { read: 0, added: 0, skipped: 0, rejected: 0 };
  const rejected: Rejected[] = [];
  const updated = new Set<string>();
  const annotate = options.annotate;
  let batch: Array<AnnotatedArticle | Promise<AnnotatedArticle>> = [];
  const flush = async () => {
    const result = commitBatch(store, tracker, await Promise.all(batch), options.onCommit);
    progress.added += result.added;
    progress.skipped += result.skipped;
    for (const id of result.touched) updated.add(id);
    batch = [];
    options.onProgress?.({ ...progress });
  };
  for await (const item of articles) {
    progress.read++;
    if (isRejected(item)) {
      rejected.push(item);
      progress.rejected++;
      options.onRejected?.(item);
    } else if (store.hasArticle(item.id)) progress.skipped++;
    else batch.push(annotate ? handledLater(annotate(item)) : annotateArticle(item));
    if (batch.length >= batchSize) await flush();
    else options.onProgress?.({ ...progress });
  }
  if (batch.length > 0) await flush();
  return { added: progress.added, skipped: progress.skipped, rejected, storiesUpdated: updated.size };
}
