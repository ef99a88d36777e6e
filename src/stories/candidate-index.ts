import type { DocumentVectors } from './features.ts';
import type { SparseVector } from './sparse.ts';
import { MAX_CANDIDATES, POSTING_SCAN, QUERY_ENTITY_TERMS, QUERY_TEXT_TERMS } from './thresholds.ts';

/**
 * Inverted index from terms to the stories whose members were posted under them. Only an article's heaviest
 * terms are posted and only the most recent stories of a list are read, so a lookup costs
 * O(query terms x POSTING_SCAN) however many stories are live.
 *
 * add() runs this once per article, so the scratch (query keys, per-story overlap, seen stamps) lives in typed
 * arrays reused across calls: per-call Maps and tuples were a large share of the young-generation garbage whose
 * collections set the p99 of add() (bench/stories-latency.ts).
 */
export class CandidateIndex {
  private readonly postings: Array<number[] | undefined> = [];
  /** Query number at which a story was last seen, to count a story once per term (it can sit twice in a list). */
  private stamp = new Int32Array(1024);
  /** Overlap of each story with the current query; zero outside lookup(). */
  private overlap = new Float64Array(1024);
  private query = 0;
  private readonly keys = new Int32Array(QUERY_TEXT_TERMS + QUERY_ENTITY_TERMS);
  private readonly keyWeights = new Float64Array(QUERY_TEXT_TERMS + QUERY_ENTITY_TERMS);
  private keyCount = 0;
  /** The vectors `keys` was selected from: lookup() then post() of one article select once. */
  private keysOf: DocumentVectors | null = null;
  private readonly touched: number[] = [];
  /** Next posting list the incremental sweep visits. */
  private sweepAt = 0;

  post(doc: DocumentVectors, story: number): void {
    this.selectKeys(doc);
    for (let k = 0; k < this.keyCount; k++) {
      const term = this.keys[k]!;
      let list = this.postings[term];
      if (list === undefined) this.postings[term] = list = [];
      if (list[list.length - 1] === story) continue;
      list.push(story);
      // Amortised trimming: keep the most recent stories once a list is twice as long as we ever read.
      if (list.length >= 2 * POSTING_SCAN) {
        list.copyWithin(0, list.length - POSTING_SCAN);
        list.length = POSTING_SCAN;
      }
    }
  }

  /** Stories sharing heavy terms with the article, best first, at most MAX_CANDIDATES. */
  lookup(doc: DocumentVectors, isLive: (story: number) => boolean): number[] {
    this.selectKeys(doc);
    const touched = this.touched;
    touched.length = 0;
    for (let k = 0; k < this.keyCount; k++) {
      const list = this.postings[this.keys[k]!];
      if (list === undefined) continue;
      const weight = this.keyWeights[k]!;
      this.query++;
      for (let i = list.length - 1; i >= Math.max(0, list.length - POSTING_SCAN); i--) {
        const story = list[i]!;
        if (story >= this.stamp.length) this.grow(story);
        if (this.stamp[story] === this.query) continue;
        this.stamp[story] = this.query;
        if (this.overlap[story] === 0) touched.push(story);
        this.overlap[story]! += weight;
      }
    }
    const ranked: number[] = [];
    for (const story of touched) if (isLive(story)) ranked.push(story);
    ranked.sort((a, b) => this.overlap[b]! - this.overlap[a]! || a - b);
    for (const story of touched) this.overlap[story] = 0;
    if (ranked.length > MAX_CANDIDATES) ranked.length = MAX_CANDIDATES;
    return ranked;
  }

  /**
   * Drops stories that are no longer live from the next `lists` posting lists (round robin), and empty lists
   * with them: a bounded slice per call, so memory held by cold stories is reclaimed without a pause.
   */
  sweep(isLive: (story: number) => boolean, lists: number): void {
    for (let n = 0; n < lists && this.postings.length > 0; n++) {
      if (this.sweepAt >= this.postings.length) this.sweepAt = 0;
      const term = this.sweepAt++;
      const list = this.postings[term];
      if (list === undefined) continue;
      let kept = 0;
      for (const story of list) if (isLive(story)) list[kept++] = story;
      list.length = kept;
      if (kept === 0) this.postings[term] = undefined;
    }
  }

  /** The terms an article is looked up by and posted under: its heaviest words, then its heaviest entity keys. */
  private selectKeys(doc: DocumentVectors): void {
    if (this.keysOf === doc) return;
    this.keyCount = 0;
    this.selectHeaviest(doc.text, QUERY_TEXT_TERMS);
    this.selectHeaviest(doc.entities, QUERY_ENTITY_TERMS);
    this.keysOf = doc;
  }

  /**
   * Appends v's `max` heaviest entries, heaviest first, ties by id (what a stable sort by weight keeps); all of
   * them in id order when there are no more than `max`.
   */
  private selectHeaviest(v: SparseVector, max: number): void {
    const start = this.keyCount;
    if (v.ids.length <= max) {
      for (let i = 0; i < v.ids.length; i++) this.pushKey(start + i, v.ids[i]!, v.weights[i]!);
      this.keyCount = start + v.ids.length;
      return;
    }
    let size = 0;
    for (let i = 0; i < v.ids.length; i++) {
      const w = v.weights[i]!;
      if (size === max && w <= this.keyWeights[start + max - 1]!) continue;
      let p = start + Math.min(size, max - 1);
      while (p > start && this.keyWeights[p - 1]! < w) {
        this.pushKey(p, this.keys[p - 1]!, this.keyWeights[p - 1]!);
        p--;
      }
      this.pushKey(p, v.ids[i]!, w);
      if (size < max) size++;
    }
    this.keyCount = start + size;
  }

  private pushKey(at: number, term: number, weight: number): void {
    this.keys[at] = term;
    this.keyWeights[at] = weight;
  }

  private grow(story: number): void {
    const size = Math.max(story + 1, this.stamp.length * 2);
    const stamp = new Int32Array(size);
    stamp.set(this.stamp);
    this.stamp = stamp;
    const overlap = new Float64Array(size);
    overlap.set(this.overlap);
    this.overlap = overlap;
  }
}
