/** What the overlap measures need of a sentence: the Porter stems of its content words. */
export interface HasContent {
  readonly content: ReadonlySet<string>;
}

/** Document frequencies of content stems over the sentences being compared (one story). */
export interface StemStats {
  df: Map<string, number>;
  n: number;
  /**
   * Each stem's idf and each content set's weight, remembered: a story's texts are measured against many others
   * (findNeighbors, claim grouping, the brief), and a weight is the same sum whenever it is taken.
   */
  readonly remembered: { idf: Map<string, number>; weight: WeakMap<ReadonlySet<string>, number> };
}

export function countStems(sentences: HasContent[]): StemStats {
  const df = new Map<string, number>();
  for (const s of sentences) for (const w of s.content) df.set(w, (df.get(w) ?? 0) + 1);
  return { df, n: sentences.length, remembered: { idf: new Map(), weight: new WeakMap() } };
}

function idf(stats: StemStats, w: string): number {
  let value = stats.remembered.idf.get(w);
  if (value === undefined) stats.remembered.idf.set(w, (value = Math.log(1 + stats.n / (stats.df.get(w) ?? 1))));
  return value;
}

function weight(stats: StemStats, set: ReadonlySet<string>): number {
  let s = stats.remembered.weight.get(set);
  if (s !== undefined) return s;
  s = 0;
  for (const w of set) s += idf(stats, w);
  stats.remembered.weight.set(set, s);
  return s;
}

/**
 * How much two news sentences state the same fact: IDF-weighted overlap of content stems, the mean of the overlap
 * coefficient (a rewrite that adds detail still matches) and Dice (a short sentence does not match everything).
 * Numbers are left out of the stems' weight on purpose: "28 points" and "roughly 28" or "20" must meet in one
 * claim so that the conflict between them can be reported.
 */
export function claimSimilarity(a: HasContent, b: HasContent, stats: StemStats): number {
  const wa = weight(stats, a.content);
  const wb = weight(stats, b.content);
  if (wa === 0 || wb === 0) return 0;
  let shared = 0;
  for (const w of a.content) if (b.content.has(w)) shared += idf(stats, w);
  const overlap = shared / Math.min(wa, wb);
  const dice = (2 * shared) / (wa + wb);
  return (overlap + dice) / 2;
}

/**
 * How much of `wording`'s content `other` states: IDF-weighted share of wording's content stems found in other.
 * Directional on purpose: a short sentence inside a long one covers little of the long one.
 */
export function coverage(wording: HasContent, other: HasContent, stats: StemStats): number {
  const total = weight(stats, wording.content);
  if (total === 0) return 0;
  let shared = 0;
  for (const w of wording.content) if (other.content.has(w)) shared += idf(stats, w);
  return shared / total;
}
