import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../src/analyze.ts';
import { toArticle } from '../src/extract/article.ts';
import { annotateArticle } from '../src/pipeline.ts';

const make = (source: string, content: string, meta: Record<string, string> = {}) =>
  annotateArticle(toArticle({ source, kind: 'text', content, meta }, new Date('2026-03-12T12:00:00Z')));

const DAM = 'Dam Fails Above Varnholm\n\nThe Kestrel Gorge Dam in Veridia failed on Tuesday night and flooded the lower town of Varnholm, officials said. Twelve people were killed and 340 residents were evacuated, said Petra Sandor, head of civil protection.';
const DAM_2 = 'Varnholm Counts Its Dead\n\nTwelve people died when the Kestrel Gorge Dam failed above Varnholm on Tuesday night, the Ostrel Valley Herald learned. Mayor Ilse Marrec said 340 residents had left the lower town of Varnholm.';
const GERMAN = 'Damm bricht über Varnholm\n\nDer Kestrel-Gorge-Damm in Veridia ist in der Nacht zum Mittwoch gebrochen und hat die Unterstadt von Varnholm überflutet. Zwölf Menschen sind gestorben, und die Behörden haben 340 Bewohner in Sicherheit gebracht, wie die Sprecherin sagte.';

describe('analyze: awkward inputs', () => {
  it('clusters a non-English article but does not analyse it for claims', () => {
    const result = analyzeArticles([make('a.txt', DAM), make('b.txt', DAM_2), make('de.txt', GERMAN)]);
    const de = result.articles.find((a) => a.source === 'de.txt')!;
    expect(de.language).toBe('de');
    const story = result.stories.find((s) => s.articleIds.includes(de.id))!;
    expect(story.notAnalysed).toEqual([{ articleId: de.id, reason: expect.stringMatching(/not analysed/) }]);
    for (const s of result.stories) for (const c of s.claims) expect(c.articleIds).not.toContain(de.id);
  });

  it('handles a story of one article', () => {
    const result = analyzeArticles([make('a.txt', DAM)]);
    expect(result.stories).toHaveLength(1);
    const [story] = result.stories;
    expect(story!.claims.every((c) => c.status === 'single-source' && c.independentSources === 1)).toBe(true);
    expect(story!.conflicts).toEqual([]);
    expect(story!.brief.length).toBeGreaterThan(0);
  });

  it('handles an article with no sentences', () => {
    const empty = make('dots.txt', '... --- ...');
    expect(empty.annotation.sentences).toEqual([]);
    const result = analyzeArticles([empty, make('a.txt', DAM)]);
    const story = result.stories.find((s) => s.articleIds.includes(empty.id))!;
    expect(story.claims.every((c) => !c.articleIds.includes(empty.id))).toBe(true);
  });

  it('folds two files with the same content into one article, noted', () => {
    const result = analyzeArticles([make('a.txt', DAM), make('copy-of-a.txt', DAM)]);
    expect(result.articles).toHaveLength(1);
    expect(result.duplicates).toEqual([{ source: 'copy-of-a.txt', duplicateOf: result.articles[0]!.id }]);
  });

  it('notes contradictory metadata and does not date events from a future publication date', () => {
    const future = make('future.txt', DAM, { published: '2031-01-01' });
    expect(future.warnings.join(' ')).toMatch(/after the time of reading/);
    expect(future.annotation.times.every((t) => t.date === null)).toBe(true);
    const wrongTitle = make('title.txt', DAM, { title: 'Parliament approves new budget for schools and hospitals' });
    expect(wrongTitle.warnings.join(' ')).toMatch(/title does not match/);
    const fine = make('ok.txt', DAM, { published: '2026-03-11' });
    expect(fine.warnings).toEqual([]);
    expect(fine.annotation.times.find((t) => t.text.startsWith('Tuesday'))?.date).toBe('2026-03-10');
  });
});
