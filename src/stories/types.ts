/** One article offered to the story clusterer. */
export interface StoryInput {
  id: string;
  title: string | null;
  text: string;
  /** ISO date or date-time; null when unknown (unknown dates are neutral). */
  published: string | null;
  /** BCP 47 tag; English ("en") or absent turns on stemming and English stop words. */
  language?: string;
  /** Canonical entity keys from the annotator ("person:dan driscoll", "place:kyiv"); derived cheaply when absent. */
  entities?: string[];
  /** The article's terms read ahead (readStoryTerms), e.g. in a worker thread; read from the text when absent. */
  terms?: StoryTerms;
}

/** What the clusterer reads of an article's text: word terms of title and body, entity keys, publication time. */
export interface StoryTerms {
  title: string[];
  /** How many times the title's terms count (more when the body adds to the title). */
  titleRepeat: number;
  body: string[];
  entities: string[];
  /** Publication time in ms since the epoch, or null when unknown. */
  time: number | null;
}

/** Where one article went. */
export interface Assignment {
  storyId: string;
  /** Similarity to the story it joined (0 when it opened a new story). */
  score: number;
  isNew: boolean;
}

/** A story: the articles that report the same real-world event. */
export interface Story {
  id: string;
  articleIds: string[];
}

/** Tuning knobs; every default is a measured constant in `thresholds.ts`. */
export interface StoryOptions {
  /** Minimum combined score against a story centroid to join it. */
  joinThreshold?: number;
  /** Minimum combined score against the best single member to join its story. */
  memberThreshold?: number;
  /** Minimum score between two story centroids for `refine` to merge them. */
  mergeThreshold?: number;
  /** Mean local-weighted similarity a group must keep for `refine` not to split it off its story. */
  splitThreshold?: number;
  /**
   * Two cohesive groups of a story's members linked below this share of their own cohesion are split apart
   * (SPLIT_COHESION_RATIO); 0 turns the test off.
   */
  splitCohesionRatio?: number;
  /**
   * Days a story stays findable after its latest member's publication date, measured back from the newest date
   * seen (LIVE_WINDOW_DAYS); Infinity keeps every story live.
   */
  liveWindowDays?: number;
  /** Additions after which a story that gained no article leaves the index (MAX_IDLE_ARTICLES); Infinity: never. */
  maxIdleArticles?: number;
  /** Weight of the entity/number cosine in the combined score (the rest goes to word TF-IDF). */
  entityWeight?: number;
  /**
   * Document frequencies to start from (`term -> df` over `documents` docs), e.g. counted over the whole batch,
   * so the IDF does not drift with arrival order.
   */
  background?: { documents: number; df: Map<string, number> };
}
