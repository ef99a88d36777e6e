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
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32-bit: no table to grow in a long-running process, unlike interning. */
export function hashText(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

export function countGrams(tokens: readonly string[], n: number): Counts {
  const hashes: number[] = [];
  for (let i = 0; i + n <= tokens.length; i++) hashes.push(hashText(tokens.slice(i, i + n).join(' ')));
  return toCounts(hashes);
}

export function countCharGrams(text: string): Counts {
  const padded = ` ${text} `;
  const hashes: number[] = [];
  for (let n = CHAR_GRAM_MIN; n <= CHAR_GRAM_MAX; n++) {
    for (let i = 0; i + n <= padded.length; i++) hashes.push(hashText(padded.slice(i, i + n)));
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

/** Longest common subsequence length of two hashed token sequences, two-row dynamic programme. */
export function measureLcs(a: Uint32Array, b: Uint32Array): number {
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  if (a.length === 0 || b.length === 0) return 0;
  for (const x of a) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = x === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** Safe ratio: an empty denominator means there was nothing to cover, which we score as 0. */
export function divide(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function toCounts(hashes: number[]): Counts {
  const sorted = Uint32Array.from(hashes).sort();
  const ids: number[] = [];
  const counts: number[] = [];
  for (const hash of sorted) {
    if (ids.length > 0 && ids[ids.length - 1] === hash) counts[counts.length - 1]!++;
    else {
      ids.push(hash);
      counts.push(1);
    }
  }
  const squares = counts.reduce((sum, c) => sum + c * c, 0);
  return { ids: Uint32Array.from(ids), counts: Uint32Array.from(counts), total: hashes.length, norm: Math.sqrt(squares) };
}
