import { Worker } from 'node:worker_threads';

/** A task sent to a worker and the answer it posts back. */
interface Envelope<T> {
  id: number;
  task: T;
}

interface Reply<R> {
  id: number;
  result?: R;
  error?: string;
}

/**
 * A fixed set of worker threads running one script (JavaScript: see parallel/worker-script.ts); run() hands a task to the least busy worker and resolves with
 * its answer. Tasks and answers are structured-cloned, except the buffers given to transfer. A worker that dies fails its pending tasks and the pool.
 *
 * const pool = new WorkerPool<Task, Answer>(workerScript(), 2);
 * const answer = await pool.run(task); await pool.close();
 */
export class WorkerPool<T, R> {
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  private readonly pending = new Map<number, { worker: number; resolve: (r: R) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private failure: Error | null = null;

  /** `workerData`: handed to each worker's script (node:worker_threads workerData). */
  constructor(script: URL, size: number, options: { workerData?: unknown } = {}) {
    for (let k = 0; k < size; k++) {
      const worker = new Worker(script, { workerData: options.workerData });
      worker.on('message', (reply: Reply<R>) => this.settle(reply));
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`worker thread exited with code ${code}`));
      });
      this.workers.push(worker);
      this.load.push(0);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Hands `task` to the least busy worker; the buffers in `transfer` move to it (they are empty here afterwards). */
  run(task: T, transfer: ArrayBuffer[] = []): Promise<R> {
    if (this.failure) return Promise.reject(this.failure);
    let w = 0;
    for (let k = 1; k < this.load.length; k++) if (this.load[k]! < this.load[w]!) w = k;
    const id = this.nextId++;
    this.load[w]!++;
    return new Promise<R>((resolve, reject) => {
      this.pending.set(id, { worker: w, resolve, reject });
      const envelope: Envelope<T> = { id, task };
      this.workers[w]!.postMessage(envelope, transfer);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private settle(reply: Reply<R>): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    this.pending.delete(reply.id);
    this.load[p.worker]!--;
    if (reply.error !== undefined) p.reject(new Error(reply.error));
    else p.resolve(reply.result as R);
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }
}
