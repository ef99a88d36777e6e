import { CorroborateError } from '../errors.ts';
import { contentId } from '../ingest/id.ts';
import type { RawDocument } from '../ingest/types.ts';
import { cleanText } from './clean.ts';
import { normalizeDate } from './dates.ts';
import { guessLanguage } from './language.ts';
import { extractHtml } from './html.ts';
import type { Article } from './types.ts';

function pick(...values: Array<string | null | undefined>): string | null {
  for (const v of values) if (typeof v === 'string' && v.trim()) return v.trim();
  return null;
}

/** A publication date this far past the time of reading is an error in the metadata, not news from the future. */
const FUTURE_TOLERANCE_MS = 36 * 3600 * 1000;

/** Share of a title's words that must appear in the text for the title to belong to it. */
const TITLE_IN_TEXT_SHARE = 0.5;

/** Contradictions a reader should know about; they do not stop the article from being read. */
export function checkMetadata(text: string, title: string | null, published: string | null, now: Date): string[] {
  const warnings: string[] = [];
  if (published && Date.parse(published) - now.getTime() > FUTURE_TOLERANCE_MS) {
    warnings.push(`published date ${published} is after the time of reading (${now.toISOString().slice(0, 10)}): not used to resolve dates`);
  }
  if (title) {
    const words = title.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
    const body = text.toLowerCase();
    const found = words.filter((w) => body.includes(w)).length;
    if (words.length >= 3 && found / words.length < TITLE_IN_TEXT_SHARE) warnings.push('the title does not match the text (few of its words appear in it)');
  }
  return warnings;
}

/**
 * Turns a raw input into an article: HTML is extracted, text kept as read; boilerplate lines are found and the
 * metadata lines (outlet, headline, byline, dateline) read. Metadata given with the record wins over what the page
 * says, which wins over what the text's own lines say.
 *
 * toArticle({ source: 'a.txt', kind: 'text', content: 'Headline\n\nBody text.', meta: {} }).title === 'Headline'
 */
export function toArticle(raw: RawDocument, now: Date = new Date()): Article {
  const page = raw.kind === 'html' ? extractHtml(raw.content, { url: raw.meta.url ?? null }) : null;
  const text = page ? page.text : raw.content;
  if (!text.trim()) throw new CorroborateError('NO_TEXT', 'no article text found');
  const given = pick(raw.meta.title, page?.title);
  const clean = cleanText(text, { title: given });
  const title = pick(given, clean.meta.title);
  const published = normalizeDate(pick(raw.meta.published, page?.published));
  return {
    id: raw.id ?? contentId(text),
    source: raw.source,
    title,
    byline: pick(raw.meta.byline, page?.byline, clean.meta.byline),
    published,
    outlet: pick(raw.meta.outlet, page?.outlet, page?.siteName, clean.meta.outlet),
    url: pick(raw.meta.url, page?.canonicalUrl, page?.url),
    language: pick(page?.language) ?? guessLanguage(text) ?? 'und',
    text,
    removed: clean.removed.map((r) => text.slice(r.start, r.end)),
    removedSpans: clean.removed,
    headings: clean.headings,
    dateline: clean.meta.dateline,
    warnings: checkMetadata(text, title, published, now),
  };
}

/** The metadata every view of an article shows, in one place (dossier, stored summary, API). */
export type ArticleMetadata = Pick<Article, 'id' | 'source' | 'outlet' | 'title' | 'published' | 'byline' | 'url' | 'language'>;

export function pickMetadata(a: ArticleMetadata): ArticleMetadata {
  return { id: a.id, source: a.source, outlet: a.outlet, title: a.title, published: a.published, byline: a.byline, url: a.url, language: a.language };
}
