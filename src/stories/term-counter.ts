import { PagedArray } from './paged-array.ts';
import type { SparseVector } from './sparse.ts';

/**
 * Counts term ids into a dense scratch array reused across articles, then hands back a sparse vector.
 *
 * Why not a Map per article: add() runs once per incoming article, and a fresh Map plus the [id, count] tuples built
 * from it were a large share of the young-generation garbage whose collections set the p99 of add()
 * (bench/stories-latency.ts). Not re-entrant: take() before counting the next article.
 */
export class TermCounter {
  private readonly counts = new PagedArray();
  private readonly touched: number[] = [];

  add(id: number, n: number): void {
    if (this.counts.get(id) === 0) this.touched.push(id);
    this.counts.add(id, n);
  }

  /** Forgets counts left by an article whose counting was interrupted (cheap when there are none). */
  reset(): void {
    for (const id of this.touched) this.counts.set(id, 0);
    this.touched.length = 0;
  }

  /** The counts so far, ids ascending; resets the counter. */
  take(): SparseVector {
    const ids = Int32Array.from(this.touched).sort();
    const weights = new Float32Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      weights[k] = this.counts.get(ids[k]!);
      this.counts.set(ids[k]!, 0);
    }
    this.touched.length = 0;
    return { ids, weights };
  }
}
