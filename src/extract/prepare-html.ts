import { type StreamHandler, streamHtml } from './html-stream.ts';
import { assignRoots, createDocument, type LightDocument, type LightParent } from './light-dom.ts';
import {
  type Attributes,
  CHROME_TAGS,
  FRAME_TAGS,
  isHidden,
  isUnlikely,
  keepAttributes,
  NOISE_TAGS,
  PRUNE_ATTRIBUTES,
  UNLIKELY_SHELTER_TAGS,
} from './prune-rules.ts';

/**
 * One streaming pass over the page (html-stream.ts: htmlparser2's tokenizer and tree rules, which linkedom parsed
 * with, so the tree has the same shape) that reads the metadata and builds the pruned DOM that Readability runs
 * on. The DOM gets only what can matter to Readability (see prune-rules.ts): ~200 elements of a page's ~2,000.
 */

/** An element the metadata reader wants: the first match in document order, as `querySelector` finds it. */
export interface Probe {
  matches(tag: string, attributes: Attributes): boolean;
  /** `text` for the element's text content, else the name of the attribute to read. */
  read: string;
  /** The attributes that `matches` and `read` look at: only those are read from the page. */
  attributes: string[];
}

export interface PrepareOptions {
  /** Elements to read for metadata, by key; see {@link PreparedPage.found}. */
  probes?: Record<string, Probe>;
  /**
   * Also leave out the content of what Readability's first pass deletes unread: hidden, unlikely-named and
   * menu-role elements stay as empty stand-ins. Off for Readability's retries, which keep unlikely candidates,
   * and for the prose scan.
   */
  dropUnlikely?: boolean;
}

export interface PreparedPage {
  document: LightDocument;
  /** Deepest element nesting in `document`, for the guard against Readability's recursion. */
  depth: number;
  /** Raw contents of the `application/ld+json` scripts. */
  jsonLd: string[];
  /** Attributes of every `<meta>` outside noise and chrome, names lower-cased. */
  metas: Attributes[];
  /** Attributes of the page's root element (`<html>`). */
  rootAttributes: Attributes | null;
  /** Per probe key: the first matching element's text or attribute; null when none matched or it had none. */
  found: Map<string, string | null>;
}

/**
 * Whitespace after a block-level tag is insignificant but would be a text node each (dropping it cut linkedom's
 * parse by ~20% on shared/data/aeb, and Readability walks fewer nodes). Inline tags keep theirs: it separates
 * words.
 */
// biome-ignore format: a word list reads better packed
const GAP_TAGS = new Set([
  'div', 'p', 'ul', 'ol', 'li', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'main', 'table', 'tbody',
  'thead', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'form', 'head', 'body', 'html', 'meta',
  'link', 'title', 'br', 'hr', 'blockquote', 'dl', 'dt', 'dd',
]);

/** HTML whitespace only: a no-break space is content (`<p>&nbsp;</p>` is an empty paragraph Readability sees). */
const GAP_RE = /^[ \t\n\r\f]*$/;

const JSON_LD_TYPE_RE = /^application\/ld\+json/i;

/** What metadata reads besides the probes: `<meta>` keys and content, the root's language, script types. */
const PAGE_ATTRIBUTES = ['content', 'property', 'name', 'itemprop', 'http-equiv', 'lang', 'xml:lang', 'type'];

/**
 * JSDOMParser reads `o:p` as a `p` (it drops namespace prefixes) and serialises names verbatim for Readability's
 * retries; plain names keep MS Word's `<o:p>` an unknown element, as it is in a browser.
 */
const PLAIN_TAG_RE = /^[a-z][a-z0-9-]*$/;

function plainTagName(tag: string): string {
  return PLAIN_TAG_RE.test(tag) ? tag : tag.replace(/[^a-z0-9-]/g, '-').replace(/^(?![a-z])/, 'x-');
}

interface Frame {
  /** Where this element's children are built; null when its subtree is left out. */
  out: LightParent | null;
  /** Nesting depth of `out`. */
  depth: number;
  /**
   * Inside noise or chrome: the subtree vanishes without a trace, as when it was cut from the source with a
   * regex, so text on either side joins and metadata does not see it.
   */
  gone: boolean;
  /** Inside a table or code, which the unlikely-candidate rule spares. */
  sheltered: boolean;
  inHead: boolean;
}

/** The frame of every element inside noise or chrome, where nothing is built, read or captured. */
const GONE: Frame = { out: null, depth: 0, gone: true, sheltered: false, inHead: false };

interface Capture {
  key: string;
  frame: Frame;
  parts: string[];
}

class PageBuilder implements StreamHandler {
  readonly page: PreparedPage;
  private readonly root: Frame;
  private readonly stack: Frame[];
  private readonly probes: Map<string, Probe>;
  private readonly dropUnlikely: boolean;
  private captures: Capture[] = [];
  private jsonLdParts: string[] | null = null;
  /** Text since the last tag, flushed as one node when the next tag comes. */
  private pending = '';
  /** The last tag (opening or closing) was a block-level one: whitespace after it can go. */
  private afterBlock = false;

  constructor(options: PrepareOptions) {
    const document = createDocument();
    this.page = { document, depth: 0, jsonLd: [], metas: [], rootAttributes: null, found: new Map() };
    this.root = { out: document, depth: 0, gone: false, sheltered: false, inHead: false };
    this.stack = [this.root];
    this.probes = new Map(Object.entries(options.probes ?? {}));
    this.dropUnlikely = options.dropUnlikely ?? true;
  }

