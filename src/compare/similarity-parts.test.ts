import { describe, expect, it } from 'vitest';
import { applyLogistic, fitLogistic } from './similarity-fit.ts';
import { assignFolds, measureBinary, pickThreshold } from './similarity-metrics.ts';
import { compareSequences, countCharGrams, countGrams, countMatches, hashText, measureCosine } from './similarity-overlap.ts';
import { detectSubstitution, readSlots } from './similarity-slots.ts';

const ids = (words: string[]) => Uint32Array.from(words, hashText);
const slots = (words: string[], names: string[]) => readSlots(words.map((w) => ({ stem: w, name: names.includes(w) })));

describe('overlap', () => {
  it.each([
    [['a', 'b', 'c', 'd'], ['a', 'c', 'd'], 3, 1],
    [['a', 'b'], [], 0, 2],
    [['x', 'y'], ['y', 'x'], 1, 2],
    [['the', 'cat', 'sat'], ['the', 'dog', 'sat'], 2, 1],
  ])('LCS and edits %j %j = %i, %i', (a, b, lcs, edits) => {
    expect(compareSequences(ids(a), ids(b))).toEqual({ lcs, edits });
  });

  it('gives the same LCS after a long pair has grown the shared buffers', () => {
    const long = Array.from({ length: 300 }, (_, i) => `w${i}`);
    expect(compareSequences(ids(long), ids(long.slice(1))).lcs).toBe(299);
    expect(compareSequences(ids(['a', 'b']), ids(['b']))).toEqual({ lcs: 1, edits: 1 });
  });

  it('clips n-gram matches like BLEU', () => {
    expect(countMatches(countGrams(['the', 'the', 'the'], 1), countGrams(['the', 'cat'], 1))).toBe(1);
  });

  it('hashes n-grams as hashText hashes the joined words and the sliced characters', () => {
    const words = ['the', '', 'dam', 'held', 'naïve'];
    const wordGrams = (n: number) => words.slice(0, words.length - n + 1).map((_, i) => hashText(words.slice(i, i + n).join(' ')));
    for (let n = 1; n <= 4; n++) expect([...countGrams(words, n).ids]).toEqual([...new Set(wordGrams(n))].sort((a, b) => a - b));
    const padded = ' kyiv “dam” ';
    const charGrams = [3, 4, 5].flatMap((n) => Array.from({ length: padded.length - n + 1 }, (_, i) => hashText(padded.slice(i, i + n))));
    const counted = countCharGrams('kyiv “dam”');
    expect([...counted.ids]).toEqual([...new Set(charGrams)].sort((a, b) => a - b));
    expect(counted.total).toBe(charGrams.length);
    expect(countCharGrams('ab').total).toBe(3); // ' ab', 'ab ', ' ab '
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

const OPTIONS = { l2: 1, wordL2: 1, minWordCount: 1 };

describe('fit and metrics', () => {
  const dense = (x: number) => ({ features: [x], words: [] });

  it('fits a separable feature with a positive weight', () => {
    const model = fitLogistic([dense(0), dense(0.2), dense(0.8), dense(1)], [false, false, true, true], OPTIONS);
    expect(model.weights[0]).toBeGreaterThan(0);
    expect(applyLogistic(model, dense(1))).toBeGreaterThan(applyLogistic(model, dense(0)));
  });

  it('learns word weights by sign, and none for words below the count floor', () => {
    const examples = [
      ...Array.from({ length: 6 }, () => ({ features: [0.5], words: ['but'] })),
      ...Array.from({ length: 6 }, () => ({ features: [0.5], words: ['said'] })),
      { features: [0.5], words: ['rare'] },
    ];
    const labels = [...examples.slice(0, 6).map(() => false), ...examples.slice(6, 12).map(() => true), false];
    const model = fitLogistic(examples, labels, { ...OPTIONS, minWordCount: 2 });
    expect(model.words.get('but')).toBeLessThan(0);
    expect(model.words.get('said')).toBeGreaterThan(0);
    expect(model.words.has('rare')).toBe(false);
    expect(applyLogistic(model, { features: [0.5], words: ['unseen'] })).toBeCloseTo(
      applyLogistic(model, { features: [0.5], words: [] }),
      12,
    );
  });

  it('matches the exact optimum of a one-feature fit', () => {
    // With l2 -> 0 and balanced labels at x = 0 and 1, the optimum has p(0) = 1/3 and p(1) = 2/3 from these counts.
    const examples = [dense(0), dense(0), dense(0), dense(1), dense(1), dense(1)];
    const model = fitLogistic(examples, [false, false, true, true, true, false], { ...OPTIONS, l2: 1e-9 });
    expect(applyLogistic(model, dense(0))).toBeCloseTo(1 / 3, 5);
    expect(applyLogistic(model, dense(1))).toBeCloseTo(2 / 3, 5);
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
