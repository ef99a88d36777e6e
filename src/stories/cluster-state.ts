import { CandidateIndex } from './candidate-index.ts';
import type { DocumentCounts, DocumentVectors } from './features.ts';
import { loadDense } from './sparse.ts';
import { scoreMember, scoreStory, scoreStoryWithout } from './similarity.ts';
import type { StoryState } from './story-state.ts';
import { createStory, joinStory } from './story-state.ts';
import {
  ENTITY_WEIGHT,
  JOIN_THRESHOLD,
  LIVE_WINDOW_DAYS,
  MAX_IDLE_ARTICLES,
  MEMBER_CAP,
  MEMBER_SCAN_CANDIDATES,
  MEMBER_THRESHOLD,
  MERGE_THRESHOLD,
  MIN_IDLE_ARTICLES,
  SPLIT_COHESION_RATIO,
  SPLIT_THRESHOLD,
  SWEEP_LISTS,
} from './thresholds.ts';
import type { StoryOptions } from './types.ts';
import { Vocabulary } from './vocabulary.ts';

export interface Settings {
  joinThreshold: number;
  memberThreshold: number;
  mergeThreshold: number;
  splitThreshold: number;
  splitCohesionRatio: number;
  entityWeight: number;
  liveWindowMs: number;
  maxIdleArticles: number;
  minIdleArticles: number;
}

const DAY_MS = 86_400_000;

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
  /** Latest publication time seen (ms), the clock of the live-story window; -Infinity before any dated article. */
  newestTime: number;
  /** isLiveStory bound to this state, made once (lookup and sweep run per article). */
  isLive: (story: number) => boolean;
}

export interface Match {
  story: number;
  score: number;
}

export function createClusterState(options: StoryOptions = {}): ClusterState {
  const entityWeight = options.entityWeight ?? ENTITY_WEIGHT;
  // A share of the score: the member-scan skip (MAX_MEMBER_SCORE) relies on scores being a weighted mean.
  if (!(entityWeight >= 0 && entityWeight <= 1)) throw new RangeError(`entityWeight must lie in [0, 1], not ${entityWeight}`);
  const vocab = new Vocabulary();
  if (options.background) vocab.seed(options.background);
  const state: ClusterState = {
    settings: {
      joinThreshold: options.joinThreshold ?? JOIN_THRESHOLD,
      memberThreshold: options.memberThreshold ?? MEMBER_THRESHOLD,
      mergeThreshold: options.mergeThreshold ?? MERGE_THRESHOLD,
      splitThreshold: options.splitThreshold ?? SPLIT_THRESHOLD,
      splitCohesionRatio: options.splitCohesionRatio ?? SPLIT_COHESION_RATIO,
      entityWeight,
      liveWindowMs: (options.liveWindowDays ?? LIVE_WINDOW_DAYS) * DAY_MS,
      maxIdleArticles: options.maxIdleArticles ?? MAX_IDLE_ARTICLES,
      minIdleArticles: Math.min(MIN_IDLE_ARTICLES, options.maxIdleArticles ?? MAX_IDLE_ARTICLES),
    },
    vocab,
    articles: [],
    stories: [],
    index: new CandidateIndex(),
    dense: new Float64Array(1024),
    newestTime: Number.NEGATIVE_INFINITY,
    isLive: (s) => isLiveStory(state, s),
  };
  return state;
}

/**
 * Whether a story can still be found: it has members and it gained an article within the last maxIdleArticles
 * additions, or within the last minIdleArticles when its latest article is outside the live window of the newest
 * publication date seen (see thresholds.ts). Deterministic: it depends on the articles added, in order, never on
 * the wall clock; and once false it stays false, so the index may forget the story for good.
 */
