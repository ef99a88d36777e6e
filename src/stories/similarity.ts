import type { DocumentVectors } from './features.ts';
import type { SparseVector } from './sparse.ts';
import { dotDense } from './sparse.ts';
import type { StoryState } from './story-state.ts';
import { TIME_GRACE_DAYS, TIME_PENALTY, TIME_SCALE_DAYS } from './thresholds.ts';

const DAY_MS = 86_400_000;

/** How the word and entity cosines are mixed. */
export interface ScoreWeights {
  entityWeight: number;
}

/** Days from time to the span [first, last]; 0 inside it or when either side is unknown. */
function measureGapDays(time: number | null, first: number | null, last: number | null): number {
  if (time === null || first === null || last === null) return 0;
  if (time < first) return (first - time) / DAY_MS;
  if (time > last) return (time - last) / DAY_MS;
  return 0;
}

/** 1 for dates within the grace period, falling linearly to 1 - TIME_PENALTY a scale period later. */
export function weighTimeGap(gapDays: number): number {
  const over = Math.min(1, Math.max(0, (gapDays - TIME_GRACE_DAYS) / TIME_SCALE_DAYS));
  return 1 - TIME_PENALTY * over;
}

/** Mixes word and entity cosines; when either side has no entity keys the word cosine alone decides. */
function mixCosines(textCos: number, entityCos: number, hasEntities: boolean, weights: ScoreWeights): number {
  if (!hasEntities) return textCos;
  return (1 - weights.entityWeight) * textCos + weights.entityWeight * entityCos;
}

/**
 * Score of the article loaded in `dense` (see loadDense) against a centroid-like pair of vectors.
 * The article vectors are unit length, so dividing by the other side's norm gives the cosine.
 */
export function scoreAgainst(
  dense: Float64Array,
  doc: DocumentVectors,
  other: { text: SparseVector; textNorm: number; entities: SparseVector; entityNorm: number },
  weights: ScoreWeights,
): number {
  const textCos = other.textNorm > 0 ? dotDense(dense, other.text) / other.textNorm : 0;
  const hasEntities = doc.entities.ids.length > 0 && other.entityNorm > 0;
  const entityCos = hasEntities ? dotDense(dense, other.entities) / other.entityNorm : 0;
  return mixCosines(textCos, entityCos, hasEntities, weights);
}

/** Score against a story centroid, discounted by the date gap. */
export function scoreStory(
  dense: Float64Array,
  doc: DocumentVectors,
  story: StoryState,
  weights: ScoreWeights,
): number {
  const gap = measureGapDays(doc.time, story.firstTime, story.lastTime);
  return scoreAgainst(dense, doc, story, weights) * weighTimeGap(gap);
}

/** Score against one member article, discounted by the date gap between the two. */
export function scoreMember(
  dense: Float64Array,
  doc: DocumentVectors,
  member: DocumentVectors,
  weights: ScoreWeights,
): number {
  // Inlined scoreAgainst with unit norms: this runs for up to MEMBER_CAP members of every candidate, per article.
  const textCos = member.text.ids.length > 0 ? dotDense(dense, member.text) : 0;
  const hasEntities = doc.entities.ids.length > 0 && member.entities.ids.length > 0;
  const entityCos = hasEntities ? dotDense(dense, member.entities) : 0;
  const gap = measureGapDays(doc.time, member.time, member.time);
  return mixCosines(textCos, entityCos, hasEntities, weights) * weighTimeGap(gap);
}

/**
 * scoreStory as if the article loaded in `dense` (`doc`) had left the story: its vectors taken out of the centroid
 * the way leaveStory does (entries left at or below zero dropped) and the date span of the other members
 * (`span`), without changing the story. Refine asks every article whether another story suits it better; most
 * stay, and leaving and re-joining just to ask rebuilt two centroids per article.
 */
export function scoreStoryWithout(
  dense: Float64Array,
  doc: DocumentVectors,
  story: StoryState,
  span: { first: number | null; last: number | null },
  weights: ScoreWeights,
): number {
  const text = dotWithout(dense, story.text);
  const entities = dotWithout(dense, story.entities);
  const textCos = text.norm > 0 ? text.dot / text.norm : 0;
  const hasEntities = doc.entities.ids.length > 0 && entities.norm > 0;
  const entityCos = hasEntities ? entities.dot / entities.norm : 0;
  const gap = measureGapDays(doc.time, span.first, span.last);
  return mixCosines(textCos, entityCos, hasEntities, weights) * weighTimeGap(gap);
}

/** Remainder of a min weight after subtraction that addVectors keeps (see mergeVectors). */
const KEPT_WEIGHT = 1e-6;

/** The loaded vector's dot with (centroid - loaded vector), and that difference's norm. */
function dotWithout(dense: Float64Array, centroid: SparseVector): { dot: number; norm: number } {
  let dot = 0;
  let sum = 0;
  for (let i = 0; i < centroid.ids.length; i++) {
    const id = centroid.ids[i]!;
    const own = id < dense.length ? dense[id]! : 0;
    const rest = Math.fround(centroid.weights[i]! - own);
    if (rest < KEPT_WEIGHT) continue;
    dot += own * rest;
    sum += rest * rest;
  }
  return { dot, norm: Math.sqrt(sum) };
}
