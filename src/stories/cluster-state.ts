import { CandidateIndex } from './candidate-index.ts';
import type { DocumentCounts, DocumentVectors } from './features.ts';
import { loadDense } from './sparse.ts';
import { scoreMember, scoreStory } from './similarity.ts';
import type { StoryState } from './story-state.ts';
import { createStory, joinStory } from './story-state.ts';
import {
  ENTITY_WEIGHT,
  JOIN_THRESHOLD,
  MEMBER_CAP,
  MEMBER_THRESHOLD,
  MERGE_THRESHOLD,
  SPLIT_THRESHOLD,
} from './thresholds.ts';
import type { StoryOptions } from './types.ts';
import { Vocabulary } from './vocabulary.ts';

export interface Settings {
  joinThreshold: number;
  memberThreshold: number;
  mergeThreshold: number;
  splitThreshold: number;
  entityWeight: number;
}

export interface Article {
  id: string;
  counts: DocumentCounts;
  vectors: DocumentVectors;
  story: number;
}

/** Everything the online pass and the refine pass share. */
export interface ClusterState {
  settings: Settings;
  vocab: Vocabulary;
  articles: Article[];
  stories: StoryState[];
  index: CandidateIndex;
  /** Scratch array indexed by term id, holding the article being scored. */
  dense: Float64Array;
}

export interface Match {
  story: number;
  score: number;
}

export function createClusterState(options: StoryOptions = {}): ClusterState {
  const vocab = new Vocabulary();
  if (options.background) vocab.seed(options.background);
  return {
    settings: {
      joinThreshold: options.joinThreshold ?? JOIN_THRESHOLD,
      memberThreshold: options.memberThreshold ?? MEMBER_THRESHOLD,
      mergeThreshold: options.mergeThreshold ?? MERGE_THRESHOLD,
      splitThreshold: options.splitThreshold ?? SPLIT_THRESHOLD,
      entityWeight: options.entityWeight ?? ENTITY_WEIGHT,
    },
    vocab,
    articles: [],
    stories: [],
    index: new CandidateIndex(),
    dense: new Float64Array(1024),
  };
}

function ensureDense(state: ClusterState): void {
  if (state.dense.length >= state.vocab.size) return;
  state.dense = new Float64Array(Math.max(state.vocab.size, state.dense.length * 2));
}

/** Best score against the story's most recent members, one by one. */
function scoreBestMember(state: ClusterState, doc: DocumentVectors, story: StoryState): number {
  let best = 0;
  const from = Math.max(0, story.members.length - MEMBER_CAP);
  for (let k = from; k < story.members.length; k++) {
    const member = state.articles[story.members[k]!]!;
    best = Math.max(best, scoreMember(state.dense, doc, member.vectors, state.settings));
  }
  return best;
}

export interface FindOptions {
  /** A story not to return (the one being merged). */
  exclude?: number;
  /** Compare centroids only, against the merge threshold (refine's merge step). */
  centroidOnly?: boolean;
}

/** How far the article clears the story's thresholds (negative: it does not), and its score. */
function measureMargin(state: ClusterState, doc: DocumentVectors, story: StoryState, options: FindOptions) {
  const { joinThreshold, memberThreshold, mergeThreshold } = state.settings;
  const centroid = scoreStory(state.dense, doc, story, state.settings);
  if (options.centroidOnly) return { margin: centroid - mergeThreshold, score: centroid };
  const member = scoreBestMember(state, doc, story);
  return { margin: Math.max(centroid - joinThreshold, member - memberThreshold), score: Math.max(centroid, member) };
}

/**
 * The story the article should join: the candidate with the largest margin over its threshold, either against
 * the centroid or against its closest member; null when no candidate clears either threshold.
 */
export function findBestStory(state: ClusterState, doc: DocumentVectors, options: FindOptions = {}): Match | null {
  ensureDense(state);
  loadDense(state.dense, doc.text);
  loadDense(state.dense, doc.entities);
  let best: Match | null = null;
  let bestMargin = 0;
  for (const s of state.index.lookup(doc, (i) => (state.stories[i]?.members.length ?? 0) > 0)) {
    if (s === options.exclude) continue;
    const margin = measureMargin(state, doc, state.stories[s]!, options);
    if (margin.margin >= bestMargin) {
      best = { story: s, score: margin.score };
      bestMargin = margin.margin;
    }
  }
  loadDense(state.dense, doc.text, true);
  loadDense(state.dense, doc.entities, true);
  return best;
}

/** Puts article `a` into story `s` (a new story when s is -1); returns the story index. */
export function placeArticle(state: ClusterState, a: number, s: number): number {
  const article = state.articles[a]!;
  if (s < 0) {
    s = state.stories.length;
    state.stories.push(createStory(`story-${s + 1}`));
  }
  joinStory(state.stories[s]!, a, article.vectors);
  article.story = s;
  state.index.post(article.vectors, s);
  return s;
}
