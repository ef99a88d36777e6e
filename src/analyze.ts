import { analyzeStory } from './compare/analyze-story.ts';
import type { StoryAnalysis } from './compare/types.ts';
import type { Rejected } from './errors.ts';
import { contentId } from './ingest/id.ts';
import type { AnnotatedArticle } from './pipeline.ts';
import { StoryBatch } from './stories/index.ts';
import type { StoryInput, StoryTerms } from './stories/types.ts';

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

/** Exact duplicates (same id or same text) as articles pass: the first is kept, the others noted. */
class DuplicateFilter {
  readonly duplicates: Analysis['duplicates'] = [];
  private readonly seen = new Map<string, AnnotatedArticle>();

  /** Whether `a` repeats an article already passed (and is noted as such). */
  repeats(a: AnnotatedArticle): boolean {
    const key = contentId(a.text);
    const first = this.seen.get(key) ?? this.seen.get(`id:${a.id}`);
    if (first) {
      this.duplicates.push({ source: a.source, duplicateOf: first.id });
      return true;
    }
    this.seen.set(key, a);
    this.seen.set(`id:${a.id}`, a);
    return false;
  }
}

/** Drops exact duplicates (same id or same text), keeping the first and noting the others. */
export function dedupeArticles(articles: AnnotatedArticle[]): { kept: AnnotatedArticle[]; duplicates: Analysis['duplicates'] } {
  const filter = new DuplicateFilter();
  const kept = articles.filter((a) => !filter.repeats(a));
  return { kept, duplicates: filter.duplicates };
}

/**
 * Cross-source analysis of annotated articles: exact duplicates folded, stories found by online clustering, each
 * story analysed (families, claims, independent sources, conflicts, entities, quotes, timeline, brief).
 */
export function analyzeArticles(articles: AnnotatedArticle[], rejected: Rejected[] = []): Analysis {
  const plan = planStories(articles);
  // 3. each story analysed on its own
  const analysed = plan.stories.map((s) => analyzeStory(s.id, s.articles));
  return finishAnalysis(plan, analysed, rejected);
}

/** Stories to analyse, each with its articles (in story order), after duplicates are folded. */
export interface StoryPlan {
  kept: AnnotatedArticle[];
  duplicates: Analysis['duplicates'];
  stories: Array<{ id: string; articles: AnnotatedArticle[] }>;
}

/**
 * Steps 1-2 of analyzeArticles, one article at a time: exact duplicates folded (the first copy kept), the others
 * counted for clustering as they come (`terms`: read ahead, e.g. in a worker thread), then stories by online
 * clustering. Only the clusterer's counts are kept per article, not its tokens.
 */
export class StoryPlanner {
  private readonly kept: AnnotatedArticle[] = [];
  private readonly filter = new DuplicateFilter();
  private readonly batch = new StoryBatch();

  add(article: AnnotatedArticle, terms?: StoryTerms): void {
    if (this.filter.repeats(article)) return;
    this.kept.push(article);
    this.batch.add({ ...toStoryInput(article), terms });
  }

  plan(): StoryPlan {
    const stories = this.batch.cluster();
    const byId = new Map(this.kept.map((a) => [a.id, a]));
    return {
      kept: this.kept,
      duplicates: this.filter.duplicates,
      stories: stories.map((s, k) => ({ id: `story-${k + 1}`, articles: s.articleIds.map((id) => byId.get(id)!) })),
    };
  }
}

/** Steps 1-2 of analyzeArticles over a whole batch (see StoryPlanner). */
export function planStories(articles: AnnotatedArticle[]): StoryPlan {
  const planner = new StoryPlanner();
  for (const a of articles) planner.add(a);
  return planner.plan();
}

/** The analysis from a plan and its analysed stories (largest story first). */
export function finishAnalysis(plan: StoryPlan, analysed: StoryAnalysis[], rejected: Rejected[]): Analysis {
  const stories = [...analysed].sort((a, b) => b.articleIds.length - a.articleIds.length);
  return { articles: plan.kept, stories, rejected, duplicates: plan.duplicates };
}
