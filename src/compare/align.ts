import { claimSimilarity, type StemStats } from './claim-similarity.ts';
import { type PreparedSentence, scorePrepared } from './similarity.ts';
import type { Neighbor } from './text-pairs.ts';

export interface Alignment {
  aSentence: number;
  bSentence: number;
  score: number;
}

/**
 * A sentence pair this similar is one sentence copied or reworded (not merely the same fact): set above the
 * same-claim threshold so that two reporters describing one event do not align. Checked on shared/seeds, where
 * 002 rewrites 000's facts in 000's order and 004 (independent) does not align with 001.
 */
export const ALIGN_THRESHOLD = 0.6;

/** A claim sentence ready for comparison: cheap word sets, and the model's preparation on demand. */
export interface PreparedEntry {
  /** The text's key in its story (`t` + textId): the similarity cache's key, shared by identical sentences. */
  key: string;
  /** Id of the distinct text in the story's TextPool. */
  textId: number;
  index: number;
  text: string;
  /** Lower-cased content words (candidate filtering). */
  words: Set<string>;
  /** Porter stems of content words (the overlap measures). */
  content: Set<string>;
  /** The paraphrase model's preparation, computed on first use (about 1 ms a sentence with WordNet). */
  readonly prepared: PreparedSentence;
}

export interface PreparedArticle {
  id: string;
  /** Only claim sentences, in order. */
  sentences: PreparedEntry[];
}

/**
 * Overlap below which the paraphrase model is not asked: a pair sharing this little weighted content is rarely one
 * fact reworded, and the model costs ~70 us a pair plus ~1 ms to prepare each sentence (WordNet), which made
 * claim grouping 80% of analyzeStory (bench/analyze.ts). The demo and seed tests keep their claims at 0.25.
 */
export const MODEL_FLOOR = 0.25;
/** Overlap at which a pair is grouped whatever the model says (the claim threshold): the model cannot change it. */
export const MODEL_CEILING = 0.42;

/** Pair scores of one story, so families, claims and the brief score each pair once. */
export type SimilarityCache = Map<string, number>;

/** Same-fact similarity of two sentences: the paraphrase model or the weighted content overlap, whichever is higher. */
export function sentenceSimilarity(a: PreparedEntry, b: PreparedEntry, stats: StemStats, cache?: SimilarityCache): number {
  const key = a.key < b.key ? `${a.key}|${b.key}` : `${b.key}|${a.key}`;
  const hit = cache?.get(key);
  if (hit !== undefined) return hit;
  const overlap = claimSimilarity(a, b, stats);
  const score = overlap < MODEL_FLOOR || overlap >= MODEL_CEILING ? overlap : Math.max(overlap, scorePrepared(a.prepared, b.prepared).score);
  cache?.set(key, score);
  return score;
}

/**
 * Aligns every article of a story with every later one: the best one-to-one sentence pairs (greedy by score, ties
 * in reading order) among the text pairs `neighbors` lists at `threshold` or above. Copies and rewrites keep the
 * source's words, so the weighted word overlap alone decides here; the paraphrase model (which matches synonyms,
 * and costs ~1 ms a sentence to prepare) is kept for grouping claims, where independent wordings of one fact must
 * meet. Measured: findFamilies was 76% of analyzeStory with the model (bench/analyze.ts, 200 synthetic articles).
 */
export class StoryAligner {
  /** Where each distinct text is printed: article index and sentence index, flattened, articles in order. */
  private readonly places = new Map<number, number[]>();
  /** Each text's neighbours at the threshold or above, flattened: text id, then the rank of the overlap. */
  private readonly near: number[][];
  /** Distinct overlaps at the threshold or above, highest first: rank k is scores[k]. */
  private readonly scores: number[];
  /** One more than the highest sentence index: a candidate packs as (rank * span + aSentence) * span + bSentence. */
  private readonly span: number;
  /** Whether every packed candidate is an exact integer in a double (always, short of million-sentence articles). */
  private readonly packable: boolean;

  constructor(
    private readonly articles: readonly PreparedArticle[],
    neighbors: Neighbor[][],
    threshold = ALIGN_THRESHOLD,
  ) {
    let span = 1;
    articles.forEach((article, k) => {
      for (const y of article.sentences) {
        const list = this.places.get(y.textId);
        if (list) list.push(k, y.index);
        else this.places.set(y.textId, [k, y.index]);
        span = Math.max(span, y.index + 1);
      }
    });
    const kept = neighbors.map((list) => (list ?? []).filter((n) => n.overlap >= threshold));
    this.scores = [...new Set(kept.flatMap((list) => list.map((n) => n.overlap)))].sort((x, y) => y - x);
    const rankOf = new Map(this.scores.map((score, rank) => [score, rank]));
    this.near = kept.map((list) => list.flatMap((n) => [n.textId, rankOf.get(n.overlap)!]));
    this.span = span;
    this.packable = this.scores.length * span * span <= Number.MAX_SAFE_INTEGER;
  }

