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
 * Aligns A's sentences to B's: the best one-to-one pairs (greedy by score, ties in reading order) among the text
 * pairs `neighbors` lists at `threshold` or above. Copies and rewrites keep the source's words, so the weighted
 * word overlap alone decides here; the paraphrase model (which matches synonyms, and costs ~1 ms a sentence to
 * prepare) is kept for grouping claims, where independent wordings of one fact must meet. Measured: findFamilies
 * was 76% of analyzeStory with the model (bench/analyze.ts, 200 synthetic articles).
 */
export function alignArticles(a: PreparedArticle, b: PreparedArticle, neighbors: Neighbor[][], threshold = ALIGN_THRESHOLD): Alignment[] {
  const inB = sentencesByText(b);
  const pairs: Alignment[] = [];
  for (const x of a.sentences) {
    for (const n of neighbors[x.textId] ?? []) {
      if (n.overlap < threshold) continue;
      for (const bSentence of inB.get(n.textId) ?? []) pairs.push({ aSentence: x.index, bSentence, score: n.overlap });
    }
  }
  pairs.sort((p, q) => q.score - p.score || p.aSentence - q.aSentence || p.bSentence - q.bSentence);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: Alignment[] = [];
  for (const p of pairs) {
    if (usedA.has(p.aSentence) || usedB.has(p.bSentence)) continue;
    usedA.add(p.aSentence);
    usedB.add(p.bSentence);
    out.push(p);
  }
  return out.sort((p, q) => p.aSentence - q.aSentence);
}

/** Each article's sentence indices by text, made once: findFamilies aligns every article with every other. */
const byText = new WeakMap<PreparedArticle, Map<number, number[]>>();

function sentencesByText(article: PreparedArticle): Map<number, number[]> {
  let map = byText.get(article);
  if (map === undefined) {
    map = new Map();
    for (const y of article.sentences) {
      const list = map.get(y.textId);
      if (list) list.push(y.index);
      else map.set(y.textId, [y.index]);
    }
    byText.set(article, map);
  }
  return map;
}

/** Length of the longest run of alignments in the same order in both articles (longest increasing subsequence). */
export function inOrderCount(alignments: Alignment[]): number {
  const tails: number[] = [];
  for (const p of [...alignments].sort((x, y) => x.aSentence - y.aSentence)) {
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
