/** Binary classification figures, with "paraphrase" as the positive class. */
export interface BinaryMetrics {
  readonly accuracy: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Threshold grid step: scores are probabilities, and a 0.005 step is finer than CV noise on ~400 pairs. */
const THRESHOLD_STEP = 0.005;

export function measureBinary(predicted: readonly boolean[], gold: readonly boolean[]): BinaryMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  predicted.forEach((p, i) => {
    if (p && gold[i]) tp++;
    else if (p) fp++;
    else if (gold[i]) fn++;
    else tn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { accuracy: (tp + tn) / Math.max(predicted.length, 1), precision, recall, f1 };
}

/**
 * The threshold in [0,1] that maximises accuracy of `score >= threshold` on these (training) scores; ties go to
 * the middle of the best run, which generalises better than its edge.
 */
export function pickThreshold(scores: readonly number[], gold: readonly boolean[]): number {
  let best = -1;
  let bestRun: number[] = [];
  for (let t = 0; t <= 1 + 1e-9; t += THRESHOLD_STEP) {
    const accuracy = measureBinary(
      scores.map((s) => s >= t),
      gold,
    ).accuracy;
    if (accuracy > best + 1e-12) {
      best = accuracy;
      bestRun = [t];
    } else if (Math.abs(accuracy - best) <= 1e-12) bestRun.push(t);
  }
  return bestRun[Math.floor(bestRun.length / 2)] ?? 0.5;
}

/** Deterministic fold of each item (0..folds-1) after a seeded shuffle, so CV figures are reproducible. */
export function assignFolds(count: number, folds: number, seed: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  let state = seed >>> 0;
  for (let i = count - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const fold = new Array<number>(count).fill(0);
  order.forEach((item, rank) => {
    fold[item] = rank % folds;
  });
  return fold;
}
