import { stemOf } from '../compare/prepare.ts';
import type { BriefSentence, Claim, Conflict, Statement } from '../compare/types.ts';

// The weights below were measured with bench/brief.ts (ROUGE against human summaries on shared/data multinews and
// allsides); each sits on a plateau where moving it by half or double changes ROUGE-1/2 by under 0.4 points.

/** The brief says at most this many things, conflicts included (the issue asks for 5-10 sentences). */
export const MAX_BRIEF_SENTENCES = 10;
/** Conflicts reported at most, after the claims. */
const MAX_CONFLICT_SENTENCES = 3;
/** A wording sharing this much of its stems with one already in the brief would repeat it (0.3-0.5 score alike). */
const REDUNDANT_JACCARD = 0.4;
/** Weight of lead position: lead sentences carry an article's key facts (0 costs 0.3-0.5 ROUGE-1). */
const LEAD_WEIGHT = 0.3;
/** Sentence index at which the lead bonus has halved. */
const LEAD_HALF_LIFE = 2;
/** Weight of LexRank (mean 1) beside the centroid cosine (0-1); more than 0.2 hurts on multinews. */
const LEXRANK_WEIGHT = 0.1;
/** Weight per doubling of independent sources: corroboration is also what the brief is ordered by. */
const SUPPORT_WEIGHT = 0.1;
/** Weight of length, full at LONG_WORDS stems: a 10-sentence brief has room for informative sentences only. */
const LENGTH_WEIGHT = 0.1;
const LONG_WORDS = 20;
/** Longer sentences are run-ons or lists that read badly in a brief. */
const MAX_WORDS = 60;
/** LexRank's edge threshold (Erkan & Radev 2004 report 0.1 as best) and the usual PageRank damping. */
const LEXRANK_THRESHOLD = 0.1;
const DAMPING = 0.85;

const PRONOUN_START = /^(he|she|they|it|this|that|these|those|his|her|their|its)\b/i;
/**
 * A connective that answers the sentence before ("However, the Kremlin ..."): out of its article it reads wrongly,
 * so another article's wording of the claim is preferred when there is one.
 */
const CONNECTIVE_START = /^(however|but|yet|still|instead|nevertheless|nonetheless|and|also|so|thus|therefore|moreover|furthermore|in addition|in turn)\b,?/i;
/** A quote whose speaker is only a pronoun ("..., he added.") does not say who speaks. */
const PRONOUN_SPEAKER = /[,"\u201d]\s*(he|she|they)\s+(said|says|added|told|wrote|continued|posted|tweeted|noted|argued|insisted|explained|asked|replied|warned|stated|declared)\b/i;

/** Words as ROUGE and readers count them: lower-cased alphanumeric runs, long ones Porter-stemmed, stopwords kept. */
function stems(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z0-9]+/g) ?? []).map((w) => (w.length > 3 ? stemOf(w) : w)));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / Math.max(1, a.size + b.size - inter);
}

