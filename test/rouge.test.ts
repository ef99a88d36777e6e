import { describe, expect, it } from 'vitest';
import { lcsLength, scoreRouge, tokenizeRouge } from '../bench/rouge.ts';

describe('ROUGE (rouge-score conventions)', () => {
  it.each([
    ['Police were running!', ['polic', 'were', 'run']],
    ['U.S. news, 2019', ['u', 's', 'news', '2019']],
    ['  ', []],
  ])('tokenizes %j', (text, expected) => {
    expect(tokenizeRouge(text)).toEqual(expected);
  });

  it('scores one substituted word by hand', () => {
    // 5 of 6 unigrams; bigrams "the cat", "on the", "the mat" of 5; LCS "the cat on the mat" = 5.
    const s = scoreRouge('the cat sat on the mat', 'the cat lay on the mat');
    expect(s.rouge1.f1).toBeCloseTo(5 / 6, 10);
    expect(s.rouge2.precision).toBeCloseTo(3 / 5, 10);
    expect(s.rouge2.recall).toBeCloseTo(3 / 5, 10);
    expect(s.rougeL.f1).toBeCloseTo(5 / 6, 10);
  });

  it('stems and strips punctuation before matching', () => {
    // system: polic were run; reference: the polic ran run fast -> 2 matches, P 2/3, R 2/5, F 1/2; no bigram shared.
    const s = scoreRouge('Police were running!', 'The police ran, running fast.');
    expect(s.rouge1.precision).toBeCloseTo(2 / 3, 10);
    expect(s.rouge1.recall).toBeCloseTo(2 / 5, 10);
    expect(s.rouge1.f1).toBeCloseTo(1 / 2, 10);
    expect(s.rouge2.f1).toBe(0);
    expect(s.rougeL.f1).toBeCloseTo(1 / 2, 10);
  });

  it('clips repeated n-grams to the reference count', () => {
    const s = scoreRouge('the the the', 'the cat');
    expect(s.rouge1.precision).toBeCloseTo(1 / 3, 10);
    expect(s.rouge1.recall).toBeCloseTo(1 / 2, 10);
  });

  it('cuts the system summary to the reference length when asked', () => {
    const s = scoreRouge('a b c d e', 'a b x', { truncate: true });
    expect(s.rouge1.precision).toBeCloseTo(2 / 3, 10);
    expect(s.rouge1.recall).toBeCloseTo(2 / 3, 10);
    expect(scoreRouge('a b c d e', 'a b x').rouge1.precision).toBeCloseTo(2 / 5, 10);
  });

  it('finds the longest common subsequence', () => {
    expect(lcsLength(['a', 'b', 'c', 'd'], ['b', 'x', 'd'])).toBe(2);
    expect(lcsLength([], ['a'])).toBe(0);
    expect(scoreRouge('', 'a b').rougeL.f1).toBe(0);
  });
});
