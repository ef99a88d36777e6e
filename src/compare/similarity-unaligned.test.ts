import { describe, expect, it } from 'vitest';
import { buildMatchMatrix } from './similarity-align.ts';
import { FEATURE_NAMES } from './similarity-features.ts';
import { prepareSentence } from './similarity-prepare.ts';
import { countUnmatchedClasses, listUnmatched, measureEditRates } from './similarity-unaligned.ts';

const pair = (x: string, y: string) => {
  const a = prepareSentence(x);
  const b = prepareSentence(y);
  return { a, b, m: buildMatchMatrix(a, b) };
};

describe('listUnmatched', () => {
  it.each([
    ['He left and came back', 'He left', ['and', 'came', 'back']],
    ['The firm bought the plant', 'The firm purchased the plant', []],
    ['Sales rose 5 percent', 'Sales rose 7 percent', []],
  ])('%j vs %j -> %j', (x, y, expected) => {
    const { a, b, m } = pair(x, y);
    expect(listUnmatched(m, a, b)).toEqual(expected);
  });
});

describe('countUnmatchedClasses', () => {
  const at = (name: string) => FEATURE_NAMES.indexOf(name as (typeof FEATURE_NAMES)[number]) - FEATURE_NAMES.indexOf('unmatchedNounMin');

  it('counts an added name on one side only', () => {
    const { a, b, m } = pair('The minister met reporters', 'The minister met reporters with Zelensky');
    const counts = countUnmatchedClasses(m, a, b);
    expect(counts[at('unmatchedNameMin')]).toBe(0);
    expect(counts[at('unmatchedNameMax')]).toBeGreaterThan(0);
  });

  it('counts nothing for identical sentences', () => {
    const { a, b, m } = pair('Kyiv was shelled overnight', 'Kyiv was shelled overnight');
    expect(countUnmatchedClasses(m, a, b).every((x) => x === 0)).toBe(true);
  });
});

describe('measureEditRates', () => {
  it('normalises by the longer and (capped) the shorter side', () => {
    const a = prepareSentence('a b c d');
    const b = prepareSentence('a b');
    expect(measureEditRates(2, a, b)).toEqual([0.5, 0.5]);
    expect(measureEditRates(0, a, a)).toEqual([0, 0]);
  });
});
