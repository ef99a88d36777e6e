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

/**
 * Turns a raw input into an article: HTML is extracted, text kept as read; boilerplate lines are found and the
 * metadata lines (outlet, headline, byline, dateline) read. Metadata given with the record wins over what the page
 * says, which wins over what the text's own lines say.
 *
 * toArticle({ source: 'a.txt', kind: 'text', content: 'Headline\n\nBody text.', meta: {} }).title === 'Headline'
 */
export function toArticle(raw: RawDocument): Article {
  const page = raw.kind === 'html' ? extractHtml(raw.content, { url: raw.meta.url ?? null }) : null;
  const text = page ? page.text : raw.content;
  if (!text.trim()) throw new CorroborateError('NO_TEXT', 'no article text found');
  const given = pick(raw.meta.title, page?.title);
  const clean = cleanText(text, { title: given });
  return {
    id: raw.id ?? contentId(text),
    source: raw.source,
    title: pick(given, clean.meta.title),
    byline: pick(raw.meta.byline, page?.byline, clean.meta.byline),
    published: normalizeDate(pick(raw.meta.published, page?.published)),
    outlet: pick(raw.meta.outlet, page?.outlet, page?.siteName, clean.meta.outlet),
    url: pick(raw.meta.url, page?.canonicalUrl, page?.url),
    language: pick(page?.language) ?? guessLanguage(text) ?? 'und',
    text,
    removed: clean.removed.map((r) => text.slice(r.start, r.end)),
    removedSpans: clean.removed,
    headings: clean.headings,
    dateline: clean.meta.dateline,
  };
}