  /**
   * Article `i`'s alignments with each later article `j` (at index j; none where nothing aligns). The candidate
   * pairs are gathered from where each neighbouring text is printed, so an article pair sharing no neighbour costs
   * nothing: findFamilies takes every pair of a story's articles, and most pairs share none.
   */
  alignWithLater(i: number): Alignment[][] {
    // Per later article: candidate pairs as triples (rank, aSentence, bSentence).
    const candidates: number[][] = [];
    for (const x of this.articles[i]!.sentences) {
      const near = this.near[x.textId] ?? [];
      for (let m = 0; m < near.length; m += 2) {
        const places = this.places.get(near[m]!) ?? [];
        for (let k = 0; k < places.length; k += 2) {
          const j = places[k]!;
          if (j > i) (candidates[j] ??= []).push(near[m + 1]!, x.index, places[k + 1]!);
        }
      }
    }
    return candidates.map((triples) => this.pickOneToOne(triples, this.articles[i]!));
  }

  /**
   * The best one-to-one pairs among candidate triples of sentences of `a` and another article: greedy by score,
   * ties in reading order, returned in A's order. It runs for every pair of a story's articles, and wire copies
   * align nearly every pair (12 stored stories: 17,000 pairs, 22 candidates each), so it works in scratch arrays:
   * the candidates packed into numbers sort without a comparator, and a sentence is marked taken by the call's
   * number. Half the time of sorting objects and keeping sets.
   */
  private pickOneToOne(triples: number[], a: PreparedArticle): Alignment[] {
    const count = triples.length / 3;
    const span = this.span;
    const taken = startPicking(span);
    const take = (rank: number, aSentence: number, bSentence: number) => {
      if (taken.a[aSentence] === taken.call || taken.b[bSentence] === taken.call) return;
      taken.a[aSentence] = taken.b[bSentence] = taken.call;
      taken.partner[aSentence] = bSentence;
      taken.rank[aSentence] = rank;
    };
    if (this.packable) {
      const keys = sortedKeys(triples, span);
      for (let k = 0; k < count; k++) {
        const key = keys[k]!;
        const b = key % span;
        const rest = (key - b) / span;
        const a = rest % span;
        take((rest - a) / span, a, b);
      }
    } else {
      const order = Array.from({ length: count }, (_, k) => 3 * k);
      order.sort((p, q) => triples[p]! - triples[q]! || triples[p + 1]! - triples[q + 1]! || triples[p + 2]! - triples[q + 2]!);
      for (const p of order) take(triples[p]!, triples[p + 1]!, triples[p + 2]!);
    }
    // A's sentences are in reading order, and every candidate is one of them.
    const out: Alignment[] = [];
    for (const { index } of a.sentences) {
      if (taken.a[index] === taken.call) out.push({ aSentence: index, bSentence: taken.partner[index]!, score: this.scores[taken.rank[index]!]! });
    }
    return out;
  }
}

/**
 * Scratch of pickOneToOne, kept between calls: sort keys; per sentence of A or B, the call that took it; per
 * sentence of A, its partner in B and the rank of their score.
 */
const scratch = { keys: new Float64Array(64), a: new Int32Array(64), b: new Int32Array(64), partner: new Int32Array(64), rank: new Int32Array(64), call: 0 };

/** Starts a pickOneToOne call over sentence indices below `span`: nothing is taken. */
function startPicking(span: number): typeof scratch {
  if (scratch.a.length < span) {
    const size = 2 * span;
    Object.assign(scratch, { a: new Int32Array(size), b: new Int32Array(size), partner: new Int32Array(size), rank: new Int32Array(size), call: 0 });
  }
  if (++scratch.call === 0x7fffffff) {
    scratch.a.fill(0);
    scratch.b.fill(0);
    scratch.call = 1;
  }
  return scratch;
}

/** Triples (rank, aSentence, bSentence) packed as (rank * span + aSentence) * span + bSentence, sorted. */
function sortedKeys(triples: number[], span: number): Float64Array {
  const count = triples.length / 3;
  if (scratch.keys.length < count) scratch.keys = new Float64Array(2 * count);
  const keys = scratch.keys.subarray(0, count);
  for (let k = 0; k < count; k++) keys[k] = (triples[3 * k]! * span + triples[3 * k + 1]!) * span + triples[3 * k + 2]!;
  // Insertion sort for the usual few dozen (no call into the runtime), the built-in sort beyond.
  if (count > 32) return keys.sort();
  for (let k = 1; k < count; k++) {
    const key = keys[k]!;
    let m = k;
    for (; m > 0 && keys[m - 1]! > key; m--) keys[m] = keys[m - 1]!;
    keys[m] = key;
  }
  return keys;
}

/** Length of the longest run of alignments in the same order in both articles (longest increasing subsequence). */
export function inOrderCount(alignments: Alignment[]): number {
  const tails: number[] = [];
  // Alignments usually come in A's order (StoryAligner gives them so): then there is nothing to sort.
  const inOrder = alignments.every((p, k) => k === 0 || alignments[k - 1]!.aSentence <= p.aSentence);
  for (const p of inOrder ? alignments : [...alignments].sort((x, y) => x.aSentence - y.aSentence)) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < p.bSentence) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = p.bSentence;
  }
  return tails.length;
}
