/**
 * ROUGE-1, ROUGE-2 and ROUGE-L (Lin 2004) as Google's `rouge-score` package computes them with `use_stemmer=True`:
 * lower-case, every run of non-alphanumeric characters becomes a space, tokens longer than 3 characters are Porter
 * stemmed, no stopwords removed; ROUGE-N counts clipped n-gram matches, ROUGE-L is the longest common subsequence of
 * the two token lists (its `rougeL`, not the newline-split `rougeLsum`).
 * `stemmer` is Porter's original algorithm; rouge-score uses NLTK's Porter with NLTK's extensions. Their table of
 * irregular words is copied below (it matters here: the original stems "news" to "new"); their few other rule
 * changes (e.g. "-ies" on four-letter words) are not, and move a score in the third decimal at most.
 *
 * scoreRouge('the cat sat', 'the cat sat down').rouge1.recall === 0.75
 */
import { stemmer } from 'stemmer';

export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
}

/** rouge-score stems only tokens longer than this: short words are left as they are. */
const MIN_STEM_LENGTH = 3;

/** NLTK's NLTK_EXTENSIONS pool of irregular forms, which it maps before the Porter rules. */
const IRREGULAR = new Map<string, string>([
  ['skies', 'sky'], ['sky', 'sky'], ['dying', 'die'], ['lying', 'lie'], ['tying', 'tie'], ['news', 'news'],
  ['innings', 'inning'], ['inning', 'inning'], ['outings', 'outing'], ['outing', 'outing'],
  ['cannings', 'canning'], ['canning', 'canning'], ['howe', 'howe'], ['proceed', 'proceed'],
  ['exceed', 'exceed'], ['succeed', 'succeed'],
]);

function stem(word: string): string {
  return IRREGULAR.get(word) ?? stemmer(word);
}

/** Tokens as rouge-score makes them: lower-cased ASCII alphanumeric runs, Porter-stemmed when long enough. */
export function tokenizeRouge(text: string): string[] {
  const words = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  if (!words) return [];
  return words.split(' ').map((w) => (w.length > MIN_STEM_LENGTH ? stem(w) : w));
}

function toScore(matches: number, systemCount: number, referenceCount: number): RougeScore {
  const precision = systemCount > 0 ? matches / systemCount : 0;
  const recall = referenceCount > 0 ? matches / referenceCount : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function countNgrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N over token lists: n-gram matches clipped to the smaller count on either side. */
export function scoreNgrams(system: string[], reference: string[], n: number): RougeScore {
  const sys = countNgrams(system, n);
  const ref = countNgrams(reference, n);
  let matches = 0;
  for (const [gram, count] of sys) matches += Math.min(count, ref.get(gram) ?? 0);
  return toScore(matches, Math.max(0, system.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Length of the longest common subsequence, one row of the table at a time. */
export function lcsLength(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) row[j] = x === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * ROUGE-1/2/L of a system summary against a reference. With `truncate`, the system summary is first cut to the
 * reference's length in tokens, so a longer extract gains no recall from its length (the usual "summaries cut to
 * the reference's length" protocol for extractive baselines).
 */
export function scoreRouge(system: string, reference: string, options: { truncate?: boolean } = {}): RougeScores {
  const ref = tokenizeRouge(reference);
  let sys = tokenizeRouge(system);
  if (options.truncate) sys = sys.slice(0, ref.length);
  return {
    rouge1: scoreNgrams(sys, ref, 1),
    rouge2: scoreNgrams(sys, ref, 2),
    rougeL: toScore(lcsLength(sys, ref), sys.length, ref.length),
  };
}
