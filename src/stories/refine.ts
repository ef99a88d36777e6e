import { CandidateIndex } from './candidate-index.ts';
import type { ClusterState } from './cluster-state.ts';
import { findBestStory, placeArticle } from './cluster-state.ts';
import type { DocumentVectors } from './features.ts';
import { vectorizeDocument } from './features.ts';
import { normalizeVector } from './sparse.ts';
import type { StoryState } from './story-state.ts';
import { createStory, joinStory, leaveStory } from './story-state.ts';
import { splitStories } from './split.ts';
import { REFINE_ROUNDS } from './thresholds.ts';

/** Re-weighs every article with the final IDF and rebuilds centroids and the index from them. */
function revectorize(state: ClusterState): void {
  for (const article of state.articles) article.vectors = vectorizeDocument(article.counts, state.vocab);
  state.index = new CandidateIndex();
  state.stories.forEach((story, s) => {
    const members = story.members;
    Object.assign(story, createStory(story.id));
    for (const a of members) {
      joinStory(story, a, state.articles[a]!.vectors);
      state.index.post(state.articles[a]!.vectors, s);
    }
  });
}

/** Moves each article, in id order, to the story it fits best once it is taken out of its own. */
function reassignArticles(state: ClusterState): number {
  const order = [...state.articles.keys()].sort((x, y) => compareIds(state.articles[x]!.id, state.articles[y]!.id));
  const vectorOf = (i: number) => state.articles[i]!.vectors;
  let moved = 0;
  for (const a of order) {
    const article = state.articles[a]!;
    const home = article.story;
    if (state.stories[home]!.members.length > 1) {
      // Asked without leaving: most articles stay, and a story left and re-joined rebuilds its centroid twice.
      const target = findBestStory(state, article.vectors, { leaving: { story: home, article: a } })?.story ?? -1;
      if (target === home) continue;
      leaveStory(state.stories[home]!, a, article.vectors, vectorOf);
      placeArticle(state, a, target);
      moved++;
      continue;
    }
    leaveStory(state.stories[home]!, a, article.vectors, vectorOf);
    let target = findBestStory(state, article.vectors)?.story ?? -1;
    if (target < 0 && state.stories[home]!.members.length === 0) target = home;
    placeArticle(state, a, target);
    if (article.story !== home) moved++;
  }
  return moved;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A story's centroid as if it were one article, to look up and score the stories near it. */
function describeStory(story: StoryState): DocumentVectors {
  return { text: normalizeVector(story.text), entities: normalizeVector(story.entities), time: story.firstTime };
}

/** Merges stories whose centroids are closer than the merge threshold; the larger story absorbs the smaller. */
function mergeStories(state: ClusterState): number {
  let merged = 0;
  state.stories.forEach((story, s) => {
    if (story.members.length === 0) return;
    const match = findBestStory(state, describeStory(story), { exclude: s, centroidOnly: true });
    if (match === null || match.score < state.settings.mergeThreshold) return;
    const [big, small] = ordered(state, s, match.story);
    for (const a of state.stories[small]!.members) placeArticle(state, a, big);
    Object.assign(state.stories[small]!, createStory(state.stories[small]!.id));
    merged++;
  });
  return merged;
}

function ordered(state: ClusterState, s: number, t: number): [number, number] {
  const sizeS = state.stories[s]!.members.length;
  const sizeT = state.stories[t]!.members.length;
  return sizeS > sizeT || (sizeS === sizeT && s < t) ? [s, t] : [t, s];
}

/**
 * The second pass: recompute vectors with the final IDF, alternate re-assignment and merging until stable, then
 * split stories that hold two events of the same kind (see split.ts).
 * It removes most of the dependence on arrival order that a single online pass has.
 */
export function refineStories(state: ClusterState): void {
  revectorize(state);
  for (let round = 0; round < REFINE_ROUNDS; round++) {
    const changes = reassignArticles(state) + mergeStories(state);
    if (changes === 0) break;
  }
  splitStories(state);
}
