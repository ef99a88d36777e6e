import { divide } from './similarity-overlap.ts';
import type { PreparedSentence } from './similarity-prepare.ts';
import { MATCH, matchSenses } from './wordnet.ts';

/**
 * Word-to-word match strengths of two sentences (row-major, a.stems.length x b.stems.length), built once per
 * pair; every WordNet-aware feature reads it. Exact and stem matches apply to all words, WordNet ones to content
 * words only ("in" and "on" share no meaning worth counting).
 */
export interface MatchMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly levels: Uint8Array;
}

export function buildMatchMatrix(a: PreparedSentence, b: PreparedSentence): MatchMatrix {
  const rows = a.stems.length;
  const cols = b.stems.length;
  const levels = new Uint8Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) levels[i * cols + j] = matchWords(a, i, b, j);
  }
  return { rows, cols, levels };
}

function matchWords(a: PreparedSentence, i: number, b: PreparedSentence, j: number): number {
  if (a.words[i] === b.words[j]) return MATCH.exact;
  if (a.stemIds[i] === b.stemIds[j]) return MATCH.stem;
  if (!a.isContent[i] || !b.isContent[j]) return MATCH.none;
  return matchSenses(a.senses[i]!, b.senses[j]!);
}

/**
 * Share of `a`'s content words whose best match in `b` reaches `level`, in each direction, as [min, max].
 * With level = synonym this is Corley & Mihalcea's (2005) WordNet-aware word overlap without idf weights.
 */
export function measureCoverage(m: MatchMatrix, a: PreparedSentence, b: PreparedSentence, level: number): [number, number] {
  let coveredA = 0;
  let contentA = 0;
  for (let i = 0; i < m.rows; i++) {
    if (!a.isContent[i]) continue;
    contentA++;
    for (let j = 0; j < m.cols; j++) {
      if (m.levels[i * m.cols + j]! >= level) {
        coveredA++;
        break;
      }
    }
  }
  let coveredB = 0;
  let contentB = 0;
  for (let j = 0; j < m.cols; j++) {
    if (!b.isContent[j]) continue;
    contentB++;
    for (let i = 0; i < m.rows; i++) {
      if (m.levels[i * m.cols + j]! >= level) {
        coveredB++;
        break;
      }
    }
  }
  const x = divide(coveredA, contentA);
  const y = divide(coveredB, contentB);
  return x <= y ? [x, y] : [y, x];
}

/** Share of adjacent word pairs matched (at `level` or stronger) by an adjacent pair on the other side, [min, max]. */
export function measureSoftBigrams(m: MatchMatrix, level: number): [number, number] {
  const rowHit = new Uint8Array(m.rows);
  const colHit = new Uint8Array(m.cols);
  for (let i = 0; i + 1 < m.rows; i++) {
    for (let j = 0; j + 1 < m.cols; j++) {
      if (m.levels[i * m.cols + j]! >= level && m.levels[(i + 1) * m.cols + j + 1]! >= level) {
        rowHit[i] = 1;
        colHit[j] = 1;
      }
    }
  }
  const x = divide(sum(rowHit), m.rows - 1);
  const y = divide(sum(colHit), m.cols - 1);
  return x <= y ? [x, y] : [y, x];
}

/** Longest common subsequence where words match at `level` or stronger, normalised by each length, [min, max]. */
export function measureSoftLcs(m: MatchMatrix, level: number): [number, number] {
  if (m.rows === 0 || m.cols === 0) return [0, 0];
  let previous = new Int32Array(m.cols + 1);
  let current = new Int32Array(m.cols + 1);
  for (let i = 0; i < m.rows; i++) {
    for (let j = 1; j <= m.cols; j++) {
      current[j] =
        m.levels[i * m.cols + j - 1]! >= level ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  const lcs = previous[m.cols]!;
  const x = lcs / m.rows;
  const y = lcs / m.cols;
  return x <= y ? [x, y] : [y, x];
}

function sum(values: Uint8Array): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
