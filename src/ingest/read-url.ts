import { CorroborateError, type Rejected, toRejected } from '../errors.ts';
import { htmlToText } from '../feeds/entities.ts';
import { type FeedItem, type FeedItemError, parseFeed, parseSitemap } from '../feeds/index.ts';
import { mediaTypeOf } from '../fetch/content.ts';
import { FetchError, type FetchOptions, type FetchResult, fetchDocument } from '../fetch/index.ts';
import { looksLikeMarkup } from './sniff.ts';
import type { RawDocument, RawMeta } from './types.ts';

/**
 * http(s) inputs: a page becomes one RawDocument; a feed (RSS, Atom, JSON Feed) or a sitemap becomes one per item,
 * each read from the feed's own full content or fetched from its link. All network access goes through
 * fetchDocument (SSRF guard, robots.txt, politeness, limits); a failure is a Rejected naming the URL.
 */

/** The environment setting that allows private addresses, as `--allow-private` does (`1` to allow). */
export const ALLOW_PRIVATE_ENV = 'CORROBORATE_ALLOW_PRIVATE';

/**
 * More plain-text characters than this in an item's content and the feed carries the whole article, so its page is
 * not fetched. 1,500: teaser paragraphs in news feeds run 200-600 characters; the shortest wire briefs run ~1,500.
 */
export const FULL_ARTICLE_CHARS = 1500;

