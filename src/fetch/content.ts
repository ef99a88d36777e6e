import { CorroborateError } from '../errors.ts';
import { decodeBytes } from '../ingest/decode.ts';
import { firstSignificantChar, looksLikeMarkup, toLatin1 } from '../ingest/sniff.ts';
import { FetchError } from './errors.ts';
import type { Expectation } from './types.ts';

/**
 * Content-Type decisions. Declared types are trusted when they are specific; untyped bodies, octet-stream and
 * text/plain are sniffed, because misconfigured servers send HTML and feeds under them all the time (Apache's
 * DefaultType was text/plain for a decade). Declared binary types are refused before the body is read.
 */

/** Types that never hold an article or a feed; an SVG is XML but not text we analyse. */
const BINARY_TYPE = /^(?:image|audio|video|font|model)\/|^application\/(?:pdf|zip|gzip|x-gzip|x-tar|x-bzip2|x-xz|x-7z-compressed|vnd\.rar|x-rar-compressed|wasm|java-archive|x-msdownload|x-executable|x-sharedlib|vnd\.ms-|vnd\.openxmlformats|msword|x-shockwave-flash)/;
/** Types that say nothing reliable about the body: sniff it. */
const SNIFFED_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown', 'text/plain']);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const XML_OR_JSON = /[/+](?:xml|json)$/;
/** What a feed or sitemap starts with, after an XML declaration, comments and a doctype. */
const FEED_START = /^(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*|<\?[^>]*\?>\s*)*<(?:rss|feed|rdf:RDF|RDF|urlset|sitemapindex)\b/;

/** The lowercased type/subtype of a Content-Type value, without parameters; '' when absent. */
export function mediaTypeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

function isSniffed(type: string): boolean {
  return SNIFFED_TYPES.has(type);
}

function acceptsDeclared(type: string, expect: Expectation): boolean {
  if (BINARY_TYPE.test(type)) return false;
  if (isSniffed(type) || expect === 'text') return true;
  if (expect === 'html') return HTML_TYPES.has(type);
  return XML_OR_JSON.test(type) || type === 'text/html';
}

/**
 * Refuses a response from its headers alone, before reading the body: binary types always, and for `html` or
 * `feed` a specific type that is something else (JSON for a page, CSS for a feed).
 */
export function checkDeclaredType(contentType: string | null, expect: Expectation, url: string): void {
  const type = mediaTypeOf(contentType);
  if (acceptsDeclared(type, expect)) return;
  const wanted = expect === 'html' ? 'an HTML page' : expect === 'feed' ? 'a feed or sitemap' : 'text';
  throw new FetchError('BAD_CONTENT_TYPE', url, `expected ${wanted} but the server sent ${type}`);
}

function looksLikeFeed(text: string): boolean {
  const start = text.replace(/^[\uFEFF\s]+/, '').slice(0, 4096);
  return firstSignificantChar(start) === '{' || FEED_START.test(start);
}

/** After decoding: an untyped (or loosely typed) body must look like what was expected. */
function checkSniffed(text: string, type: string, expect: Expectation, url: string): void {
  if (expect === 'html' && type !== 'text/plain' && isSniffed(type) && !looksLikeMarkup(text)) {
    throw new FetchError('BAD_CONTENT_TYPE', url, `expected an HTML page; served as ${type || 'untyped'} and not markup`);
  }
  if (expect === 'feed' && (isSniffed(type) || type === 'text/html') && !looksLikeFeed(text)) {
    throw new FetchError('BAD_CONTENT_TYPE', url, `expected a feed or sitemap; served as ${type || 'untyped'}`);
  }
}

const XML_ENCODING = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/** The charset an XML declaration names, as a Content-Type parameter the decoder understands. */
function xmlDeclaredType(body: Uint8Array, contentType: string | null): string | null {
  if (/charset\s*=/i.test(contentType ?? '')) return contentType;
  const label = XML_ENCODING.exec(toLatin1(body, 256))?.[1];
  return label ? `application/xml; charset=${label}` : contentType;
}

/**
 * Decodes a fetched body: BOM, then the header's charset, then an XML declaration or an HTML <meta>; refuses
 * binary bodies and bodies that do not look like what was expected. Errors name the URL.
 */
export function decodeFetched(body: Uint8Array, contentType: string | null, expect: Expectation, url: string): string {
  const type = mediaTypeOf(contentType);
  const head = toLatin1(body, 1024);
  const isHtml = HTML_TYPES.has(type) || (isSniffed(type) && looksLikeMarkup(head) && !FEED_START.test(head.trim()));
  const isXml = XML_OR_JSON.test(type) || /^(?:\u00EF\u00BB\u00BF)?\s*<\?xml\s/.test(head);
  let text: string;
  try {
    text = decodeBytes(body, { contentType: isXml ? xmlDeclaredType(body, contentType) : contentType, isHtml });
  } catch (err) {
    if (err instanceof CorroborateError) throw new FetchError(err.code, url, err.message, { cause: err });
    throw err;
  }
  checkSniffed(text, type, expect, url);
  return text;
}
