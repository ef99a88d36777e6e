import { parentPort } from 'node:worker_threads';
import { runTask, type Task } from './tasks.ts';

// A worker thread of WorkerPool: runs each task it is sent and posts the answer (or the error) back with its id.
parentPort?.on('message', ({ id, task }: { id: number; task: Task }) => {
  try {
    parentPort!.postMessage({ id, result: runTask(task) });
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
