import type { ArticleMeta, BriefSentence, StoryResponse } from '../../src/api-types.ts';

/** Lookups a story page needs: articles by id, their citation numbers, outlet names and sentences. */
export interface StoryIndex {
  articles: ArticleMeta[];
  byId: Map<string, ArticleMeta>;
  /** 1-based citation number of each article, in story order. */
  number: Map<string, number>;
  outlet(articleId: string): string;
  sentence(articleId: string, index: number): string | null;
  /** The sentence of `articleId` that a brief sentence stands for: its claim's statement there, else the same words. */
  citation(brief: BriefSentence, articleId: string): string | null;
}

export function indexStory(data: StoryResponse): StoryIndex {
  const byId = new Map(data.articles.map((a) => [a.id, a]));
  const number = new Map(data.articles.map((a, k) => [a.id, k + 1]));
  const claims = new Map(data.story.claims.map((c) => [c.id, c]));
  const outlet = (id: string) => {
    const a = byId.get(id);
    return a?.outlet ?? a?.title ?? id;
  };
  const sentence = (id: string, index: number) => byId.get(id)?.sentences[index] ?? null;
  return {
    articles: data.articles,
    byId,
    number,
    outlet,
    sentence,
    citation(brief, articleId) {
      for (const claimId of brief.claimIds) {
        const found = claims.get(claimId)?.statements.find((s) => s.articleId === articleId);
        if (found) return found.text;
      }
      const same = byId.get(articleId)?.sentences.find((s) => s.trim() === brief.text.trim());
      return same ?? null;
    },
  };
}
