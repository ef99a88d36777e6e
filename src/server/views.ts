import { pickMetadata } from '../extract/article.ts';
import type { ArticleMeta, ArticleResponse } from '../api-types.ts';
import type { ArticleSummary, StoredArticle } from '../store/types.ts';

/** Metadata and sentence texts: what a story page needs of each article (no tokens, no offsets), from its stored summary. */
export function toArticleMeta(a: ArticleSummary): ArticleMeta {
  return {
    ...pickMetadata(a),
    sentences: a.sentences,
  };
}

/** The article as read with its annotations; tokens are left out (the bulk of the record, and no page shows them). */
export function toArticleResponse(stored: StoredArticle): ArticleResponse {
  const a = stored.article;
  const n = a.annotation;
  return {
    ...pickMetadata(a),
    storyId: stored.storyId,
    storedAt: stored.storedAt,
    warnings: a.warnings,
    text: a.text,
    removed: a.removedSpans,
    headings: a.headings,
    sentences: n.sentences,
    entities: n.entities,
    entityIndex: n.entityIndex,
    times: n.times,
    quotes: n.quotes,
    cites: n.cites,
    loaded: n.loaded,
  };
}
