import { describe, expect, it } from 'vitest';
import { lookupSenses, MATCH, matchSenses, measureInformation } from './wordnet.ts';

describe('WordNet senses', () => {
  it.each([
    [['car'], ['automobile'], MATCH.synonym],
    [['purchase'], ['buy'], MATCH.synonym],
    [['delegation'], ['deputation'], MATCH.synonym],
    [['deliver'], ['delivery'], MATCH.related],
    [['car'], ['banana'], MATCH.none],
  ])('%j ~ %j -> %i', (a, b, expected) => {
    expect(matchSenses(lookupSenses(a), lookupSenses(b))).toBe(expected);
  });

  it('reduces inflected forms by the morphy rules', () => {
    expect(lookupSenses(['delegations']).synsets).toEqual(lookupSenses(['delegation']).synsets);
  });

  it('is symmetric', () => {
    const a = lookupSenses(['team']);
    const b = lookupSenses(['squad']);
    expect(matchSenses(a, b)).toBe(matchSenses(b, a));
  });

  it('finds nothing for unknown words', () => {
    expect(lookupSenses(['zzqx']).synsets).toHaveLength(0);
  });

  it('weighs rare words above common ones, unseen words at 1', () => {
    expect(measureInformation(['said'])).toBeLessThan(measureInformation(['delegation']));
    expect(measureInformation(['zzqx'])).toBe(1);
  });
});
