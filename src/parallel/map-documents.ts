import { isRejected, type Rejected } from '../errors.ts';
import type { RawDocument } from '../ingest/types.ts';
import { WorkerPool } from './pool.ts';
import { type Answer, runTask, type Task, transferList } from './tasks.ts';
import { workerScript } from './worker-script.ts';

export interface MapDocumentsOptions {
  /** Worker threads once the batch is big enough (see minDocuments); 1 does everything in this thread. */
  workers: number;
  /**
   * Batches of at most this many documents are done in this thread: starting a worker (~0.2 s, more once it
   * loads the annotation models) would cost more than it saves.
   */
  minDocuments: number;
}

/**
 * $CORROBORATE_PARALLEL_MIN when set (a whole number): the batch size above which worker threads start, for tests
 * and benchmarks; `fallback` otherwise.
 */
export function parallelMinFromEnv(fallback: number): number {
  const raw = process.env['CORROBORATE_PARALLEL_MIN'];
  const n = Number(raw);
  return raw && Number.isInteger(n) && n >= 0 ? n : fallback;
}

/** Documents in flight per worker: enough to keep each busy while this thread reads and writes, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 16;

/**
 * Runs `toTask(document)` on each document read, in worker threads once the batch holds more than
 * `minDocuments`, and yields the answers in the documents' order; a rejected input is yielded as it came. The
 * answers are the same with or without workers (each task is a function of its document alone); at most
 * `workers x 16` documents are held at once.
 *
 * for await (const answer of mapDocuments(readInputs(['pages/']), (raw) => ({ kind: 'extract', raw }), { workers: 2, minDocuments: 32 })) ...
 */
export async function* mapDocuments(
  documents: AsyncIterable<RawDocument | Rejected>,
  toTask: (raw: RawDocument) => Task,
  options: MapDocumentsOptions,
): AsyncGenerator<Answer> {
  let pool: WorkerPool<Task, Answer> | null = null;
  const start = (doc: RawDocument | Rejected): Promise<Answer> => {
    if (isRejected(doc)) return Promise.resolve(doc);
    const task = toTask(doc);
    let answer: Promise<Answer>;
    if (pool) answer = pool.run(task, transferList(task));
    else {
      try {
        answer = Promise.resolve(runTask(task));
      } catch (err) {
        answer = Promise.reject(err);
      }
    }
    // Awaited in order later; a failure (a worker that died) must not count as unhandled meanwhile.
    answer.catch(() => {});
    return answer;
  };
  const window: Array<Promise<Answer>> = [];
  const early: Array<RawDocument | Rejected> = [];
  try {
    for await (const doc of documents) {
      early.push(doc);
      if (!pool && options.workers > 1) {
        if (early.length <= options.minDocuments) continue;
        pool = new WorkerPool<Task, Answer>(workerScript(), options.workers);
      }
      for (const held of early.splice(0)) window.push(start(held));
      while (window.length > (pool ? pool.size * IN_FLIGHT_PER_WORKER : 0)) yield await window.shift()!;
    }
    for (const held of early) window.push(start(held));
    while (window.length > 0) yield await window.shift()!;
  } finally {
    await pool?.close();
  }
}
