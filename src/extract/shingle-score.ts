/**
 * The article-extraction-benchmark metric (scrapinghub/article-extraction-benchmark, evaluate.py), ported so our
 * figures are comparable with its published table: multisets of 4-token shingles of `\w+` tokens, case kept,
 * per-page true/false positive counts normalised to sum 1, precision and recall averaged over pages, F1 of the means.
 */

/** Shingle length used by the benchmark. */
const SHINGLE_TOKENS = 4;

/** Python's Unicode `\w`: letters, numbers (Nd, Nl, No) and the underscore. */
const WORD_RE = /[\p{L}\p{N}_]+/gu;

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface BenchmarkScore {
  precision: number;
  recall: number;
  f1: number;
}

function countShingles(text: string): Map<string, number> {
  const tokens = text.match(WORD_RE) ?? [];
  const counts = new Map<string, number>();
  // The reference keeps one short shingle when a text has fewer tokens than the shingle length.
  const last = Math.max(1, tokens.length - SHINGLE_TOKENS + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + SHINGLE_TOKENS);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Normalised shingle overlap of one page.
 * @example scorePage('a b c d e', 'a b c d') // { tp: 0.5, fp: 0, fn: 0.5 }
 */
export function scorePage(truth: string, predicted: string): PageCounts {
  const want = countShingles(truth);
  const got = countShingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...want.keys(), ...got.keys()])) {
    const t = want.get(key) ?? 0;
    const p = got.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Benchmark precision, recall and F1 over pages, as evaluate.py's `metrics_from_tp_fp_fns`.
 * @example summarizeScores([scorePage('a b c d', 'a b c d')]) // { precision: 1, recall: 1, f1: 1 }
 */
export function summarizeScores(pages: PageCounts[]): BenchmarkScore {
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
