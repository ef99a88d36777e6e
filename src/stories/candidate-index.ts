import type { DocumentVectors } from './features.ts';
import type { SparseVector } from './sparse.ts';
import { MAX_CANDIDATES, POSTING_SCAN, QUERY_ENTITY_TERMS, QUERY_TEXT_TERMS } from './thresholds.ts';

/** The heaviest (rarest, most repeated) terms of a vector: the ones worth looking up. */
function selectQueryTerms(v: SparseVector, max: number): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < v.ids.length; i++) pairs.push([v.ids[i]!, v.weights[i]!]);
  if (pairs.length > max) pairs.sort((a, b) => b[1] - a[1]).length = max;
  return pairs;
}

/** The terms an article is looked up by, and posted under once it joins a story. */
export function selectDocumentKeys(doc: DocumentVectors): Array<[number, number]> {
  return [
    ...selectQueryTerms(doc.text, QUERY_TEXT_TERMS),
    ...selectQueryTerms(doc.entities, QUERY_ENTITY_TERMS),
  ];
}

/**
 * Inverted index from terms to the stories whose members were posted under them. Only an article's heaviest
 * terms are posted and only the most recent stories of a list are read, so a lookup costs
 * O(query terms x POSTING_SCAN) however many stories are live.
 */
export class CandidateIndex {
  private readonly postings: number[][] = [];
  private stamp = new Int32Array(1024);
  private query = 0;

  post(doc: DocumentVectors, story: number): void {
    for (const [term] of selectDocumentKeys(doc)) {
      let list = this.postings[term];
      if (list === undefined) this.postings[term] = list = [];
      if (list[list.length - 1] === story) continue;
      list.push(story);
      // Amortised trimming: keep the most recent stories once a list is twice as long as we ever read.
      if (list.length >= 2 * POSTING_SCAN) list.splice(0, list.length - POSTING_SCAN);
    }
  }

  /** Stories sharing heavy terms with the article, best first, at most MAX_CANDIDATES. */
  lookup(doc: DocumentVectors, isLive: (story: number) => boolean): number[] {
    const overlap = new Map<number, number>();
    for (const [term, weight] of selectDocumentKeys(doc)) {
      const list = this.postings[term];
      if (list === undefined) continue;
      this.query++;
      for (let i = list.length - 1; i >= Math.max(0, list.length - POSTING_SCAN); i--) {
        const story = list[i]!;
        if (this.markSeen(story)) overlap.set(story, (overlap.get(story) ?? 0) + weight);
      }
    }
    const ranked = [...overlap].filter(([story]) => isLive(story));
    ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return ranked.slice(0, MAX_CANDIDATES).map(([story]) => story);
  }

  /** True the first time a story is seen for the current term (a story can sit twice in one list). */
  private markSeen(story: number): boolean {
    if (story >= this.stamp.length) {
      const next = new Int32Array(Math.max(story + 1, this.stamp.length * 2));
      next.set(this.stamp);
      this.stamp = next;
    }
    if (this.stamp[story] === this.query) return false;
    this.stamp[story] = this.query;
    return true;
  }
}
