import { Readability } from '@mozilla/readability';
import { filterBlocks, isBoilerplateElement } from './boilerplate.ts';
import { isDeeperThan, MAX_DOM_DEPTH } from './dom-depth.ts';
import { renderBlocks, type TextBlock } from './render-text.ts';
import { type TrimOptions, trimBlocks } from './trim-blocks.ts';

/**
 * Below this many characters Readability has probably picked a teaser or nothing: 200 is about two sentences,
 * and every aeb page's true body is longer.
 */
const MIN_BODY_CHARS = 200;

/** Fallback paragraphs must read like prose: navigation items and buttons are shorter than this. */
const MIN_FALLBACK_BLOCK_CHARS = 80;

/** Fallback paragraphs with more link text than this are menus or teaser lists. */
const MAX_FALLBACK_LINK_DENSITY = 0.3;

/** Page chrome that the fallback scan leaves out, having no Readability to judge it. */
const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM']);

function joinBlocks(blocks: TextBlock[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}

/**
 * Readability for text only: it rewrites every link and image URL to absolute form (a `new URL` each), which
 * plain text never shows. `_fixRelativeUris` is an internal of @mozilla/readability 0.6.0 (pinned).
 */
class TextReadability extends Readability<Node> {
  _fixRelativeUris(): void {}
}

/**
 * Classes are kept for our boilerplate rules, which read class words (+0.005 F1 on aeb with the guards in
 * boilerplate.ts), and Readability skips its class-stripping pass.
 */
const READABILITY_OPTIONS = { serializer: (node: Node) => node, keepClasses: true };

function runReadability(document: Document): Element | null {
  try {
    const article = new TextReadability(document, READABILITY_OPTIONS).parse();
    return (article?.content as Element | null | undefined) ?? null;
  } catch {
    // Readability recurses on some structures and can throw on odd DOMs; the fallback handles both.
    return null;
  }
}

/**
 * Main text by Readability, then our boilerplate filters; '' when Readability finds nothing.
 * Readability mutates `document`: read metadata first.
 */
export function extractWithReadability(document: Document, options: TrimOptions = {}): string {
  if (isDeeperThan(document, MAX_DOM_DEPTH)) return '';
  const article = runReadability(document);
  if (!article) return '';
  const blocks = filterBlocks(renderBlocks(article, isBoilerplateElement));
  return joinBlocks(trimBlocks(blocks, options));
}

function isChrome(element: Element): boolean {
  return CHROME_TAGS.has(element.tagName) || isBoilerplateElement(element);
}

/**
 * The prose paragraphs of the whole page, for pages where Readability fails or nests too deep to run.
 * Iterative, so safe on any depth.
 */
export function extractProseBlocks(root: Node): string {
  const blocks = renderBlocks(root, isChrome).filter(
    (b) => b.text.length >= MIN_FALLBACK_BLOCK_CHARS && b.linkChars / b.text.length <= MAX_FALLBACK_LINK_DENSITY,
  );
  return joinBlocks(blocks);
}

/** True when a body text is too short to be the article. */
export function isTooShort(text: string): boolean {
  return text.length < MIN_BODY_CHARS;
}
