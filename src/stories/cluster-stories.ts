import { StoryClusterer } from './clusterer.ts';
import { countDocumentFrequencies } from './background.ts';
import type { Story, StoryInput, StoryOptions } from './types.ts';

/**
 * Clusters a batch: IDF counted over the whole batch first (so it does not drift with order), one online pass in
 * the given order, then `refine`.
 *
 * clusterStories(articles).map((s) => s.articleIds) // [['a1', 'a3'], ['a2']]
 */
export function clusterStories(docs: StoryInput[], options: StoryOptions = {}): Story[] {
  const background = options.background ?? countDocumentFrequencies(docs);
  // A batch is clustered as a whole: no story ages out of the index while it is read (see LIVE_WINDOW_DAYS).
  const clusterer = new StoryClusterer({
    liveWindowDays: Number.POSITIVE_INFINITY,
    maxIdleArticles: Number.POSITIVE_INFINITY,
    ...options,
    background,
  });
  for (const doc of docs) clusterer.add(doc);
  clusterer.refine();
  return clusterer.stories();
}
