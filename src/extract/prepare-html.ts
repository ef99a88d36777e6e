/**
 * Cheap string passes before DOM parsing. linkedom's parse time grows with node count, and scripts, styles,
 * SVG and comments never hold article text, so dropping them first saves parse and Readability time.
 * JSON-LD lives in scripts, so it is captured here before the scripts go.
 */

/** Elements whose content is never article text. `noscript` goes too: its text duplicates the page's. */
const NOISE_RE = /<(script|style|svg|noscript|template|iframe|object|canvas)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;

/**
 * Page chrome that Readability's own cleaning removes from any article it keeps (`_prepArticle` cleans
 * `footer` and `aside`; `nav` holds menus). Cutting it before parsing saves building those nodes. Lazy match:
 * a nested element of the same name ends the cut early, which only leaves some chrome in. Parse fell from ~8.4 to ~5.3 CPU ms/page on aeb, F1 unchanged (0.966).
 */
const CHROME_RE = /<(nav|aside|footer)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

const JSON_LD_RE = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

/**
 * Whitespace after block-level tags is insignificant but becomes a text node each; removing it cut linkedom's
 * parse time by ~20% on shared/data/aeb. Inline tags keep theirs: it separates words.
 */
const BLOCK_GAP_RE =
  /(<\/?(?:div|p|ul|ol|li|section|article|header|footer|nav|aside|main|table|tbody|thead|tr|td|th|h[1-6]|figure|form|head|body|html|meta|link|title|br|hr|blockquote|dl|dt|dd)\b[^>]*>)\s+(?=<)/gi;

/** An opening tag with its attributes, quote-aware so that `>` inside a value does not end it. */
const OPEN_TAG_RE = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE_RE = /([^\s"'<>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'<>]+))?/g;

/**
 * Attributes that Readability, the boilerplate rules or the metadata reader look at. linkedom builds an Attr
 * node per attribute, and article pages carry many that none of these read (data-*, src sets, tracking, ARIA
 * labels); dropping them cut a full extraction from ~22.9 to ~19.5 CPU ms/page on shared/data/aeb (best of 5).
 */
// biome-ignore format: a word list reads better packed
const KEPT_ATTRIBUTES = new Set([
  'class', 'id', 'href', 'itemprop', 'rel', 'lang', 'xml:lang', 'datetime', 'content', 'property', 'name',
  'http-equiv', 'role', 'hidden', 'aria-hidden', 'summary',
]);

/** Readability skips invisible elements by their inline style; a `hidden` attribute says the same for less. */
const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** `<meta>`, `<link>` and `<html>` are few and are read for metadata: they keep everything. */
const METADATA_TAGS = new Set(['meta', 'link', 'html']);

function keepAttributes(tag: string, name: string, attributes: string, selfClose: string): string {
  if (!attributes || METADATA_TAGS.has(name.toLowerCase())) return tag;
  let kept = '';
  for (const [attribute, key, value] of attributes.matchAll(ATTRIBUTE_RE)) {
    const lower = key!.toLowerCase();
    if (KEPT_ATTRIBUTES.has(lower)) kept += ` ${attribute}`;
    else if (lower === 'style' && value && HIDDEN_STYLE_RE.test(value)) kept += ' hidden';
  }
  return `<${name}${kept}${selfClose}>`;
}

export interface PreparedHtml {
  html: string;
  jsonLd: string[];
}

/**
 * Capture JSON-LD blocks, then strip noise elements and inter-block whitespace.
 * @example prepareHtml('<p>a</p>\n<script>x()</script>\n<p>b</p>').html // '<p>a</p><p>b</p>'
 */
export function prepareHtml(html: string): PreparedHtml {
  const jsonLd: string[] = [];
  for (const match of html.matchAll(JSON_LD_RE)) {
    if (match[1]) jsonLd.push(match[1]);
  }
  const stripped = html
    .replace(NOISE_RE, '')
    .replace(CHROME_RE, '')
    .replace(BLOCK_GAP_RE, '$1')
    .replace(OPEN_TAG_RE, keepAttributes);
  return { html: stripped, jsonLd };
}
