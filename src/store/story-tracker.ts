import { toStoryInput } from '../analyze.ts';
import type { AnnotatedArticle } from '../pipeline.ts';
import { StoryClusterer } from '../stories/index.ts';
import type { StoryInput } from '../stories/types.ts';
import type { ArticleSummary, Store } from './types.ts';

/** Articles read per page when replaying the store: bounds memory, whatever the store's size. */
const REPLAY_PAGE = 500;

/**
 * What the clusterer sees of a stored article: the same input `toStoryInput` (src/analyze.ts) builds from the full
 * article, built from its summary so a replay never parses full records (test/store-summaries.test.ts checks they agree).
 */
export function summaryToStoryInput(s: ArticleSummary): StoryInput {
  return { id: s.id, title: s.title, text: s.sentences.join('\n'), published: s.published, language: s.language };
}

/**
 * Keeps an online StoryClusterer in step with a store, with no clusterer state saved anywhere.
 *
 * Invariant: an article's stored story is what the clusterer assigns when fed every stored article in storage
 * order. The clusterer is deterministic, so any process rebuilds the same state by replaying the store, and
 * `catchUp` (called inside the write transaction, before a batch) replays what other processes or earlier runs
 * stored since. If the replay disagrees with a stored story (the clustering code changed), the replay wins and both
 * stories are returned as touched, to be re-analysed and re-stored.
 *
 * Cost: a process start replays every stored article (summary read + cluster), linear in the store's size.
 */
export class StoryTracker {
  private clusterer = new StoryClusterer();
  private seen = 0;
  /** Stories whose stored membership the replay disagreed with, not yet re-stored. */
  private moved = new Set<string>();

  /**
   * Replays articles stored after the ones this tracker has seen. Call it once outside the write transaction (the
   * long replay at start does not hold the lock) and again inside it (only what others stored meanwhile).
   */
  catchUp(store: Store): void {
    const touched = this.moved;
    for (;;) {
      const page = store.listArticleSummaries({ offset: this.seen, limit: REPLAY_PAGE });
      for (const stored of page) {
        const { storyId } = this.clusterer.add(summaryToStoryInput(stored));
        if (storyId !== stored.storyId) {
          touched.add(storyId);
          if (stored.storyId) touched.add(stored.storyId);
        }
      }
      this.seen += page.length;
      if (page.length < REPLAY_PAGE) return;
    }
  }

  /** Stories the replay moved articles into or out of; the caller re-stores them in the same transaction. */
  takeMoved(): Set<string> {
    const moved = this.moved;
    this.moved = new Set();
    return moved;
  }

  /** Clusters articles just stored (in storage order); returns the stories they joined. */
  place(articles: AnnotatedArticle[]): Set<string> {
    const touched = new Set<string>();
    for (const a of articles) touched.add(this.clusterer.add(toStoryInput(a)).storyId);
    this.seen += articles.length;
    return touched;
  }

  /** Current members of each live story. */
  members(): Map<string, string[]> {
    return new Map(this.clusterer.stories().map((s) => [s.id, s.articleIds]));
  }

  /** Forgets everything (after a rolled-back batch the clusterer is ahead of the store); the next catchUp rebuilds. */
  reset(): void {
    this.clusterer = new StoryClusterer();
    this.seen = 0;
    this.moved = new Set();
  }
}
