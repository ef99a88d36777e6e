import { FNV_OFFSET, FNV_PRIME, hashRange } from '../hash.ts';

/**
 * A bag of n-grams as sorted 32-bit hashes with their counts. Comparing two bags is then a merge of two sorted
 * integer arrays (written out twice below: a shared merge taking a callback was 3x slower), about ten times faster than string-keyed Map look-ups; that is what lets claim grouping score
 * >50,000 prepared pairs/s. A hash collision (odds ~1e-7 per pair of distinct grams) only adds a spurious match.
 */
export interface Counts {
  readonly ids: Uint32Array;
  readonly counts: Uint32Array;
  readonly total: number;
  readonly norm: number;
}

/** Character n-gram orders: 3-5 catch shared word stems and morphology ("delegat") without a stemmer. */
const CHAR_GRAM_MIN = 3;
const CHAR_GRAM_MAX = 5;
const SPACE = 32;

/** FNV-1a, 32-bit: no table to grow in a long-running process, unlike interning. */
export function hashText(text: string): number {
  return hashRange(text, 0, text.length);
}

/** Word n-grams as hashText gives them for the words joined by spaces, hashed as they run (no joined strings). */
export function countGrams(tokens: readonly string[], n: number): Counts {
  const hashes: number[] = [];
  for (let i = 0; i + n <= tokens.length; i++) {
    let hash = FNV_OFFSET;
    for (let k = i; k < i + n; k++) {
      if (k > i) hash = Math.imul(hash ^ SPACE, FNV_PRIME);
      const token = tokens[k]!;
      for (let c = 0; c < token.length; c++) hash = Math.imul(hash ^ token.charCodeAt(c), FNV_PRIME);
    }
    hashes.push(hash >>> 0);
  }
  return toCounts(hashes);
}

/**
 * Character n-grams of every order from each start, as hashText gives them: FNV-1a runs left to right, so the
 * hash of an n-gram is one step on from the hash of its first n - 1 characters (no sliced strings). Preparing
 * sentences for the paraphrase model takes ~500 of these a sentence.
 */
export function countCharGrams(text: string): Counts {
  const padded = ` ${text} `;
  const hashes: number[] = [];
  for (let i = 0; i + CHAR_GRAM_MIN <= padded.length; i++) {
    let hash = FNV_OFFSET;
    for (let k = i; k < i + CHAR_GRAM_MAX && k < padded.length; k++) {
      hash = Math.imul(hash ^ padded.charCodeAt(k), FNV_PRIME);
      if (k - i + 1 >= CHAR_GRAM_MIN) hashes.push(hash >>> 0);
    }
  }
  return toCounts(hashes);
}

/** Clipped matches, as in BLEU: each n-gram counts at most as often as it occurs on the other side. */
export function countMatches(a: Counts, b: Counts): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += Math.min(a.counts[i++]!, b.counts[j++]!);
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

export function measureCosine(a: Counts, b: Counts): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += a.counts[i++]! * b.counts[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}

export function countShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared;
}

/** Longest common subsequence and word edit distance of two token sequences (see {@link compareSequences}). */
export interface SequenceMatch {
  readonly lcs: number;
  /** Levenshtein distance: insertions, deletions and substitutions of whole tokens. */
  readonly edits: number;
}

/**
 * Both dynamic programmes in one pass over the same cells, with two-row buffers kept between calls: claim
 * grouping scores tens of thousands of pairs, and these tables were the largest garbage per pair.
 */
let lcsRows = [new Int32Array(64), new Int32Array(64)] as const;
let editRows = [new Int32Array(64), new Int32Array(64)] as const;

export function compareSequences(a: Uint32Array, b: Uint32Array): SequenceMatch {
  if (a.length === 0 || b.length === 0) return { lcs: 0, edits: Math.max(a.length, b.length) };
  if (lcsRows[0].length <= b.length) {
    const size = 2 * (b.length + 1);
    lcsRows = [new Int32Array(size), new Int32Array(size)];
    editRows = [new Int32Array(size), new Int32Array(size)];
  }
  let [lcsPrevious, lcsCurrent] = lcsRows;
  let [editPrevious, editCurrent] = editRows;
  for (let j = 0; j <= b.length; j++) {
    lcsPrevious[j] = 0;
    editPrevious[j] = j;
  }
  lcsCurrent[0] = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    editCurrent[0] = i + 1;
    for (let j = 1; j <= b.length; j++) {
      const same = x === b[j - 1];
      lcsCurrent[j] = same ? lcsPrevious[j - 1]! + 1 : Math.max(lcsPrevious[j]!, lcsCurrent[j - 1]!);
      editCurrent[j] = Math.min(editPrevious[j - 1]! + (same ? 0 : 1), editPrevious[j]! + 1, editCurrent[j - 1]! + 1);
    }
    [lcsPrevious, lcsCurrent] = [lcsCurrent, lcsPrevious];
    [editPrevious, editCurrent] = [editCurrent, editPrevious];
  }
  return { lcs: lcsPrevious[b.length]!, edits: editPrevious[b.length]! };
}

/** Safe ratio: an empty denominator means there was nothing to cover, which we score as 0. */
export function divide(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function toCounts(hashes: number[]): Counts {
  const sorted = Uint32Array.from(hashes).sort();
  let distinct = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) distinct++;
  const ids = new Uint32Array(distinct);
  const counts = new Uint32Array(distinct);
  let d = -1;
  for (let k = 0; k < sorted.length; k++) {
    if (k === 0 || sorted[k] !== sorted[k - 1]) ids[++d] = sorted[k]!;
    counts[d]!++;
  }
  let squares = 0;
  for (const c of counts) squares += c * c;
  return { ids, counts, total: hashes.length, norm: Math.sqrt(squares) };
}
