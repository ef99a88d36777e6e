import { StoryClusterer } from './clusterer.ts';
import type { DocumentCounts } from './features.ts';
import type { Story, StoryInput, StoryOptions } from './types.ts';

/**
 * A batch clustered as a whole, added one article at a time: each is tokenised and counted as it is added (only
 * its counts are kept), and cluster() then seeds the IDF with the whole batch (so it does not drift with order),
 * runs one online pass in the order added, then `refine`.
 */
export class StoryBatch {
  private readonly clusterer: StoryClusterer;
  private readonly ids: string[] = [];
  private readonly counts: DocumentCounts[] = [];

  constructor(private readonly options: StoryOptions = {}) {
    // No story ages out of the index while a batch is read (see LIVE_WINDOW_DAYS).
    this.clusterer = new StoryClusterer({ liveWindowDays: Number.POSITIVE_INFINITY, maxIdleArticles: Number.POSITIVE_INFINITY, ...options });
  }

  add(doc: StoryInput): void {
    this.ids.push(doc.id);
    this.counts.push(this.clusterer.count(doc));
  }

  cluster(): Story[] {
    if (!this.options.background) for (const c of this.counts) this.clusterer.seedCounted(c);
    this.ids.forEach((id, k) => {
      this.clusterer.addCounted(id, this.counts[k]!);
    });
    this.clusterer.refine();
    return this.clusterer.stories();
  }
}

/**
 * Clusters a batch (see StoryBatch).
 *
 * clusterStories(articles).map((s) => s.articleIds) // [['a1', 'a3'], ['a2']]
 */
export function clusterStories(docs: StoryInput[], options: StoryOptions = {}): Story[] {
  const batch = new StoryBatch(options);
  for (const doc of docs) batch.add(doc);
  return batch.cluster();
}
