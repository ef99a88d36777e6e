import { availableParallelism } from 'node:os';
import { type Analysis, reportOrder, type StoryPlan, StoryPlanner } from './analyze.ts';
import type { StoryAnalysis } from './compare/types.ts';
import type { DossierArticle } from './dossier/build.ts';
import type { JsonLayout } from './dossier/json.ts';
import { isRejected, type Rejected } from './errors.ts';
import { readInputs } from './ingest/read-inputs.ts';
import type { IngestOptions, RawDocument } from './ingest/types.ts';
import { parallelMinFromEnv } from './parallel/map-documents.ts';
import { runInOrder } from './parallel/ordered.ts';
import { WorkerPool } from './parallel/pool.ts';
import { workerScript } from './parallel/worker-script.ts';
import { type Answer, type ReadAnswer, runTask, type Task, transferList, unpackArticle, type WorkerOptions } from './parallel/tasks.ts';
import type { AnnotatedArticle } from './pipeline.ts';
import { PackedArticles } from './store/packed-articles.ts';

export interface AnalyzeInputsOptions extends IngestOptions {
  stdin?: NodeJS.ReadableStream;
  /** Worker threads for extraction, annotation and per-story analysis; 1 runs everything in this thread. */
  workers?: number;
  /**
   * Batches up to this many documents stay in this thread whatever `workers` says (default PARALLEL_MIN_DOCUMENTS,
   * or $CORROBORATE_PARALLEL_MIN).
   */
  parallelMin?: number;
  /** Called as each input is read (in input order), for progress bars. */
  onRead?: (item: { id: string; source: string } | Rejected) => void;
}

/** What a streamed analysis hands over as it goes (see streamAnalysis); a handler may return a promise to slow it. */
export interface AnalysisHandlers {
  /** Each article kept (exact duplicates folded), in input order, as its dossier entry, as soon as it is read. */
  onArticle?: (article: DossierArticle) => void | Promise<void>;
  /** Each story in report order (largest first), as soon as it and every larger story are analysed. */
  onStory?: (story: StoryAnalysis) => void | Promise<void>;
  /**
   * Instead of onStory: each story as its dossier entry in UTF-8 JSON (src/dossier/json.ts storyJson), written by
   * the thread that analysed it, so the analysis is never copied between threads.
   */
  onStoryJson?: (json: Uint8Array) => void | Promise<void>;
  /** How onStoryJson's entries are laid out (default `lines`, see JsonLayout). */
  jsonLayout?: JsonLayout;
}

/** What is left to say once every article and story has been handed over. */
export interface AnalysisEnd {
  articles: number;
  stories: number;
  rejected: Rejected[];
  duplicates: Analysis['duplicates'];
}

/**
 * Batches up to this many documents are done in this thread: below it, two workers that start cold (their own module
 * load and JIT warm-up, wink-nlp's model, WordNet for the stories) cost more than they save. Measured with `analyze`
 * on 2 cores: 200 synthetic articles 4.1 s in one thread and 4.7 s with two; ECB+'s 772 7.8 s and 7.9 s; 1,000
 * 10.6 s and 10.0 s (10,000: 43 s with two, 81-83 CPU-seconds).
 */
export const PARALLEL_MIN_DOCUMENTS = 800;
/** Documents in flight per worker: enough to keep each busy while this thread reads, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 16;
/** Stories running per worker: one running, one waiting, so a worker never idles between stories. */
const STORIES_IN_FLIGHT_PER_WORKER = 2;
/** Stories analysed ahead of the one being handed over, at most (each held meanwhile). */
const STORIES_AHEAD_PER_WORKER = 4;

/** Worker threads by default: one per core the process may use (as `--workers` in src/cli/options.ts). */
export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * The whole `analyze` job on inputs (files, folders, JSONL, URLs, stdin), handed over piece by piece: read,
 * extract and annotate each document (1-3), fold duplicates and cluster stories (4, in this thread: the online
 * pass is sequential), analyse each story (5). With workers, steps 2-3 and 5 run in worker threads; the answer is
 * the same either way, as documents are taken in input order and each story is analysed on its own.
 *
 * Memory stays bounded by what one story needs, not by the batch: each article is packed as soon as it is read and
 * kept in a temporary store (src/store/packed-articles.ts) until its story is analysed, and nothing is held once
 * handed over.
 *
 * const end = await streamAnalysis(['corpus/'], {}, { onArticle: write, onStory: write });
 */
export async function streamAnalysis(inputs: string[], options: AnalyzeInputsOptions, handlers: AnalysisHandlers): Promise<AnalysisEnd> {
  const run = new AnalysisRun(options, handlers);
  try {
    const plan = await run.readAll(inputs);
    return await run.analyseStories(plan);
  } finally {
    await run.close();
  }
}

