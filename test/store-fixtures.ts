import { analyzeStory } from '../src/compare/analyze-story.ts';
import type { StoryAnalysis } from '../src/compare/types.ts';
import { type AnnotatedArticle, annotateArticle } from '../src/pipeline.ts';

/** A small annotated article built with the real annotator (no hand-made annotations). */
export function makeArticle(id: string, text: string, meta: Partial<{ title: string; outlet: string; url: string; published: string }> = {}): AnnotatedArticle {
  return annotateArticle({
    id,
    source: `test:${id}`,
    title: meta.title ?? null,
    byline: null,
    published: meta.published ?? null,
    outlet: meta.outlet ?? null,
    url: meta.url ?? null,
    language: 'en',
    text,
    removed: [],
    removedSpans: [],
    headings: [],
    dateline: null,
    warnings: [],
  });
}

export function makeStory(id: string, articles: AnnotatedArticle[]): StoryAnalysis {
  return analyzeStory(id, articles);
}
