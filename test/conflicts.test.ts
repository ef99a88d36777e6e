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

  it('finds a toll given differently in sentences too different to be one claim, and disputes both', () => {
    const a = make('a.txt', 'Outlet A', 'Dam Bursts\n\nTwelve people were killed when part of the Kestrel Gorge Dam gave way late on Tuesday, the agency reported.');
    const b = make('b.txt', 'Outlet B', 'Dam Collapse\n\nThe collapse of the Kestrel Gorge Dam killed 14 people, the regional hospital in Varnholm said on Wednesday.');
    const story = analyzeArticles([a, b]).stories[0]!;
    const toll = story.conflicts.find((c) => c.kind === 'number');
    expect(toll?.sides.map((s) => s.value).sort()).toEqual(['12', '14']);
    expect(toll?.quantity).toBe('people killed');
    for (const id of toll!.claimIds) expect(story.claims.find((c) => c.id === id)?.status).toBe('disputed');
    expect(story.brief.some((b) => b.text.startsWith('Outlets differ on the number of people killed'))).toBe(true);
  });

  it('does not set a yearly rate against a running total, nor totals counted from different years', () => {
    const a = make('a.txt', 'Outlet A', 'Hot Car Deaths\n\nAn estimated 37 children have died of heat stroke in hot cars each year in the United States, the website says.');
    const b = make('b.txt', 'Outlet B', 'Hot Car Deaths Rise\n\nIn all, 749 children have died of heat stroke in hot cars in the United States since 1998, the website says.');
    const c = make('c.txt', 'Outlet C', 'Hot Car Deaths in Tennessee\n\nThere have been 30 children who have died of heat stroke in hot cars in Tennessee since 1990, the website says.');
    expect(conflictsOf(a, b, c).filter((x) => x.kind === 'number')).toEqual([]);
  });

  it('takes a range as agreeing with a figure inside it', () => {
    const a = make('a.txt', 'Outlet A', 'Tower Losses\n\nResidents of the sinking tower say they lost $3-$4 million selling their flats at a loss last year.');
    const b = make('b.txt', 'Outlet B', 'Tower Losses Mount\n\nResidents of the sinking tower say they lost $3 million selling their flats at a loss last year.');
    expect(conflictsOf(a, b).filter((x) => x.kind === 'number')).toEqual([]);
  });

  it('does not compare other counts across claims', () => {
    const a = make('a.txt', 'Outlet A', 'Virus Cases\n\nFlorida recorded 35,355 new cases and 279 deaths on Sunday, the state health department said.');
    const b = make('b.txt', 'Outlet B', 'Virus Cases Fall\n\nThe country is averaging 137,000 new cases a day, a nine percent decrease from the week before, officials said.');
    expect(conflictsOf(a, b).filter((c) => c.kind === 'number')).toEqual([]);
  });

  it('treats refinements and additions as agreement', () => {
    const a = make('a.txt', 'Outlet A', 'Envoy Visit\n\nRussian envoy Kirill Dmitriev said he spent three days meeting the team in October, officials said.');
    const b = make('b.txt', 'Outlet B', 'Envoy Visit Detailed\n\nRussian envoy Kirill Dmitriev said he spent three days meeting the team in late October, in Miami, officials said.');
    expect(conflictsOf(a, b)).toEqual([]);
  });
});
