import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterStories } from './cluster-stories.ts';
import { StoryClusterer } from './clusterer.ts';
import type { StoryInput } from './types.ts';

const WORDS = ['quake', 'Chile', 'Nepal', 'flood', 'Kyiv', 'vote', '7.1', '40', 'killed', 'Driscoll', 'election'];

const arbitraryText = fc.oneof(
  fc.string(),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((ws) => ws.join(' ')),
);

const arbitraryDocs = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    title: fc.option(arbitraryText, { nil: null }),
    text: arbitraryText,
    published: fc.option(fc.oneof(fc.constant('2024-03-05'), fc.constant('not a date'), fc.string()), { nil: null }),
    language: fc.option(fc.constantFrom('en', 'de', 'ja', ''), { nil: undefined }),
  }),
  { selector: (d) => d.id, maxLength: 25 },
);

describe('story clustering properties', () => {
  it('never throws and assigns every article to exactly one story', () => {
    fc.assert(
      fc.property(arbitraryDocs, (docs) => {
        const inputs = docs as StoryInput[];
        const ids = clusterStories(inputs).flatMap((s) => s.articleIds);
        expect(ids.sort()).toEqual(inputs.map((d) => d.id).sort());
        const clusterer = new StoryClusterer();
        for (const d of inputs) clusterer.add(d);
        clusterer.refine();
        expect(clusterer.stories().flatMap((s) => s.articleIds).length).toBe(inputs.length);
      }),
      { numRuns: 150 },
    );
  });
});
