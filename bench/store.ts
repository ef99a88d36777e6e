// Storage-step speed of the SQLite store. Run: node --import tsx bench/store.ts [articles]
// Articles are annotated and stories analysed first (not timed); then only the store calls are timed:
// putArticles in ingest-sized batches (target >= 1,000 articles/s), then listing and reading stories with all of
// them stored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzeStory } from '../src/compare/analyze-story.ts';
import type { StoryAnalysis } from '../src/compare/types.ts';
import { DEFAULT_BATCH_SIZE } from '../src/ingest-store.ts';
import { type AnnotatedArticle, annotateArticle } from '../src/pipeline.ts';
import { openSqliteStore } from '../src/store/sqlite/open.ts';
import type { Store } from '../src/store/types.ts';
import { makeSyntheticRecords } from '../test/store-synthetic.ts';

const ARTICLES = Number(process.argv[2] ?? 10_000);
/** Matches the synthetic generator: consecutive records of one story. */
const PER_STORY = 8;
/** Timed repetitions of each read, so one slow call (GC, page cache) does not decide the figure. */
const READ_REPEATS = 50;

function annotateAll(): AnnotatedArticle[] {
  return makeSyntheticRecords(ARTICLES).map((r) =>
    annotateArticle({ id: r.id, source: `bench:${r.id}`, title: r.title, byline: null, published: r.published, outlet: r.outlet, url: null, language: 'en', text: r.text, removed: [], removedSpans: [], headings: [], dateline: null, warnings: [] }),
  );
}

function timeMs(fn: () => unknown, repeats = 1): number {
  const t0 = performance.now();
  for (let k = 0; k < repeats; k++) fn();
  return (performance.now() - t0) / repeats;
}

function putAll(store: Store, articles: AnnotatedArticle[]): number {
  return timeMs(() => {
    for (let k = 0; k < articles.length; k += DEFAULT_BATCH_SIZE) store.putArticles(articles.slice(k, k + DEFAULT_BATCH_SIZE), new Map());
  });
}

function putStories(store: Store, articles: AnnotatedArticle[]): number {
  const stories: StoryAnalysis[] = [];
  for (let k = 0; k < articles.length; k += PER_STORY) stories.push(analyzeStory(`story-${k / PER_STORY + 1}`, articles.slice(k, k + PER_STORY)));
  const ms = timeMs(() => store.transaction(() => {
      for (const s of stories) store.putStory(s);
    }));
  return stories.length / (ms / 1000);
}

/** What StoryTracker.catchUp reads on a process start (src/store/story-tracker.ts, REPLAY_PAGE = 500). */
function readSummaryPages(store: Store): number {
  let n = 0;
  for (let page = store.listArticleSummaries({ limit: 500 }); page.length > 0; page = store.listArticleSummaries({ offset: n, limit: 500 })) n += page.length;
  return n;
}

function main(): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-bench-store-'));
  try {
    const t0 = performance.now();
    const articles = annotateAll();
    console.log(`prepared ${ARTICLES} annotated articles in ${((performance.now() - t0) / 1000).toFixed(1)} s (not timed below)`);
    const store = openSqliteStore(path.join(dir, 'bench.db'));
    const putMs = putAll(store, articles);
    console.log(`putArticles, batches of ${DEFAULT_BATCH_SIZE}: ${Math.round(ARTICLES / (putMs / 1000))} articles/s (${(putMs / 1000).toFixed(2)} s; target >= 1000/s)`);
    console.log(`putStory (one transaction): ${Math.round(putStories(store, articles))} stories/s`);
    const stories = store.listStories().length;
    console.log(`with ${store.countArticles()} articles and ${stories} stories stored:`);
    for (const sort of ['newest', 'most-covered', 'most-disputed'] as const) {
      console.log(`  listStories sort=${sort} (all ${stories}): ${timeMs(() => store.listStories({ sort }), READ_REPEATS).toFixed(2)} ms; first 50: ${timeMs(() => store.listStories({ sort, limit: 50 }), READ_REPEATS).toFixed(2)} ms`);
    }
    console.log(`  listStories q=<a story's place>: ${timeMs(() => store.listStories({ q: 'Kakakalo' }), READ_REPEATS).toFixed(2)} ms`);
    const id = store.listStories({ limit: 1 })[0]!.id;
    console.log(`  getStory: ${timeMs(() => store.getStory(id), READ_REPEATS).toFixed(3)} ms; getStory + its articles: ${timeMs(() => store.getStory(id)!.articleIds.map((a) => store.getArticle(a)), READ_REPEATS).toFixed(3)} ms`);
    console.log(`  getStory + its article summaries (story page): ${timeMs(() => store.getArticleSummaries(store.getStory(id)!.articleIds), READ_REPEATS).toFixed(3)} ms`);
    console.log(`  listArticles (all, parsed full records): ${timeMs(() => store.listArticles()).toFixed(0)} ms`);
    console.log(`  replay read (listArticleSummaries, all, in replay pages of 500): ${timeMs(() => readSummaryPages(store)).toFixed(0)} ms`);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
