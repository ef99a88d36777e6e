import type { DocumentVectors } from './features.ts';
import type { SparseVector } from './sparse.ts';
import { addVectors, EMPTY_VECTOR, measureNorm, pruneVector } from './sparse.ts';
import { CENTROID_MAX_TERMS } from './thresholds.ts';

/** A live story: its members and the sum of their unit vectors (the centroid direction). */
export interface StoryState {
  id: string;
  /** Indexes into the clusterer's article list, in joining order. */
  members: number[];
  text: SparseVector;
  textNorm: number;
  entities: SparseVector;
  entityNorm: number;
  /** Earliest and latest known publication times of its members (ms), null when none is known. */
  firstTime: number | null;
  lastTime: number | null;
  /** Index of the latest article that joined (-1 when none): how long the story has been idle. */
  lastArticle: number;
}

export function createStory(id: string): StoryState {
  return {
    id,
    members: [],
    text: EMPTY_VECTOR,
    textNorm: 0,
    entities: EMPTY_VECTOR,
    entityNorm: 0,
    firstTime: null,
    lastTime: null,
    lastArticle: -1,
  };
}

function widenTimes(story: StoryState, time: number | null): void {
  if (time === null) return;
  story.firstTime = story.firstTime === null ? time : Math.min(story.firstTime, time);
  story.lastTime = story.lastTime === null ? time : Math.max(story.lastTime, time);
}

/** Adds (scale 1) or removes (scale -1) one article's vectors from the centroid. */
function shiftCentroid(story: StoryState, doc: DocumentVectors, scale: number): void {
  story.text = pruneVector(addVectors(story.text, doc.text, scale), CENTROID_MAX_TERMS);
  story.entities = pruneVector(addVectors(story.entities, doc.entities, scale), CENTROID_MAX_TERMS);
  story.textNorm = measureNorm(story.text);
  story.entityNorm = measureNorm(story.entities);
}

export function joinStory(story: StoryState, index: number, doc: DocumentVectors): void {
  story.members.push(index);
  story.lastArticle = Math.max(story.lastArticle, index);
  shiftCentroid(story, doc, 1);
  widenTimes(story, doc.time);
}

/** Removes a member; `vectorOf` gives the remaining members' vectors to recompute the time span. */
export function leaveStory(
  story: StoryState,
  index: number,
  doc: DocumentVectors,
  vectorOf: (i: number) => DocumentVectors,
): void {
  story.members = story.members.filter((m) => m !== index);
  if (story.members.length === 0) {
    Object.assign(story, createStory(story.id));
    return;
  }
  shiftCentroid(story, doc, -1);
  story.firstTime = null;
  story.lastTime = null;
  for (const m of story.members) widenTimes(story, vectorOf(m).time);
}
