import { describe, expect, it } from 'vitest';
import { indexSenses, lookupSenses, MATCH, matchSenses, measureInformation } from './wordnet.ts';

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

  it('indexes senses by id, then word, then own synsets before neighbours (a stable sort by id)', () => {
    const words = [lookupSenses(['car']), lookupSenses(['zzqx']), lookupSenses(['automobile']), { synsets: Int32Array.of(7, 3), neighbours: Int32Array.of(3, 9) }];
    const entries = words.flatMap((w, t) => [...[...w.synsets].map((id) => [id, t, 0]), ...[...w.neighbours].map((id) => [id, t, 1])]);
    entries.sort((x, y) => x[0]! - y[0]!);
    const index = indexSenses(words);
    expect([...index.ids]).toEqual(entries.map((e) => e[0]));
    expect([...index.token]).toEqual(entries.map((e) => e[1]));
    expect([...index.kind]).toEqual(entries.map((e) => e[2]));
  });

  it('finds nothing for unknown words', () => {
    expect(lookupSenses(['zzqx']).synsets).toHaveLength(0);
  });

  it('weighs rare words above common ones, unseen words at 1', () => {
    expect(measureInformation(['said'])).toBeLessThan(measureInformation(['delegation']));
    expect(measureInformation(['zzqx'])).toBe(1);
  });
});
