/** One entry of a feed, normalised across RSS 2.0, RSS 1.0/RDF, Atom and JSON Feed. */
export interface FeedItem {
  /** The entry's own id (guid, atom:id, rdf:about, JSON id), else its URL. */
  id: string;
  /** The absolute http(s) link to the article, resolved against the feed URL (and xml:base), or null. */
  url: string | null;
  title: string | null;
  /** ISO 8601 (UTC) publication date, else the update date; null when absent or unreadable. */
  published: string | null;
  /** Plain text: the summary or description with markup removed. */
  summary: string | null;
  /** The full content as HTML when the feed carries it (content:encoded, atom:content, content_html). */
  contentHtml: string | null;
}

/** An entry that could not be used, by its 0-based position in the feed, with the reason. */
export interface FeedItemError {
  item: number;
  reason: string;
}

export interface ParsedFeed {
  format: 'rss' | 'rdf' | 'atom' | 'json';
  feed: { title: string | null; link: string | null };
  items: FeedItem[];
  errors: FeedItemError[];
}

/** One <url> (or, in an index, one <sitemap>) of a sitemap. */
export interface SitemapEntry {
  url: string;
  lastModified: string | null;
  /** From the Google News extension (news:news), when present. */
  title: string | null;
  published: string | null;
}

export interface ParsedSitemap {
  /** `index`: entries are further sitemaps to fetch; `urlset`: entries are pages. */
  kind: 'urlset' | 'index';
  entries: SitemapEntry[];
  errors: FeedItemError[];
}