/** Whether a sentence reads on its own: not opened by a pronoun, not a question, no pronoun-only speaker. */
function standsAlone(s: Statement): boolean {
  const t = s.text.trim();
  if (PRONOUN_START.test(t) || PRONOUN_SPEAKER.test(t) || /\?["\u201d]?$/.test(t)) return false;
  // A sentence without its full stop is a fragment (a truncated feed or a caption); ROUGE-neutral, but unreadable.
  if (!/[.!?]["'\u201d\u2019)]*$/.test(t)) return false;
  return t.split(/\s+/).length <= MAX_WORDS;
}

type Vector = Map<string, number>;

function toUnit(words: Set<string>, idf: (w: string) => number): Vector {
  const v: Vector = new Map([...words].map((w) => [w, idf(w)]));
  const norm = Math.sqrt([...v.values()].reduce((sum, x) => sum + x * x, 0)) || 1;
  for (const [w, x] of v) v.set(w, x / norm);
  return v;
}

function dot(a: Vector, b: Vector): number {
  let sum = 0;
  for (const [w, x] of a) sum += x * (b.get(w) ?? 0);
  return sum;
}

/**
 * The pairs of vectors whose dot() exceeds `threshold`, as adjacency lists in the order a loop over i < j fills
 * them, with the same sums in the same order as dot() (so the same results to the last bit). Words become ids,
 * and the second vector of each pair is spread over one array, so a lookup is an array read, not a Map get:
 * LexRank takes every pair of a story's distinct sentences.
 */
function linkPairs(vectors: Vector[], threshold: number): number[][] {
  const idOf = new Map<string, number>();
  const intern = (w: string) => {
    let id = idOf.get(w);
    if (id === undefined) idOf.set(w, (id = idOf.size));
    return id;
  };
  const ids = vectors.map((v) => Int32Array.from(v.keys(), intern));
  const weights = vectors.map((v) => Float64Array.from(v.values()));
  const dense = new Float64Array(idOf.size);
  const edges: number[][] = vectors.map(() => []);
  // j outer, i inner: each list still gets its neighbours in ascending order, as with i outer.
  for (let j = 0; j < vectors.length; j++) {
    ids[j]!.forEach((id, k) => {
      dense[id] = weights[j]![k]!;
    });
    for (let i = 0; i < j; i++) {
      const a = ids[i]!;
      const w = weights[i]!;
      let sum = 0;
      for (let k = 0; k < a.length; k++) sum += w[k]! * dense[a[k]!]!;
      if (sum <= threshold) continue;
      edges[i]!.push(j);
      edges[j]!.push(i);
    }
    for (const id of ids[j]!) dense[id] = 0;
  }
  return edges;
}

/**
 * LexRank (Erkan & Radev 2004): a sentence is central when central sentences resemble it. Mean score 1.
 * `vectors` are distinct texts and `copies[k]` how many statements print text k: the graph is the one over every
 * statement (identical statements link to each other and share one score), computed on the distinct texts, since
 * wire copies repeat a sentence in dozens of articles and the statement graph grows with the square of its size.
 */
function lexRank(vectors: Vector[], copies: number[]): number[] {
  const n = vectors.length;
  const total = copies.reduce((sum, m) => sum + m, 0);
  const edges = linkPairs(vectors, LEXRANK_THRESHOLD);
  // A statement links to the other copies of its own text too (a text's cosine with itself is 1 unless empty).
  const selfLinks = vectors.map((v, i) => (v.size > 0 && dot(v, v) > LEXRANK_THRESHOLD ? copies[i]! - 1 : 0));
  const degree = edges.map((out, i) => out.reduce((sum, j) => sum + copies[j]!, selfLinks[i]!));
  let score = new Array<number>(n).fill(1);
  for (let round = 0; round < 50; round++) {
    // A sentence like no other spreads its score evenly, so the scores keep their mean.
    const dangling = degree.reduce((sum, d, i) => sum + (d === 0 ? copies[i]! * score[i]! : 0), 0);
    const next = new Array<number>(n).fill(1 - DAMPING + (DAMPING * dangling) / total);
    for (let i = 0; i < n; i++) {
      if (degree[i] === 0) continue;
      const share = (DAMPING * score[i]!) / degree[i]!;
      for (const j of edges[i]!) next[j]! += copies[i]! * share;
      next[i]! += selfLinks[i]! * share;
    }
    const moved = next.reduce((d, x, i) => d + copies[i]! * Math.abs(x - score[i]!), 0);
    score = next;
    if (moved < 1e-4 * total) break;
  }
  return score;
}

interface Candidate {
  claim: Claim;
  words: Set<string>;
  score: number;
}

/**
 * Each undisputed claim's best wording with its score: centrality in the story (cosine to the centroid of every
 * statement, so a corroborated claim weighs once per article, plus LexRank), lead position, support and length.
 * The wording may be any article's own sentence for the claim, not only the claim's chosen text; `claim.text` is set
 * to it, so the caller's supportOf judges that wording.
 */
function scoreWordings(claims: Claim[]): Candidate[] {
  const statements = claims.flatMap((c) => c.statements);
  // Identical statements (wire copies) share their stems, vector and rank: one entry per distinct text.
  const textIndex = new Map<string, number>();
  const texts: Array<{ words: Set<string>; copies: number }> = [];
  for (const s of statements) {
    const k = textIndex.get(s.text);
    if (k === undefined) {
      textIndex.set(s.text, texts.length);
      texts.push({ words: stems(s.text), copies: 1 });
    } else texts[k]!.copies++;
  }
  const df = new Map<string, number>();
  for (const t of texts) for (const w of t.words) df.set(w, (df.get(w) ?? 0) + t.copies);
  const idf = (w: string) => Math.log((1 + statements.length) / (1 + (df.get(w) ?? 0)));
  const centroid: Vector = new Map([...df].map(([w, n]) => [w, n * idf(w)]));
  const centroidNorm = Math.sqrt([...centroid.values()].reduce((sum, x) => sum + x * x, 0)) || 1;
  const vectors = texts.map((t) => toUnit(t.words, idf));
  const ranks = lexRank(vectors, texts.map((t) => t.copies));
  const indexOf = (s: Statement) => textIndex.get(s.text)!;
  // Whether a text reads alone and how central it is, worked out once per distinct text (wire copies repeat them).
  const alone: Array<boolean | undefined> = [];
  const centralities: Array<number | undefined> = [];
  const out: Candidate[] = [];
  for (const claim of claims) {
    if (claim.status === 'disputed') continue;
    const support = SUPPORT_WEIGHT * Math.log2(claim.independentSources);
    let best: Candidate | null = null;
    // A wording opened by a connective is taken only when the claim has no other that stands alone.
    let bestConnective = true;
    for (const s of claim.statements) {
      const k = indexOf(s);
      if (!(alone[k] ??= standsAlone(s))) continue;
      const connective = CONNECTIVE_START.test(s.text.trimStart());
      if (connective && !bestConnective) continue;
      const w = texts[k]!.words;
      const centrality = (centralities[k] ??= dot(vectors[k]!, centroid) / centroidNorm + LEXRANK_WEIGHT * ranks[k]!);
      const lead = LEAD_WEIGHT / (1 + s.sentence / LEAD_HALF_LIFE);
      const score = centrality + lead + support + LENGTH_WEIGHT * Math.min(1, w.size / LONG_WORDS);
      if (!best || (bestConnective && !connective) || score > best.score) {
        best = { claim: s.text === claim.text ? claim : { ...claim, text: s.text }, words: w, score };
        bestConnective = connective;
      }
    }
    if (best) out.push(best);
  }
  return out;
}

/**
 * A short brief, best-corroborated first: each sentence is one article's own wording of a claim and cites every
 * article that states that claim, so it says nothing they do not. Claims are chosen as a summary would choose them
 * (central, early, supported, not repeating one another); disputed claims are reported as disagreements.
 *
 * writeBrief(analysis.claims, analysis.conflicts, outletOf)[0] // { text, articleIds, claimIds }
 */
export function writeBrief(
  claims: Claim[],
  conflicts: Conflict[],
  outletOf: Map<string, string | null>,
  supportOf: (claim: Claim) => string[] = (c) => c.articleIds,
): BriefSentence[] {
  const limit = MAX_BRIEF_SENTENCES - Math.min(MAX_CONFLICT_SENTENCES, conflicts.length);
  const chosen: Candidate[] = [];
  for (const candidate of scoreWordings(claims).sort((a, b) => b.score - a.score)) {
    if (chosen.length >= limit) break;
    if (chosen.some((c) => jaccard(c.words, candidate.words) > REDUNDANT_JACCARD)) continue;
    chosen.push(candidate);
  }
  chosen.sort((a, b) => b.claim.independentSources - a.claim.independentSources || b.score - a.score);
  const sentences: BriefSentence[] = chosen.map(({ claim }) => ({ text: claim.text, articleIds: supportOf(claim), claimIds: [claim.id] }));
  for (const conflict of rankConflicts(conflicts).slice(0, MAX_CONFLICT_SENTENCES)) {
    sentences.push({ text: describeConflict(conflict, outletOf), articleIds: [...new Set(conflict.sides.flatMap((s) => s.statements.map((x) => x.articleId)))], claimIds: conflict.claimIds });
  }
  return sentences;
}

/**
 * What a reader most needs to know outlets disagree on, first: a different figure, outcome, day, person or place
 * before who said what, how many were named, or a figure only softened ("roughly 28" vs "28"); then the disagreement
 * more articles take part in. Stable, so equal conflicts keep the order they were found in.
 */
const CONFLICT_WEIGHT: Record<string, number> = { number: 0, status: 1, date: 2, person: 3, place: 4, time: 5, attribution: 6, scope: 7, hedge: 8 };

function rankConflicts(conflicts: Conflict[]): Conflict[] {
  const weight = (c: Conflict) => CONFLICT_WEIGHT[c.kind] ?? 9;
  const reach = (c: Conflict) => new Set(c.sides.flatMap((side) => side.statements.map((s) => s.articleId))).size;
  return [...conflicts].sort((a, b) => weight(a) - weight(b) || reach(b) - reach(a));
}

function describeConflict(c: Conflict, outletOf: Map<string, string | null>): string {
  const sides = c.sides.map((side) => {
    const outlets = [...new Set(side.statements.map((s) => outletOf.get(s.articleId) ?? s.articleId))];
    return `${outlets.join(', ')} ${outlets.length > 1 ? 'say' : 'says'} ${side.value}`;
  });
  // "the number of people" when the count names a plural noun; "28-point" or "$484 billion" is just a figure.
  const figure = c.quantity && /^(?:\S+s|people)\b/.test(c.quantity) ? `the number of ${c.quantity}` : 'the figure';
  const what =
    c.kind === 'attribution'
      ? 'who said'
      : c.kind === 'status'
        ? 'whether it has happened'
        : c.kind === 'number'
          ? figure
          : c.kind === 'hedge'
            ? `how exactly to state ${figure}`
            : `the ${c.kind}`;
  return `Outlets differ on ${what}: ${sides.join('; ')}.`;
}
