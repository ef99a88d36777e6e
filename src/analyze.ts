import { analyzeStory } from './compare/analyze-story.ts';
import type { StoryAnalysis } from './compare/types.ts';
import type { Rejected } from './errors.ts';
import { contentId } from './ingest/id.ts';
import type { AnnotatedArticle } from './pipeline.ts';
import { readStoryTerms, StoryBatch } from './stories/index.ts';
import type { StoryInput } from './stories/types.ts';

export interface Analysis {
  articles: AnnotatedArticle[];
  stories: StoryAnalysis[];
  rejected: Rejected[];
  /** Inputs whose content duplicated an earlier one: kept once, noted here. */
  duplicates: Array<{ source: string; duplicateOf: string }>;
}

/**
 * What the clusterer reads of an article. Entity keys are left to the clusterer's own derivation, which its
 * thresholds were measured with (shared/data/ecbplus); the annotator's typed entities split the demo corpus's
 * two source families apart in a test run, where the derived keys keep them together.
 */
export function toStoryInput(a: AnnotatedArticle): StoryInput {
  return {
    id: a.id,
    title: a.title,
    text: a.annotation.sentences.map((s) => s.text).join('\n'),
    published: a.published,
    language: a.language,
  };
}

/** What planning reads of an article: its id, its content key (same text, same key) and the clusterer's input. */
export interface PlanEntry {
  id: string;
  source: string;
  /** contentId of the text: two inputs with one key are exact duplicates. */
  contentKey: string;
  story: StoryInput;
}

/**
 * The plan entry of an annotated article. `countTerms`: the clusterer's terms are counted here (e.g. in a worker
 * thread, off the clustering thread), and the text, read only to count them, is left out.
 */
export function toPlanEntry(a: AnnotatedArticle, options: { countTerms?: boolean } = {}): PlanEntry {
  const story = toStoryInput(a);
  return { id: a.id, source: a.source, contentKey: contentId(a.text), story: options.countTerms ? { ...story, text: '', terms: readStoryTerms(story) } : story };
}

/** Exact duplicates (same id or same text) as articles pass: the first is kept, the others noted. */
class DuplicateFilter {
  readonly duplicates: Analysis['duplicates'] = [];
  private readonly seen = new Map<string, string>();

  /** Whether `e` repeats an article already passed (and is noted as such). */
  repeats(e: Pick<PlanEntry, 'id' | 'source' | 'contentKey'>): boolean {
    const first = this.seen.get(e.contentKey) ?? this.seen.get(`id:${e.id}`);
    if (first !== undefined) {
      this.duplicates.push({ source: e.source, duplicateOf: first });
      return true;
    }
    this.seen.set(e.contentKey, e.id);
    this.seen.set(`id:${e.id}`, e.id);
    return false;
  }
}

/** Drops exact duplicates (same id or same text), keeping the first and noting the others. */
export function dedupeArticles(articles: AnnotatedArticle[]): { kept: AnnotatedArticle[]; duplicates: Analysis['duplicates'] } {
  const filter = new DuplicateFilter();
  const kept = articles.filter((a) => !filter.repeats({ id: a.id, source: a.source, contentKey: contentId(a.text) }));
  return { kept, duplicates: filter.duplicates };
}

/**
 * Cross-source analysis of annotated articles: exact duplicates folded, stories found by online clustering, each
 * story analysed (families, claims, independent sources, conflicts, entities, quotes, timeline, brief).
 */
export function analyzeArticles(articles: AnnotatedArticle[], rejected: Rejected[] = []): Analysis {
  const planner = new StoryPlanner();
  const byId = new Map<string, AnnotatedArticle>();
  for (const a of articles) if (planner.add(toPlanEntry(a))) byId.set(a.id, a);
  const plan = planner.plan();
  // 3. each story analysed on its own
  const analysed = plan.stories.map((s) => analyzeStory(s.id, s.articleIds.map((id) => byId.get(id)!)));
  return { articles: plan.keptIds.map((id) => byId.get(id)!), stories: inReportOrder(analysed), rejected, duplicates: plan.duplicates };
}

/** Stories to analyse, by article id (in story order), after duplicates are folded. */
export interface StoryPlan {
  /** Articles kept, in the order they were added. */
  keptIds: string[];
  duplicates: Analysis['duplicates'];
  stories: Array<{ id: string; articleIds: string[] }>;
}

/**
 * Steps 1-2 of analyzeArticles, one article at a time: exact duplicates folded (the first copy kept), the others
 * counted for clustering as they come, then stories by online clustering. Only the clusterer's counts are kept
 * per article, so the articles themselves can live elsewhere meanwhile (see src/store/packed-articles.ts).
 */
export class StoryPlanner {
  private readonly keptIds: string[] = [];
  private readonly filter = new DuplicateFilter();
  private readonly batch = new StoryBatch();

  /** Adds an article; false when it duplicates one already added (and is noted as such). */
  add(entry: PlanEntry): boolean {
    if (this.filter.repeats(entry)) return false;
    this.keptIds.push(entry.id);
    this.batch.add(entry.story);
    return true;
  }

  plan(): StoryPlan {
    const stories = this.batch.cluster();
    return { keptIds: this.keptIds, duplicates: this.filter.duplicates, stories: stories.map((s, k) => ({ id: `story-${k + 1}`, articleIds: s.articleIds })) };
  }
}

/**
 * The order stories are reported in: largest first, ties in plan order. Analysing them in this order too lets a
 * worker pool end evenly loaded and a writer emit each story as soon as every larger one is done.
 */
export function reportOrder<T extends { articleIds: unknown[] }>(stories: T[]): number[] {
  return stories.map((_, k) => k).sort((a, b) => stories[b]!.articleIds.length - stories[a]!.articleIds.length || a - b);
}

function inReportOrder(stories: StoryAnalysis[]): StoryAnalysis[] {
  return reportOrder(stories).map((k) => stories[k]!);
}
