import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../analyze.ts';
import { isRejected } from '../errors.ts';
import { type AnnotatedArticle, annotateArticle, readArticles } from '../pipeline.ts';
import { buildDossier, buildDossierLazily, type Dossier } from './build.ts';
import { serializeDossier } from './json.ts';

describe('serializeDossier', () => {
  it('writes exactly what JSON.stringify(dossier, null, 2) does, piece by piece', () => {
    const dossier = {
      schemaVersion: 1,
      generatedAt: '2026-11-22T00:00:00.000Z',
      articles: [
        { id: 'a', title: 'Line\nbreak "quoted" \u2028', sentences: ['One.', 'Two.'], nested: { deep: [1, { x: null }] } },
        { id: 'b', title: null, sentences: [] },
      ],
      stories: [],
      rejected: [{ source: 'x.png', reason: 'binary', code: 'BINARY_INPUT' }],
      duplicates: [],
    } as unknown as Dossier;
    expect([...serializeDossier(dossier)].join('')).toBe(`${JSON.stringify(dossier, null, 2)}\n`);
  });

  it.each([
    ['no articles, one story', [], [{ id: 's1', claims: [] }]],
    ['one article, no stories', [{ id: 'a' }], []],
    ['nothing at all', [], []],
  ])('writes empty lists as JSON.stringify does: %s', (_, articles, stories) => {
    const dossier = { schemaVersion: 1, generatedAt: '2026-11-22T00:00:00.000Z', articles, stories, rejected: [], duplicates: [{ source: 'b', duplicateOf: 'a' }] } as unknown as Dossier;
    expect([...serializeDossier(dossier)].join('')).toBe(`${JSON.stringify(dossier, null, 2)}\n`);
  });

  it('writes a lazily built dossier the same as the built one', async () => {
    const articles: AnnotatedArticle[] = [];
    for await (const a of readArticles([new URL('../../demo/corpus', import.meta.url).pathname])) if (!isRejected(a)) articles.push(annotateArticle(a));
    const analysis = analyzeArticles(articles);
    const now = new Date('2026-11-22T00:00:00Z');
    expect([...serializeDossier(buildDossierLazily(analysis, now))].join('')).toBe(`${JSON.stringify(buildDossier(analysis, now), null, 2)}\n`);
  });
});
