/** Query parameters that only track campaigns: the same article shared from two newsletters is one article. */
const TRACKING_PARAM = /^utm_/i;

/**
 * The form of a URL used to spot the same article fetched twice: host lower-cased, fragment and utm_* parameters
 * dropped, no trailing slash. Null when the value is not an http(s) URL (such articles dedupe by id and text only).
 * @example canonicalUrl('https://News.Example.com/a/?utm_source=x#top') // 'https://news.example.com/a'
 */
export function canonicalUrl(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  for (const key of [...parsed.searchParams.keys()]) if (TRACKING_PARAM.test(key)) parsed.searchParams.delete(key);
  const path = parsed.pathname.replace(/\/+$/, '');
  const search = parsed.searchParams.size > 0 ? `?${parsed.searchParams.toString()}` : '';
  return `${parsed.protocol}//${parsed.host.toLowerCase()}${path}${search}`;
}
