import { countDocumentFrequencies } from './background.ts';
import { countDocument } from './features.ts';
import type { SparseVector } from './sparse.ts';
import {
  addVectors,
  dotDense,
  EMPTY_VECTOR,
  listEntries,
  loadDense,
  measureNorm,
  toSparseVector,
} from './sparse.ts';
import type { Story, StoryInput } from './types.ts';
import { Vocabulary } from './vocabulary.ts';

/**
 * The reference that bench/stories.ts compares against: single-pass TF-IDF (words only, batch IDF), cosine to
 * each story centroid over all stories, one threshold, no entities, no dates, no refine.
 */
export function clusterBaseline(docs: StoryInput[], threshold: number): Story[] {
  const vocab = new Vocabulary();
  vocab.seed(countDocumentFrequencies(docs));
  const vectors = docs.map((doc) => weighWords(countDocument(doc, vocab).terms, vocab));
  const dense = new Float64Array(vocab.size);
  const centroids: SparseVector[] = [];
  const members: string[][] = [];
  vectors.forEach((v, i) => {
    loadDense(dense, v);
    let best = -1;
    let bestScore = threshold;
    centroids.forEach((c, s) => {
      const score = dotDense(dense, c) / (measureNorm(c) || 1);
      if (score >= bestScore) [best, bestScore] = [s, score];
    });
    loadDense(dense, v, true);
    if (best < 0) [best] = [centroids.push(EMPTY_VECTOR) - 1, members.push([])];
    centroids[best] = addVectors(centroids[best]!, v);
    members[best]!.push(docs[i]!.id);
  });
  return members.map((articleIds, s) => ({ id: `baseline-${s + 1}`, articleIds }));
}

function weighWords(counts: SparseVector, vocab: Vocabulary): SparseVector {
  const entries = listEntries(counts).map(([id, tf]): [number, number] => [id, (1 + Math.log(tf)) * vocab.idf(id)]);
  const norm = Math.sqrt(entries.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
  return toSparseVector(entries.map(([id, w]) => [id, w / norm]));
}
