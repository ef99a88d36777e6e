import { describe, expect, it } from 'vitest';
import { clusterStories } from './cluster-stories.ts';
import { StoryClusterer } from './clusterer.ts';
import { MIN_IDLE_ARTICLES } from './thresholds.ts';
import type { StoryInput } from './types.ts';

const doc = (id: string, title: string | null, text: string, published: string | null = null): StoryInput => ({
  id,
  title,
  text,
  published,
});

const QUAKES: StoryInput[] = [
  doc('q1', 'Magnitude 7.1 earthquake strikes Chile', 'A magnitude 7.1 earthquake struck near Valparaiso in Chile on Tuesday, killing 12 people, officials in Santiago said.', '2024-03-05'),
  doc('q2', 'Chile quake kills 12', 'The 7.1 quake near Valparaiso killed 12 people and damaged homes across central Chile, President Boric said.', '2024-03-05'),
  doc('q3', 'Strong earthquake hits Valparaiso', 'Rescuers in Valparaiso searched rubble after the magnitude 7.1 earthquake in Chile left 12 dead.', '2024-03-06'),
  doc('q4', 'Magnitude 6.2 earthquake strikes Nepal', 'A magnitude 6.2 earthquake struck near Pokhara in Nepal on Friday, killing 40 people, officials in Kathmandu said.', '2024-08-16'),
  doc('q5', 'Nepal quake kills 40', 'The 6.2 quake near Pokhara killed 40 people and damaged homes across western Nepal, Prime Minister Dahal said.', '2024-08-16'),
  doc('q6', 'Strong earthquake hits Pokhara', 'Rescuers in Pokhara searched rubble after the magnitude 6.2 earthquake in Nepal left 40 dead.', '2024-08-17'),
];

const sets = (docs: StoryInput[]) =>
  clusterStories(docs)
    .map((s) => [...s.articleIds].sort().join(','))
    .sort();

describe('clusterStories', () => {
  it('keeps two earthquakes with different places and magnitudes apart', () => {
    expect(sets(QUAKES)).toEqual(['q1,q2,q3', 'q4,q5,q6']);
  });

  it('puts three rewrites of one story together', () => {
    const base = 'Army Secretary Dan Driscoll met Ukrainian officials in Kyiv on Thursday to discuss a peace plan.';
    const rewrites = [
      doc('r1', 'Driscoll in Kyiv', base),
      doc('r2', 'US Army chief visits Kyiv', 'In Kyiv on Thursday, Army Secretary Dan Driscoll discussed a peace plan with Ukrainian officials.'),
      doc('r3', null, 'Dan Driscoll, the Army Secretary, held talks on a peace plan with Ukrainian officials in Kyiv.'),
    ];
    expect(sets(rewrites)).toEqual(['r1,r2,r3']);
  });

  it('clusters headline-only items (empty text or text equal to the title)', () => {
    const title = 'Magnitude 7.1 earthquake strikes Valparaiso, Chile';
    const items = [doc('h1', title, ''), doc('h2', title, title), doc('h3', 'Nepal budget passes parliament', '')];
    expect(sets(items)).toEqual(['h1,h2', 'h3']);
  });

  it('handles non-English and empty articles without throwing', () => {
    const items: StoryInput[] = [
      { ...doc('de1', 'Erdbeben in Chile', 'Ein schweres Erdbeben der Stärke 7,1 erschütterte Valparaíso.'), language: 'de' },
      { ...doc('de2', 'Chile: Erdbeben', 'Das Erdbeben der Stärke 7,1 erschütterte Valparaíso am Dienstag.'), language: 'de' },
      { ...doc('ja1', '地震', 'チリで強い地震が発生しました。'), language: 'ja' },
      doc('e1', null, ''),
      doc('e2', '', '   '),
    ];
    const stories = clusterStories(items);
    expect(stories.flatMap((s) => s.articleIds).sort()).toEqual(['de1', 'de2', 'e1', 'e2', 'ja1']);
    expect(sets(items)).toContain('de1,de2');
  });

  it('is deterministic', () => {
    expect(clusterStories(QUAKES)).toEqual(clusterStories(QUAKES));
  });
});

describe('StoryClusterer', () => {
  it('reports new and joined stories as articles arrive', () => {
    const clusterer = new StoryClusterer();
    const first = clusterer.add(QUAKES[0]!);
    const second = clusterer.add(QUAKES[1]!);
    expect(first.isNew).toBe(true);
    expect(second).toMatchObject({ storyId: first.storyId, isNew: false });
    expect(second.score).toBeGreaterThan(0);
    expect(clusterer.add(QUAKES[3]!).isNew).toBe(true);
  });

  it('lowers the score when dates are far apart', () => {
    const near = new StoryClusterer();
    const far = new StoryClusterer();
    near.add(QUAKES[0]!);
    far.add(QUAKES[0]!);
    const later = { ...QUAKES[1]!, published: '2025-03-05' };
    expect(far.add(later).score).toBeLessThan(near.add(QUAKES[1]!).score);
  });
});

describe('live-story window', () => {
  const [q1, q2] = [QUAKES[0]!, QUAKES[1]!];
  it('stops matching a story outside the date window once it has been idle for MIN_IDLE_ARTICLES additions', () => {
    const run = (liveWindowDays: number) => {
      const clusterer = new StoryClusterer({ liveWindowDays });
      const first = clusterer.add(q1);
      for (let i = 0; i <= MIN_IDLE_ARTICLES; i++) clusterer.add(doc(`f${i}`, null, 'Filler note.', '2024-06-01'));
      return { first, next: clusterer.add({ ...q2, published: '2024-06-02' }), stories: clusterer.stories() };
    };
    const windowed = run(60);
    expect(windowed.next.storyId).not.toBe(windowed.first.storyId);
    expect(windowed.stories.map((s) => s.id)).toContain(windowed.first.storyId);
    const unbounded = run(Number.POSITIVE_INFINITY);
    expect(unbounded.next.storyId).toBe(unbounded.first.storyId);
  });

  it('stops matching a story idle for more than maxIdleArticles additions', () => {
    const clusterer = new StoryClusterer({ maxIdleArticles: 1 });
    clusterer.add({ ...q1, published: null });
    clusterer.add(doc('o1', 'Budget passes parliament', 'The budget passed parliament.'));
    clusterer.add(doc('o2', 'Storm closes schools', 'A storm closed schools.'));
    expect(clusterer.add({ ...q2, published: null }).isNew).toBe(true);
    const kept = new StoryClusterer({ maxIdleArticles: 10 });
    const kept1 = kept.add({ ...q1, published: null });
    kept.add(doc('o1', 'Budget passes parliament', 'The budget passed parliament.'));
    expect(kept.add({ ...q2, published: null }).storyId).toBe(kept1.storyId);
  });
});
