import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import type { Attributes } from './prune-rules.ts';

/**
 * HTML tokens as element events, with the tree rules of htmlparser2's `Parser` in HTML mode (which linkedom used,
 * so pages keep the shape they had): implied end tags, void elements, self-closing tags in SVG and MathML only,
 * `</p>` and `</br>` without a start tag. It drives htmlparser2's `Tokenizer` itself so as to read only the
 * attributes that are wanted, where `Parser` slices and stores every one: on shared/data/aeb, whose pages carry
 * ~5 attributes a tag, `Parser` cost half as much again as the tokenizer under it.
 * html-stream.test.ts checks the events against `Parser`'s.
 */

export interface StreamHandler {
  /** False to skip reading the attributes of this element (the handler then gets an empty object). */
  readsAttributesOf(tag: string): boolean;
  onopentag(tag: string, attributes: Attributes): void;
  onclosetag(tag: string): void;
  ontext(text: string): void;
  onend(): void;
}

// The tables below are htmlparser2 10.1.0's (Parser.js).
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const P_TAG = new Set(['p']);
const TABLE_SECTION_TAGS = new Set(['thead', 'tbody']);
const DD_DT_TAGS = new Set(['dd', 'dt']);
const RT_RP_TAGS = new Set(['rt', 'rp']);

/** An opening tag that closes these open elements first, innermost outward, while they are innermost. */
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((tag) => [tag, FORM_TAGS] as const),
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DD_DT_TAGS],
  ['dt', DD_DT_TAGS],
  // biome-ignore format: a word list reads better packed
  ...[
    'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section',
    'table', 'ul',
  ].map((tag) => [tag, P_TAG] as const),
  ['rt', RT_RP_TAGS],
  ['rp', RT_RP_TAGS],
  ['tbody', TABLE_SECTION_TAGS],
  ['tfoot', TABLE_SECTION_TAGS],
]);

// biome-ignore format: a word list reads better packed
const VOID_TAGS = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Inside these, `<x/>` closes itself; the integration points switch back to HTML rules. */
const FOREIGN_TAGS = new Set(['math', 'svg']);
const INTEGRATION_TAGS = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

const NO_ATTRIBUTES: Attributes = Object.freeze({}) as Attributes;

/** The members of htmlparser2 10.1.0's `Tokenizer` (pinned) that {@link SkippingTokenizer} reads or replaces. */
interface TokenizerInternals {
  /** The chunk being read; `index` and `offset` count from the start of the input, so `index - offset` is in it. */
  buffer: string;
  index: number;
  offset: number;
  write(chunk: string): void;
  end(): void;
  stateText(c: number): void;
  stateInTagName(c: number): void;
  stateInAttributeName(c: number): void;
  stateInClosingTagName(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
  fastForwardTo(c: number): boolean;
}

const BaseTokenizer = Tokenizer as unknown as new (
  options: { decodeEntities: boolean },
  callbacks: TokenizerCallbacks,
) => TokenizerInternals;

const LT = 0x3c;
const AMP = 0x26;
/** Character codes below this have a slot in the skip tables. */
const ASCII = 128;

/** HTML whitespace, as the tokenizer reads it. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}

/** What ends a tag name for the tokenizer: `/`, `>` or whitespace (`stateInTagName`). */
function endsTagName(c: number): boolean {
  return c === 0x2f || c === 0x3e || isSpace(c);
}

/** What ends an attribute name: `=` too (`stateInAttributeName`). */
function endsAttributeName(c: number): boolean {
  return c === 0x3d || endsTagName(c);
}

/** What ends an end tag's name: `>` or whitespace (`stateInClosingTagName`). */
function endsClosingTagName(c: number): boolean {
  return c === 0x3e || isSpace(c);
}

/**
 * The tokenizer's state machine takes one character per step, through a switch and a method call, even in text
 * and attribute values where it only waits for `<`, `&` or a quote: there this jumps to the next of these with
 * `indexOf`, as `fastForwardTo` (script and style contents, comments, end tags) now does, and it reads tag and
 * attribute names in one loop. On shared/data/aeb, whose pages are half script, a warm pass of extractHtml took
 * ~12% less CPU, and one with V8's optimiser off (how code runs before it is compiled) ~55% less. The events are
 * the same (html-stream.test.ts checks them against `Parser`).
 */
class SkippingTokenizer extends BaseTokenizer {
  /**
   * Per character code (all those waited for are ASCII): where in `buffer` the search for it last started, and
   * the first one it found there (`buffer.length` for none), which holds for any later start up to it.
   */
  private readonly searchedFrom = new Int32Array(ASCII).fill(-1);
  private readonly foundAt = new Int32Array(ASCII);