export function isLiveStory(state: ClusterState, s: number): boolean {
  const story = state.stories[s];
  if (story === undefined || story.members.length === 0) return false;
  const { liveWindowMs, maxIdleArticles, minIdleArticles } = state.settings;
  const idle = state.articles.length - 1 - story.lastArticle;
  if (idle > maxIdleArticles) return false;
  const outdated = story.lastTime !== null && state.newestTime - story.lastTime > liveWindowMs;
  return !outdated || idle <= minIdleArticles;
}

/** Advances the live-story clock to an article's date and lets the index drop a slice of stories that left it. */
export function ageStories(state: ClusterState, time: number | null): void {
  if (time !== null && time > state.newestTime) state.newestTime = time;
  state.index.sweep(state.isLive, SWEEP_LISTS);
}

function ensureDense(state: ClusterState): void {
  if (state.dense.length >= state.vocab.size) return;
  state.dense = new Float64Array(Math.max(state.vocab.size, state.dense.length * 2));
}

/** Best score against the story's most recent members (other than `skip`), one by one. */
function scoreBestMember(state: ClusterState, doc: DocumentVectors, story: StoryState, skip = -1): number {
  let best = 0;
  let seen = 0;
  for (let k = story.members.length - 1; k >= 0 && seen < MEMBER_CAP; k--) {
    if (story.members[k] === skip) continue;
    seen++;
    const member = state.articles[story.members[k]!]!;
    best = Math.max(best, scoreMember(state.dense, doc, member.vectors, state.settings));
  }
  return best;
}

/** Publication span of a story's members other than `skip`. */
function spanWithout(state: ClusterState, story: StoryState, skip: number): { first: number | null; last: number | null } {
  let first: number | null = null;
  let last: number | null = null;
  for (const m of story.members) {
    const t = m === skip ? null : state.articles[m]!.vectors.time;
    if (t === null) continue;
    first = first === null ? t : Math.min(first, t);
    last = last === null ? t : Math.max(last, t);
  }
  return { first, last };
}

export interface FindOptions {
  /** A story not to return (the one being merged). */
  exclude?: number;
  /** Compare centroids only, against the merge threshold (refine's merge step). */
  centroidOnly?: boolean;
  /** The article being scored is this member of its story: score its story as if it had left (refine). */
  leaving?: { story: number; article: number };
}

/**
 * A member's score is at most this: a weighted mean of two cosines of unit vectors, times a date discount of at
 * most 1 (the slack covers rounding).
 */
const MAX_MEMBER_SCORE = 1 + 1e-6;

/**
 * How far the article clears the story's thresholds (negative: it does not), and its score. `toBeat`: the best
 * margin found so far; when neither the centroid nor any member could reach it, the members are not scanned (the
 * story cannot be chosen, so its exact margin does not matter).
 */
function measureMargin(state: ClusterState, doc: DocumentVectors, story: StoryState, options: FindOptions, rank: number, toBeat: number) {
  const { joinThreshold, memberThreshold, mergeThreshold } = state.settings;
  const leaving = options.leaving !== undefined && state.stories[options.leaving.story] === story ? options.leaving.article : -1;
  const centroid =
    leaving >= 0 ? scoreStoryWithout(state.dense, doc, story, spanWithout(state, story, leaving), state.settings) : scoreStory(state.dense, doc, story, state.settings);
  if (options.centroidOnly) return { margin: centroid - mergeThreshold, score: centroid };
  if (rank >= MEMBER_SCAN_CANDIDATES) return { margin: centroid - joinThreshold, score: centroid };
  if (centroid - joinThreshold < toBeat && MAX_MEMBER_SCORE - memberThreshold < toBeat) return { margin: centroid - joinThreshold, score: centroid };
  const member = scoreBestMember(state, doc, story, leaving);
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
  const candidates = state.index.lookup(doc, state.isLive);
  for (let rank = 0; rank < candidates.length; rank++) {
    const s = candidates[rank]!;
    if (s === options.exclude) continue;
    const margin = measureMargin(state, doc, state.stories[s]!, options, rank, bestMargin);
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
