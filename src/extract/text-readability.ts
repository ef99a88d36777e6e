import { Readability } from '@mozilla/readability';
import { type LightDocument, type LightElement, type LightNode, TEXT_NODE } from './light-dom.ts';

/**
 * Readability 0.6.0 (pinned) as this project runs it: on the JSDOMParser DOM of prepare-html.ts, for text only.
 * The internals it touches are declared here, in one place, to be checked when the version moves.
 */
interface ReadabilityInternals {
  REGEXPS: { unlikelyCandidates: RegExp; okMaybeItsACandidate: RegExp; byline: RegExp };
  UNLIKELY_ROLES: string[];
  _getAllNodesWithTag(node: LightElement, tagNames: string[]): LightElement[];
  _isValidByline(node: LightElement, matchString: string): boolean;
  _isElementWithoutContent(node: LightNode): boolean;
}

/** Readability's own patterns and methods, read rather than copied so that they cannot drift. */
export const READABILITY = Readability.prototype as unknown as ReadabilityInternals;

const NON_SPACE_RE = /\S/;

/** True when some text under `root` is not whitespace; stops at the first such text. */
function hasVisibleText(root: LightNode): boolean {
  const stack: LightNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      if (NON_SPACE_RE.test(node.textContent)) return true;
      continue;
    }
    for (const child of node.childNodes) stack.push(child);
  }
  return false;
}

/** Thrown by a first-pass-only body when Readability restores it to retry. */
class FirstPassFailed extends Error {}

/**
 * Readability's first pass must keep 500 characters, else it restores the body from an `innerHTML` snapshot
 * taken before the pass and retries with looser rules (3 pages in 92 on shared/data/aeb). A DOM pruned for the
 * first pass lacks what the looser rules read: its body's snapshot is a marker (serialising the body was ~10%
 * of Readability's time), and restoring it ends the run, for the caller to run Readability on the whole page.
 */
function stopAtRetry(body: LightElement): void {
  Object.defineProperty(body, 'innerHTML', {
    get: () => '',
    set: () => {
      throw new FirstPassFailed();
    },
  });
}

/**
 * Readability with some internals replaced: skipped where their work cannot show in plain text or finds nothing
 * to do on this DOM, and faster where they give the same answers (text-readability.test.ts compares them).
 */
export class TextReadability extends Readability<LightNode> {
  /** Plain text never shows link and image URLs, which this rewrites to absolute form (a `new URL` each). */
  _fixRelativeUris(): void {}

  /**
   * Removes `style` and presentational attributes (`align`, `bgcolor`, `width`...), twelve `removeAttribute`
   * calls an element: the DOM of prepare-html.ts never has them (prune-rules.ts keeps none).
   */
  _cleanStyles(): void {}

  /**
   * The elements under `node` with any of these tags, grouped by tag in the order given and in document order
   * within a tag, as the original's one `getElementsByTagName` per tag returns them (JSDOMParser has no
   * `querySelectorAll`); one walk instead of one per tag, and Readability asks for up to twelve at once.
   */
  _getAllNodesWithTag(node: LightElement, tagNames: string[]): LightElement[] {
    const groups = new Map<string, LightElement[]>(tagNames.map((tag) => [tag.toUpperCase(), []]));
    const stack = [...node.children].reverse();
    while (stack.length > 0) {
      const element = stack.pop()!;
      groups.get(element.tagName)?.push(element);
      for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
    }
    return tagNames.flatMap((tag) => groups.get(tag.toUpperCase())!);
  }

  /**
   * Only named elements can be bylines: the name is tested before the text is measured. The original reads the
   * whole text of every element it is asked about, which made Readability's walk quadratic in the nesting depth.
   */
  _isValidByline(node: LightElement, matchString: string): boolean {
    const itemprop = node.getAttribute('itemprop');
    const named =
      node.getAttribute('rel') === 'author' || !!itemprop?.includes('author') || READABILITY.REGEXPS.byline.test(matchString);
    return named && READABILITY._isValidByline.call(this, node, matchString);
  }

  /** Almost every element has text, found at its first text node without building the whole string. */
  _isElementWithoutContent(node: LightNode): boolean {
    return !hasVisibleText(node) && READABILITY._isElementWithoutContent.call(this, node);
  }
}

/**
 * Classes are kept for our boilerplate rules, which read class words (+0.005 F1 on aeb with the guards in
 * boilerplate.ts), and Readability skips its class-stripping pass.
 */
const READABILITY_OPTIONS = { serializer: (node: Node) => node as unknown as LightNode, keepClasses: true };

export interface RunOptions {
  /** The document was pruned for the first pass: stop instead of retrying (see stopAtRetry). */
  firstPassOnly?: boolean;
}

export interface ReadabilityRun {
  /** The article's container; null when Readability found nothing or failed. */
  article: LightElement | null;
  /** The first pass kept too little and `firstPassOnly` stopped the run. */
  retried: boolean;
}

/**
 * Readability's article container for `document`, which it mutates.
 * @example runReadability(prepareHtml(html).document, { firstPassOnly: true }).article
 */
export function runReadability(document: LightDocument, options: RunOptions = {}): ReadabilityRun {
  if (options.firstPassOnly && document.body) stopAtRetry(document.body);
  try {
    const reader = new TextReadability(document as unknown as Document, READABILITY_OPTIONS);
    const article = reader.parse()?.content as LightElement | null | undefined;
    return { article: article ?? null, retried: false };
  } catch (error) {
    // Readability recurses on some structures and can throw on odd DOMs; the fallback handles both.
    return { article: null, retried: error instanceof FirstPassFailed };
  }
}
