import { availableParallelism } from 'node:os';
import { type Analysis, finishAnalysis, StoryPlanner } from './analyze.ts';
import type { StoryAnalysis } from './compare/types.ts';
import { isRejected, type Rejected } from './errors.ts';
import { readInputs } from './ingest/read-inputs.ts';
import type { IngestOptions } from './ingest/types.ts';
import { WorkerPool } from './parallel/pool.ts';
import { type Answer, type ReadAnswer, readDocument, runTask, type Task } from './parallel/tasks.ts';
import type { AnnotatedArticle } from './pipeline.ts';

export interface AnalyzeInputsOptions extends IngestOptions {
  stdin?: NodeJS.ReadableStream;
  /** Worker threads for extraction, annotation and per-story analysis; 1 runs everything in this thread. */
  workers?: number;
  /** Called as each input is read (in input order), for progress bars. */
  onRead?: (item: AnnotatedArticle | Rejected) => void;
}

/**
 * Documents read in this thread before workers are started: a small batch (the demo corpus, a test) is done
 * before two workers could load their models (~1 s each: wink-nlp, then WordNet for the stories).
 */
export const PARALLEL_MIN_DOCUMENTS = 64;
/** Documents in flight per worker: enough to keep each busy while this thread reads, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 16;

/** Stories queued per worker: one running, one waiting, so a worker never idles between stories. */
const STORIES_IN_FLIGHT_PER_WORKER = 2;

/** Worker threads by default: one per core the process may use. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * The whole `analyze` job on inputs (files, folders, JSONL, URLs, stdin): read, extract and annotate each
 * document (1-3), fold duplicates and cluster stories (4, in this thread: the online pass is sequential), analyse
 * each story (5). With workers, steps 2-3 and 5 run in worker threads; the answer is the same either way, as
 * documents are taken in input order and each story is analysed on its own.
 *
 * const analysis = await analyzeInputs(['demo/corpus'], { workers: 2 });
 */
export async function analyzeInputs(inputs: string[], options: AnalyzeInputsOptions = {}): Promise<Analysis> {
  const workers = Math.max(1, Math.floor(options.workers ?? defaultWorkers()));
  let pool: WorkerPool<Task, Answer> | null = null;
  const rejected: Rejected[] = [];
  // 4 (as documents arrive). duplicates folded, the rest counted for clustering
  const planner = new StoryPlanner();
  const take = (answer: Answer | AnnotatedArticle) => {
    const item = answer as AnnotatedArticle | Rejected | ReadAnswer;
    if (isRejected(item)) rejected.push(item);
    else if ('terms' in item) planner.add(item.article, item.terms);
    else planner.add(item);
    options.onRead?.('article' in item ? item.article : item);
  };
  try {
    // 1-3. read in order; extraction and annotation in workers once the batch is big enough to repay them
    const window: Array<Promise<Answer | AnnotatedArticle>> = [];
    let seen = 0;
    for await (const raw of readInputs(inputs, options)) {
      seen++;
      if (isRejected(raw)) window.push(Promise.resolve(raw));
      else if (workers > 1 && seen > PARALLEL_MIN_DOCUMENTS) {
        pool ??= new WorkerPool<Task, Answer>(new URL('./parallel/worker-entry.mjs', import.meta.url), workers);
        window.push(pool.run({ kind: 'read', raw }));
      } else window.push(Promise.resolve(readDocument(raw)));
      while (window.length > (pool ? pool.size * IN_FLIGHT_PER_WORKER : 0)) take(await window.shift()!);
    }
    for (const p of window) take(await p);
    // 4. stories clustered
    const plan = planner.plan();
    // 5. each story analysed on its own, largest first so the pool ends evenly loaded
    let analysed: StoryAnalysis[];
    if (pool) {
      const running = pool;
      const order = plan.stories.map((s, k) => ({ ...s, k })).sort((a, b) => b.articles.length - a.articles.length);
      // Answers go back to plan order, so the result does not depend on which worker finished first.
      analysed = new Array<StoryAnalysis>(order.length);
      // A few stories in flight per worker: each task is a copy of its articles, and all at once would copy the corpus.
      let next = 0;
      const feed = async (): Promise<void> => {
        while (next < order.length) {
          const s = order[next++]!;
          analysed[s.k] = (await running.run({ kind: 'story', id: s.id, articles: s.articles })) as StoryAnalysis;
        }
      };
      await Promise.all(Array.from({ length: running.size * STORIES_IN_FLIGHT_PER_WORKER }, feed));
    } else analysed = plan.stories.map((s) => runTask({ kind: 'story', id: s.id, articles: s.articles }) as StoryAnalysis);
    return finishAnalysis(plan, analysed, rejected);
  } finally {
    await pool?.close();
  }
}
