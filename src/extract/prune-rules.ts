import { READABILITY } from './text-readability.ts';

/**
 * Which elements and attributes of a page reach the DOM that Readability reads. Building fewer nodes is what
 * makes extraction fast (linkedom parsed ~160 pages/s on shared/data/aeb's 152 KB pages before Readability even
 * started), so what never becomes article text is dropped while the page streams past, and what Readability's
 * first pass deletes unread is cut down to an empty stand-in that the pass deletes in turn.
 */

export type Attributes = Record<string, string>;

/** Elements whose content is never article text. `noscript` goes too: its text duplicates the page's. */
export const NOISE_TAGS = new Set(['script', 'style', 'svg', 'noscript', 'template', 'iframe', 'object', 'canvas']);

/**
 * Page chrome that Readability's own cleaning removes from any article it keeps (`_prepArticle` cleans
 * `footer` and `aside`; `nav` holds menus). Cutting it before parsing left F1 on aeb at 0.966; the cut follows
 * the tree, so chrome nested in chrome goes whole (a regex used to stop at the first end tag).
 */
export const CHROME_TAGS = new Set(['nav', 'aside', 'footer']);

const UNLIKELY_ROLES = new Set(READABILITY.UNLIKELY_ROLES);

/**
 * Tags that Readability's walk tests before the unlikely-candidate rule: the body and links are never removed
 * by it, and a leading h1/h2 that repeats the title is removed by another rule first, which then stops looking.
 */
const NEVER_UNLIKELY_TAGS = new Set(['body', 'a', 'h1', 'h2']);

/**
 * The document's frame is never left out: when Readability's walk removes a hidden or unlikely-named `<html>`
 * or `<body>` ("header-spacing" on ctpost.com's root), it still holds the body and reads all of it as the
 * article, which a missing body would turn into "no article".
 */
export const FRAME_TAGS = new Set(['html', 'head', 'body']);

/** Readability removes invisible elements by their inline style, `hidden` and `aria-hidden` (`_isProbablyVisible`). */
const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export function isHidden(attributes: Attributes): boolean {
  if (attributes['hidden'] !== undefined) return true;
  const style = attributes['style'];
  if (style && HIDDEN_STYLE_RE.test(style)) return true;
  // Readability keeps aria-hidden "fallback-image"s: Wikimedia's maths images.
  return attributes['aria-hidden'] === 'true' && !(attributes['class'] ?? '').includes('fallback-image');
}

/**
 * True for what Readability's first pass deletes by name or role before scoring (`_grabArticle` with
 * FLAG_STRIP_UNLIKELYS): sidebars, comments, share bars, menus. Elements it would first take as the byline
 * stay, so that it finds the same byline. The caller keeps anything inside a table or code, which the rule spares.
 */
export function isUnlikely(tag: string, attributes: Attributes): boolean {
  const { class: className, id, role } = attributes;
  // Most elements have neither name nor role: nothing to test.
  if (!className && !id && !role) return false;
  if (NEVER_UNLIKELY_TAGS.has(tag)) return false;
  const matchString = `${className ?? ''} ${id ?? ''}`;
  const { unlikelyCandidates, okMaybeItsACandidate, byline } = READABILITY.REGEXPS;
  if (byline.test(matchString) || attributes['rel'] === 'author' || attributes['itemprop']?.includes('author')) {
    return false;
  }
  if (unlikelyCandidates.test(matchString) && !okMaybeItsACandidate.test(matchString)) return true;
  return UNLIKELY_ROLES.has(role ?? '');
}

/** Tags whose content the unlikely-candidate rule leaves alone at any depth (it looks 3 levels up). */
export const UNLIKELY_SHELTER_TAGS = new Set(['table', 'code']);

/** The meta names and properties that Readability's `_getArticleMetadata` reads (title, byline, site, date). */
const READABILITY_META_PROPERTY_RE =
  /\s*(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|published_time|title|site_name)\s*/i;
