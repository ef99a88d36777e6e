/**
 * Scores predicted loaded-word spans against gold spans (e.g. BASIL's lexical-bias spans). Spans carry a `key`
 * naming their sentence; offsets are within that sentence's text. Pure, so the benchmark and tests share it.
 */
export interface KeyedSpan {
  key: string;
  start: number;
  end: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface SpanScores extends Scores {
  predicted: number;
  /** Predicted spans overlapping a gold span of the same sentence. */
  correct: number;
  gold: number;
  /** Gold spans overlapped by at least one prediction. */
  found: number;
}

export interface TokenScores extends Scores {
  tp: number;
  fp: number;
  fn: number;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;

function ratio(num: number, den: number): number {
  return den === 0 ? 0 : num / den;
}

function harmonic(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function overlaps(a: KeyedSpan, b: KeyedSpan): boolean {
  return a.key === b.key && a.start < b.end && b.start < a.end;
}

function groupByKey(spans: readonly KeyedSpan[]): Map<string, KeyedSpan[]> {
  const byKey = new Map<string, KeyedSpan[]>();
  for (const s of spans) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s]);
  return byKey;
}

/** Span-level P/R: overlap with any span of the other side, in the same sentence, counts. */
export function scoreSpans(gold: readonly KeyedSpan[], predicted: readonly KeyedSpan[]): SpanScores {
  const goldBy = groupByKey(gold);
  const predBy = groupByKey(predicted);
  const correct = predicted.filter((p) => (goldBy.get(p.key) ?? []).some((g) => overlaps(p, g))).length;
  const found = gold.filter((g) => (predBy.get(g.key) ?? []).some((p) => overlaps(p, g))).length;
  const precision = ratio(correct, predicted.length);
  const recall = ratio(found, gold.length);
  return { predicted: predicted.length, correct, gold: gold.length, found, precision, recall, f1: harmonic(precision, recall) };
}

/** Token-level P/R/F1 over the words of each sentence in `texts`: a word is positive if a span overlaps it. */
export function scoreTokens(
  texts: ReadonlyMap<string, string>,
  gold: readonly KeyedSpan[],
  predicted: readonly KeyedSpan[],
): TokenScores {
  const goldBy = groupByKey(gold);
  const predBy = groupByKey(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...goldBy.keys(), ...predBy.keys()])) {
    for (const m of (texts.get(key) ?? '').matchAll(WORD)) {
      const word = { key, start: m.index, end: m.index + m[0].length };
      const isGold = (goldBy.get(key) ?? []).some((g) => overlaps(word, g));
      const isPred = (predBy.get(key) ?? []).some((p) => overlaps(word, p));
      if (isGold && isPred) tp++;
      else if (isPred) fp++;
      else if (isGold) fn++;
    }
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { tp, fp, fn, precision, recall, f1: harmonic(precision, recall) };
}
