import type { ClusterState } from './cluster-state.ts';
import { ageStories, createClusterState, findBestStory, placeArticle } from './cluster-state.ts';
import { countDocument, vectorizeDocument } from './features.ts';
import { refineStories } from './refine.ts';
import type { Assignment, Story, StoryInput, StoryOptions } from './types.ts';

/**
 * Online story clustering: each article joins the story it fits best or opens a new one.
 *
 * const clusterer = new StoryClusterer();
 * clusterer.add({ id: 'a1', title: 'Quake hits Kyiv', text: '...', published: '2024-05-01' });
 * clusterer.refine(); // optional, after a batch: re-weigh with the final IDF, re-assign, merge
 * clusterer.stories(); // [{ id: 'story-1', articleIds: ['a1'] }]
 *
 * Live stories: a story can be joined while its latest article is within LIVE_WINDOW_DAYS of the newest
 * publication date seen and it gained an article within the last MAX_IDLE_ARTICLES additions (thresholds.ts);
 * after that it leaves the candidate index (posting lists are swept a slice per add()) but stays in stories().
 * The policy depends only on the articles added and their order, so a replay gives the same stories.
 * clusterStories (batch) turns it off.
 */
export class StoryClusterer {
  private readonly state: ClusterState;

  constructor(options?: StoryOptions) {
    this.state = createClusterState(options);
  }

  add(doc: StoryInput): Assignment {
    const { vocab, articles } = this.state;
    const counts = countDocument(doc, vocab);
    ageStories(this.state, counts.time);
    vocab.countDocument(counts.terms.ids, counts.entities.ids);
    const vectors = vectorizeDocument(counts, vocab);
    const match = findBestStory(this.state, vectors);
    articles.push({ id: doc.id, counts, vectors, story: -1 });
    const s = placeArticle(this.state, articles.length - 1, match?.story ?? -1);
    return { storyId: this.state.stories[s]!.id, score: match?.score ?? 0, isNew: match === null };
  }

  /** Second pass over everything added so far; story ids of surviving stories are kept. */
  refine(): void {
    refineStories(this.state);
  }

  /** Live stories in order of creation, articles in joining order. */
  stories(): Story[] {
    return this.state.stories
      .filter((story) => story.members.length > 0)
      .map((story) => ({ id: story.id, articleIds: story.members.map((a) => this.state.articles[a]!.id) }));
  }
}
