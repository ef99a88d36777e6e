import { isRejected, type Rejected, toRejected } from './errors.ts';
import { toArticle } from './extract/article.ts';
import type { Article } from './extract/types.ts';
import { readInputs } from './ingest/read-inputs.ts';
import type { IngestOptions } from './ingest/types.ts';
import { annotateText } from './text/annotate.ts';
import type { Annotation } from './text/types.ts';

export interface AnnotatedArticle extends Article {
  annotation: Annotation;
}

/**
 * Reads inputs and extracts each into an article; a bad input becomes a Rejected entry and the batch goes on.
 *
 * for await (const a of readArticles(['seeds/'])) if (!isRejected(a)) console.log(a.title);
 */
export async function* readArticles(inputs: string[], options: IngestOptions & { stdin?: NodeJS.ReadableStream } = {}): AsyncGenerator<Article | Rejected> {
  // 1. ingest: files, folders, JSONL, stdin -> raw documents
  for await (const raw of readInputs(inputs, options)) {
    if (isRejected(raw)) {
      yield raw;
      continue;
    }
    // 2. extract: HTML -> text + metadata; boilerplate lines found
    try {
      yield toArticle(raw);
    } catch (err) {
      yield toRejected(raw.source, err);
    }
  }
}

/** The publication date, unless the metadata check found it in the future. */
function usableDate(article: Article): string | null {
  return (article.warnings ?? []).some((w) => w.startsWith('published date')) ? null : article.published;
}

/** Annotates an extracted article (3. text stage). `published` fills in when the article carries no date. */
export function annotateArticle(article: Article, fallbackPublished: string | null = null): AnnotatedArticle {
  const annotation = annotateText(article.text, {
    removed: article.removedSpans,
    headings: article.headings,
    published: usableDate(article) ?? fallbackPublished,
  });
  return { ...article, annotation };
}