const READABILITY_META_NAME_RE =
  /^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-.:]\s*)?(author|creator|pub-date|description|title|site_name)\s*$/i;

function isReadabilityMeta(attributes: Attributes): boolean {
  if (!attributes['content']) return false;
  const { property, name } = attributes;
  return (!!property && READABILITY_META_PROPERTY_RE.test(property)) || (!!name && READABILITY_META_NAME_RE.test(name));
}

/**
 * Attributes that Readability or our boilerplate rules read on any element: class and id (scores, unlikely
 * names, widget names), itemprop and rel (bylines), role (data tables).
 */
const COMMON_ATTRIBUTES = ['class', 'id', 'itemprop', 'rel', 'role'];

/**
 * Attributes an `<img>` carried before this pass existed. Readability deletes every image without a source
 * attribute or an image-like value (`_unwrapNoscriptImages`); sources never reached it, so an image lived only
 * when one of these held an image-like value, and it keeps them so that Readability sees the same.
 */
// biome-ignore format: a word list reads better packed
const LEGACY_IMAGE_ATTRIBUTES = [
  'class', 'id', 'href', 'itemprop', 'rel', 'lang', 'xml:lang', 'datetime', 'content', 'property', 'name',
  'http-equiv', 'role', 'summary',
];
const IMAGE_VALUE_RE = /\.(jpg|jpeg|png|webp)/i;

/** Every attribute the rules here read: the only ones worth reading from the page. */
export const PRUNE_ATTRIBUTES: readonly string[] = [
  ...new Set([...LEGACY_IMAGE_ATTRIBUTES, ...COMMON_ATTRIBUTES, 'style', 'hidden', 'aria-hidden']),
];

/** Link density weighs in-page links (`#section`) at 0.3 and reads `href` for nothing else. */
const HASH_URL_RE = /^#.+/;

/** Attribute name-value pairs to build an element with; null leaves the element and its subtree out. */
export type Kept = Array<[string, string]> | null;

function pick(attributes: Attributes, names: string[]): Array<[string, string]> {
  const kept: Array<[string, string]> = [];
  for (const name of names) {
    const value = attributes[name];
    if (value !== undefined) kept.push([name, value]);
  }
  return kept;
}

export interface KeepOptions {
  /** Inside `<head>`, where metadata elements that Readability does not read can go entirely. */
  inHead: boolean;
  /** Mark a hidden element `hidden`, for Readability to remove it (the whole page, stand-ins, FRAME_TAGS). */
  keepHidden: boolean;
}

/**
 * The attributes to build an element with, or null to leave the element (and its subtree) out.
 * @example keepAttributes('a', { href: '/x', class: 'more', target: '_blank' }, opts) // [['class', 'more']]
 */
export function keepAttributes(tag: string, attributes: Attributes, options: KeepOptions): Kept {
  // `<meta>` and `<link>` in the body end a paragraph in Readability's div-to-p pass, so there they stay, bare.
  switch (tag) {
    case 'meta':
      if (isReadabilityMeta(attributes)) return pick(attributes, ['name', 'property', 'content']);
      return options.inHead ? null : [];
    case 'link':
      return options.inHead ? null : [];
    case 'img': {
      const legacy = pick(attributes, LEGACY_IMAGE_ATTRIBUTES);
      return legacy.some(([, value]) => IMAGE_VALUE_RE.test(value)) ? legacy : null;
    }
    case 'html':
      return pick(attributes, ['lang', ...COMMON_ATTRIBUTES]);
  }
  const kept = pick(attributes, COMMON_ATTRIBUTES);
  if (tag === 'a' && attributes['href'] && HASH_URL_RE.test(attributes['href'])) kept.push(['href', attributes['href']]);
  if (tag === 'table' && attributes['summary'] !== undefined) kept.push(['summary', attributes['summary']]);
  if (options.keepHidden && isHidden(attributes)) {
    kept.push(['hidden', '']);
    if (attributes['aria-hidden'] !== undefined) kept.push(['aria-hidden', attributes['aria-hidden']]);
  }
  return kept;
}
