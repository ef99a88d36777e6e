import { describe, expect, it } from 'vitest';
import { groupAverageLink } from './split.ts';
import { MIN_COHESIVE_GROUP, SPLIT_COHESION_RATIO, SPLIT_FIRM_LINK, SPLIT_THRESHOLD } from './thresholds.ts';

/** Similarities of two blocks of members: `inside` within each block, `across` between them, 1 on the diagonal. */
function twoBlocks(sizes: [number, number], inside: number, across: number): number[][] {
  const n = sizes[0] + sizes[1];
  const block = (i: number) => (i < sizes[0] ? 0 : 1);
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : block(i) === block(j) ? inside : across)),
  );
}

const sorted = (groups: number[][]) => groups.map((g) => [...g].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

describe('groupAverageLink', () => {
  const across = (SPLIT_THRESHOLD + SPLIT_FIRM_LINK) / 2; // above the absolute threshold, below the firm link
  const size = MIN_COHESIVE_GROUP;

  it('keeps apart two cohesive groups linked far below their own cohesion', () => {
    const inside = (across / SPLIT_COHESION_RATIO) * 1.5;
    const groups = groupAverageLink(twoBlocks([size, size], inside, across), SPLIT_THRESHOLD, SPLIT_COHESION_RATIO);
    expect(sorted(groups)).toEqual([range(0, size), range(size, 2 * size)]);
  });

  it('merges them without the cohesion test, as the absolute threshold alone allows', () => {
    const inside = (across / SPLIT_COHESION_RATIO) * 1.5;
    expect(groupAverageLink(twoBlocks([size, size], inside, across), SPLIT_THRESHOLD, 0)).toHaveLength(1);
  });

  it('merges groups whose link is close to their cohesion', () => {
    const inside = (across / SPLIT_COHESION_RATIO) * 0.9;
    expect(groupAverageLink(twoBlocks([size, size], inside, across), SPLIT_THRESHOLD, SPLIT_COHESION_RATIO)).toHaveLength(1);
  });

  it('merges at a firm link whatever the cohesion', () => {
    const firm = SPLIT_FIRM_LINK + 0.01;
    const inside = (firm / SPLIT_COHESION_RATIO) * 2;
    expect(groupAverageLink(twoBlocks([size, size], inside, firm), SPLIT_THRESHOLD, SPLIT_COHESION_RATIO)).toHaveLength(1);
  });

  it('applies no cohesion test to a group too small to measure it', () => {
    const inside = (across / SPLIT_COHESION_RATIO) * 1.5;
    const groups = groupAverageLink(twoBlocks([size - 1, size + 3], inside, across), SPLIT_THRESHOLD, SPLIT_COHESION_RATIO);
    expect(groups).toHaveLength(1);
  });

  it('never merges below the absolute threshold', () => {
    const groups = groupAverageLink(twoBlocks([size, size], 0.5, SPLIT_THRESHOLD / 2), SPLIT_THRESHOLD, 0);
    expect(groups).toHaveLength(2);
  });
});
