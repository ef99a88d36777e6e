import { findArticle, type JsonObject, parseJsonLd } from './json-ld.ts';
import { guessLanguage } from './language.ts';
import { extractProseBlocks, extractWithReadability, isTooShort } from './main-text.ts';
import { extractMetadata, METADATA_PROBES } from './metadata.ts';
import { type PreparedPage, prepareHtml } from './prepare-html.ts';
import { renderText } from './render-text.ts';
import type { HtmlExtraction } from './types.ts';

export interface ExtractHtmlOptions {
  /** The page's address, for the canonical URL and the outlet when the page names neither. */
  url?: string | null;
}

/** JSON-LD `articleBody`, which some CMSs fill with HTML rather than text. */
function readJsonLdBody(jsonLd: JsonObject[]): string {
  const body = findArticle(jsonLd)?.['articleBody'];
  if (typeof body !== 'string') return '';
  if (!/<[a-z][^>]*>/i.test(body)) return body.replace(/[ \t]+/g, ' ').trim();
  return renderText(prepareHtml(body, { dropUnlikely: false }).document);
}

/** The page with all but noise and chrome: what Readability's retries and the prose scan read. */
function prepareWhole(html: string): PreparedPage {
  return prepareHtml(html, { dropUnlikely: false });
}

/**
 * Readability first; when it yields too little (a teaser, nothing, a tree too deep for it), the longest of the
 * JSON-LD `articleBody` and a page-wide prose scan. The DOM pruned for Readability's first pass lacks what its
 * retries and the scan read: they get the whole page, prepared anew as Readability mutates what it reads.
 */
function extractBodyText(html: string, page: PreparedPage, jsonLd: JsonObject[], title: string | null): string {
  const first = extractWithReadability(page, { title, firstPassOnly: true });
  const text = first.retried ? extractWithReadability(prepareWhole(html), { title }).text : first.text;
  if (!isTooShort(text)) return text;
  const candidates = [text, readJsonLdBody(jsonLd), extractProseBlocks(prepareWhole(html).document)];
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
  const source = String(html ?? '');
  const page = failSafe(() => prepareHtml(source, { probes: METADATA_PROBES }), null);
  const jsonLd = page ? failSafe(() => parseJsonLd(page.jsonLd), []) : [];
  const meta = page ? failSafe(() => extractMetadata(page, { url, jsonLd }), null) : null;
  const text = page ? failSafe(() => extractBodyText(source, page, jsonLd, meta?.title ?? null), '') : '';
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
