import { claimSimilarity, type StemStats } from './claim-similarity.ts';
import { type PreparedSentence, scorePrepared } from './similarity.ts';

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

export interface PreparedArticle {
  id: string;
  /** Sentence index in the article -> prepared sentence; only claim sentences. */
  sentences: Array<{ index: number; prepared: PreparedSentence; words: Set<string> }>;
}

/** Same-fact similarity of two sentences: the paraphrase model or the weighted content overlap, whichever is higher. */
export function sentenceSimilarity(a: PreparedSentence, b: PreparedSentence, stats: StemStats): number {
  return Math.max(scorePrepared(a, b).score, claimSimilarity(a, b, stats));
}

/** Shares at least this many content words before the scorer is asked: a cheap filter for long stories. */
const MIN_SHARED_WORDS = 2;

function sharedWords(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/** Best one-to-one alignment of A's sentences to B's (greedy by score), keeping pairs above ALIGN_THRESHOLD. */
export function alignArticles(a: PreparedArticle, b: PreparedArticle, stats: StemStats, threshold = ALIGN_THRESHOLD): Alignment[] {
  const pairs: Alignment[] = [];
  for (const x of a.sentences) {
    for (const y of b.sentences) {
      if (sharedWords(x.words, y.words) < MIN_SHARED_WORDS) continue;
      const score = sentenceSimilarity(x.prepared, y.prepared, stats);
      if (score >= threshold) pairs.push({ aSentence: x.index, bSentence: y.index, score });
    }
  }
  pairs.sort((p, q) => q.score - p.score);
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
