import { describe, expect, it } from 'vitest';
import { scorePage, summarizeScores } from './shingle-score.ts';

describe('scorePage', () => {
  const cases: Array<[string, string, { tp: number; fp: number; fn: number }]> = [
    ['a b c d e', 'a b c d e', { tp: 1, fp: 0, fn: 0 }],
    ['a b c d e', 'a b c d', { tp: 0.5, fp: 0, fn: 0.5 }],
    ['a b c d', 'A B C D', { tp: 0, fp: 0.5, fn: 0.5 }],
    ['one, two; three!', 'one two three', { tp: 1, fp: 0, fn: 0 }],
    ['', '', { tp: 0, fp: 0, fn: 0 }],
  ];
  it.each(cases)('%j vs %j', (truth, predicted, expected) => {
    const got = scorePage(truth, predicted);
    expect(got.tp).toBeCloseTo(expected.tp);
    expect(got.fp).toBeCloseTo(expected.fp);
    expect(got.fn).toBeCloseTo(expected.fn);
  });
});

describe('summarizeScores', () => {
  it('averages precision and recall over pages and takes F1 of the means', () => {
    const pages = [scorePage('a b c d e', 'a b c d e'), scorePage('a b c d e', 'a b c d')];
    const { precision, recall, f1 } = summarizeScores(pages);
    expect(precision).toBeCloseTo(1);
    expect(recall).toBeCloseTo(0.75);
    expect(f1).toBeCloseTo((2 * 0.75) / 1.75);
  });
});
