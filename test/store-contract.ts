import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../src/store/types.ts';
import { makeArticle, makeStory } from './store-fixtures.ts';

const QUAKE = 'An earthquake of magnitude 6.1 struck near Valparaiso on Monday, the national seismology office said.';
const FLOOD = 'Floods closed the main bridge in Porto Alegre after three days of rain, city officials said on Tuesday.';
const VOTE = 'Lawmakers in Oslo approved the fisheries budget by a narrow margin late on Wednesday.';

/**
 * The behaviour every Store backend must show. Run it from a backend's own test file:
 * runStoreContract('sqlite :memory:', () => openSqliteStore(':memory:'));
 */
export function runStoreContract(name: string, makeStore: () => Store): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(() => {
      store = makeStore();
    });
    afterEach(() => store.close());

    it('puts and gets an article with its hash, story and storage time', () => {
      const a = makeArticle('a1', QUAKE, { title: 'Quake', outlet: 'Wire' });
      const s = makeStory('s1', [a]);
      store.transaction(() => {
        expect(store.putArticles([a], new Map([['a1', 's1']])).added).toEqual(['a1']);
        store.putStory(s);
      });
      const got = store.getArticle('a1');
      expect(got?.article).toEqual(a);
      expect(got?.storyId).toBe('s1');
      expect(got?.contentHash).toMatch(/^[0-9a-f]{16}$/);
      expect(Date.parse(got?.storedAt ?? '')).not.toBeNaN();
      expect(store.hasArticle('a1')).toBe(true);
      expect(store.getArticle('nope')).toBeNull();
      expect(store.hasArticle('nope')).toBe(false);
    });

    it('dedupes by id, canonical URL and content hash, within and across calls', () => {
      const a = makeArticle('a1', QUAKE, { url: 'https://News.example.com/quake/?utm_source=mail#top' });
      const sameUrl = makeArticle('a2', FLOOD, { url: 'https://news.example.com/quake' });
      const sameText = makeArticle('a3', `  ${QUAKE.replace(' ', '   ')}\n`);
      const sameId = makeArticle('a1', VOTE);
      const first = store.putArticles([a, sameText], new Map());
      expect(first.added).toEqual(['a1']);
      expect(first.skipped).toEqual([{ id: 'a3', existingId: 'a1', reason: 'hash' }]);
      const second = store.putArticles([sameId, sameUrl, makeArticle('a4', VOTE)], new Map());
      expect(second.added).toEqual(['a4']);
      expect(second.skipped).toEqual([
        { id: 'a1', existingId: 'a1', reason: 'id' },
        { id: 'a2', existingId: 'a1', reason: 'url' },
      ]);
      expect(store.countArticles()).toBe(2);
    });

    it('lists articles in storage order, by story, with limit and offset', () => {
      const arts = [makeArticle('b', QUAKE), makeArticle('a', FLOOD), makeArticle('c', VOTE)];
      store.transaction(() => {
        store.putArticles(arts, new Map([['b', 's1'], ['c', 's1'], ['a', 's2']]));
        store.putStory(makeStory('s1', [arts[0]!, arts[2]!]));
        store.putStory(makeStory('s2', [arts[1]!]));
      });
      expect(store.listArticles().map((s) => s.article.id)).toEqual(['b', 'a', 'c']);
      expect(store.listArticles({ offset: 1, limit: 1 }).map((s) => s.article.id)).toEqual(['a']);
      expect(store.listArticles({ storyId: 's1' }).map((s) => s.article.id)).toEqual(['b', 'c']);
    });

    it('reads article summaries (metadata and sentence texts) by ids, in the order asked, and by story', () => {
      const arts = [makeArticle('b', QUAKE, { title: 'Quake', outlet: 'Wire' }), makeArticle('a', FLOOD), makeArticle('c', VOTE)];
      store.transaction(() => {
        store.putArticles(arts, new Map([['b', 's1'], ['c', 's1'], ['a', 's2']]));
        store.putStory(makeStory('s1', [arts[0]!, arts[2]!]));
        store.putStory(makeStory('s2', [arts[1]!]));
      });
      const [b] = store.getArticleSummaries(['b']);
      const full = store.getArticle('b')!;
      expect(b).toEqual({
        id: 'b',
        source: 'test:b',
        outlet: 'Wire',
        title: 'Quake',
        published: null,
        byline: null,
        url: null,
        language: 'en',
        sentences: arts[0]!.annotation.sentences.map((x) => x.text),
        storyId: 's1',
        storedAt: full.storedAt,
      });
      expect(store.getArticleSummaries(['c', 'nope', 'b']).map((x) => x.id)).toEqual(['c', 'b']);
      expect(store.getArticleSummaries([])).toEqual([]);
      expect(store.listArticleSummaries().map((x) => x.id)).toEqual(['b', 'a', 'c']);
      expect(store.listArticleSummaries({ offset: 1, limit: 1 }).map((x) => x.id)).toEqual(['a']);
      expect(store.listArticleSummaries({ storyId: 's1' }).map((x) => x.id)).toEqual(['b', 'c']);
      store.putStory(makeStory('s1', [arts[0]!]));
      expect(store.getArticleSummaries(['c'])[0]?.storyId).toBeNull();
    });

    it('keeps searches right when a story is re-stored or deleted', () => {
      const arts = [makeArticle('a', QUAKE, { title: 'Chile shaken' }), makeArticle('b', FLOOD, { title: 'Bridge shut' })];
      store.transaction(() => {
        store.putArticles(arts, new Map());
        store.putStory(makeStory('quake', [arts[0]!]));
        store.putStory(makeStory('flood', [arts[1]!]));
      });
      store.putStory(makeStory('quake', [arts[0]!]));
      expect(store.listStories({ q: 'Chile' }).map((s) => s.id)).toEqual(['quake']);
      store.deleteStory('quake');
      store.deleteStory('never-stored');
      expect(store.listStories({ q: 'Chile' })).toEqual([]);
      expect(store.listStories({ q: 'Porto' }).map((s) => s.id)).toEqual(['flood']);
    });

    it('rolls back every write of a failed transaction', () => {
      const a = makeArticle('a1', QUAKE);
      expect(() =>
        store.transaction(() => {
          store.putArticles([a], new Map());
          store.setState('k', 'v');
          store.putStory(makeStory('s1', [a]));
          throw new Error('boom');
        }),
      ).toThrow('boom');
      expect(store.countArticles()).toBe(0);
      expect(store.getState('k')).toBeNull();
      expect(store.getStory('s1')).toBeNull();
      expect(store.transaction(() => 42)).toBe(42);
    });

    it('keeps key-value state, overwriting on set', () => {
      expect(store.getState('clusterer')).toBeNull();
      store.setState('clusterer', '{"n":1}');
      store.setState('clusterer', '{"n":2}');
      expect(store.getState('clusterer')).toBe('{"n":2}');
    });

    it('replaces a story and its membership; deleting leaves its articles without a story', () => {
      const [a, b] = [makeArticle('a', QUAKE, { outlet: 'X' }), makeArticle('b', FLOOD, { outlet: 'Y' })];
      store.transaction(() => {
        store.putArticles([a, b], new Map());
        store.putStory(makeStory('s1', [a, b]));
      });
      expect(store.listStories()[0]).toMatchObject({ id: 's1', articleCount: 2, outletCount: 2 });
      store.putStory(makeStory('s1', [a]));
      expect(store.getStory('s1')?.articleIds).toEqual(['a']);
      expect(store.getArticle('b')?.storyId).toBeNull();
      store.deleteStory('s1');
      expect(store.getStory('s1')).toBeNull();
      expect(store.getArticle('a')?.storyId).toBeNull();
      expect(store.listStories()).toEqual([]);
    });

    it('searches titles, claims and article text; odd query characters are harmless', () => {
      const arts = [makeArticle('a', QUAKE, { title: 'Chile shaken' }), makeArticle('b', FLOOD, { title: 'Bridge shut' })];
      store.transaction(() => {
        store.putArticles(arts, new Map());
        store.putStory(makeStory('quake', [arts[0]!]));
        store.putStory(makeStory('flood', [arts[1]!]));
      });
      expect(store.listStories({ q: 'seismology' }).map((s) => s.id)).toEqual(['quake']);
      expect(store.listStories({ q: 'bridge' }).map((s) => s.id)).toEqual(['flood']);
      expect(store.listStories({ q: 'Porto Aleg' }).map((s) => s.id)).toEqual(['flood']);
      expect(store.listStories({ q: '"AND OR (*' }).map((s) => s.id)).toEqual([]);
      expect(store.listStories({ q: '' })).toEqual([]);
    });

    it('sorts stories by newest, most covered and most disputed, with limit and offset', () => {
      const old = makeArticle('o', VOTE, { published: '2020-01-01', outlet: 'A' });
      const wide = [makeArticle('w1', QUAKE, { published: '2021-01-01', outlet: 'A' }), makeArticle('w2', `${QUAKE} Aftershocks followed.`, { published: '2021-01-02', outlet: 'B' })];
      const disputed = [
        makeArticle('d1', 'The fire at the Lisbon depot killed 4 people on Friday, police said.', { published: '2020-06-01', outlet: 'A' }),
        makeArticle('d2', 'The fire at the Lisbon depot killed 9 people on Friday, police said.', { published: '2020-06-01', outlet: 'B' }),
      ];
      store.transaction(() => {
        store.putArticles([old, ...wide, ...disputed], new Map());
        store.putStory(makeStory('old', [old]));
        store.putStory(makeStory('wide', wide));
        store.putStory(makeStory('fire', disputed));
      });
      expect(store.listStories({ sort: 'newest' }).map((s) => s.id)).toEqual(['wide', 'fire', 'old']);
      expect(store.listStories({ sort: 'most-covered' }).map((s) => s.id)[2]).toBe('old');
      expect(store.getStory('fire')!.conflicts.length).toBeGreaterThan(0); // 4 vs 9 killed
      expect(store.listStories({ sort: 'most-disputed' })[0]).toMatchObject({ id: 'fire', conflictCount: 1 });
      expect(store.listStories({ sort: 'newest', limit: 1, offset: 1 }).map((s) => s.id)).toEqual(['fire']);
      expect(store.listStories()[0]?.updatedAt).toBe('2021-01-02');
    });
  });
}
