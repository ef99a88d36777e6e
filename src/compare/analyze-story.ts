import { buildTimeline } from '../brief/timeline.ts';
import { writeBrief } from '../brief/brief.ts';
import type { AnnotatedArticle } from '../pipeline.ts';
import { MODEL_FLOOR, type SimilarityCache } from './align.ts';
import { countStems, coverage, type StemStats } from './claim-similarity.ts';
import { scorePrepared } from './similarity.ts';
import { groupClaims } from './claims.ts';
import { findConflicts } from './conflicts.ts';
import { findFamilies } from './families.ts';
import { markDisputed, originCounter, rolesByName, storyNames } from './origins.ts';
import { type EntryFinder, entryFinder, prepareArticle, TextPool } from './prepare.ts';
import { readStatements } from './statements.ts';
import { mergeEntities } from './story-entities.ts';
import { mergeQuotes } from './story-quotes.ts';
import { findNeighbors } from './text-pairs.ts';
import type { Claim, Family, Statement, StoryAnalysis } from './types.ts';

const PRONOUN_START = /^(he|she|they|it|this|these|those|his|her|their)\b/i;

/**
 * The statement that words a claim best: not opened by a pronoun, not a quote, of middling length; the first of
 * the best (what a stable sort puts first), each scored once.
 */
function pickWording(statements: Statement[]): string {
  let best = statements[0]!;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const s of statements) {
    const value = score(s);
    if (value > bestScore) [best, bestScore] = [s, value];
  }
  return best.text;
  function score(s: Statement): number {
    const len = s.text.length;
    return (PRONOUN_START.test(s.text) ? -2 : 0) + (s.modality === 'quoted' ? -1 : 0) - Math.abs(len - 160) / 200;
  }
}

/** What a reader calls an article: its outlet, else its file or URL name. */
export function labelOf(a: AnnotatedArticle): string {
  return a.outlet ?? a.source.split(/[\\/]/).filter(Boolean).pop() ?? a.id;
}

/** Share of letters that must be Latin script for text too short to identify to be read as English. */
const LATIN_SHARE = 0.9;

/**
 * Only English text is analysed for claims: the recognisers and the similarity are English-only. Text too short for
 * the language guess ("und": one-sentence items, 123 of AllSides' 919 articles) is read as English when it is in
 * Latin script; a recognised other language is not.
 */
export function isAnalysable(a: AnnotatedArticle): boolean {
  if (a.language === 'en') return true;
  if (a.language !== 'und') return false;
  const letters = a.text.match(/\p{L}/gu) ?? [];
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  return letters.length > 0 && latin / letters.length >= LATIN_SHARE;
}

/**
 * Analyses one story: families (1), statements grouped into claims (2), their independent origins (3), entities and
 * quotes across outlets (4), conflicts (5) and disputed status (6), the timeline (7) and the cited brief (8).
 */
export function analyzeStory(id: string, articles: AnnotatedArticle[]): StoryAnalysis {
  const analysable = articles.filter(isAnalysable);
  const notAnalysed = articles.filter((a) => !isAnalysable(a)).map((a) => ({ articleId: a.id, reason: `language "${a.language}" is not analysed for claims (English only)` }));
  const outletOf = new Map(articles.map((a) => [a.id, labelOf(a)]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const pool = new TextPool();
  const prepared = new Map(analysable.map((a) => [a.id, prepareArticle(a, pool)]));
  const stats = countStems([...prepared.values()].flatMap((p) => p.sentences));
  const cache: SimilarityCache = new Map();
  // Every pair of distinct sentence texts close enough to matter to families or claims, scored once.
  const neighbors = findNeighbors(pool.texts, stats, MODEL_FLOOR);
  // 1. families of rewrites
  const families = findFamilies(analysable, prepared, neighbors);
  const familyOf = new Map<string, Family>();
  for (const f of families) for (const id of f.articleIds) familyOf.set(id, f);
  // 2-3. claims with their origins
  const statements = analysable.flatMap(readStatements);
  const groups = groupClaims(statements, prepared, neighbors, stats, cache);
  // Story-level entities (4) are merged first: their roles tell which sources speak for which.
  const entities = mergeEntities(articles);
  const countOrigins = originCounter(familyOf, outletOf, rolesByName(entities), storyNames(entities));
  let claims: Claim[] = groups.map((g, k) => {
    const { origins, independentSources } = countOrigins(g.statements);
    return {
      id: `${id}-claim-${k + 1}`,
      text: pickWording(g.statements),
      statements: g.statements,
      articleIds: [...new Set(g.statements.map((s) => s.articleId))],
      origins,
      independentSources,
      status: independentSources >= 2 ? 'corroborated' : 'single-source',
    };
  });
  // 4. quotes across outlets
  const quotes = mergeQuotes(analysable, entities);
  // 5-6. conflicts; a claim in one is disputed
  const familyIds = new Map([...familyOf].map(([articleId, f]) => [articleId, f.id]));
  const conflicts = findConflicts(claims, quotes, byId, outletOf, { entities, familyOf: familyIds }).map((c, k) => ({ ...c, id: `${id}-conflict-${k + 1}` }));
  claims = markDisputed(claims, new Set(conflicts.flatMap((c) => c.claimIds)));
  claims.sort((a, b) => b.independentSources - a.independentSources || b.articleIds.length - a.articleIds.length);
  // 7-8. timeline and brief
  const timeline = buildTimeline(analysable, claims);
  const entryOf = entryFinder(prepared);
  const brief = writeBrief(claims, conflicts, outletOf, (claim) => supportingArticles(claim, entryOf, stats));
  return { id, title: pickTitle(articles, claims), articleIds: articles.map((a) => a.id), families, claims, conflicts, entities, quotes, timeline, brief, notAnalysed };
}

/**
 * A brief sentence cites an article only if that article's own statement says what the sentence says: the
 * paraphrase model calls them the same, or the statement covers this share of the wording's weighted content
 * (demo corpus: "The dam is operated by the Water Authority" covers 0.35 of "The Water Authority, which operates
 * the dam, said it was cooperating fully with investigators..." and is not cited for it).
 */
export const BRIEF_SUPPORT_COVERAGE = 0.6;

function supportingArticles(claim: Claim, entryOf: EntryFinder, stats: StemStats): string[] {
  const find = (s: Statement) => entryOf(s.articleId, s.sentence);
  const wording = claim.statements.find((s) => s.text === claim.text);
  const w = wording ? find(wording) : undefined;
  if (!wording || !w) return claim.articleIds;
  const ids = new Set([wording.articleId]);
  // Identical statements (wire copies) get one verdict.
  const verdict = new Map<number, boolean>();
  for (const s of claim.statements) {
    const p = find(s);
    if (!p) continue;
    let supports = verdict.get(p.textId);
    if (supports === undefined) {
      supports = coverage(w, p, stats) >= BRIEF_SUPPORT_COVERAGE || scorePrepared(w.prepared, p.prepared).same;
      verdict.set(p.textId, supports);
    }
    if (supports) ids.add(s.articleId);
  }
  return [...ids];
}

function pickTitle(articles: AnnotatedArticle[], claims: Claim[]): string {
  const dated = [...articles].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'));
  return dated.find((a) => a.title)?.title ?? claims[0]?.text ?? articles[0]?.annotation.sentences[0]?.text ?? '(untitled story)';
}
