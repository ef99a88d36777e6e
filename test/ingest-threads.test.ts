// Annotation in worker threads for the store's ingest (the server's big uploads): same store as in-thread.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { IngestResponse } from '../src/api-types.ts';
import { ingestDocuments } from '../src/ingest-store.ts';
import { readJsonl } from '../src/ingest/jsonl.ts';
import { WorkerAnnotator } from '../src/parallel/annotator.ts';
import { THREADS_FROM_RECORDS } from '../src/server/ingest.ts';
import { startServer } from '../src/server/serve.ts';
import { openSqliteStore, type Store } from '../src/store/index.ts';

const CORPUS = path.resolve(import.meta.dirname, '..', 'demo', 'corpus');

/** The demo corpus in editions: each text several times with a line of its own, so no two are duplicates. */
function editions(copies: number): string {
  const texts = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(CORPUS, f), 'utf8'));
  const lines: string[] = [];
  for (let copy = 0; copy < copies; copy++) {
    texts.forEach((text, k) => {
      lines.push(JSON.stringify({ id: `e${k}-${copy}`, text: `${text}\n\nEdition ${copy}: for the readers of district ${copy + 1}.`, published: '2026-03-11' }));
    });
  }
  return `${lines.join('\n')}\n`;
}

async function* bytes(text: string): AsyncGenerator<Uint8Array> {
  yield Buffer.from(text);
}

/** Everything a reader can get back from the store: every article record and every story's analysis. */
function contents(store: Store) {
  const articles = store.listArticles().map((s) => ({ storyId: s.storyId, article: s.article }));
  const stories = store
    .listStories()
    .map((s) => store.getStory(s.id))
    .sort((a, b) => (a!.id < b!.id ? -1 : 1));
  return JSON.parse(JSON.stringify({ articles, stories }));
}

const annotator = new WorkerAnnotator(2);
afterAll(() => annotator.close());

describe('ingest with a WorkerAnnotator', () => {
  it('stores the same articles (tokens included) and stories as annotating in this thread', async () => {
    const jsonl = editions(3);
    const here = openSqliteStore(':memory:');
    const there = openSqliteStore(':memory:');
    const a = await ingestDocuments(here, readJsonl(bytes(jsonl), 'upload', 1 << 24), { batchSize: 10 });
    const b = await ingestDocuments(there, readJsonl(bytes(jsonl), 'upload', 1 << 24), { batchSize: 10, annotate: (x) => annotator.annotate(x) });
    expect(b).toEqual(a);
    expect(a.added).toBeGreaterThan(20);
    const stored = contents(there);
    expect(stored).toEqual(contents(here));
    expect(stored.articles[0].article.annotation.tokens.length).toBeGreaterThan(100);
    here.close();
    there.close();
  }, 120_000);

  it('fails the ingest, without crashing the process, when a worker cannot annotate', async () => {
    const store = openSqliteStore(':memory:');
    const failing = { annotate: () => Promise.reject(new Error('worker died')) };
    await expect(ingestDocuments(store, readJsonl(bytes(editions(1)), 'upload', 1 << 24), { batchSize: 100, annotate: failing.annotate })).rejects.toThrow('worker died');
    expect(store.countArticles()).toBe(0);
    store.close();
  });
});

describe('the server with a big upload', () => {
  it(`annotates an upload of ${THREADS_FROM_RECORDS}+ records in worker threads and answers other requests meanwhile; a small one in its own thread`, async () => {
    const store = openSqliteStore(':memory:');
    await startServer({ store, port: 0 }).then((s) => s.close()); // closes its own annotator, never started
    let calls = 0;
    const counting = {
      annotate: (x: Parameters<WorkerAnnotator['annotate']>[0]) => {
        calls++;
        return annotator.annotate(x);
      },
    };
    const server = await startServer({ store, port: 0, rateLimit: false, ingestRateLimit: false, ingest: { annotator: counting } });
    try {
      const jsonl = editions(8);
      expect(jsonl.split('\n').length).toBeGreaterThan(THREADS_FROM_RECORDS);
      const upload = fetch(`${server.url}/api/ingest`, { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: jsonl });
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
      const res = await upload;
      expect(res.status).toBe(200);
      const body = (await res.json()) as IngestResponse;
      expect(body.added).toBe(jsonl.trim().split('\n').length);
      expect(body.rejected).toEqual([]);
      expect(body.storiesUpdated).toBeGreaterThan(0);
      expect(calls).toBe(body.added);
      // A small upload stays in the server's thread.
      const small = await fetch(`${server.url}/api/ingest`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'A short new report about the flood in the valley, filed on Monday by a local reporter who visited the site.' }) });
      expect(small.status).toBe(200);
      expect(calls).toBe(body.added);
    } finally {
      await server.close();
      store.close();
    }
  }, 120_000);
});
