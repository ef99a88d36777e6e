import type { PreparedArticle, PreparedEntry, SimilarityCache } from './align.ts';
import { MODEL_FLOOR, sentenceSimilarity } from './align.ts';
import type { StemStats } from './claim-similarity.ts';
import { entryFinder } from './prepare.ts';
import type { Neighbor } from './text-pairs.ts';
import type { Statement } from './types.ts';

/**
 * Two statements from different articles join one claim at this similarity. 0.42: on shared/seeds it joins
 * "Driscoll reached Ukraine this morning with a Pentagon team" with "Army Secretary Dan Driscoll led a high-level
 * Pentagon delegation to Ukraine on Wednesday morning" (0.61) and keeps "Shmyhal thanked the United States..." apart
 * from "Dmitriev traveled to the United States..." (0.16); see test/analyze-seeds.test.ts.
 */
export const CLAIM_THRESHOLD = 0.42;

export interface ClaimGroup {
  statements: Statement[];
}

/**
 * Statements of one text that can share a group: the k-th occurrence of the text in each article (an article that
 * repeats a sentence has its second copy in the node for k = 1, since a group never takes two statements of one
 * article).
 */
interface Node {
  entry: PreparedEntry;
  statements: number[];
  articles: Set<string>;
}

/** Whether identical statements of a text are one claim: what the pairwise rule would give them. */
function joinsItself(text: Neighbor[] | undefined, textId: number): boolean {
  return text?.some((n) => n.textId === textId && n.overlap >= CLAIM_THRESHOLD) ?? false;
}

/** Statements grouped into nodes of identical text (see Node); each statement in exactly one node. */
function collectNodes(statements: Statement[], prepared: Map<string, PreparedArticle>, neighbors: Neighbor[][]): Node[] {
  const nodes: Node[] = [];
  const nodeOf = new Map<string, number>();
  const seen = new Map<string, number>();
  const entryOf = entryFinder(prepared);
  // Whether each text joins itself, once per text: a text's neighbours can be many, and wire copies repeat it.
  const selfJoining = new Map<number, boolean>();
  statements.forEach((s, i) => {
    const entry = entryOf(s.articleId, s.sentence);
    if (!entry) return;
    const k = `${s.articleId}\u0000${entry.textId}`;
    const occurrence = seen.get(k) ?? 0;
    seen.set(k, occurrence + 1);
    let joins = selfJoining.get(entry.textId);
    if (joins === undefined) selfJoining.set(entry.textId, (joins = joinsItself(neighbors[entry.textId], entry.textId)));
    const key = joins ? `${entry.textId}#${occurrence}` : `s${i}`;
    let n = nodeOf.get(key);
    if (n === undefined) {
      n = nodes.length;
      nodes.push({ entry, statements: [], articles: new Set() });
      nodeOf.set(key, n);
    }
    nodes[n]!.statements.push(i);
    nodes[n]!.articles.add(s.articleId);
  });
  return nodes;
}

/**
 * Whether two nodes hold statements of one article. Their edge could never join them (a group's articles only
 * grow, and a group never takes two statements of one article), so it is not scored: that skips most calls to the
 * paraphrase model, since wire copies print similar sentences side by side in the same articles (12 stored
 * stories: 3 of 4 model pairs).
 */
function sharesArticle(a: Node, b: Node): boolean {
  const [small, large] = a.articles.size <= b.articles.size ? [a.articles, b.articles] : [b.articles, a.articles];
  for (const id of small) if (large.has(id)) return true;
  return false;
}

/**
 * Groups statements across articles that say the same thing: a statement joins the group of its most similar
 * statement in another article when the similarity passes CLAIM_THRESHOLD and the group holds no other statement
 * from its own article (strongest pairs first). Identical sentences are one node, scored once: wire copies repeat
 * a sentence in dozens of articles (see TextPool), and an identical pair is the strongest pair there is.
 */
export function groupClaims(
  statements: Statement[],
  prepared: Map<string, PreparedArticle>,
  neighbors: Neighbor[][],
  stats: StemStats,
  cache?: SimilarityCache,
): ClaimGroup[] {
  const nodes = collectNodes(statements, prepared, neighbors);
  const nodesOfText = new Map<number, number[]>();
  nodes.forEach((n, i) => {
    const list = nodesOfText.get(n.entry.textId);
    if (list) list.push(i);
    else nodesOfText.set(n.entry.textId, [i]);
  });
  const edges: Array<[number, number, number]> = [];
  nodes.forEach((n, i) => {
    for (const near of neighbors[n.entry.textId] ?? []) {
      if (near.overlap < MODEL_FLOOR) continue;
      for (const j of nodesOfText.get(near.textId) ?? []) {
        if (j <= i || sharesArticle(n, nodes[j]!)) continue;
        const score = sentenceSimilarity(n.entry, nodes[j]!.entry, stats, cache);
        if (score >= CLAIM_THRESHOLD) edges.push([i, j, score]);
      }
    }
  });
  edges.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const [i, j] of edges) {
    const gi = find(i);
    const gj = find(j);
    if (gi === gj) continue;
    const a = nodes[gi]!;
    const b = nodes[gj]!;
    if (sharesArticle(a, b)) continue;
    parent[gj] = gi;
    for (const id of b.articles) a.articles.add(id);
    a.statements.push(...b.statements);
  }
  return nodes
    .filter((_, i) => find(i) === i)
    .map((n) => ({ statements: n.statements.sort((x, y) => x - y).map((k) => statements[k]!) }));
}
