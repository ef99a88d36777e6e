import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { getWordNet } from '../compare/wordnet.ts';
import { runTask, type Task, transferList, type WorkerOptions } from './tasks.ts';

/**
 * Heap in use after a story above which the worker collects its garbage at once. Left to itself, V8 let each
 * worker's heap grow to ~350 MB over the stories of 10,000 synthetic articles, though what a worker keeps between
 * stories (models, WordNet, caches) is ~60-80 MB and the largest story needs ~20 MB more. Measured on that batch
 * (bench/analyze.ts): peak RSS 916 MB at 160, 980 MB at 224, 1,580 MB with no limit, for 71, 69 and 70 s. A full
 * collection takes ~10-30 ms here, against hundreds of ms per story.
 */
const SOFT_HEAP_LIMIT_BYTES = 160 * 1024 * 1024;

/** V8's collector, exposed in this thread only (the flag is read when a context is created). */
function exposeCollector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
const collectGarbage = exposeCollector();

// For analyze (workerData { stories: true }), WordNet is loaded before the first task: loading it briefly takes
// ~140 MB more than the ~17 MB it keeps, and at the start that comes when the batch holds nothing else, rather
// than when every worker reaches its first (and largest) story at once. Workers that only annotate (the server's
// uploads, WorkerAnnotator) never need it.
if ((workerData as WorkerOptions | null)?.stories) {
  getWordNet();
  collectGarbage();
}

function collectAbove(bytes: number): void {
  if (getHeapStatistics().used_heap_size > bytes) collectGarbage();
}

// A worker thread of WorkerPool: runs each task it is sent and posts the answer (or the error) back with its id.
parentPort?.on('message', ({ id, task }: { id: number; task: Task }) => {
  // Before a story too: the first story comes after thousands of documents' garbage, and is one of the largest.
  if (task.kind === 'story') collectAbove(SOFT_HEAP_LIMIT_BYTES);
  try {
    const result = runTask(task);
    parentPort!.postMessage({ id, result }, transferList(result));
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
  if (task.kind === 'story') collectAbove(SOFT_HEAP_LIMIT_BYTES);
});
