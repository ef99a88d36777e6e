/** Precision, recall and their harmonic mean. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

function toPrf(precision: number, recall: number): Prf {
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** article id -> predicted cluster index. */
function labelPredicted(clusters: string[][]): Map<string, number> {
  const label = new Map<string, number>();
  clusters.forEach((ids, c) => {
    for (const id of ids) label.set(id, c);
  });
  return label;
}

/** Size of each group of ids sharing (gold, predicted) labels, and of each gold and predicted cluster. */
function countOverlaps(clusters: string[][], gold: Map<string, string>) {
  const predicted = labelPredicted(clusters);
  const both = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const predSize = new Map<number, number>();
  for (const [id, g] of gold) {
    const p = predicted.get(id) ?? -1;
    const key = g + '\u0000' + p;
    both.set(key, (both.get(key) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
  }
  return { both, goldSize, predSize, predicted };
}

function splitKey(key: string): [string, number] {
  const [g, p] = key.split('\u0000');
  return [g ?? '', Number(p)];
}

/**
 * BCubed precision/recall/F1 (Bagga & Baldwin 1998; Amigó et al. 2009) over the articles in `gold`:
 * per article, the share of its predicted cluster that shares its gold story, and vice versa.
 *
 * scoreBCubed([['a', 'b'], ['c']], new Map([['a', 'x'], ['b', 'x'], ['c', 'x']])) // P 1, R 5/9
 */
export function scoreBCubed(clusters: string[][], gold: Map<string, string>): Prf {
  const { both, goldSize, predSize } = countOverlaps(clusters, gold);
  let precision = 0;
  let recall = 0;
  for (const [key, n] of both) {
    const [g, p] = splitKey(key);
    // Each of the n articles scores n / |cluster|; an unassigned article (p = -1) counts as a singleton.
    precision += p < 0 ? 1 : (n * n) / predSize.get(p)!;
    recall += p < 0 ? 1 / goldSize.get(g)! : (n * n) / goldSize.get(g)!;
  }
  return toPrf(precision / gold.size, recall / gold.size);
}

const pairs = (n: number) => (n * (n - 1)) / 2;

/**
 * Pairwise precision/recall/F1: over all pairs of articles, "same predicted story" against "same gold story".
 *
 * scorePairwise([['a', 'b'], ['c']], new Map([['a', 'x'], ['b', 'x'], ['c', 'x']])) // P 1, R 1/3
 */
export function scorePairwise(clusters: string[][], gold: Map<string, string>): Prf {
  const { both, goldSize, predSize } = countOverlaps(clusters, gold);
  let together = 0;
  for (const [key, n] of both) if (splitKey(key)[1] >= 0) together += pairs(n);
  let predicted = 0;
  for (const [p, n] of predSize) if (p >= 0) predicted += pairs(n);
  let actual = 0;
  for (const n of goldSize.values()) actual += pairs(n);
  return toPrf(predicted === 0 ? 1 : together / predicted, actual === 0 ? 1 : together / actual);
}
