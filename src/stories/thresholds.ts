// Calibrated settings for story clustering. Each value says what it was measured on; re-run `bench/stories.ts`
// (quality) and `bench/stories-latency.ts` (speed) after changing one.

/**
 * Score against a story centroid needed to join it. 0.2 is permissive on purpose: the online pass gathers a topic
 * (recall), refine's split then separates events of the same kind. Best B3 F1 on shared/data/ecbplus and basil
 * with the split on (0.3 loses basil recall); see the sensitivity table of bench/stories.ts.
 */
export const JOIN_THRESHOLD = 0.2;
/**
 * Score against the single most similar member needed to join its story (single link, so stricter). 0.45:
 * B3 F1 identical on ecbplus from 0.35 to 0.55 (bench/stories.ts --sweep): with JOIN_THRESHOLD this low the
 * centroid test decides; kept for short rewrites of a long story, whose centroid drifts.
 */
export const MEMBER_THRESHOLD = 0.45;
/**
 * Share of the score given to entity/number/date keys; the rest is word TF-IDF. 0.4: pairwise AUC same vs other
 * event of one ecbplus topic is 0.877 words only, 0.901 at 0.4, flat 0.4-0.6 (measured over all same-topic pairs).
 */
export const ENTITY_WEIGHT = 0.4;
/** Refine: two stories merge when their centroids score at least this. 0.5: ecbplus B3 F1 0.922-0.927 over 0.3-0.7. */
export const MERGE_THRESHOLD = 0.5;
/** Refine: passes of re-assignment and merging; stops earlier when nothing moves. */
export const REFINE_ROUNDS = 3;

/** Title words count this many times when there is a body: the headline names the event. */
export const TITLE_REPEAT = 2;
/** Heaviest terms kept per article vector: bounds scoring cost; articles rarely have more distinct rare words. */
export const DOC_MAX_TERMS = 300;
/** Heaviest terms kept per story centroid, so long-running stories do not slow every comparison down. */
export const CENTROID_MAX_TERMS = 400;
/** Most recent members compared one by one (the single-link check). */
export const MEMBER_CAP = 24;
/**
 * Candidates (best index overlap first) whose members are scanned; the rest are scored by centroid only. A member
 * close enough to pass MEMBER_THRESHOLD shares the article's heaviest terms, so its story ranks near the top: on
 * shared/data/ecbplus and basil BCubed is the same with 1 to 64 (bench/stories.ts), and on 3,000 synthetic
 * articles (bench/analyze.ts) too, where 8 instead of 64 halves clustering time. 8 leaves a margin.
 */
export const MEMBER_SCAN_CANDIDATES = 8;

/** Days between publication dates that cost nothing (outlets publish a day or two apart; time zones). */
export const TIME_GRACE_DAYS = 3;
/** Days over the grace period at which the time penalty reaches its full value. */
export const TIME_SCALE_DAYS = 30;
/** Largest share of the score removed for a date gap; unknown dates remove nothing. */
export const TIME_PENALTY = 0.5;

/** Inverted index: rarest word terms of an article used to look up candidate stories. */
export const QUERY_TEXT_TERMS = 24;
/** Inverted index: entity keys used to look up candidate stories. */
export const QUERY_ENTITY_TERMS = 16;
/** Inverted index: most recent stories read per posting list (a common term's list is mostly stale stories). */
export const POSTING_SCAN = 64;
/**
 * Inverted index: candidate stories scored exactly, by how many query terms they share. BCubed on
 * shared/data/ecbplus, basil and 3,000 synthetic articles is the same with 16, 32 or 64 (bench/stories.ts); 24
 * keeps a margin and scores 40% fewer centroids than 64 did per article.
 */
export const MAX_CANDIDATES = 24;
/** Inverted index: posting lists swept per add() to drop stories that left the index (see isLiveStory). */
export const SWEEP_LISTS = 16;

/**
 * Live-story policy of the online clusterer: a story stays findable while it is recent, then leaves the candidate
 * index (it is still listed by stories(); a later article on the same subject opens a new story).
 * 60 days behind the newest publication date seen: twice the time-penalty scale, so a follow-up that late would
 * need twice the join score anyway; news events rarely gain articles after that. Not measured on quality data
 * (ecbplus is undated, basil runs in batch), chosen for a stream's memory and latency; clusterStories (batch)
 * keeps every story live.
 */
export const LIVE_WINDOW_DAYS = 60;
/** Live-story policy for undated streams: a story that gained no article in this many additions leaves the index. */
export const MAX_IDLE_ARTICLES = 100_000;
/**
 * Live-story policy: the date window only removes stories that also gained no article in this many additions, so
 * articles arriving out of date order (a backfill, a shuffled batch) still reach the stories they just opened. Without
 * it, basil read online (2010-2019 dates) fell from B3 F1 0.977 to 0.866 in file order and 0.980 to 0.551 shuffled
 * (bench/stories.ts, "online only" rows; batch rows are unaffected).
 */
export const MIN_IDLE_ARTICLES = 10_000;

/**
 * Split: mean local-weighted similarity a group of a story's members must keep to stay together. 0.08: B3 F1 on
 * ecbplus 0.929 at 0.07, 0.922 at 0.08, 0.912 at 0.09; the higher value keeps precision (what a reader of a
 * story sees) above recall, and leaves basil at 0.995 either way.
 */
export const SPLIT_THRESHOLD = 0.08;
/**
 * Split: two groups of a story's members, each of MIN_COHESIVE_GROUP or more, whose average link is below
 * SPLIT_FIRM_LINK stay apart unless that link is at least this share of the looser group's own mean within-group
 * similarity. An absolute threshold alone merged twin events of one kind that share their setting (two DUI arrests
 * of one team's players, a Bush rule and Obama's reversal of it): within each event members score 0.12-0.22, across
 * them 0.08-0.10, above SPLIT_THRESHOLD. Measured with bench/stories.ts over ratio 0.6-0.8, firm link 0.10-0.14 and
 * group size 5-8: ecbplus B3 F1 0.926 -> 0.929-0.937 in file order (0.925 -> 0.927-0.936 shuffled) everywhere in
 * that grid except ratio 0.8 with size 5, basil 1.000 throughout; 3,000 synthetic articles of 190 events
 * (bench/stories.ts --synthetic 3000, dated and undated) rise in precision with no loss of recall. The grid's centre.
 */
export const SPLIT_COHESION_RATIO = 0.7;
/** Split: a link at least this high merges two groups whatever their cohesion (see SPLIT_COHESION_RATIO). */
export const SPLIT_FIRM_LINK = 0.12;
/**
 * Split: groups smaller than this have no cohesion test (their mean within-group similarity rests on too few pairs:
 * with 4 ecbplus fell to 0.926-0.916, recall lost to split rewrites).
 */
export const MIN_COHESIVE_GROUP = 6;
/** Split: smaller stories are left whole (two articles are not enough to estimate a local IDF). */
export const MIN_SPLIT_SIZE = 4;
/** Split: larger stories are left whole; the average-link pass is cubic in the story size. */
export const MAX_SPLIT_SIZE = 150;
/**
 * Split: a group needs this many articles to become a story of its own; smaller ones rejoin their best group.
 * 3 on ecbplus: 2 -> B3 F1 0.908, 3 -> 0.922, 4 -> 0.928 but basil falls to 0.989 (its events have 3 articles).
 */
export const MIN_GROUP_SIZE = 3;
