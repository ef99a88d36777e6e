import type { Claim, TimelineEvent } from '../compare/types.ts';
import type { AnnotatedArticle } from '../pipeline.ts';

/** Sorts ISO dates of mixed precision (1968 < 2026-02 < 2026-03-10); unresolved ones go last. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function normalizeWhen(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Dated events of a story, in order: one per resolved date (or per unresolved expression), with the sentence that
 * first states it and every article that places something then.
 */
export function buildTimeline(articles: AnnotatedArticle[], claims: Claim[]): TimelineEvent[] {
  const claimOf = new Map<string, string>();
  for (const c of claims) for (const s of c.statements) claimOf.set(`${s.articleId}#${s.sentence}`, c.id);
  const events = new Map<string, TimelineEvent>();
  for (const a of articles) {
    for (const t of a.annotation.times) {
      const sentence = a.annotation.sentences[t.sentence];
      if (!sentence || sentence.heading) continue;
      const key = t.date ? `${t.date}|${claimOf.get(`${a.id}#${t.sentence}`) ?? normalizeWhen(t.text)}` : `null|${normalizeWhen(t.text)}|${a.id}#${t.sentence}`;
      const existing = events.get(key);
      if (existing) {
        if (!existing.articleIds.includes(a.id)) existing.articleIds.push(a.id);
        continue;
      }
      events.set(key, { when: t.text, date: t.date, text: sentence.text, articleIds: [a.id], claimId: claimOf.get(`${a.id}#${t.sentence}`) ?? null });
    }
  }
  return [...events.values()].sort((x, y) => compareDates(x.date, y.date) || y.articleIds.length - x.articleIds.length);
}
