// Public surface of the stories stage.
export { countDocumentFrequencies } from './background.ts';
export { clusterBaseline } from './baseline.ts';
export { clusterStories, StoryBatch } from './cluster-stories.ts';
export { StoryClusterer } from './clusterer.ts';
export { deriveEntityKeys } from './entities.ts';
export { readStoryTerms } from './features.ts';
export type { Prf } from './metrics.ts';
export { scoreBCubed, scorePairwise } from './metrics.ts';
export type { Assignment, Story, StoryInput, StoryOptions, StoryTerms } from './types.ts';
