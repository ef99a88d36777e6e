/** A sparse vector over interned term ids, ids ascending; typed arrays keep 50k live stories small in memory. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
}

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), weights: new Float32Array(0) };

/** Builds a vector from `id -> weight` pairs (any order). */
export function toSparseVector(entries: Iterable<[number, number]>): SparseVector {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const ids = new Int32Array(sorted.length);
  const weights = new Float32Array(sorted.length);
  sorted.forEach(([id, w], i) => {
    ids[i] = id;
    weights[i] = w;
  });
  return { ids, weights };
}

export function measureNorm(v: SparseVector): number {
  let sum = 0;
  for (let i = 0; i < v.weights.length; i++) sum += v.weights[i]! * v.weights[i]!;
  return Math.sqrt(sum);
}

/** a + scale * b, keeping only positive entries (scale = -1 removes a member from a centroid). */
export function addVectors(a: SparseVector, b: SparseVector, scale = 1): SparseVector {
  // Two passes (count, then fill) so the result is allocated once at its exact size: add() runs this per article,
  // and growing plain arrays first was a large share of the garbage collected on the hot path.
  const n = mergeVectors(a, b, scale, null);
  const out = { ids: new Int32Array(n), weights: new Float32Array(n) };
  mergeVectors(a, b, scale, out);
  return out;
}

/** Walks the union of a and b's ids; writes kept entries into out when given; returns how many were kept. */
function mergeVectors(a: SparseVector, b: SparseVector, scale: number, out: SparseVector | null): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const ai = i < a.ids.length ? a.ids[i]! : Number.POSITIVE_INFINITY;
    const bj = j < b.ids.length ? b.ids[j]! : Number.POSITIVE_INFINITY;
    const id = Math.min(ai, bj);
    let w = 0;
    if (ai === id) w += a.weights[i++]!;
    if (bj === id) w += scale * b.weights[j++]!;
    if (w < 1e-6) continue; // weights are positive; a removed member leaves ~0 or, after pruning, < 0
    if (out !== null) {
      out.ids[n] = id;
      out.weights[n] = w;
    }
    n++;
  }
  return n;
}

/** Keeps the `max` heaviest entries: bounds centroid size (and scoring cost) for long-running stories. */
export function pruneVector(v: SparseVector, max: number): SparseVector {
  if (v.ids.length <= max) return v;
  // Heaviest first, ties by position (= id): the entries a stable sort by weight keeps, found with the weight
  // of the max-th heaviest (a native sort of the weights, no comparator) and one pass in position order. Every
  // story's centroid is pruned at each join, so this runs once per article added.
  const cut = v.weights.slice().sort()[v.ids.length - max]!;
  let above = 0;
  for (let k = 0; k < v.weights.length; k++) if (v.weights[k]! > cut) above++;
  let ties = max - above;
  const out = { ids: new Int32Array(max), weights: new Float32Array(max) };
  let at = 0;
  for (let k = 0; k < v.ids.length; k++) {
    const w = v.weights[k]!;
    if (w < cut || (w === cut && ties-- <= 0)) continue;
    out.ids[at] = v.ids[k]!;
    out.weights[at++] = w;
  }
  return out;
}

/** Dot product with a vector loaded into a dense scratch array (see {@link loadDense}). */
export function dotDense(dense: Float64Array, v: SparseVector): number {
  let sum = 0;
  for (let i = 0; i < v.ids.length; i++) {
    const id = v.ids[i]!;
    if (id < dense.length) sum += dense[id]! * v.weights[i]!;
  }
  return sum;
}

/** Writes v into dense (which must be large enough); call with clear=true afterwards to reset it. */
export function loadDense(dense: Float64Array, v: SparseVector, clear = false): void {
  for (let i = 0; i < v.ids.length; i++) dense[v.ids[i]!] = clear ? 0 : v.weights[i]!;
}

/** v scaled to unit length (the empty vector stays empty). */
export function normalizeVector(v: SparseVector): SparseVector {
  const norm = measureNorm(v);
  if (norm === 0) return v;
  return { ids: v.ids, weights: v.weights.map((w) => w / norm) };
}

/** The (id, weight) pairs of v, ids ascending. */
export function listEntries(v: SparseVector): Array<[number, number]> {
  return [...v.ids].map((id, i) => [id, v.weights[i]!]);
}
