import { contentWords } from '../compare/prepare.ts';
import type { BriefSentence, Claim, Conflict } from '../compare/types.ts';

/** The brief says at most this many things (the issue asks for 5-10 sentences). */
export const MAX_BRIEF_SENTENCES = 8;
/** Conflicts reported at most, after the claims. */
const MAX_CONFLICT_SENTENCES = 2;
/** A claim sharing this much of its content words with one already in the brief would repeat it. */
const REDUNDANT_JACCARD = 0.4;

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / Math.max(1, a.size + b.size - inter);
}

/** Claims first by independent sources, then by articles, then by how early the articles state them. */
function rank(c: Claim): number {
  const position = Math.min(...c.statements.map((s) => s.sentence));
  return c.independentSources * 100 + c.articleIds.length * 10 - Math.min(position, 9);
}

/**
 * A short brief, best-corroborated first: each sentence is one article's own wording of a claim and cites every
 * article that states that claim, so it says nothing they do not. Disputed claims are reported as disagreements.
 */
export function writeBrief(
  claims: Claim[],
  conflicts: Conflict[],
  outletOf: Map<string, string | null>,
  supportOf: (claim: Claim) => string[] = (c) => c.articleIds,
): BriefSentence[] {
  const chosen: Array<{ claim: Claim; words: Set<string> }> = [];
  const limit = MAX_BRIEF_SENTENCES - Math.min(MAX_CONFLICT_SENTENCES, conflicts.length);
  for (const claim of [...claims].sort((a, b) => rank(b) - rank(a))) {
    if (chosen.length >= limit) break;
    if (claim.status === 'disputed') continue;
    // Quoted words and sentences opened by a pronoun do not stand on their own in a brief.
    if (/["\u201c\u201d]/.test(claim.text) || /^(he|she|they|it|this|that|these|those)\b/i.test(claim.text)) continue;
    const words = contentWords(claim.text);
    if (chosen.some((c) => jaccard(c.words, words) > REDUNDANT_JACCARD)) continue;
    chosen.push({ claim, words });
  }
  const sentences: BriefSentence[] = chosen.map(({ claim }) => ({ text: claim.text, articleIds: supportOf(claim), claimIds: [claim.id] }));
  for (const conflict of conflicts.slice(0, MAX_CONFLICT_SENTENCES)) {
    sentences.push({ text: describeConflict(conflict, outletOf), articleIds: [...new Set(conflict.sides.flatMap((s) => s.statements.map((x) => x.articleId)))], claimIds: conflict.claimIds });
  }
  return sentences;
}

function describeConflict(c: Conflict, outletOf: Map<string, string | null>): string {
  const sides = c.sides.map((side) => {
    const outlets = [...new Set(side.statements.map((s) => outletOf.get(s.articleId) ?? s.articleId))];
    return `${outlets.join(', ')} ${outlets.length > 1 ? 'say' : 'says'} ${side.value}`;
  });
  const what = c.kind === 'attribution' ? 'who said' : c.kind === 'status' ? 'whether it has happened' : `the ${c.kind}`;
  return `Outlets differ on ${what}: ${sides.join('; ')}.`;
}
