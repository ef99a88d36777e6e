import type { AnnotatedArticle } from '../pipeline.ts';
import { alignArticles, inOrderCount, type PreparedArticle } from './align.ts';
import type { Neighbor } from './text-pairs.ts';
import type { Family } from './types.ts';

/**
 * Thresholds for "derived from one text", checked on shared/seeds (000-003 rewrite one CNN report: 21-44% of the
 * shorter article's sentences align, 75-100% in order; 004, independent, aligns 8-23%) and on the demo corpus.
 */
/**
 * Sentence pairs at this similarity count as one sentence reworded. Lower than the brief's support threshold:
 * on shared/seeds the CNN rewrites paraphrase heavily (aligned pairs score 0.45-0.9), while the independent 004
 * still aligns with at most 23% of any other article's sentences.
 */
export const FAMILY_ALIGN_THRESHOLD = 0.45;
/** At least this many aligned sentences: one or two shared facts are common between independent reports. */
export const FAMILY_MIN_ALIGNED = 3;
/** At least this share of the shorter article's claim sentences aligned, on average between two groups. */
export const FAMILY_MIN_SHARE = 0.25;
/** At least this share of the aligned sentences in the same order in both: rewrites keep the source's order. */
export const FAMILY_MIN_ORDER = 0.6;

function normalizeOutlet(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '').trim();
}

/** What creditsOf() reads of an article, made once: it runs for every pair of a story's articles. */
interface CreditIndex {
  /** The article's own outlet, normalised; null when unknown. */
  outlet: string | null;
  /** Normalised outlet -> the sentences that name it (in their text or a citation), worked out on first ask. */
  crediting: Map<string, Set<number>>;
  /** The sentences lower-cased, made on first ask. */
  lower: string[] | null;
}
const creditIndexes = new WeakMap<AnnotatedArticle, CreditIndex>();

function creditIndexOf(article: AnnotatedArticle): CreditIndex {
  let index = creditIndexes.get(article);
  if (index === undefined) {
    index = { outlet: article.outlet ? normalizeOutlet(article.outlet) : null, crediting: new Map(), lower: null };
    creditIndexes.set(article, index);
  }
  return index;
}

function findCrediting(article: AnnotatedArticle, index: CreditIndex, outlet: string): Set<number> {
  const out = new Set<number>();
  index.lower ??= article.annotation.sentences.map((s) => s.text.toLowerCase());
  index.lower.forEach((text, k) => {
    if (text.includes(outlet)) out.add(k);
  });
  for (const c of article.annotation.cites) if (normalizeOutlet(c.name) === outlet) out.add(c.sentence);
  return out;
}

const NOBODY: ReadonlySet<number> = new Set();

/** Which sentences of `article` cite `other`'s outlet by name; `all`: every one does. */
function creditsOf(article: AnnotatedArticle, other: AnnotatedArticle): { all: boolean; sentences: ReadonlySet<number> } {
  const outlet = creditIndexOf(other).outlet;
  if (outlet === null) return { all: false, sentences: NOBODY };
  // An outlet that normalises to nothing ("The") is named everywhere, as it always was.
  if (outlet === '') return { all: true, sentences: NOBODY };
  const own = creditIndexOf(article);
  let crediting = own.crediting.get(outlet);
  if (crediting === undefined) own.crediting.set(outlet, (crediting = findCrediting(article, own, outlet)));
  return { all: false, sentences: crediting };
}

/**
 * Median-link grouping: two groups join while the median pair score between them clears the threshold. Single
 * link would chain two families through one rewrite that borrows a few sentences from the other (demo corpus
 * 04-06); the mean would let one unaligned pair veto a heavy rewrite (seeds: 003 aligns with 001 and 002 at
 * 0.43 and 0.29 but with 000 at 0.14) while an independent report that shares a few facts with every member of a
 * family (demo 07: 0.19-0.21) stays out either way.
 */
function groupMedianLink(score: number[][], threshold: number): number[][] {
  const n = score.length;
  let groups = score.map((_, i) => ({ id: i, members: [i] }));
  let nextId = n;
  // A link between two groups does not change until one of them merges: each is worked out once (merged groups
  // get new ids), instead of every pair again after every merge.
  const links = new Map<number, number>();
  const link = (a: { id: number; members: number[] }, b: { id: number; members: number[] }) => {
    const key = a.id < b.id ? a.id * 2 * n + b.id : b.id * 2 * n + a.id;
    let value = links.get(key);
    if (value === undefined) links.set(key, (value = medianScore(score, a.members, b.members)));
    return value;
  };
  for (;;) {
    let best = threshold;
    let pair: [number, number] | null = null;
    for (let i = 0; i < groups.length; i++)
      for (let j = i + 1; j < groups.length; j++) {
        const s = link(groups[i]!, groups[j]!);
        if (s >= best) [best, pair] = [s, [i, j]];
      }
    if (!pair) return groups.map((g) => g.members);
    const [i, j] = pair;
    const merged = { id: nextId++, members: [...groups[i]!.members, ...groups[j]!.members] };
    groups = groups.filter((_, k) => k !== i && k !== j);
    groups.push(merged);
  }
}