  write(chunk: string): void {
    this.searchedFrom.fill(-1);
    super.write(chunk);
  }

  /** Position in `buffer` of the first `c` at or after `from`; `buffer.length` when there is none. */
  private next(c: number, from: number): number {
    if (c < ASCII && this.searchedFrom[c]! !== -1 && this.searchedFrom[c]! <= from && this.foundAt[c]! >= from) {
      return this.foundAt[c]!;
    }
    const found = this.buffer.indexOf(String.fromCharCode(c), from);
    const at = found === -1 ? this.buffer.length : found;
    if (c < ASCII) {
      this.searchedFrom[c] = from;
      this.foundAt[c] = at;
    }
    return at;
  }

  /** Moves to just before `at` (a position in `buffer`): the parse loop then steps onto it. */
  private skipTo(at: number): void {
    this.index = this.offset + at - 1;
  }

  private get from(): number {
    return this.index - this.offset + 1;
  }

  stateText(c: number): void {
    if (c === LT || c === AMP) super.stateText(c);
    else this.skipTo(Math.min(this.next(LT, this.from), this.next(AMP, this.from)));
  }

  handleInAttributeValue(c: number, quote: number): void {
    if (c === quote || c === AMP) super.handleInAttributeValue(c, quote);
    else this.skipTo(Math.min(this.next(quote, this.from), this.next(AMP, this.from)));
  }

  stateInTagName(c: number): void {
    if (endsTagName(c)) super.stateInTagName(c);
    else this.skipTo(this.scanName(endsTagName));
  }

  stateInAttributeName(c: number): void {
    if (endsAttributeName(c)) super.stateInAttributeName(c);
    else this.skipTo(this.scanName(endsAttributeName));
  }

  stateInClosingTagName(c: number): void {
    if (endsClosingTagName(c)) super.stateInClosingTagName(c);
    else this.skipTo(this.scanName(endsClosingTagName));
  }

  /** Position in `buffer` of the first character after this one that `ends` the name; `buffer.length` if none. */
  private scanName(ends: (c: number) => boolean): number {
    const { buffer } = this;
    let at = this.from;
    while (at < buffer.length && !ends(buffer.charCodeAt(at))) at++;
    return at;
  }

  /** As the original: true on the character, else false on the buffer's last one. */
  fastForwardTo(c: number): boolean {
    const at = this.next(c, this.from);
    const found = at < this.buffer.length;
    this.skipTo(found ? at + 1 : at);
    return found;
  }
}

class TreeStream implements TokenizerCallbacks {
  /** Open elements, innermost last. */
  private readonly stack: string[] = [];
  /** Whether self-closing syntax counts, innermost last. */
  private readonly foreign: boolean[] = [false];
  private tag = '';
  private attributes: Attributes | null = null;
  private attributeName = '';
  private attributeValue = '';
  /** The attribute being read is wanted and not a repeat (the first of a name wins). */
  private keepsAttribute = false;
  /** Longer names are not wanted: most attributes (`data-*`) are ruled out without being sliced. */
  private readonly longestWanted: number;

  constructor(
    private readonly html: string,
    private readonly handler: StreamHandler,
    private readonly wanted: ReadonlySet<string>,
  ) {
    this.longestWanted = Math.max(0, ...[...wanted].map((name) => name.length));
  }

  onopentagname(start: number, end: number): void {
    this.openTag(this.html.slice(start, end).toLowerCase());
  }

