import { normalizeDate } from './dates.ts';
import { findArticle, type JsonObject, readName } from './json-ld.ts';
import { normalizeLanguage } from './language.ts';

/** Page metadata, each field null when the page does not say. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  language: string | null;
}

export interface MetadataOptions {
  url?: string | null;
  /** Objects from {@link parseJsonLd}. */
  jsonLd?: JsonObject[];
}

/** Bylines longer than this are a paragraph caught by a `.byline` selector, not a name list. */
const MAX_BYLINE_CHARS = 120;

/** Title separators before a site name suffix: "Headline | Site", "Headline - Site", "Headline — Site". */
const TITLE_SUFFIX_RE = /\s+[|\-–—·:»]\s+[^|\-–—·:»]{2,40}$/;

function collapse(text: string | null | undefined): string | null {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value ? value : null;
}

interface PageContext {
  document: Document;
  meta: MetaIndex;
  article: JsonObject | null;
}

/** First non-empty `content` of each meta key (property, name, itemprop or http-equiv), keys lower-cased. */
type MetaIndex = Map<string, string>;

function indexMeta(document: Document): MetaIndex {
  const index: MetaIndex = new Map();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const content = collapse(meta.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

function readMeta(meta: MetaIndex, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key.toLowerCase());
    if (value) return value;
  }
  return null;
}

function readText(document: Document, selector: string): string | null {
  try {
    return collapse(document.querySelector(selector)?.textContent);
  } catch {
    return null;
  }
}

function stripSiteName(title: string, siteName: string | null): string {
  if (!siteName || !title.endsWith(siteName)) return title;
  const before = title.slice(0, -siteName.length);
  const cut = before.replace(/\s*[|\-–—·:»]\s*$/, '').trim();
  // Only strip when a separator was there: "Reuters" must not become "" nor "The Reuters" become "The".
  return cut.length > 0 && cut !== before.trim() ? cut : title;
}

function extractTitle(page: PageContext, siteName: string | null): string | null {
  const declared = readMeta(page.meta, 'og:title', 'twitter:title') ?? collapse(readName(page.article?.['headline']));
  if (declared) return stripSiteName(declared, siteName);
  const title = readText(page.document, 'title');
  // <title> usually carries "Headline | Site"; declared titles rarely do, and may contain " - " legitimately.
  if (title) return stripSiteName(title, siteName).replace(TITLE_SUFFIX_RE, '');
  return readText(page.document, 'h1');
}

function extractByline(page: PageContext): string | null {
  const byline =
    collapse(readName(page.article?.['author'])) ??
    readMeta(page.meta, 'author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author') ??
    readText(page.document, '[rel="author"]') ??
    readText(page.document, '[itemprop="author"]') ??
    readText(page.document, '.byline, .author-name, .author');
  // A URL (a Facebook profile in article:author) is not a name.
  if (!byline || byline.length > MAX_BYLINE_CHARS || /^https?:\/\//.test(byline)) return null;
  return byline.replace(/^by\s+/i, '');
}

function readString(object: JsonObject | null, key: string): string | null {
  const value = object?.[key];
  return typeof value === 'string' ? value : null;
}

function extractPublished(page: PageContext): string | null {
  const { meta, article } = page;
  const candidates = [
    readString(article, 'datePublished'),
    readMeta(meta, 'article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date'),
    readMeta(meta, 'dc.date.issued', 'sailthru.date', 'parsely-pub-date', 'og:published_time'),
    page.document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
    readString(article, 'dateCreated'),
  ];
  for (const candidate of candidates) {
    const date = normalizeDate(candidate);
    if (date) return date;
  }
  return null;
}

function readHost(url: string | null | undefined): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

function extractSiteName(page: PageContext, url: string | null): string | null {
  return (
    readMeta(page.meta, 'og:site_name', 'application-name', 'al:android:app_name') ??
    collapse(readName(page.article?.['publisher'])) ??
    readHost(url)
  );
}

function extractCanonicalUrl(page: PageContext, url: string | null | undefined): string | null {
  const href =
    page.document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? readMeta(page.meta, 'og:url');
  if (!href) return url ?? null;
  try {
    return new URL(href.trim(), url ?? undefined).href;
  } catch {
    return url ?? null;
  }
}

function extractLanguage(page: PageContext): string | null {
  const root = page.document.documentElement;
  return (
    normalizeLanguage(root?.getAttribute('lang')) ??
    normalizeLanguage(root?.getAttribute('xml:lang')) ??
    normalizeLanguage(readMeta(page.meta, 'content-language', 'language', 'og:locale'))
  );
}

/**
 * Title, byline, date, site name, canonical URL and declared language from `<head>` tags, JSON-LD and common
 * markup (see `guessLanguage` for pages that declare none).
 * Reads the document without changing it; never throws on odd markup.
 * @example extractMetadata(parseHTML('<title>Hi | Site</title>').document).title // 'Hi'
 */
export function extractMetadata(document: Document, options: MetadataOptions = {}): PageMetadata {
  const page: PageContext = { document, meta: indexMeta(document), article: findArticle(options.jsonLd ?? []) };
  const canonicalUrl = extractCanonicalUrl(page, options.url);
  const siteName = extractSiteName(page, canonicalUrl ?? options.url ?? null);
  return {
    title: extractTitle(page, siteName),
    byline: extractByline(page),
    published: extractPublished(page),
    siteName,
    canonicalUrl,
    language: extractLanguage(page),
  };
}