/**
 * The whole `analyze` job with its result in memory (see streamAnalysis for a batch too large for that).
 *
 * const analysis = await analyzeInputs(['demo/corpus'], { workers: 2 });
 */
export async function analyzeInputs(inputs: string[], options: AnalyzeInputsOptions = {}): Promise<Analysis> {
  const stories: StoryAnalysis[] = [];
  const run = new AnalysisRun(options, { onStory: (s) => void stories.push(s) });
  try {
    const plan = await run.readAll(inputs);
    const end = await run.analyseStories(plan);
    return { articles: run.unpack(plan.keptIds), stories, rejected: end.rejected, duplicates: end.duplicates };
  } finally {
    await run.close();
  }
}

/** One analysis: its worker pool (started once the batch is big enough to repay it) and its packed articles. */
class AnalysisRun {
  private pool: WorkerPool<Task, Answer> | null = null;
  private readonly packed = new PackedArticles();
  private readonly planner = new StoryPlanner();
  private readonly rejected: Rejected[] = [];
  private readonly workers: number;
  private readonly parallelMin: number;

  constructor(
    private readonly options: AnalyzeInputsOptions,
    private readonly handlers: AnalysisHandlers,
  ) {
    this.workers = Math.max(1, Math.floor(options.workers ?? defaultWorkers()));
    this.parallelMin = options.parallelMin ?? parallelMinFromEnv(PARALLEL_MIN_DOCUMENTS);
  }

  /**
   * 1-4. Reads every input in order, hands each kept article over, and plans the stories. The first documents are
   * held until the batch proves big enough for workers: then all go to them, and this thread never loads the
   * annotation models (~110 MB); a smaller batch is done here.
   */
  async readAll(inputs: string[]): Promise<StoryPlan> {
    const window: Array<Promise<Answer>> = [];
    const early: Array<RawDocument | Rejected> = [];
    for await (const raw of readInputs(inputs, this.options)) {
      early.push(raw);
      if (!this.pool && this.workers > 1) {
        if (early.length <= this.parallelMin) continue;
        this.pool = new WorkerPool<Task, Answer>(workerScript(), this.workers, { workerData: { stories: true } satisfies WorkerOptions });
      }
      for (const doc of early.splice(0)) window.push(this.read(doc));
      while (window.length > (this.pool ? this.pool.size * IN_FLIGHT_PER_WORKER : 0)) await this.take(await window.shift()!);
    }
    for (const doc of early) window.push(this.read(doc));
    for (const p of window) await this.take(await p);
    return this.planner.plan();
  }

  /** 5. Analyses each story, largest first, handing each over in that order. */
  async analyseStories(plan: StoryPlan): Promise<AnalysisEnd> {
    const order = reportOrder(plan.stories).map((k) => plan.stories[k]!);
    const threads = this.pool?.size ?? 1;
    const { onStory, onStoryJson, jsonLayout } = this.handlers;
    const as = onStoryJson ? 'json' : 'analysis';
    await runInOrder(
      order,
      (s) => this.runTask({ kind: 'story', id: s.id, articles: s.articleIds.map((id) => this.packed.get(id)), as, layout: jsonLayout }),
      (answer) => (answer instanceof Uint8Array ? onStoryJson?.(answer) : onStory?.(answer as StoryAnalysis)),
      { concurrency: this.pool ? threads * STORIES_IN_FLIGHT_PER_WORKER : 1, window: threads * STORIES_AHEAD_PER_WORKER },
    );
    return { articles: plan.keptIds.length, stories: order.length, rejected: this.rejected, duplicates: plan.duplicates };
  }

  unpack(ids: string[]): AnnotatedArticle[] {
    return ids.map((id) => unpackArticle(this.packed.get(id)));
  }

  async close(): Promise<void> {
    this.packed.close();
    await this.pool?.close();
  }

  private read(doc: RawDocument | Rejected): Promise<Answer> {
    return isRejected(doc) ? Promise.resolve(doc) : this.runTask({ kind: 'read', raw: doc });
  }

  private runTask(task: Task): Promise<Answer> {
    if (this.pool) return this.pool.run(task, transferList(task));
    try {
      return Promise.resolve(runTask(task));
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** 4 (as documents arrive). Duplicates folded, the rest counted for clustering, packed and handed over. */
  private async take(answer: Answer): Promise<void> {
    if (isRejected(answer)) {
      this.rejected.push(answer);
      this.options.onRead?.(answer);
      return;
    }
    const { packed, entry, dossier } = answer as ReadAnswer;
    this.options.onRead?.({ id: entry.id, source: entry.source });
    if (!this.planner.add(entry)) return;
    this.packed.put(entry.id, packed);
    await this.handlers.onArticle?.(dossier);
  }
}
