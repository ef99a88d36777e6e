import { readByline } from './byline.ts';
import { calendarDay, normalizeDate, readDisplayedDate } from './dates.ts';
import { findArticle, type JsonObject, readName } from './json-ld.ts';
import { normalizeLanguage } from './language.ts';
import type { PreparedPage, Probe } from './prepare-html.ts';
import type { Attributes } from './prune-rules.ts';

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

/** Title separators before a site name suffix: "Headline | Site", "Headline - Site", "Headline — Site". */
const TITLE_SUFFIX_RE = /\s+[|\-–—·:»]\s+[^|\-–—·:»]{2,40}$/;

function collapse(text: string | null | undefined): string | null {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value ? value : null;
}

/** `rel` values compare case-insensitively in HTML selectors, as class names and itemprop do not. */
function isRel(attributes: Attributes, value: string): boolean {
  return attributes['rel']?.toLowerCase() === value;
}

/** `.byline, .author-name, .author` as a selector matches a class (`[class~=...]`): a whitespace-separated word. */
const BYLINE_CLASS_RE = /(?:^|\s)(?:byline|author-name|author)(?:$|\s)/;

/**
 * Class names of an element that shows the publication date: "publish-date", "article-publish-date",
 * "published_date", "post-date", "entry-date", "pubdate", "date-published", "datetime", "timestamp".
 */
const DATE_CLASS_RE =
  /(?:^|[\s_-])(?:publish(?:ed)?|pub|post(?:ed)?|entry|article)[-_]?(?:date|time|on)(?:$|[\s_-])|(?:^|\s)date[-_]?(?:published|posted)(?:$|\s)|(?:^|\s)(?:datetime|dateline|timestamp)(?:$|\s)/i;

function isDateElement(attributes: Attributes): boolean {
  return attributes['itemprop'] === 'datePublished' || DATE_CLASS_RE.test(attributes['class'] ?? '');
}

/**
 * Elements read for metadata, found while the page streams past (see prepare-html.ts): the first match in
 * document order, as `querySelector` finds it, outside scripts, styles and page chrome.
 */
export const METADATA_PROBES = {
  title: { matches: (tag) => tag === 'title', read: 'text', attributes: [] },
  h1: { matches: (tag) => tag === 'h1', read: 'text', attributes: [] },
  relAuthor: { matches: (_, attributes) => isRel(attributes, 'author'), read: 'text', attributes: ['rel'] },
  itempropAuthor: { matches: (_, attributes) => attributes['itemprop'] === 'author', read: 'text', attributes: ['itemprop'] },
  bylineClass: { matches: (_, attributes) => BYLINE_CLASS_RE.test(attributes['class'] ?? ''), read: 'text', attributes: ['class'] },
  time: {
    matches: (tag, attributes) => tag === 'time' && attributes['datetime'] !== undefined,
    read: 'datetime',
    attributes: ['datetime'],
  },
  dateText: {
    matches: (tag, attributes) => tag !== 'input' && tag !== 'meta' && isDateElement(attributes),
    read: 'text',
    attributes: ['itemprop', 'class'],
  },
  dateValue: {
    matches: (tag, attributes) => tag === 'input' && isDateElement(attributes),
    read: 'value',
    attributes: ['itemprop', 'class', 'value'],
  },
  canonical: {
    matches: (tag, attributes) => tag === 'link' && isRel(attributes, 'canonical'),
    read: 'href',
    attributes: ['rel', 'href'],
  },
} satisfies Record<string, Probe>;

interface PageContext {
  page: PreparedPage;
  meta: MetaIndex;
  article: JsonObject | null;
}

/** First non-empty `content` of each meta key (property, name, itemprop or http-equiv), keys lower-cased. */
type MetaIndex = Map<string, string>;

