/**
 * An href resolved against a base, kept only when it is an absolute http(s) URL: a feed's `javascript:` or
 * `data:` link is dropped, not followed. Whitespace inside hrefs (line-wrapped feeds) is removed.
 * @example resolveLink('../a?b=1', 'https://ex.com/feeds/rss.xml') // 'https://ex.com/a?b=1'
 */
export function resolveLink(href: string | null | undefined, base: string | null): string | null {
  const clean = href?.replace(/\s+/g, '');
  if (!clean) return null;
  try {
    const url = base ? new URL(clean, base) : new URL(clean);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A base URL (xml:base) resolved against its parent base, keeping the parent when it does not resolve. */
export function resolveBase(href: string | null | undefined, parent: string | null): string | null {
  const clean = href?.trim();
  if (!clean) return parent;
  try {
    return parent ? new URL(clean, parent).href : new URL(clean).href;
  } catch {
    return parent;
  }
}
