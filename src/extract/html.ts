import { parseHTML } from 'linkedom';
import { findArticle, type JsonObject, parseJsonLd } from './json-ld.ts';
import { extractProseBlocks, extractWithReadability, isTooShort } from './main-text.ts';
import { guessLanguage } from './language.ts';
import { extractMetadata } from './metadata.ts';
import { prepareHtml } from './prepare-html.ts';
import { renderText } from './render-text.ts';
import type { HtmlExtraction } from './types.ts';

export interface ExtractHtmlOptions {
  /** The page's address, for the canonical URL and the outlet when the page names neither. */
  url?: string | null;
}

function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** JSON-LD `articleBody`, which some CMSs fill with HTML rather than text. */
function readJsonLdBody(jsonLd: JsonObject[]): string {
  const body = findArticle(jsonLd)?.['articleBody'];
  if (typeof body !== 'string') return '';
  return /<[a-z][^>]*>/i.test(body) ? renderText(parseDocument(body)) : body.replace(/[ \t]+/g, ' ').trim();
}

/**
 * Readability first; when it yields too little (a teaser, nothing, a tree too deep for it), the longest of the
 * JSON-LD `articleBody` and a page-wide prose scan. `cleanHtml` is re-parsed because Readability mutated the DOM.
 */
function extractBodyText(document: Document, cleanHtml: string, jsonLd: JsonObject[], title: string | null): string {
  const text = extractWithReadability(document, { title });
  if (!isTooShort(text)) return text;
  const candidates = [text, readJsonLdBody(jsonLd), extractProseBlocks(parseDocument(cleanHtml))];
  return candidates.reduce((best, c) => (c.length > best.length ? c : best), '');
}

function failSafe<T>(compute: () => T, fallback: T): T {
  try {
    return compute();
  } catch {
    return fallback;
  }
}

/**
 * Main text and metadata of an HTML page. Never throws: unusable input yields empty text and null fields.
 * Text is plain: paragraphs and headings are separated by a blank line, whitespace collapsed inside them.
 * @example extractHtml('<html lang="en"><title>Hi | Site</title><article><p>Body…</p></article></html>').title // 'Hi'
 */
export function extractHtml(html: string, options: ExtractHtmlOptions = {}): HtmlExtraction {
  const url = options.url ?? null;
  const prepared = failSafe(() => prepareHtml(String(html ?? '')), { html: '', jsonLd: [] });
  const document = failSafe(() => parseDocument(prepared.html), null);
  const jsonLd = failSafe(() => parseJsonLd(prepared.jsonLd), []);
  // Metadata first: Readability moves bylines, dates and headings out of the document.
  const meta = document ? failSafe(() => extractMetadata(document, { url, jsonLd }), null) : null;
  const text = document ? failSafe(() => extractBodyText(document, prepared.html, jsonLd, meta?.title ?? null), '') : '';
  return {
    title: meta?.title ?? null,
    url: url ?? meta?.canonicalUrl ?? null,
    outlet: meta?.siteName ?? null,
    published: meta?.published ?? null,
    byline: meta?.byline ?? null,
    text,
    language: meta?.language ?? guessLanguage(text),
    siteName: meta?.siteName ?? null,
    canonicalUrl: meta?.canonicalUrl ?? url,
  };
}
