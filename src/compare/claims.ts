import type { PreparedArticle, PreparedEntry, SimilarityCache } from './align.ts';
import { sentenceSimilarity } from './align.ts';
import type { StemStats } from './claim-similarity.ts';
import { contentWords } from './prepare.ts';
import type { Statement } from './types.ts';

/**
 * Two statements from different articles join one claim at this similarity. 0.42: on shared/seeds it joins
 * "Driscoll reached Ukraine this morning with a Pentagon team" with "Army Secretary Dan Driscoll led a high-level
 * Pentagon delegation to Ukraine on Wednesday morning" (0.61) and keeps "Shmyhal thanked the United States..." apart
 * from "Dmitriev traveled to the United States..." (0.16); see test/analyze-seeds.test.ts.
 */
export const CLAIM_THRESHOLD = 0.42;
/** Candidates must share this many content words before they are scored (a cheap filter for long stories). */
const MIN_SHARED_WORDS = 2;

interface Node {
  statement: Statement;
  entry: PreparedEntry;
  words: Set<string>;
}

export interface ClaimGroup {
  statements: Statement[];
}

/**
 * Groups statements across articles that say the same thing (average-link over a best-match graph: a statement
 * joins the group of its most similar statement in another article when the similarity passes CLAIM_THRESHOLD and
 * the group holds no other statement from its own article).
 */
export function groupClaims(statements: Statement[], prepared: Map<string, PreparedArticle>, stats: StemStats, cache?: SimilarityCache): ClaimGroup[] {
  const nodes: Node[] = [];
  for (const s of statements) {
    const p = prepared.get(s.articleId)?.sentences.find((x) => x.index === s.sentence);
    if (p) nodes.push({ statement: s, entry: p, words: p.words ?? contentWords(s.text) });
  }
  const byWord = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    for (const w of n.words) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  const edges: Array<[number, number, number]> = [];
  nodes.forEach((n, i) => {
    const shared = new Map<number, number>();
    for (const w of n.words) for (const j of byWord.get(w) ?? []) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, count] of shared) {
      if (count < MIN_SHARED_WORDS || nodes[j]!.statement.articleId === n.statement.articleId) continue;
      const score = sentenceSimilarity(n.entry, nodes[j]!.entry, stats, cache);
      if (score >= CLAIM_THRESHOLD) edges.push([i, j, score]);
    }
  });
  // Strongest edges first; a group never takes two statements of one article (each says a different thing).
  edges.sort((a, b) => b[2] - a[2]);
  const group = nodes.map((_, i) => i);
  const members = new Map<number, Set<number>>(nodes.map((_, i) => [i, new Set([i])]));
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  for (const [i, j] of edges) {
    const gi = find(i);
    const gj = find(j);
    if (gi === gj) continue;
    const a = members.get(gi)!;
    const b = members.get(gj)!;
    const articlesA = new Set([...a].map((k) => nodes[k]!.statement.articleId));
    if ([...b].some((k) => articlesA.has(nodes[k]!.statement.articleId))) continue;
    group[gj] = gi;
    for (const k of b) a.add(k);
    members.delete(gj);
  }
  return [...members.values()].map((set) => ({ statements: [...set].sort((x, y) => x - y).map((k) => nodes[k]!.statement) }));
}