/** Median score over the pairs across two groups. */
function medianScore(score: number[][], a: number[], b: number[]): number {
  const values = new Float64Array(a.length * b.length);
  let k = 0;
  for (const i of a) for (const j of b) values[k++] = score[i]![j]!;
  values.sort();
  const mid = values.length >> 1;
  return values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/**
 * The report a family derives from: a member's own outlet that another member cites ("the Veridian Press news
 * agency reported"), else an outlet half the members cite, else the earliest-published member's outlet.
 */
function familyOrigin(articles: AnnotatedArticle[]): string | null {
  const own = new Map(articles.filter((a) => a.outlet).map((a) => [a.outlet!.toLowerCase().replace(/^the /, ''), a.outlet!]));
  for (const a of articles) {
    for (const c of a.annotation.cites) {
      const hit = own.get(c.name.toLowerCase().replace(/^the /, ''));
      if (hit && hit !== a.outlet) return hit;
    }
  }
  const cited = mostCitedOutlet(articles);
  if (cited) return cited;
  const dated = articles.filter((a) => a.published && a.outlet).sort((x, y) => x.published!.localeCompare(y.published!));
  return dated[0]?.outlet ?? null;
}

function mostCitedOutlet(articles: AnnotatedArticle[]): string | null {
  const counts = new Map<string, number>();
  for (const a of articles) {
    const names = new Set(a.annotation.cites.filter((c) => c.kind === 'outlet' || c.kind === 'agency').map((c) => c.name));
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestN = 0;
  for (const [n, c] of counts) if (c > bestN) [best, bestN] = [n, c];
  // Half the family must name it, else it is one member's source, not the family's.
  return bestN * 2 >= articles.length ? best : null;
}

/**
 * Groups articles derived from one text (copies, wire reprints, rewrites that keep the source's facts in its order),
 * with the aligned sentence pairs as evidence. Every article belongs to exactly one family; a family of one is
 * independent reporting.
 */
export function findFamilies(articles: AnnotatedArticle[], prepared: Map<string, PreparedArticle>, neighbors: Neighbor[][]): Family[] {
  const n = articles.length;
  const score: number[][] = articles.map(() => new Array<number>(n).fill(0));
  const evidence = new Map<string, Family['alignments']>();
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = prepared.get(articles[i]!.id)!;
      const b = prepared.get(articles[j]!.id)!;
      // A sentence that credits the other article's outlet ("as the Herald reported") relays it openly: that is
      // citation, which origins already trace, not a copy of its text.
      const aCredits = creditsOf(articles[i]!, articles[j]!);
      const bCredits = creditsOf(articles[j]!, articles[i]!);
      const al = alignArticles(a, b, neighbors, FAMILY_ALIGN_THRESHOLD).filter(
        (x) => !aCredits.all && !aCredits.sentences.has(x.aSentence) && !bCredits.all && !bCredits.sentences.has(x.bSentence),
      );
      const shorter = Math.min(a.sentences.length, b.sentences.length);
      if (al.length < FAMILY_MIN_ALIGNED || shorter === 0 || inOrderCount(al) / al.length < FAMILY_MIN_ORDER) continue;
      score[i]![j] = score[j]![i] = al.length / shorter;
      evidence.set(`${a.id}|${b.id}`, al.map((x) => ({ a: a.id, aSentence: x.aSentence, b: b.id, bSentence: x.bSentence, score: round(x.score) })));
    }
  }
  const uf = new UnionFind();
  for (const group of groupMedianLink(score, FAMILY_MIN_SHARE)) for (const k of group) uf.union(articles[group[0]!]!.id, articles[k]!.id);
  const groups = new Map<string, AnnotatedArticle[]>();
  for (const a of articles) {
    const root = uf.find(a.id);
    const members = groups.get(root);
    if (members) members.push(a);
    else groups.set(root, [a]);
  }
  // Evidence of a family: the aligned pairs whose first article is a member.
  const evidenceOf = new Map<string, Family['alignments']>();
  for (const [key, v] of evidence) {
    const root = uf.find(key.slice(0, key.indexOf('|')));
    const list = evidenceOf.get(root);
    if (list) list.push(...v);
    else evidenceOf.set(root, [...v]);
  }
  return [...groups.entries()].map(([root, members], k) => {
    const ids = members.map((m) => m.id);
    const alignments = evidenceOf.get(root) ?? [];
    const pairs = new Set(alignments.map((x) => `${x.a}|${x.b}`)).size;
    return {
      id: `family-${k + 1}`,
      articleIds: ids,
      origin: members.length > 1 ? familyOrigin(members) : null,
      evidence:
        members.length > 1
          ? `${alignments.length} aligned sentence pairs across ${pairs} article pairs, in the same order`
          : 'independent: no other article in the story shares its sentences in order',
      alignments,
    };
  });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
