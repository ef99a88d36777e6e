import { availableParallelism } from 'node:os';
import type { Article } from '../extract/types.ts';
import type { AnnotatedArticle } from '../pipeline.ts';
import { WorkerPool } from './pool.ts';
import { type AnnotateAnswer, type Answer, type Task, unpackArticle } from './tasks.ts';
import { workerScript } from './worker-script.ts';

/**
 * annotateArticle in worker threads, for a long-running process (the server): the threads start on first use
 * (~1 s to load the models) and stay until close(). The answer is the same as annotating in this thread; the
 * caller's thread stays free meanwhile (an upload of hundreds of articles took seconds of the server's thread).
 *
 * const annotator = new WorkerAnnotator(); const a = await annotator.annotate(article); await annotator.close();
 */
export class WorkerAnnotator {
  private pool: WorkerPool<Task, Answer> | null = null;

  constructor(private readonly threads = availableParallelism()) {}

  async annotate(article: Article): Promise<AnnotatedArticle> {
    this.pool ??= new WorkerPool<Task, Answer>(workerScript(), this.threads);
    const answer = (await this.pool.run({ kind: 'annotate', article })) as AnnotateAnswer;
    return unpackArticle(answer.packed);
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.close();
  }
}
