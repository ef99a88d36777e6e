import { CorroborateError } from '../errors.ts';
import { normaliseFeedDate } from './dates.ts';
import { resolveLink } from './links.ts';
import type { FeedItemError, ParsedSitemap, SitemapEntry } from './types.ts';
import { childNamed, childrenNamed, childText, parseXml, type XmlElement } from './xml-tree.ts';

function readEntry(el: XmlElement, base: string): SitemapEntry | string {
  const loc = childText(el, '', 'loc');
  if (!loc) return 'entry has no <loc>';
  const url = resolveLink(loc, base);
  if (!url) return `<loc> is not an http(s) URL: ${loc.slice(0, 200)}`;
  const news = childNamed(el, 'news', 'news');
  return {
    url,
    lastModified: normaliseFeedDate(childText(el, '', 'lastmod')),
    title: news ? childText(news, 'news', 'title') : null,
    published: news ? normaliseFeedDate(childText(news, 'news', 'publication_date')) : null,
  };
}

/**
 * Parses a sitemap (`<urlset>`, including Google News sitemaps) or a sitemap index (`<sitemapindex>`).
 * Entries without a usable <loc> are listed in `errors`; a document of another kind throws BAD_FEED.
 * @example parseSitemap(xml, 'https://ex.com/sitemap.xml').entries[0]?.url
 */
export function parseSitemap(xml: string, baseUrl: string): ParsedSitemap {
  const root = parseXml(xml.replace(/^[\uFEFF\s]+/, ''));
  const kind = root.local === 'urlset' ? 'urlset' : root.local === 'sitemapindex' ? 'index' : null;
  if (!kind) throw new CorroborateError('BAD_FEED', `not a sitemap: the root element is <${root.local}>`);
  const entries: SitemapEntry[] = [];
  const errors: FeedItemError[] = [];
  childrenNamed(root, '', kind === 'urlset' ? 'url' : 'sitemap').forEach((el, index) => {
    const entry = readEntry(el, baseUrl);
    if (typeof entry === 'string') errors.push({ item: index, reason: entry });
    else entries.push(entry);
  });
  return { kind, entries, errors };
}