function indexMeta(metas: Attributes[]): MetaIndex {
  const index: MetaIndex = new Map();
  for (const meta of metas) {
    const content = collapse(meta['content']);
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta[attr]?.trim().toLowerCase();
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

function readFound(page: PreparedPage, key: keyof typeof METADATA_PROBES): string | null {
  return page.found.get(key) ?? null;
}

function readText(page: PreparedPage, key: keyof typeof METADATA_PROBES): string | null {
  return collapse(readFound(page, key));
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
  const title = readText(page.page, 'title');
  // <title> usually carries "Headline | Site"; declared titles rarely do, and may contain " - " legitimately.
  if (title) return stripSiteName(title, siteName).replace(TITLE_SUFFIX_RE, '');
  return readText(page.page, 'h1');
}

/** The byline's names, and any date it ended with (a last resort for the publication date). */
function extractByline(page: PageContext): { names: string | null; date: string | null } {
  const candidates = [
    collapse(readName(page.article?.['author'])),
    readMeta(page.meta, 'author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author'),
    readText(page.page, 'relAuthor'),
    readText(page.page, 'itempropAuthor'),
    readText(page.page, 'bylineClass'),
  ];
  let date: string | null = null;
  for (const candidate of candidates) {
    if (!candidate) continue;
    const byline = readByline(candidate);
    date ??= byline.date;
    if (byline.names) return { names: byline.names, date };
  }
  return { names: null, date };
}

function readString(object: JsonObject | null, key: string): string | null {
  const value = object?.[key];
  return typeof value === 'string' ? value : null;
}

/** Meta keys a CMS of its own names a publication date with: "sn-post-date", "publish_date", "date-posted". */
const DATE_META_KEY_RE = /(?:^|[-_:.])(?:post(?:ed)?|publish(?:ed)?|pub|release)[-_]?date$|(?:^|[-_:.])date[-_]?(?:published|posted)$/;

/** A date element's text: "Published 11:34 PM EST Nov 19, 2019" is the date; "Updated ..." is not the publication. */
function readDateText(text: string | null): string | null {
  if (!text || /^\s*(?:last\s+)?updated\b/i.test(text)) return null;
  return text.replace(/^\s*(?:first\s+)?(?:published|posted)(?:\s+on)?:?\s*/i, '');
}

/** A date in a page's address, as many news sites write it: /2019/11/18/, /2019/nov/18/, /2019-11-18/. */
const URL_DATE_RE = /\/((?:19|20)\d{2})[/-](\d{1,2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[/-](\d{1,2})(?=[/_-]|$)/i;

/** The calendar day in `url`'s path, or null. */
export function readUrlDate(url: string | null): string | null {
  const match = url ? URL_DATE_RE.exec(url.replace(/[?#].*$/, '')) : null;
  return match ? calendarDay(match[1]!, match[2]!, match[3]!) : null;
}

function extractPublished(page: PageContext, bylineDate: string | null, url: string | null): string | null {
  const { meta, article } = page;
  const candidates = [
    readString(article, 'datePublished'),
    readMeta(meta, 'article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date'),
    readMeta(meta, 'dc.date.issued', 'sailthru.date', 'parsely-pub-date', 'og:published_time'),
    readFound(page.page, 'time'),
    readString(article, 'dateCreated'),
  ];
  for (const candidate of candidates) {
    const date = normalizeDate(candidate);
    if (date) return date;
  }
  // What a page without standard markup still shows, read without chrono (see readDisplayedDate).
  const shown = [
    [...meta].find(([key]) => DATE_META_KEY_RE.test(key))?.[1] ?? null,
    readDateText(readText(page.page, 'dateText')),
    readFound(page.page, 'dateValue'),
    bylineDate,
  ];
  for (const candidate of shown) {
    const date = readDisplayedDate(candidate);
    if (date) return date;
  }
  return readUrlDate(url);
}

function readHost(url: string | null | undefined): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** Letters and digits only, lower case: "The Detroit News" -> "thedetroitnews". */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A declared site name as a reader would name the outlet: a URL is its host ("https://www.newsnation.in" ->
 * "newsnation.in"), a list after "|" is its first item ("Autoracing | F1 | Indy" -> "Autoracing"), a social
 * handle ("@politifact") names no site.
 */
function cleanSiteName(value: string | null): string | null {
  if (!value || value.startsWith('@')) return null;
  if (/^https?:\/\//i.test(value)) return readHost(value);
  return value.split(/\s+[|•]\s+/)[0]!.trim() || null;
}

/** The part of a `<title>` after its last separator: "Headline - Reuters" -> "Reuters". */
function titleSuffix(title: string | null): string | null {
  const match = title ? /\s[|\-–—·:»]\s+([^|\-–—·:»]{2,40})$/.exec(title.trim()) : null;
  return match ? match[1]!.trim() : null;
}

function extractSiteName(page: PageContext, url: string | null): string | null {
  const host = readHost(url);
  const declared = cleanSiteName(readMeta(page.meta, 'og:site_name', 'application-name', 'al:android:app_name'));
  const publisher = collapse(readName(page.article?.['publisher'])) ?? readMeta(page.meta, 'publisher');
  if (!declared) return cleanSiteName(publisher) ?? host;
  // A slug ("detroitnews", "usatoday") where the JSON-LD publisher spells the name out ("The Detroit News").
  if (/^[a-z0-9]+$/.test(declared) && publisher && publisher !== declared && squash(publisher).includes(declared)) return publisher;
  // A section in place of the site ("U.S." on reuters.com) when the title names the site the host names.
  const hostName = host ? squash(host.replace(/\.[a-z]{2,}(?:\.[a-z]{2})?$/, '')) : '';
  const suffix = titleSuffix(readText(page.page, 'title'));
  if (hostName.length >= 3 && !squash(declared).includes(hostName) && !hostName.includes(squash(declared)) && suffix && squash(suffix) === hostName) {
    return suffix;
  }
  return declared;
}

function extractCanonicalUrl(page: PageContext, url: string | null | undefined): string | null {
  const href = readFound(page.page, 'canonical') ?? readMeta(page.meta, 'og:url');
  if (!href) return url ?? null;
  try {
    return new URL(href.trim(), url ?? undefined).href;
  } catch {
    return url ?? null;
  }
}

function extractLanguage(page: PageContext): string | null {
  const root = page.page.rootAttributes;
  return (
    normalizeLanguage(root?.['lang']) ??
    normalizeLanguage(root?.['xml:lang']) ??
    normalizeLanguage(readMeta(page.meta, 'content-language', 'language', 'og:locale'))
  );
}

/**
 * Title, byline, date, site name, canonical URL and declared language from `<head>` tags, JSON-LD and common
 * markup (see `guessLanguage` for pages that declare none), as read by `prepareHtml` with METADATA_PROBES.
 * @example extractMetadata(prepareHtml('<title>Hi | Site</title>', { probes: METADATA_PROBES })).title // 'Hi'
 */
export function extractMetadata(prepared: PreparedPage, options: MetadataOptions = {}): PageMetadata {
  const article = findArticle(options.jsonLd ?? []);
  const page: PageContext = { page: prepared, meta: indexMeta(prepared.metas), article };
  const canonicalUrl = extractCanonicalUrl(page, options.url);
  const siteName = extractSiteName(page, canonicalUrl ?? options.url ?? null);
  const byline = extractByline(page);
  return {
    title: extractTitle(page, siteName),
    byline: byline.names,
    published: extractPublished(page, byline.date, canonicalUrl ?? options.url ?? null),
    siteName,
    canonicalUrl,
    language: extractLanguage(page),
  };
}
