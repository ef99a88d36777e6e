import { analyzeStory } from './compare/analyze-story.ts';
import type { StoryAnalysis } from './compare/types.ts';
import type { Rejected } from './errors.ts';
import { contentId } from './ingest/id.ts';
import type { AnnotatedArticle } from './pipeline.ts';
import { clusterStories } from './stories/index.ts';
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

/** Drops exact duplicates (same id or same text), keeping the first and noting the others. */
export function dedupeArticles(articles: AnnotatedArticle[]): { kept: AnnotatedArticle[]; duplicates: Analysis['duplicates'] } {
  const seen = new Map<string, AnnotatedArticle>();
  const kept: AnnotatedArticle[] = [];
  const duplicates: Analysis['duplicates'] = [];
  for (const a of articles) {
    const key = contentId(a.text);
    const first = seen.get(key) ?? seen.get(`id:${a.id}`);
    if (first) {
      duplicates.push({ source: a.source, duplicateOf: first.id });
      continue;
    }
    seen.set(key, a);
    seen.set(`id:${a.id}`, a);
    kept.push(a);
  }
  return { kept, duplicates };
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
 * Steps 1-2 of analyzeArticles: one copy of each text, then stories by online clustering. `termsOf` gives terms
 * read ahead for the clusterer (in worker threads, see analyze-inputs.ts), by article id.
 */
export function planStories(articles: AnnotatedArticle[], termsOf?: Map<string, StoryTerms>): StoryPlan {
  // 1. one copy of each text
  const { kept, duplicates } = dedupeArticles(articles);
  // 2. stories
  const stories = clusterStories(kept.map((a) => ({ ...toStoryInput(a), terms: termsOf?.get(a.id) })));
  const byId = new Map(kept.map((a) => [a.id, a]));
  return { kept, duplicates, stories: stories.map((s, k) => ({ id: `story-${k + 1}`, articles: s.articleIds.map((id) => byId.get(id)!) })) };
}

/** The analysis from a plan and its analysed stories (largest story first). */
export function finishAnalysis(plan: StoryPlan, analysed: StoryAnalysis[], rejected: Rejected[]): Analysis {
  const stories = [...analysed].sort((a, b) => b.articleIds.length - a.articleIds.length);
  return { articles: plan.kept, stories, rejected, duplicates: plan.duplicates };
}
