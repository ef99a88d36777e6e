import type { MatchMatrix } from './similarity-align.ts';
import type { PreparedSentence } from './similarity-prepare.ts';
import { MATCH } from './wordnet.ts';

/**
 * Meteor (Banerjee & Lavie 2005; Denkowski & Lavie 2014): a one-to-one word alignment built in stages (exact,
 * stem, synonym, WordNet neighbour), scored by the harmonic mean of precision and recall (the symmetric form:
 * MRPC pairs have no reference side) and a fragmentation penalty for matches scattered in many chunks.
 */
export interface MeteorScore {
  readonly fmean: number;
  readonly score: number;
  readonly fragmentation: number;
  /** Content words left unaligned on the side with more of them, and on the other side. */
  readonly unalignedMax: number;
  readonly unalignedMin: number;
  /** Information content (summed word weights) left unaligned, larger side and smaller side. */
  readonly unalignedWeightMax: number;
  readonly unalignedWeightMin: number;
}

/** Meteor's default penalty shape: 0.5 * (chunks / matches)^3. */
const PENALTY_GAMMA = 0.5;
const PENALTY_BETA = 3;
const STAGES = [MATCH.exact, MATCH.stem, MATCH.synonym, MATCH.related];

/** Callers pass the pair in a canonical order: the greedy alignment depends on which side is scanned first. */
export function measureMeteor(m: MatchMatrix, a: PreparedSentence, b: PreparedSentence): MeteorScore {
  const rowTo = new Int32Array(m.rows).fill(-1);
  const colTaken = new Uint8Array(m.cols);
  for (const stage of STAGES) alignStage(m, stage, rowTo, colTaken);
  let matches = 0;
  let chunks = 0;
  let previous = -2;
  let unalignedA = 0;
  let weightA = 0;
  for (let i = 0; i < m.rows; i++) {
    const j = rowTo[i]!;
    if (j < 0) {
      if (a.isContent[i]) unalignedA++;
      weightA += a.weights[i]!;
      previous = -2;
      continue;
    }
    matches++;
    if (j !== previous + 1) chunks++;
    previous = j;
  }
  let unalignedB = 0;
  let weightB = 0;
  for (let j = 0; j < m.cols; j++) {
    if (colTaken[j] === 1) continue;
    if (b.isContent[j]) unalignedB++;
    weightB += b.weights[j]!;
  }
  const precision = m.rows === 0 ? 0 : matches / m.rows;
  const recall = m.cols === 0 ? 0 : matches / m.cols;
  const fmean = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const fragmentation = matches === 0 ? 1 : chunks / matches;
  return {
    fmean,
    score: fmean * (1 - PENALTY_GAMMA * fragmentation ** PENALTY_BETA),
    fragmentation,
    unalignedMax: Math.max(unalignedA, unalignedB),
    unalignedMin: Math.min(unalignedA, unalignedB),
    unalignedWeightMax: Math.max(weightA, weightB),
    unalignedWeightMin: Math.min(weightA, weightB),
  };
}


/** Align still-free words matching at exactly this stage; among candidates, the one nearest the diagonal. */
function alignStage(m: MatchMatrix, stage: number, rowTo: Int32Array, colTaken: Uint8Array): void {
  for (let i = 0; i < m.rows; i++) {
    if (rowTo[i]! >= 0) continue;
    const target = m.rows <= 1 ? 0 : (i * (m.cols - 1)) / (m.rows - 1);
    let best = -1;
    for (let j = 0; j < m.cols; j++) {
      if (colTaken[j] === 1 || m.levels[i * m.cols + j] !== stage) continue;
      if (best < 0 || Math.abs(j - target) < Math.abs(best - target)) best = j;
    }
    if (best >= 0) {
      rowTo[i] = best;
      colTaken[best] = 1;
    }
  }
}
