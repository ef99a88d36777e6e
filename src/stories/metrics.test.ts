import { describe, expect, it } from 'vitest';
import { scoreBCubed, scorePairwise } from './metrics.ts';

// Gold: a, b, c in story x; d in story y. Predicted: {a, b}, {c, d}.
const gold = new Map([
  ['a', 'x'],
  ['b', 'x'],
  ['c', 'x'],
  ['d', 'y'],
]);
const predicted = [
  ['a', 'b'],
  ['c', 'd'],
];

describe('scoreBCubed', () => {
  it('scores a worked example', () => {
    // precision: a 1, b 1, c 1/2, d 1/2 -> 3/4; recall: a 2/3, b 2/3, c 1/3, d 1 -> 2/3
    const s = scoreBCubed(predicted, gold);
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo((2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3));
  });

  it('is perfect on the gold clustering and counts unassigned articles as singletons', () => {
    expect(scoreBCubed([['a', 'b', 'c'], ['d']], gold).f1).toBe(1);
    expect(scoreBCubed([['a', 'b', 'c']], gold).f1).toBe(1);
  });
});

describe('scorePairwise', () => {
  it('scores a worked example', () => {
    // predicted pairs ab, cd; gold pairs ab, ac, bc -> P 1/2, R 1/3
    const s = scorePairwise(predicted, gold);
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(1 / 3);
  });
});
