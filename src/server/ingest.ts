import type { IngestRequest, IngestResponse } from '../api-types.ts';
import type { Article } from '../extract/types.ts';
import { ingestDocuments } from '../ingest-store.ts';
import { readJsonl } from '../ingest/jsonl.ts';
import { DEFAULT_MAX_BYTES } from '../ingest/types.ts';
import { StoryTracker } from '../store/story-tracker.ts';
import type { WorkerAnnotator } from '../parallel/annotator.ts';
import type { Store } from '../store/types.ts';
import { createMutex } from './mutex.ts';

/** Articles listed back in an ingest answer; a bigger upload still stores everything, the answer just counts them. */
const MAX_LISTED = 1000;

/** A JSON ingest body as JSON Lines: `jsonl` as given, `text`/`html` as one record carrying the metadata. */
export function toJsonl(body: IngestRequest): string {
  if (body.jsonl !== undefined) return body.jsonl;
  const { jsonl: _jsonl, ...record } = body;
  return `${JSON.stringify(record)}\n`;
}

async function* bytesOf(text: string): AsyncGenerator<Uint8Array> {
  yield Buffer.from(text, 'utf8');
}

/**
 * Uploads of at least this many records are annotated in worker threads (when the server has an annotator):
 * smaller ones are done before the threads could load their models (~1 s). The aim is the server thread's time, not
 * throughput, hence a lower size than analyze's (PARALLEL_MIN_DOCUMENTS).
 */
export const THREADS_FROM_RECORDS = 64;

export interface IngesterOptions {
  /** Annotates big uploads off the server's thread, so the API keeps answering meanwhile. */
  annotator?: Pick<WorkerAnnotator, 'annotate'>;
  /** Records from which the annotator is used (default THREADS_FROM_RECORDS). */
  threadsFrom?: number;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n + (text.endsWith('\n') ? 0 : 1);
}

/**
 * The API's ingest: the CLI's JSON Lines reader (src/ingest/jsonl.ts) and ingest path (src/ingest-store.ts) over an
 * uploaded text. Writes run one at a time (other processes queue on SQLite's lock), and one StoryTracker is kept for
 * the server's life, so only the first upload replays the store; later ones catch up with what was stored since.
 * Each upload's records carry the source `upload <time>:<line>`, which says where and when an article came from.
 */
export function createIngester(store: Store, options: IngesterOptions = {}) {
  const tracker = new StoryTracker();
  const writes = createMutex();
  const minRecords = options.threadsFrom ?? THREADS_FROM_RECORDS;
  return (jsonl: string): Promise<IngestResponse> =>
    writes.run(async () => {
      const source = `upload ${new Date().toISOString()}`;
      const before = store.countArticles();
      const annotator = options.annotator && countLines(jsonl) >= minRecords ? options.annotator : undefined;
      const annotate = annotator ? (a: Article) => annotator.annotate(a) : undefined;
      const summary = await ingestDocuments(store, readJsonl(bytesOf(jsonl), source, DEFAULT_MAX_BYTES), { tracker, annotate });
      // articles stored since `before` by this upload (another process may have stored some in between)
      const stored = summary.added > 0 ? store.listArticles({ offset: before }).filter((s) => s.article.source.startsWith(`${source}:`)) : [];
      return {
        added: summary.added,
        skipped: summary.skipped,
        rejected: summary.rejected.map((r) => ({ source: r.source, reason: r.reason, code: r.code })),
        storiesUpdated: summary.storiesUpdated,
        articles: stored.slice(0, MAX_LISTED).map((s) => ({ id: s.article.id, title: s.article.title, storyId: s.storyId })),
      };
    });
}
