import { describe, expect, it } from 'vitest';
import { applyLogistic, fitLogistic } from './similarity-fit.ts';
import { assignFolds, measureBinary, pickThreshold } from './similarity-metrics.ts';
import { countCharGrams, countGrams, countMatches, hashText, measureCosine, measureLcs } from './similarity-overlap.ts';
import { detectSubstitution, readSlots } from './similarity-slots.ts';

const ids = (words: string[]) => Uint32Array.from(words, hashText);
const slots = (words: string[], names: string[]) => readSlots(words.map((w) => ({ stem: w, name: names.includes(w) })));

describe('overlap', () => {
  it.each([
    [['a', 'b', 'c', 'd'], ['a', 'c', 'd'], 3],
    [['a', 'b'], [], 0],
    [['x', 'y'], ['y', 'x'], 1],
  ])('LCS %j %j = %i', (a, b, expected) => {
    expect(measureLcs(ids(a), ids(b))).toBe(expected);
  });

  it('clips n-gram matches like BLEU', () => {
    expect(countMatches(countGrams(['the', 'the', 'the'], 1), countGrams(['the', 'cat'], 1))).toBe(1);
  });

  it('gives cosine 1 for equal text and 0 for disjoint text', () => {
    expect(measureCosine(countCharGrams('kyiv'), countCharGrams('kyiv'))).toBeCloseTo(1);
    expect(measureCosine(countCharGrams('kyiv'), countCharGrams('zzzz'))).toBe(0);
  });
});

describe('detectSubstitution', () => {
  it.each([
    [['driscol', 'met', 'zelenski'], ['driscol', 'met', 'shmyhal'], 1],
    [['a', '28', 'point'], ['a', '20', 'point'], 1],
    [['driscol', 'met', 'zelenski'], ['driscol', 'met', 'zelenskyy'], 0],
    [['driscol', 'met', 'zelenski'], ['driscol', 'saw', 'zelenski'], 0],
  ])('%j vs %j -> %i', (a, b, expected) => {
    const names = ['driscol', 'zelenski', 'shmyhal', 'zelenskyy'];
    expect(detectSubstitution(slots(a, names), slots(b, names))).toBe(expected);
  });
});

describe('fit and metrics', () => {
  it('fits a separable feature with a positive weight', () => {
    const model = fitLogistic([[0], [0.2], [0.8], [1]], [false, false, true, true], { l2: 1 });
    expect(model.weights[0]).toBeGreaterThan(0);
    expect(applyLogistic(model, [1])).toBeGreaterThan(applyLogistic(model, [0]));
  });

  it('measures precision, recall and F1', () => {
    expect(measureBinary([true, true, false, false], [true, false, true, false])).toEqual({
      accuracy: 0.5,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
    });
  });

  it('picks a threshold between the classes', () => {
    const t = pickThreshold([0.1, 0.2, 0.7, 0.9], [false, false, true, true]);
    expect(t).toBeGreaterThan(0.2);
    expect(t).toBeLessThanOrEqual(0.7);
  });

  it('assigns balanced, reproducible folds', () => {
    const folds = assignFolds(100, 10, 7);
    expect(folds).toEqual(assignFolds(100, 10, 7));
    expect(folds.filter((f) => f === 3)).toHaveLength(10);
  });
});
