import { isRejected, toRejected, type Rejected } from '../errors.ts';
import { toStoryInput } from '../analyze.ts';
import { readStoryTerms, type StoryTerms } from '../stories/index.ts';
import { analyzeStory } from '../compare/analyze-story.ts';
import type { StoryAnalysis } from '../compare/types.ts';
import { toArticle } from '../extract/article.ts';
import type { RawDocument } from '../ingest/types.ts';
import { type AnnotatedArticle, annotateArticle } from '../pipeline.ts';

/** What a worker does: extract and annotate one document, or analyse one story. */
export type Task = { kind: 'read'; raw: RawDocument } | { kind: 'story'; id: string; articles: AnnotatedArticle[] };
/** A document read, with the terms the story clusterer will count (read ahead here, off the clustering thread). */
export interface ReadAnswer {
  article: AnnotatedArticle;
  terms: StoryTerms;
}
export type Answer = ReadAnswer | Rejected | StoryAnalysis;

/**
 * Extraction (2) and annotation (3) of one document: a document that fails either is rejected with the reason,
 * and the batch goes on. Tokens are dropped: nothing after annotation reads them, and they are ~70% of an
 * annotated article's size (10,000 articles would not fit the analysis's memory budget with them).
 */
export function readDocument(raw: RawDocument): AnnotatedArticle | Rejected {
  try {
    const article = annotateArticle(toArticle(raw));
    article.annotation.tokens = [];
    return article;
  } catch (err) {
    return toRejected(raw.source, err);
  }
}

/** Runs one task, in a worker or in process: the same code either way. */
export function runTask(task: Task): Answer {
  if (task.kind === 'story') return analyzeStory(task.id, task.articles);
  const article = readDocument(task.raw);
  return isRejected(article) ? article : { article, terms: readStoryTerms(toStoryInput(article)) };
}
