import { normaliseFeedDate } from './dates.ts';
import { htmlToText } from './entities.ts';
import { resolveLink } from './links.ts';
import type { FeedItem } from './types.ts';
import { childNamed, childrenNamed, childText, type XmlElement } from './xml-tree.ts';

/** RSS 2.0 and RSS 1.0/RDF share their item vocabulary (title, link, description), plus Dublin Core dates. */

function itemDate(item: XmlElement): string | null {
  const raw =
    childText(item, '', 'pubDate') ??
    childText(item, 'dc', 'date') ??
    childText(item, 'dcterms', 'issued') ??
    childText(item, 'dcterms', 'created') ??
    childText(item, 'atom', 'published') ??
    childText(item, 'atom', 'updated') ??
    childText(item, 'dcterms', 'modified');
  return normaliseFeedDate(raw);
}

/** RDF attributes are written with whatever prefix the feed chose for the RDF namespace; match the local part. */
function rdfAbout(item: XmlElement): string | null {
  for (const [name, value] of item.attrs) if (name === 'about' || name.endsWith(':about')) return value.trim() || null;
  return null;
}

function guidOf(item: XmlElement): { id: string | null; permalink: string | null } {
  const guid = childNamed(item, '', 'guid');
  const id = guid?.text.trim() || null;
  const isPermaLink = guid?.attrs.get('isPermaLink')?.trim().toLowerCase() !== 'false';
  return { id, permalink: id && isPermaLink ? id : null };
}

function atomAlternate(item: XmlElement): string | null {
  const link = childrenNamed(item, 'atom', 'link').find((l) => (l.attrs.get('rel') ?? 'alternate') === 'alternate');
  return link?.attrs.get('href') ?? null;
}

/** One RSS item as a FeedItem, or the reason it cannot be used. */
export function readRssItem(item: XmlElement, base: string | null): FeedItem | string {
  const guid = guidOf(item);
  const url =
    resolveLink(childText(item, '', 'link'), base) ??
    resolveLink(atomAlternate(item), base) ??
    resolveLink(guid.permalink, base);
  const id = guid.id ?? rdfAbout(item) ?? url;
  if (!id) return 'item has no link, guid or rdf:about';
  const title = childText(item, '', 'title') ?? childText(item, 'dc', 'title');
  const description = childText(item, '', 'description');
  const encoded = childText(item, 'content', 'encoded');
  return {
    id,
    url,
    // RSS titles are, in practice, HTML-escaped HTML (RSS Best Practices Profile, "title"); read them as such.
    title: title ? htmlToText(title) || null : null,
    published: itemDate(item),
    summary: description ? htmlToText(description) || null : null,
    contentHtml: encoded ?? description,
  };
}

/** The RSS items: under <channel> for RSS 2.0, beside it for RSS 1.0/RDF. */
export function rssItems(root: XmlElement): XmlElement[] {
  const channel = childNamed(root, '', 'channel');
  const inside = channel ? childrenNamed(channel, '', 'item') : [];
  return [...inside, ...childrenNamed(root, '', 'item')];
}

export function rssChannel(root: XmlElement, base: string | null): { title: string | null; link: string | null } {
  const channel = childNamed(root, '', 'channel');
  if (!channel) return { title: null, link: null };
  const title = childText(channel, '', 'title');
  return { title: title ? htmlToText(title) || null : null, link: resolveLink(childText(channel, '', 'link'), base) };
}