  private openTag(tag: string): void {
    const closes = OPEN_IMPLIES_CLOSE.get(tag);
    if (closes) {
      while (this.stack.length > 0 && closes.has(this.stack[this.stack.length - 1]!)) {
        this.handler.onclosetag(this.stack.pop()!);
      }
    }
    if (!VOID_TAGS.has(tag)) {
      this.stack.push(tag);
      if (FOREIGN_TAGS.has(tag)) this.foreign.push(true);
      else if (INTEGRATION_TAGS.has(tag)) this.foreign.push(false);
    }
    this.tag = tag;
    this.attributes = this.handler.readsAttributesOf(tag) ? {} : null;
  }

  private endOpenTag(): void {
    const tag = this.tag;
    this.handler.onopentag(tag, this.attributes ?? NO_ATTRIBUTES);
    this.attributes = null;
    this.tag = '';
    if (VOID_TAGS.has(tag)) this.handler.onclosetag(tag);
  }

  onopentagend(): void {
    this.endOpenTag();
  }

  onselfclosingtag(): void {
    if (!this.foreign[this.foreign.length - 1]) {
      this.endOpenTag();
      return;
    }
    const tag = this.tag;
    this.endOpenTag();
    if (this.stack[this.stack.length - 1] === tag) this.handler.onclosetag(this.stack.pop()!);
  }

  onclosetag(start: number, end: number): void {
    const tag = this.html.slice(start, end).toLowerCase();
    if (FOREIGN_TAGS.has(tag) || INTEGRATION_TAGS.has(tag)) this.foreign.pop();
    if (VOID_TAGS.has(tag)) {
      // `</br>` is read as `<br>`; other void end tags mean nothing.
      if (tag === 'br') {
        this.handler.onopentag('br', {});
        this.handler.onclosetag('br');
      }
      return;
    }
    const open = this.stack.lastIndexOf(tag);
    if (open !== -1) {
      while (this.stack.length > open) this.handler.onclosetag(this.stack.pop()!);
    } else if (tag === 'p') {
      // `</p>` alone is an empty paragraph.
      this.openTag('p');
      this.endOpenTag();
      if (this.stack[this.stack.length - 1] === 'p') this.handler.onclosetag(this.stack.pop()!);
    }
  }

  onattribname(start: number, end: number): void {
    if (this.attributes === null || end - start > this.longestWanted) return;
    const name = this.html.slice(start, end).toLowerCase();
    this.attributeName = name;
    this.keepsAttribute = this.wanted.has(name) && !Object.hasOwn(this.attributes, name);
  }

  onattribdata(start: number, end: number): void {
    if (this.keepsAttribute) this.attributeValue += this.html.slice(start, end);
  }

  onattribentity(codepoint: number): void {
    if (this.keepsAttribute) this.attributeValue += String.fromCodePoint(codepoint);
  }

  onattribend(): void {
    if (this.keepsAttribute) this.attributes![this.attributeName] = this.attributeValue;
    this.attributeValue = '';
    this.keepsAttribute = false;
  }

  ontext(start: number, end: number): void {
    this.handler.ontext(this.html.slice(start, end));
  }

  ontextentity(codepoint: number): void {
    this.handler.ontext(String.fromCodePoint(codepoint));
  }

  onend(): void {
    while (this.stack.length > 0) this.handler.onclosetag(this.stack.pop()!);
    this.handler.onend();
  }

  // Comments, CDATA (a comment in HTML), doctypes and processing instructions carry no text.
  oncomment(): void {}
  oncdata(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
}

/**
 * Streams `html` to `handler` as a well-formed sequence of element events, entities decoded, attribute names
 * lower-cased and only the `wanted` ones read.
 * @example streamHtml('<p>a<br>b', handler, new Set(['class'])) // open p, text a, open br, close br, text b, close p
 */
export function streamHtml(html: string, handler: StreamHandler, wanted: ReadonlySet<string>): void {
  const tokenizer = new SkippingTokenizer({ decodeEntities: true }, new TreeStream(html, handler, wanted));
  tokenizer.write(html);
  tokenizer.end();
}
