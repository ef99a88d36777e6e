import { filterBlocks, isBoilerplateElement } from './boilerplate.ts';
import { MAX_DOM_DEPTH } from './dom-depth.ts';
import type { LightElement, LightNode } from './light-dom.ts';
import type { PreparedPage } from './prepare-html.ts';
import { renderBlocks, type TextBlock } from './render-text.ts';
import { type RunOptions, runReadability } from './text-readability.ts';
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

export interface MainText {
  /** Readability's text after our boilerplate filters; '' when it found nothing. */
  text: string;
  /** Readability's first pass kept too little and `firstPassOnly` stopped it there. */
  retried: boolean;
}

/**
 * Main text by Readability, then our boilerplate filters. Readability mutates the page's document.
 * @example extractWithReadability(prepareHtml(html), { title: 'Headline' }).text
 */
export function extractWithReadability(page: PreparedPage, options: TrimOptions & RunOptions = {}): MainText {
  if (page.depth > MAX_DOM_DEPTH) return { text: '', retried: false };
  const { article, retried } = runReadability(page.document, options);
  if (!article) return { text: '', retried };
  const blocks = filterBlocks(renderBlocks(article, isBoilerplateElement));
  return { text: joinBlocks(trimBlocks(blocks, options)), retried };
}

function isChrome(element: LightElement): boolean {
  return CHROME_TAGS.has(element.tagName) || isBoilerplateElement(element);
}

/**
 * The prose paragraphs of the whole page, for pages where Readability fails or nests too deep to run.
 * Iterative, so safe on any depth.
 */
export function extractProseBlocks(root: LightNode): string {
  const blocks = renderBlocks(root, isChrome).filter(
    (b) => b.text.length >= MIN_FALLBACK_BLOCK_CHARS && b.linkChars / b.text.length <= MAX_FALLBACK_LINK_DENSITY,
  );
  return joinBlocks(blocks);
}

/** True when a body text is too short to be the article. */
export function isTooShort(text: string): boolean {
  return text.length < MIN_BODY_CHARS;
}