  private get top(): Frame {
    return this.stack[this.stack.length - 1]!;
  }

  /** Noise and chrome are never read, but for the JSON-LD scripts in them. */
  readsAttributesOf(tag: string): boolean {
    return !this.top.gone || tag === 'script';
  }

  onopentag(tag: string, attributes: Attributes): void {
    const parent = this.top;
    if (tag === 'script' && JSON_LD_TYPE_RE.test(attributes['type'] ?? '')) this.jsonLdParts = [];
    if (parent.gone || NOISE_TAGS.has(tag) || CHROME_TAGS.has(tag)) {
      this.stack.push(GONE);
      return;
    }
    this.flushText(true);
    const out = this.build(tag, attributes, parent);
    const frame: Frame = {
      out,
      depth: out ? parent.depth + 1 : parent.depth,
      gone: false,
      sheltered: parent.sheltered || UNLIKELY_SHELTER_TAGS.has(tag),
      inHead: parent.inHead || tag === 'head',
    };
    if (frame.depth > this.page.depth) this.page.depth = frame.depth;
    this.stack.push(frame);
    this.afterBlock = GAP_TAGS.has(tag);
    if (this.afterBlock) this.separateCaptures();
    this.readFacts(tag, attributes, parent, frame);
  }

  onclosetag(tag: string): void {
    const frame = this.top;
    if (frame === this.root) return;
    if (!frame.gone) {
      this.flushText(true);
      this.afterBlock = GAP_TAGS.has(tag);
    }
    this.stack.pop();
    if (this.captures.length > 0) {
      this.endCaptures(frame);
      if (!frame.gone && this.afterBlock) this.separateCaptures();
    }
    if (tag === 'script' && this.jsonLdParts) {
      const block = this.jsonLdParts.join('');
      if (block) this.page.jsonLd.push(block);
      this.jsonLdParts = null;
    }
  }

  ontext(text: string): void {
    if (this.jsonLdParts) this.jsonLdParts.push(text);
    if (!this.top.gone) this.pending += text;
  }

  onend(): void {
    this.flushText(false);
    assignRoots(this.page.document);
  }

  /** The element to build the children in, or null when they stay out. */
  private build(tag: string, attributes: Attributes, parent: Frame): LightParent | null {
    if (!parent.out) return null;
    const prunable = this.dropUnlikely && !FRAME_TAGS.has(tag);
    const pruned = prunable && (isHidden(attributes) || (!parent.sheltered && isUnlikely(tag, attributes)));
    const kept = keepAttributes(tag, attributes, { inHead: parent.inHead, keepHidden: !prunable || pruned });
    if (!kept) return null;
    const element = this.page.document.createElement(plainTagName(tag));
    for (const [name, value] of kept) element.setAttribute(name, value);
    parent.out.appendChild(element);
    // A pruned element stays as an empty stand-in: Readability looks at the children of an element before it
    // removes any of them, and then removes the stand-in by the same rule.
    return pruned ? null : element;
  }

  /** @param beforeTag a tag follows, so whitespace after a block-level tag is a gap to drop */
  private flushText(beforeTag: boolean): void {
    const text = this.pending;
    if (!text) return;
    this.pending = '';
    if (beforeTag && this.afterBlock && GAP_RE.test(text)) return;
    const { out } = this.top;
    if (out) out.appendChild(this.page.document.createTextNode(text));
    for (const capture of this.captures) capture.parts.push(text);
  }

  private readFacts(tag: string, attributes: Attributes, parent: Frame, frame: Frame): void {
    if (tag === 'meta') this.page.metas.push(attributes);
    if (parent === this.root && !this.page.rootAttributes) this.page.rootAttributes = attributes;
    if (this.probes.size === 0) return;
    for (const [key, probe] of this.probes) {
      if (!probe.matches(tag, attributes)) continue;
      this.probes.delete(key);
      if (probe.read === 'text') this.captures.push({ key, frame, parts: [] });
      else this.page.found.set(key, attributes[probe.read] ?? null);
    }
  }

  /**
   * A line break or block boundary inside a captured element reads as a space: "by Jeff Foust<br><span>Monday,
   * November 18</span>" is "by Jeff Foust Monday, November 18", not "FoustMonday".
   */
  private separateCaptures(): void {
    for (const capture of this.captures) capture.parts.push(' ');
  }

  private endCaptures(frame: Frame): void {
    this.captures = this.captures.filter((capture) => {
      if (capture.frame !== frame) return true;
      this.page.found.set(capture.key, capture.parts.join(''));
      return false;
    });
  }
}

/**
 * Metadata inputs and the pruned DOM of a page, in one pass. Never throws on odd markup.
 * @example prepareHtml('<html><body><p>a</p><script>x()</script></body></html>').document.body?.innerHTML // '<p>a</p>'
 */
export function prepareHtml(html: string, options: PrepareOptions = {}): PreparedPage {
  const probes = Object.values(options.probes ?? {});
  const wanted = new Set([...PRUNE_ATTRIBUTES, ...PAGE_ATTRIBUTES, ...probes.flatMap((probe) => probe.attributes)]);
  const builder = new PageBuilder(options);
  streamHtml(html, builder, wanted);
  return builder.page;
}
