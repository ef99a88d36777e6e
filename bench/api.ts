/**
 * API latency over the real HTTP server with a large store: p50/p99 of GET /api/stories/:id (target p99 <= 50 ms)
 * and of the story list (newest, most-disputed, a search), measured from a client on 127.0.0.1.
 *
 * The store is filled quickly and realistically: the demo corpus's eight dam-failure articles are annotated and
 * analysed once with the real pipeline, then copied under new ids (a unique closing line keeps each copy's content
 * hash distinct) into stories of eight, with the analysis re-keyed to the copies. So every story page costs what a
 * real eight-article story costs (about 45 KB of stored JSON per article, 49 claims, 5 conflicts).
 *
 * POST /api/ingest is not measured here: the copies are near-identical texts, which the story clusterer (replayed over
 * the whole store on every ingest call, see src/store/story-tracker.ts) would merge into one giant story, so the figure
 * would measure that pathology rather than a real ingest.
 *
 * Run: node --import tsx bench/api.ts [--articles 10000] [--requests 1000] [--db PATH (kept; default a temp file)]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeStory } from '../src/compare/analyze-story.ts';
import type { StoryAnalysis } from '../src/compare/types.ts';
import { isRejected } from '../src/errors.ts';
import { type AnnotatedArticle, annotateArticle, readArticles } from '../src/pipeline.ts';
import { startServer } from '../src/server/serve.ts';
import { openSqliteStore, type Store } from '../src/store/index.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, requests: { type: 'string', default: '1000' }, db: { type: 'string' } } });
const ARTICLES = Number(values.articles);
const REQUESTS = Number(values.requests);
/** Stories stored per transaction while filling: big enough to amortise commits, small enough to bound memory. */
const FILL_BATCH = 50;

async function loadTemplate(): Promise<{ articles: AnnotatedArticle[]; story: StoryAnalysis }> {
  const articles: AnnotatedArticle[] = [];
  for await (const a of readArticles([path.resolve(import.meta.dirname, '..', 'demo', 'corpus')])) {
    if (!isRejected(a) && !a.source.includes('port-strike')) articles.push(annotateArticle(a));
  }
  return { articles, story: analyzeStory('template', articles) };
}

/** Copy `k` of the template: new article ids and texts, the analysis re-keyed to them. */
function copyStory(template: { articles: AnnotatedArticle[]; story: StoryAnalysis }, k: number) {
  const rename = new Map(template.articles.map((a) => [a.id, `b${k}-${a.id}`]));
  const articles = template.articles.map((a) => ({ ...a, id: rename.get(a.id)!, url: null, text: `${a.text}\n\nBench copy ${k}.` }));
  let json = JSON.stringify({ ...template.story, id: `bench-${k}`, title: `${template.story.title} (${k})` });
  for (const [from, to] of rename) json = json.replaceAll(`"${from}"`, `"${to}"`);
  return { articles, story: JSON.parse(json) as StoryAnalysis };
}

async function fill(store: Store, count: number): Promise<string[]> {
  const template = await loadTemplate();
  const stories = Math.ceil(count / template.articles.length);
  const ids: string[] = [];
  const started = performance.now();
  for (let first = 0; first < stories; first += FILL_BATCH) {
    store.transaction(() => {
      for (let k = first; k < Math.min(stories, first + FILL_BATCH); k++) {
        const { articles, story } = copyStory(template, k);
        store.putArticles(articles, new Map(articles.map((a) => [a.id, story.id])));
        store.putStory(story);
        ids.push(story.id);
      }
    });
  }
  console.log(`filled ${store.countArticles()} articles in ${ids.length} stories in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return ids;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(label: string, urls: string[]): Promise<void> {
  const times: number[] = [];
  let bytes = 0;
  for (const url of urls) {
    const t = performance.now();
    const res = await fetch(url);
    const body = await res.arrayBuffer();
    times.push(performance.now() - t);
    if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
    bytes += body.byteLength;
  }
  times.sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1).padStart(6);
  console.log(`${label.padEnd(34)} n=${String(times.length).padStart(5)}  p50 ${f(percentile(times, 50))} ms  p99 ${f(percentile(times, 99))} ms  max ${f(times.at(-1)!)} ms  ~${Math.round(bytes / times.length / 1024)} KB`);
}

async function main(): Promise<void> {
  const dir = values.db ? null : mkdtempSync(path.join(tmpdir(), 'corroborate-bench-api-'));
  const dbPath = values.db ?? path.join(dir!, 'bench.db');
  const store = openSqliteStore(dbPath);
  const ids = store.countArticles() >= ARTICLES ? store.listStories({ limit: ARTICLES }).map((s) => s.id) : await fill(store, ARTICLES - store.countArticles());
  const server = await startServer({ store, port: 0, rateLimit: false, ingestRateLimit: false });
  try {
    const pick = (k: number) => ids[(k * 7919) % ids.length]!;
    await measure('warm-up', Array.from({ length: 50 }, (_, k) => `${server.url}/api/stories/${pick(k)}`));
    await measure('GET /api/stories/:id', Array.from({ length: REQUESTS }, (_, k) => `${server.url}/api/stories/${pick(k + 50)}`));
    const list = Math.max(100, REQUESTS / 5);
    await measure('GET /api/stories (newest, 50)', Array.from({ length: list }, () => `${server.url}/api/stories`));
    await measure('GET /api/stories (most-disputed, 50)', Array.from({ length: list }, () => `${server.url}/api/stories?sort=most-disputed`));
    // every story matches "seepage" (the worst case: all 10,000 articles hit); "copy 77" matches a few
    await measure('GET /api/stories?q=seepage', Array.from({ length: list }, () => `${server.url}/api/stories?q=seepage`));
    await measure('GET /api/stories?q=copy+77', Array.from({ length: list }, () => `${server.url}/api/stories?q=copy+77`));
    await measure('GET /api/articles/:id', Array.from({ length: REQUESTS }, (_, k) => `${server.url}/api/articles/b${(k * 31) % ids.length}-8ff4478b6618886a`));
  } finally {
    await server.close();
    store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
