import { PagedArray } from './paged-array.ts';

/**
 * Interned terms and their document frequencies, updated online.
 *
 * The trap: with an online IDF the first articles of a stream see nearly flat weights, so the same pair of articles
 * can score differently depending on arrival order. `seed()` starts from known frequencies (the whole batch, or a
 * background corpus) and `refine` recomputes vectors with the final frequencies.
 */
/**
 * Term -> id maps the vocabulary is spread over. One Map of a million strings rehashes all of them in one go when it
 * doubles (a 220-500 ms add() in bench/stories-latency.ts at 50,000 stories). With few shards the trap is the
 * reverse: evenly filled shards cross the same size together, so 64 shards of 16K terms gave 64 rehashes of
 * 2-5 ms within 2,000 adds, the p99 itself. 1,024 shards of ~1K terms rehash in tens of microseconds.
 */
const SHARD_BITS = 10;
const SHARDS = 1 << SHARD_BITS;

/**
 * A shard from the length and at most eight characters (the first and last four): not a full hash (the Map hashes
 * the string again anyway), mixed with murmur3's finaliser; on bench/stories-latency.ts's pseudo-words, a
 * 19-letter alphabet, no shard holds much more than its share.
 */
function pickShard(term: string): number {
  const n = term.length;
  let h = n;
  for (let i = 0; i < n && i < 4; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  for (let i = Math.max(4, n - 4); i < n; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> (32 - SHARD_BITS);
}

export class Vocabulary {
  /** Created on first use: a small vocabulary (one test, one batch) does not pay for 1,024 Maps. */
  private readonly shards: Array<Map<string, number> | undefined> = new Array(SHARDS);
  private readonly terms: string[] = [];
  private readonly df = new PagedArray();
  private extraDocuments = 0;
  documents = 0;

  get size(): number {
    return this.terms.length;
  }

  /** The id of term, interning it on first sight. */
  intern(term: string): number {
    const s = pickShard(term);
    let shard = this.shards[s];
    if (shard === undefined) this.shards[s] = shard = new Map();
    let id = shard.get(term);
    if (id === undefined) {
      id = this.terms.length;
      shard.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  term(id: number): string {
    return this.terms[id] ?? '';
  }

  /** Counts one document containing these distinct term ids (its words and its entity keys). */
  countDocument(termIds: Int32Array, entityIds: Int32Array): void {
    this.documents++;
    for (const id of termIds) this.df.add(id, 1);
    for (const id of entityIds) this.df.add(id, 1);
  }

  /** Starts from background frequencies; they count as documents already seen. */
  seed(background: { documents: number; df: Map<string, number> }): void {
    this.extraDocuments += background.documents;
    for (const [term, n] of background.df) {
      const id = this.intern(term);
      this.df.add(id, n);
    }
  }

  /** Smoothed IDF, ln((N + 1) / (df + 1)) + 1 (scikit-learn's): never 0, never negative. */
  idf(id: number): number {
    const n = this.documents + this.extraDocuments;
    return Math.log((n + 1) / (this.df.get(id) + 1)) + 1;
  }
}
