import { divide } from './similarity-overlap.ts';
import type { PreparedSentence } from './similarity-prepare.ts';
import { linkLevel, MATCH } from './wordnet.ts';

/**
 * Word-to-word match strengths of two sentences (row-major, a.stems.length x b.stems.length), built once per
 * pair; every WordNet-aware feature reads it. Exact and stem matches apply to all words, WordNet ones to content
 * words only ("in" and "on" share no meaning worth counting).
 */
export interface MatchMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly levels: Uint8Array;
  /** Best level of each row (a's words) and each column (b's words), for coverage at any level in one pass. */
  readonly rowBest: Uint8Array;
  readonly colBest: Uint8Array;
}

export function buildMatchMatrix(a: PreparedSentence, b: PreparedSentence): MatchMatrix {
  const rows = a.stems.length;
  const cols = b.stems.length;
  const levels = new Uint8Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (a.wordIds[i] === b.wordIds[j]) levels[i * cols + j] = MATCH.exact;
      else if (a.stemIds[i] === b.stemIds[j]) levels[i * cols + j] = MATCH.stem;
    }
  }
  linkSenses(a, b, levels, cols);
  const rowBest = new Uint8Array(rows);
  const colBest = new Uint8Array(cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const level = levels[i * cols + j]!;
      if (level > rowBest[i]!) rowBest[i] = level;
      if (level > colBest[j]!) colBest[j] = level;
    }
  }
  return { rows, cols, levels, rowBest, colBest };
}

/**
 * WordNet links of all word pairs in one merge of the two sorted sense indexes: about 20x faster than testing
 * each of the rows x cols word pairs with its own merges (bench/pairs.ts pairs/s).
 */
function linkSenses(a: PreparedSentence, b: PreparedSentence, levels: Uint8Array, cols: number): void {
  const x = a.senseIndex;
  const y = b.senseIndex;
  let i = 0;
  let j = 0;
  while (i < x.ids.length && j < y.ids.length) {
    const id = x.ids[i]!;
    const other = y.ids[j]!;
    if (id < other) i++;
    else if (id > other) j++;
    else {
      let iEnd = i;
      while (iEnd < x.ids.length && x.ids[iEnd] === id) iEnd++;
      let jEnd = j;
      while (jEnd < y.ids.length && y.ids[jEnd] === id) jEnd++;
      for (let p = i; p < iEnd; p++) {
        for (let q = j; q < jEnd; q++) {
          const cell = x.token[p]! * cols + y.token[q]!;
          const level = linkLevel(x.kind[p]!, y.kind[q]!);
          if (level > levels[cell]!) levels[cell] = level;
        }
      }
      i = iEnd;
      j = jEnd;
    }
  }
}

/**
 * Share of each side's content words whose best match on the other side reaches `level`, as [min, max] over
 * the two directions. With level = synonym this is Corley & Mihalcea's (2005) WordNet-aware word overlap.
 */
export function measureCoverage(m: MatchMatrix, a: PreparedSentence, b: PreparedSentence, level: number): [number, number] {
  return sortPair(coverRows(m, a, level, () => 1), coverCols(m, b, level, () => 1));
}

/** {@link measureCoverage} with each word weighted by its information content, as Mihalcea et al. (2006) weight by idf. */
export function measureWeightedCoverage(
  m: MatchMatrix,
  a: PreparedSentence,
  b: PreparedSentence,
  level: number,
): [number, number] {
  return sortPair(
    coverRows(m, a, level, (i) => a.weights[i]!),
    coverCols(m, b, level, (j) => b.weights[j]!),
  );
}

function coverRows(m: MatchMatrix, a: PreparedSentence, level: number, weigh: (i: number) => number): number {
  return coverSide(m.rowBest, a, level, weigh);
}

function coverCols(m: MatchMatrix, b: PreparedSentence, level: number, weigh: (j: number) => number): number {
  return coverSide(m.colBest, b, level, weigh);
}

function coverSide(best: Uint8Array, side: PreparedSentence, level: number, weigh: (i: number) => number): number {
  let covered = 0;
  let total = 0;
  for (let i = 0; i < best.length; i++) {
    if (!side.isContent[i]) continue;
    const w = weigh(i);
    total += w;
    if (best[i]! >= level) covered += w;
  }
  return divide(covered, total);
}

function sortPair(x: number, y: number): [number, number] {
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
  return sortPair(divide(sum(rowHit), m.rows - 1), divide(sum(colHit), m.cols - 1));
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
  return sortPair(lcs / m.rows, lcs / m.cols);
}

function sum(values: Uint8Array): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
