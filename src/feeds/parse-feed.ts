import { CorroborateError } from '../errors.ts';
import { atomEntries, atomFeed, readAtomEntry } from './atom.ts';
import { parseJsonFeed } from './json-feed.ts';
import { resolveBase } from './links.ts';
import { readRssItem, rssChannel, rssItems } from './rss.ts';
import type { FeedItem, ParsedFeed } from './types.ts';
import { parseXml, type XmlElement } from './xml-tree.ts';

type Format = ParsedFeed['format'];

function formatOf(root: XmlElement): Format {
  if (root.local === 'rss' && root.ns === '') return 'rss';
  if (root.local === 'RDF' && root.ns === 'rdf') return 'rdf';
  // An Atom feed that forgot its namespace is still recognisably Atom.
  if (root.local === 'feed' && (root.ns === 'atom' || root.ns === '')) return 'atom';
  if (root.local === 'urlset' || root.local === 'sitemapindex') {
    throw new CorroborateError('BAD_FEED', 'this is a sitemap, not a feed (read it with parseSitemap)');
  }
  throw new CorroborateError('BAD_FEED', `not a feed: the root element is <${root.local}>`);
}

/** Atom elements without a namespace (a broken feed) are read as Atom by re-tagging them. */
function adoptAtom(el: XmlElement): void {
  if (el.ns === '') el.ns = 'atom';
  for (const child of el.children) adoptAtom(child);
}

function collect(
  entries: XmlElement[],
  read: (el: XmlElement) => FeedItem | string,
): Pick<ParsedFeed, 'items' | 'errors'> {
  const items: FeedItem[] = [];
  const errors: ParsedFeed['errors'] = [];
  entries.forEach((el, index) => {
    let item: FeedItem | string;
    try {
      item = read(el);
    } catch (err) {
      item = err instanceof Error ? err.message : String(err);
    }
    if (typeof item === 'string') errors.push({ item: index, reason: item });
    else items.push(item);
  });
  return { items, errors };
}

function checkBase(baseUrl: string): string {
  try {
    return new URL(baseUrl).href;
  } catch (cause) {
    throw new CorroborateError('BAD_ARGUMENT', `feed base URL is not an absolute URL: ${baseUrl}`, { cause });
  }
}

/**
 * Parses an RSS 2.0, RSS 1.0/RDF, Atom or JSON Feed document. Item links are resolved against `baseUrl` (the
 * URL the feed was fetched from) and xml:base; dates become ISO 8601. An unusable item is listed in `errors`
 * with its position and reason, and the others are kept; a document that is not a feed at all throws
 * CorroborateError BAD_FEED naming the reason. A DOCTYPE with entity declarations is refused unparsed.
 * @example parseFeed(xml, 'https://example.com/rss').items[0]?.url // 'https://example.com/news/1'
 */
export function parseFeed(xmlOrJson: string, baseUrl: string): ParsedFeed {
  const base = checkBase(baseUrl);
  const start = xmlOrJson.replace(/^[\uFEFF\s]+/, '');
  if (start.startsWith('{')) return parseJsonFeed(start, base);
  if (!start.startsWith('<')) throw new CorroborateError('BAD_FEED', 'neither XML nor JSON');
  const root = parseXml(start);
  const format = formatOf(root);
  if (format === 'atom') {
    if (root.ns === '') adoptAtom(root);
    const feedBase = resolveBase(root.attrs.get('xml:base'), base);
    const { items, errors } = collect(atomEntries(root), (el) => readAtomEntry(el, feedBase));
    return { format, feed: atomFeed(root, feedBase), items, errors };
  }
  const { items, errors } = collect(rssItems(root), (el) => readRssItem(el, base));
  return { format, feed: rssChannel(root, base), items, errors };
}
