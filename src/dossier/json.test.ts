import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../analyze.ts';
import { isRejected } from '../errors.ts';
import { type AnnotatedArticle, annotateArticle, readArticles } from '../pipeline.ts';
import { buildDossier, buildDossierLazily, type Dossier } from './build.ts';
import { serializeDossier } from './json.ts';

/** The dossier as the `lines` layout must write it: compact, each article and each story on its own line. */
function asLines(dossier: Dossier): string {
  const list = (items: unknown[]) => (items.length === 0 ? '[]' : `[\n${items.map((x) => JSON.stringify(x)).join(',\n')}\n]`);
  const { schemaVersion, generatedAt, articles, stories, rejected, duplicates } = dossier;
  return `{"schemaVersion":${schemaVersion},"generatedAt":${JSON.stringify(generatedAt)},"articles":${list(articles)},"stories":${list(stories)},"rejected":${JSON.stringify(rejected)},"duplicates":${JSON.stringify(duplicates)}}\n`;
}

describe('serializeDossier', () => {
  it('writes exactly what JSON.stringify(dossier, null, 2) does, piece by piece, when pretty', () => {
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
    expect([...serializeDossier(dossier, 'pretty')].join('')).toBe(`${JSON.stringify(dossier, null, 2)}\n`);
  });

  it('writes one article or story per line by default, and the text parses to the dossier', () => {
    const dossier = {
      schemaVersion: 1,
      generatedAt: '2026-11-22T00:00:00.000Z',
      articles: [
        { id: 'a', title: 'Line\nbreak "quoted" \u2028', sentences: ['One.', 'Two.'] },
        { id: 'b', title: null, sentences: [] },
      ],
      stories: [{ id: 's1', claims: [{ text: 'x' }] }],
      rejected: [],
      duplicates: [{ source: 'b', duplicateOf: 'a' }],
    } as unknown as Dossier;
    const text = [...serializeDossier(dossier)].join('');
    expect(text).toBe(asLines(dossier));
    expect(JSON.parse(text)).toEqual(dossier);
    expect(text.split('\n').filter((line) => line.startsWith('{"id":'))).toHaveLength(3);
  });

  it.each([
    ['no articles, one story', [], [{ id: 's1', claims: [] }]],
    ['one article, no stories', [{ id: 'a' }], []],
    ['nothing at all', [], []],
  ])('writes empty lists as JSON.stringify does: %s', (_, articles, stories) => {
    const dossier = { schemaVersion: 1, generatedAt: '2026-11-22T00:00:00.000Z', articles, stories, rejected: [], duplicates: [{ source: 'b', duplicateOf: 'a' }] } as unknown as Dossier;
    expect([...serializeDossier(dossier, 'pretty')].join('')).toBe(`${JSON.stringify(dossier, null, 2)}\n`);
    expect([...serializeDossier(dossier)].join('')).toBe(asLines(dossier));
  });

  it('writes a lazily built dossier the same as the built one', async () => {
    const articles: AnnotatedArticle[] = [];
    for await (const a of readArticles([new URL('../../demo/corpus', import.meta.url).pathname])) if (!isRejected(a)) articles.push(annotateArticle(a));
    const analysis = analyzeArticles(articles);
    const now = new Date('2026-11-22T00:00:00Z');
    expect([...serializeDossier(buildDossierLazily(analysis, now), 'pretty')].join('')).toBe(`${JSON.stringify(buildDossier(analysis, now), null, 2)}\n`);
    expect([...serializeDossier(buildDossierLazily(analysis, now))].join('')).toBe(asLines(buildDossier(analysis, now)));
  });
});