/** What a feed or sitemap starts with, after an XML declaration, comments, processing instructions and a doctype. */
const PROLOG = /^(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*|<\?[^>]*\?>\s*)*/;
const FEED_ROOT = new RegExp(`${PROLOG.source}<(?:rss|feed|rdf:RDF|RDF|urlset|sitemapindex)\\b`);
const SITEMAP_ROOT = new RegExp(`${PROLOG.source}<(?:urlset|sitemapindex)\\b`);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** True for the inputs read from the network rather than the file system. */
export function isUrlInput(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** `--allow-private` wins; otherwise the {@link ALLOW_PRIVATE_ENV} setting. @example resolveAllowPrivate(undefined, { CORROBORATE_ALLOW_PRIVATE: '1' }) // true */
export function resolveAllowPrivate(flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  return flag === true || env[ALLOW_PRIVATE_ENV] === '1';
}

/** Refusals that `--allow-private` lifts (cloud metadata and reserved addresses stay refused). */
const PRIVATE_REFUSAL = /: (?:private|loopback|link-local|carrier-grade NAT) address|unique-local|: loopback host name|\(intranet\)/;

/**
 * A failure as a Rejected for `source`; a FetchError's reason without the URL when it is the input's own, and a
 * private-address refusal says how to allow it when `fetch` did not.
 */
export function rejectFetch(source: string, err: unknown, fetch: FetchOptions = {}): Rejected {
  if (!(err instanceof FetchError)) return toRejected(source, err);
  const same = URL.canParse(source) && new URL(source).href === err.url;
  const hint = err.code === 'BLOCKED_ADDRESS' && !fetch.allowPrivate && PRIVATE_REFUSAL.test(err.reason) ? ` (intranet: --allow-private or ${ALLOW_PRIVATE_ENV}=1)` : '';
  return { source, reason: `${same ? err.reason : err.message}${hint}`, code: err.code };
}

function emptyMeta(): RawMeta {
  return { title: null, url: null, outlet: null, published: null, byline: null };
}

/** A fetched page as a RawDocument; `meta.url` is the final URL, after redirects. */
function toPageDocument(source: string, page: FetchResult, meta: RawMeta): RawDocument {
  if (!page.text.trim()) throw new CorroborateError('EMPTY_INPUT', 'empty page (no text in the response)');
  const type = mediaTypeOf(page.contentType);
  const isHtml = HTML_TYPES.has(type) || (type !== 'text/plain' && looksLikeMarkup(page.text));
  return { source, kind: isHtml ? 'html' : 'text', content: page.text, meta: { ...meta, url: page.url } };
}

/** Feeds and sitemaps come as XML or JSON types, or untyped; an HTML page is never read as a feed. */
function isFeedLike(page: FetchResult): boolean {
  const type = mediaTypeOf(page.contentType);
  if (HTML_TYPES.has(type)) return false;
  if (/[/+](?:xml|json)$/.test(type)) return true;
  const start = page.text.replace(/^[\uFEFF\s]+/, '').slice(0, 4096);
  return start.startsWith('{') || FEED_ROOT.test(start);
}

export interface FeedEntries {
  kind: 'feed' | 'sitemap';
  items: FeedItem[];
  errors: FeedItemError[];
}

/**
 * The items of a feed or of a sitemap (`<urlset>`: each page an item, its URL its id). A sitemap index is refused
 * (UNSUPPORTED, naming its first sitemap): following it would fan out to thousands of pages unasked.
 * @example parseEntries(rssXml, 'https://ex.com/rss').items[0]?.url
 */
export function parseEntries(text: string, baseUrl: string): FeedEntries {
  if (!SITEMAP_ROOT.test(text.replace(/^[\uFEFF\s]+/, '').slice(0, 4096))) {
    const feed = parseFeed(text, baseUrl);
    return { kind: 'feed', items: feed.items, errors: feed.errors };
  }
  const map = parseSitemap(text, baseUrl);
  if (map.kind === 'index') {
    const first = map.entries[0]?.url ?? 'none';
    throw new CorroborateError('UNSUPPORTED', `a sitemap index of ${map.entries.length} sitemaps: give the sitemaps themselves (first: ${first})`);
  }
  const items = map.entries.map((e) => ({ id: e.url, url: e.url, title: e.title, published: e.published ?? e.lastModified, summary: null, contentHtml: null }));
  return { kind: 'sitemap', items, errors: map.errors };
}

/** True when the item's content is the whole article (see {@link FULL_ARTICLE_CHARS}). */
export function isFullArticle(item: FeedItem): boolean {
  return item.contentHtml !== null && htmlToText(item.contentHtml).length > FULL_ARTICLE_CHARS;
}

/** The source name of a feed item: its link, else the feed URL with the item's id as fragment. */
export function itemSource(item: FeedItem, feedUrl: string): string {
  return item.url ?? `${feedUrl}#${item.id}`;
}

/**
 * One feed item as a RawDocument: its own content when it is the full article (or all there is), else its page,
 * fetched with `fetch`. Throws FetchError or CorroborateError; the feed's title and date travel as metadata.
 */
export async function fetchFeedItem(item: FeedItem, feedUrl: string, fetch: FetchOptions = {}): Promise<RawDocument> {
  const source = itemSource(item, feedUrl);
  const meta: RawMeta = { ...emptyMeta(), title: item.title, url: item.url, published: item.published };
  if (item.contentHtml && (isFullArticle(item) || !item.url)) {
    return { source, kind: 'html', content: `<html><body><article>${item.contentHtml}</article></body></html>`, meta };
  }
  if (!item.url) throw new CorroborateError('BAD_RECORD', 'feed item has neither a link nor content');
  return toPageDocument(source, await fetchDocument(item.url, { ...fetch, expect: 'html' }), meta);
}

async function* readFeed(url: string, page: FetchResult, fetch: FetchOptions): AsyncGenerator<RawDocument | Rejected> {
  let entries: FeedEntries;
  try {
    entries = parseEntries(page.text, page.url);
  } catch (err) {
    yield toRejected(url, err);
    return;
  }
  for (const e of entries.errors) yield { source: `${url}#item-${e.item + 1}`, reason: e.reason, code: 'BAD_FEED' };
  for (const item of entries.items) {
    try {
      yield await fetchFeedItem(item, page.url, fetch);
    } catch (err) {
      yield rejectFetch(itemSource(item, page.url), err, fetch);
    }
  }
}

/**
 * Reads one http(s) URL: a page (HTML or plain text) is one RawDocument with `source` the URL as given and
 * `meta.url` the final URL; a feed or sitemap yields its items. Never throws: failures are Rejected entries.
 * @example for await (const doc of readUrl('http://10.0.0.5/news/1', { allowPrivate: true })) ...
 */
export async function* readUrl(url: string, fetch: FetchOptions = {}): AsyncGenerator<RawDocument | Rejected> {
  let page: FetchResult;
  try {
    // `text`, not `html`: the same input may be a feed; binary types are still refused before the body is read.
    page = await fetchDocument(url, { ...fetch, expect: 'text' });
  } catch (err) {
    yield rejectFetch(url, err, fetch);
    return;
  }
  if (isFeedLike(page)) {
    yield* readFeed(url, page, fetch);
    return;
  }
  try {
    yield toPageDocument(url, page, emptyMeta());
  } catch (err) {
    yield toRejected(url, err);
  }
}
