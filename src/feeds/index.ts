/** Feeds and sitemaps -> items with absolute links and ISO dates (pure: strings in, records out). */
export { parseFeed } from './parse-feed.ts';
export { parseSitemap } from './sitemap.ts';
export type { FeedItem, FeedItemError, ParsedFeed, ParsedSitemap, SitemapEntry } from './types.ts';
