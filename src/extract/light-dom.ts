import JSDOMParser from '@mozilla/readability/JSDOMParser.js';

/**
 * The DOM that Readability runs on: JSDOMParser's, the minimal DOM that Mozilla ships inside @mozilla/readability
 * and runs Readability's own tests against. Its nodes are plain objects with child arrays, where linkedom gives
 * every element and attribute an event target, a style declaration and a live token list; on shared/data/aeb
 * Readability alone ran ~30% faster on it, with the same text on every page (see bench/extract.ts).
 * Only what JSDOMParser implements is typed here, so the compiler keeps our code inside it: `getAttribute`
 * answers `undefined`, text nodes have no `nodeValue`, and there is no `querySelector`.
 */
export interface LightNode {
  readonly nodeType: number;
  readonly parentNode: LightParent | null;
  readonly firstChild: LightNode | null;
  readonly lastChild: LightNode | null;
  readonly nextSibling: LightNode | null;
  readonly previousSibling: LightNode | null;
  readonly childNodes: LightNode[];
  readonly textContent: string;
  remove(): void;
}

export interface LightElement extends LightNode {
  /** Upper case, as in HTML documents. */
  readonly tagName: string;
  readonly localName: string;
  readonly children: LightElement[];
  readonly firstElementChild: LightElement | null;
  readonly nextElementSibling: LightElement | null;
  /** Serialises recursively: only for trees within MAX_DOM_DEPTH. */
  readonly innerHTML: string;
  getAttribute(name: string): string | undefined;
  setAttribute(name: string, value: string): void;
  hasAttribute(name: string): boolean;
  appendChild(child: LightNode): void;
  getElementsByTagName(tag: string): LightElement[];
}

export interface LightDocument extends LightNode {
  readonly children: LightElement[];
  /** JSDOMParser's parser sets these four; a document built by hand sets them with {@link assignRoots}. */
  documentElement: LightElement | null;
  head: LightElement | null;
  body: LightElement | null;
  title: string;
  createElement(tag: string): LightElement;
  createTextNode(text: string): LightNode;
  appendChild(child: LightNode): void;
}

export type LightParent = LightElement | LightDocument;

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** An empty document to build into. */
export function createDocument(): LightDocument {
  const document = new JSDOMParser().parse('') as LightDocument;
  document.documentElement = null;
  document.head = null;
  document.body = null;
  return document;
}

function elementNamed(element: LightElement | null | undefined, tagName: string): LightElement | null {
  return element?.tagName === tagName ? element : null;
}

/**
 * Sets the document's root, head, body and title as linkedom, the DOM this project used before, defines them:
 * the root is the first top-level element, the head its first child if that is a `<head>`, the body the next
 * element if that is a `<body>`, the title the text of the head's first `<title>`. A page without a `<body>`
 * element gets no body, which Readability reads as "no article" (linkedom gave it an empty one: same outcome).
 */
export function assignRoots(document: LightDocument): void {
  const root = document.children[0] ?? null;
  const head = elementNamed(root?.firstElementChild, 'HEAD');
  const body = elementNamed(head ? head.nextElementSibling : root?.firstElementChild, 'BODY');
  document.documentElement = root;
  document.head = head;
  document.body = body;
  document.title = head?.getElementsByTagName('title')[0]?.textContent ?? '';
}

/**
 * True when `root` holds more than `limit` characters of text. Iterative and stops early, where `textContent`
 * recurses per level and builds the whole string.
 * @example hasTextLongerThan(paragraph, 300)
 */
export function hasTextLongerThan(root: LightNode, limit: number): boolean {
  let length = 0;
  const stack: LightNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      length += node.textContent.length;
      if (length > limit) return true;
      continue;
    }
    for (const child of node.childNodes) stack.push(child);
  }
  return false;
}
