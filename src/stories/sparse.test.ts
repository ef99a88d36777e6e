import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pruneVector, type SparseVector } from './sparse.ts';

/** The definition: a stable sort by weight, heaviest first, the first `max` kept, back in id order. */
function pruneBySorting(v: SparseVector, max: number): SparseVector {
  if (v.ids.length <= max) return v;
  const kept = [...v.ids.keys()]
    .sort((x, y) => v.weights[y]! - v.weights[x]! || x - y)
    .slice(0, max)
    .sort((x, y) => x - y);
  return { ids: Int32Array.from(kept, (k) => v.ids[k]!), weights: Float32Array.from(kept, (k) => v.weights[k]!) };
}

describe('pruneVector', () => {
  it('keeps what a stable sort by weight keeps, ties included', () => {
    // Few distinct weights, so ties at the cut are common.
    const vector = fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 60 }).map((ws) => ({
      ids: Int32Array.from(ws, (_, k) => k * 3),
      weights: Float32Array.from(ws, (w) => w / 4),
    }));
    fc.assert(
      fc.property(vector, fc.integer({ min: 0, max: 70 }), (v, max) => {
        const got = pruneVector(v, max);
        const want = pruneBySorting(v, max);
        expect([...got.ids]).toEqual([...want.ids]);
        expect([...got.weights]).toEqual([...want.weights]);
      }),
    );
  });
});
