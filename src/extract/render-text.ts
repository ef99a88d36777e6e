import { ELEMENT_NODE, type LightElement, type LightNode, TEXT_NODE } from './light-dom.ts';

/**
 * DOM subtree -> text blocks (paragraphs, headings, list items) with whitespace collapsed inside each and the
 * share of each block's characters that sit inside links. Iterative, so a 10,000-deep tree cannot overflow.
 */

// biome-ignore format: a word list reads better packed
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Never visible article text. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

export interface TextBlock {
  text: string;
  /** Characters of `text` inside `<a>` elements, before whitespace collapsing (an estimate). */
  linkChars: number;
  /** Upper-case tag of the element that opened the block. */
  tag: string;
}

export type SkipTest = (element: LightElement) => boolean;

/** Markers pushed on the walk stack to act after an element's children. */
type Marker = { end: 'block' | 'link' };

class BlockBuilder {
  readonly blocks: TextBlock[] = [];
  private parts: string[] = [];
  private linkChars = 0;
  private readonly openTags: string[] = [];
  linkDepth = 0;

  openBlock(tag: string): void {
    this.flush();
    this.openTags.push(tag);
  }

  closeBlock(): void {
    this.flush();
    this.openTags.pop();
  }

  add(text: string): void {
    this.parts.push(text);
    if (this.linkDepth > 0) this.linkChars += text.trim().length;
  }

  flush(): void {
    const text = this.parts.join('').replace(/\s+/g, ' ').trim();
    const tag = this.openTags.at(-1) ?? '';
    if (text) this.blocks.push({ text, linkChars: Math.min(this.linkChars, text.length), tag });
    this.parts = [];
    this.linkChars = 0;
  }
}

const BLOCK_END: Marker = { end: 'block' };
const LINK_END: Marker = { end: 'link' };

function isMarker(item: LightNode | Marker): item is Marker {
  return 'end' in item;
}

/**
 * The text blocks of `root`, in document order; `skip` drops whole subtrees (captions, share bars).
 * @example renderBlocks(prepareHtml('<div><h2>A</h2><p>b  c</p></div>').document).map((b) => b.text) // ['A', 'b c']
 */
export function renderBlocks(root: LightNode, skip: SkipTest = () => false): TextBlock[] {
  const builder = new BlockBuilder();
  const stack: Array<LightNode | Marker> = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (isMarker(item)) {
      if (item.end === 'block') builder.closeBlock();
      else builder.linkDepth--;
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      builder.add(item.textContent);
      continue;
    }
    if (item.nodeType === ELEMENT_NODE) {
      const element = item as LightElement;
      if (SKIPPED_TAGS.has(element.tagName) || skip(element)) continue;
      if (BLOCK_TAGS.has(element.tagName)) {
        builder.openBlock(element.tagName);
        stack.push(BLOCK_END);
      } else if (element.tagName === 'A') {
        builder.linkDepth++;
        stack.push(LINK_END);
      }
    } else if (item !== root) {
      continue;
    }
    for (let child = item.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  builder.flush();
  return builder.blocks;
}

/**
 * Plain text of `root`: blocks separated by a blank line.
 * @example renderText(prepareHtml('<p>a &amp; b</p><p>c</p>').document) // 'a & b\n\nc'
 */
export function renderText(root: LightNode, skip?: SkipTest): string {
  return renderBlocks(root, skip)
    .map((b) => b.text)
    .join('\n\n');
}
