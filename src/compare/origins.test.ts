import { describe, expect, it } from 'vitest';
import { originCounter, rolesByName } from './origins.ts';
import type { Family, Statement, StoryEntity } from './types.ts';

function statement(articleId: string, attribution: string | null, attributionKind: string | null = attribution ? 'official' : null): Statement {
  return { articleId, sentence: 0, text: `Statement of ${articleId}.`, attribution, attributionKind, modality: 'reported' };
}

function family(id: string, articleIds: string[], origin: string | null = null): Family {
  return { id, articleIds, origin, evidence: '', alignments: [] };
}

function person(name: string, aliases: string[], roles: string[]): StoryEntity {
  return { id: name, name, type: 'person', aliases, roles, articleIds: [], mentions: 1 };
}

describe('originCounter', () => {
  const wire = family('f1', ['a', 'b']);
  const paper = family('f2', ['c']);
  const familyOf = new Map([
    ['a', wire],
    ['b', wire],
    ['c', paper],
  ]);
  const outletOf = new Map<string, string | null>([
    ['a', 'Wire'],
    ['b', 'Reprint'],
    ['c', 'Paper'],
  ]);
  const roles = rolesByName([person('Dmitry Peskov', ['Peskov'], ['Kremlin spokesperson'])]);

  it('counts a family once and an uncited family by its label', () => {
    const count = originCounter(familyOf, outletOf)([statement('a', null), statement('b', null), statement('c', null)]);
    expect(count).toEqual({ origins: ['Wire', 'Paper'], independentSources: 2 });
  });

  it('counts a spokesperson and the body they speak for once', () => {
    const statements = [statement('a', 'Peskov'), statement('c', 'Kremlin')];
    expect(originCounter(familyOf, outletOf)(statements).independentSources).toBe(2);
    expect(originCounter(familyOf, outletOf, roles)(statements)).toEqual({ origins: ['Peskov'], independentSources: 1 });
    expect(originCounter(familyOf, outletOf, roles)([statement('a', 'the Kremlin'), statement('c', 'Dmitry Peskov')]).origins).toEqual(['Dmitry Peskov']);
  });

  it('keeps sources a role does not name, and matches whole words only', () => {
    const others = rolesByName([person('Ann Roe', [], ['Kremlin-watcher at Carnegie'])]);
    const count = originCounter(familyOf, outletOf, roles)([statement('a', 'Peskov'), statement('c', 'Axios', 'outlet')]);
    expect(count.independentSources).toBe(2);
    expect(originCounter(familyOf, outletOf, others)([statement('a', 'Ann Roe'), statement('c', 'Carnegie Endowment')]).independentSources).toBe(2);
  });
});
