import { StoryClusterer } from './clusterer.ts';
import type { Story, StoryInput, StoryOptions } from './types.ts';

/**
 * Clusters a batch: IDF counted over the whole batch first (so it does not drift with order), one online pass in
 * the given order, then `refine`.
 *
 * clusterStories(articles).map((s) => s.articleIds) // [['a1', 'a3'], ['a2']]
 */
export function clusterStories(docs: StoryInput[], options: StoryOptions = {}): Story[] {
  // A batch is clustered as a whole: no story ages out of the index while it is read (see LIVE_WINDOW_DAYS).
  const clusterer = new StoryClusterer({
    liveWindowDays: Number.POSITIVE_INFINITY,
    maxIdleArticles: Number.POSITIVE_INFINITY,
    ...options,
  });
  // Each article is tokenised once: its counts seed the IDF (unless a background is given), then it is added.
  const counts = docs.map((doc) => clusterer.count(doc));
  if (!options.background) for (const c of counts) clusterer.seedCounted(c);
  docs.forEach((doc, k) => {
    clusterer.addCounted(doc.id, counts[k]!);
  });
  clusterer.refine();
  return clusterer.stories();
}
