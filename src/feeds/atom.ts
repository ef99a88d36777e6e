import { normaliseFeedDate } from './dates.ts';
import { escapeHtml, htmlToText } from './entities.ts';
import { resolveBase, resolveLink } from './links.ts';
import type { FeedItem } from './types.ts';
import { childNamed, childrenNamed, type XmlElement } from './xml-tree.ts';

/** Atom 1.0 (RFC 4287), with the Atom 0.3 date names (issued, modified) that old feeds still use. */

function escapeAttr(value: string): string {
  return escapeHtml(value);
}

/** Serialises inline XHTML content (type="xhtml") back to markup, namespace declarations left out. */
function serialise(parts: Array<string | XmlElement>): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += escapeHtml(part);
      continue;
    }
    let attrs = '';
    for (const [name, value] of part.attrs) {
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) attrs += ` ${name}="${escapeAttr(value)}"`;
    }
    out += `<${part.local}${attrs}>${serialise(part.parts)}</${part.local}>`;
  }
  return out;
}

/** An Atom text construct (RFC 4287 3.1) as HTML, or null. */
export function textConstructHtml(el: XmlElement | undefined): string | null {
  if (!el || el.attrs.has('src')) return null;
  const type = (el.attrs.get('type') ?? 'text').trim().toLowerCase();
  if (type === 'xhtml') {
    // The content is one xhtml:div wrapper whose children are the content.
    const div = el.children.find((c) => c.local === 'div');
    return (div ? serialise(div.parts) : serialise(el.parts)).trim() || null;
  }
  if (type === 'html' || type === 'text/html') return el.text.trim() || null;
  if (type === 'text' || type === 'text/plain') return el.text.trim() ? escapeHtml(el.text.trim()) : null;
  return null;
}

/** An Atom text construct as plain text, or null. */
export function textConstructText(el: XmlElement | undefined): string | null {
  const html = textConstructHtml(el);
  return html ? htmlToText(html) || null : null;
}

/** The entry's page: rel="alternate" (the default rel), preferring an HTML type. */
function alternateHref(entry: XmlElement, base: string | null): string | null {
  const links = childrenNamed(entry, 'atom', 'link').filter((l) => (l.attrs.get('rel') ?? 'alternate').trim() === 'alternate');
  const html = links.find((l) => /html/i.test(l.attrs.get('type') ?? 'text/html')) ?? links[0];
  if (!html) return null;
  return resolveLink(html.attrs.get('href'), resolveBase(html.attrs.get('xml:base'), base));
}

function entryDate(entry: XmlElement): string | null {
  for (const name of ['published', 'issued', 'updated', 'modified', 'created']) {
    const text = childNamed(entry, 'atom', name)?.text.trim();
    if (text) return normaliseFeedDate(text);
  }
  return null;
}

/** One Atom entry as a FeedItem, or the reason it cannot be used. `base` is the feed's (xml:base-resolved) URL. */
export function readAtomEntry(entry: XmlElement, feedBase: string | null): FeedItem | string {
  const base = resolveBase(entry.attrs.get('xml:base'), feedBase);
  const url = alternateHref(entry, base);
  const id = childNamed(entry, 'atom', 'id')?.text.trim() || url;
  if (!id) return 'entry has no id and no alternate link';
  return {
    id,
    url,
    title: textConstructText(childNamed(entry, 'atom', 'title')),
    published: entryDate(entry),
    summary: textConstructText(childNamed(entry, 'atom', 'summary')),
    contentHtml: textConstructHtml(childNamed(entry, 'atom', 'content')),
  };
}

export function atomEntries(root: XmlElement): XmlElement[] {
  return childrenNamed(root, 'atom', 'entry');
}

export function atomFeed(root: XmlElement, base: string | null): { title: string | null; link: string | null } {
  return { title: textConstructText(childNamed(root, 'atom', 'title')), link: alternateHref(root, base) };
}
