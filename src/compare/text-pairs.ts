import { claimSimilarity, type StemStats } from './claim-similarity.ts';

/** What pairing needs of a distinct sentence text (see TextPool). */
export interface PairableText {
  textId: number;
  /** Lower-cased content words: the candidate filter. */
  words: ReadonlySet<string>;
  /** Porter stems of content words: the overlap measure. */
  content: ReadonlySet<string>;
}

/** A text this similar to another: its id and the weighted content overlap (claimSimilarity). */
export interface Neighbor {
  textId: number;
  overlap: number;
}

/** Texts must share this many content words before their overlap is measured (cheap filter for long stories). */
export const MIN_SHARED_WORDS = 2;

/**
 * Every pair of distinct texts of a story sharing MIN_SHARED_WORDS content words whose overlap reaches `floor`,
 * found through an inverted index of words rather than by comparing all pairs, listed under both texts. A text is
 * its own neighbour when it has the words to pass the filter (an identical sentence in two articles is a pair).
 *
 * neighbors[t] // [{ textId: t, overlap: 1 }, { textId: 7, overlap: 0.61 }]
 */
export function findNeighbors(texts: readonly PairableText[], stats: StemStats, floor: number): Neighbor[][] {
  const neighbors: Neighbor[][] = texts.map(() => []);
  const byWord = new Map<string, number[]>();
  texts.forEach((t, i) => {
    for (const w of t.words) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  const shared = new Int32Array(texts.length);
  const touched: number[] = [];
  texts.forEach((t, i) => {
    if (t.words.size >= MIN_SHARED_WORDS) add(i, i, claimSimilarity(t, t, stats));
    for (const w of t.words) {
      for (const j of byWord.get(w)!) {
        if (j <= i) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j]!++;
      }
    }
    for (const j of touched) {
      if (shared[j]! >= MIN_SHARED_WORDS) add(i, j, claimSimilarity(t, texts[j]!, stats));
      shared[j] = 0;
    }
    touched.length = 0;
  });
  return neighbors;

  function add(i: number, j: number, overlap: number): void {
    if (overlap < floor) return;
    neighbors[texts[i]!.textId]!.push({ textId: texts[j]!.textId, overlap });
    if (i !== j) neighbors[texts[j]!.textId]!.push({ textId: texts[i]!.textId, overlap });
  }
}
