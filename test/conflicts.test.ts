import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../src/analyze.ts';
import { toArticle } from '../src/extract/article.ts';
import { annotateArticle } from '../src/pipeline.ts';

const make = (source: string, outlet: string, content: string) =>
  annotateArticle(toArticle({ source, kind: 'text', content, meta: { outlet, published: '2025-11-20' } }, new Date('2025-11-21T00:00:00Z')));

const conflictsOf = (...articles: ReturnType<typeof make>[]) => analyzeArticles(articles).stories.flatMap((s) => s.conflicts);

const LEAD = 'Army Secretary Dan Driscoll arrived in Kyiv on Wednesday with a Pentagon delegation, the Army said.';

describe('conflicts between outlets', () => {
  it('finds a different person in the same slot, but not a spelling variant', () => {
    const a = make('a.txt', 'Outlet A', `Driscoll Visits Kyiv\n\n${LEAD} Driscoll met Ukrainian President Volodymyr Zelensky in Kyiv on Wednesday to discuss the peace plan.`);
    const b = make('b.txt', 'Outlet B', `Driscoll In Kyiv\n\n${LEAD} Driscoll met Ukrainian Defence Minister Denys Shmyhal in Kyiv on Wednesday to discuss the peace plan.`);
    const c = make('c.txt', 'Outlet C', `Driscoll Arrives\n\n${LEAD} Driscoll met Ukrainian President Volodymyr Zelenskyy in Kyiv on Wednesday to discuss the peace plan.`);
    const person = conflictsOf(a, b, c).filter((x) => x.kind === 'person');
    expect(person).toHaveLength(1);
    const values = person[0]!.sides.map((s) => s.value);
    expect(values.some((v) => /Shmyhal/.test(v))).toBe(true);
    expect(values.some((v) => /Zelensky/.test(v))).toBe(true);
  });

  it('treats refinements and additions as agreement', () => {
    const a = make('a.txt', 'Outlet A', 'Envoy Visit\n\nRussian envoy Kirill Dmitriev said he spent three days meeting the team in October, officials said.');
    const b = make('b.txt', 'Outlet B', 'Envoy Visit Detailed\n\nRussian envoy Kirill Dmitriev said he spent three days meeting the team in late October, in Miami, officials said.');
    expect(conflictsOf(a, b)).toEqual([]);
  });
});
