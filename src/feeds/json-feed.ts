import { CorroborateError } from '../errors.ts';
import { normaliseFeedDate } from './dates.ts';
import { escapeHtml, htmlToText } from './entities.ts';
import { resolveLink } from './links.ts';
import type { FeedItem, ParsedFeed } from './types.ts';

/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). Fields are read one by one as own properties, never
 * copied or merged, so a `__proto__` or `constructor` key in the document is just an ignored key.
 */

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(obj: Json, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

function str(obj: Json, key: string): string | null {
  const value = own(obj, key);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function readItem(item: unknown, base: string | null): FeedItem | string {
  if (!isObject(item)) return 'item is not a JSON object';
  const url = resolveLink(str(item, 'url'), base) ?? resolveLink(str(item, 'external_url'), base);
  const id = str(item, 'id') ?? url;
  if (!id) return 'item has no id and no url';
  const html = str(item, 'content_html');
  const text = str(item, 'content_text');
  const summary = str(item, 'summary');
  const title = str(item, 'title');
  return {
    id,
    url,
    title,
    published: normaliseFeedDate(str(item, 'date_published') ?? str(item, 'date_modified')),
    summary: summary ? htmlToText(summary) || null : null,
    contentHtml: html ?? (text ? `<p>${escapeHtml(text).replace(/\n{2,}/g, '</p><p>')}</p>` : null),
  };
}

/** Parses a JSON Feed. Throws CorroborateError BAD_FEED when it is not JSON or has no items array. */
export function parseJsonFeed(json: string, base: string | null): ParsedFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (cause) {
    throw new CorroborateError('BAD_FEED', `not valid JSON (${cause instanceof Error ? cause.message : cause})`, { cause });
  }
  if (!isObject(doc)) throw new CorroborateError('BAD_FEED', 'a JSON Feed must be a JSON object');
  const items = own(doc, 'items');
  if (!Array.isArray(items)) throw new CorroborateError('BAD_FEED', 'not a JSON Feed: no "items" array');
  const result: ParsedFeed = {
    format: 'json',
    feed: { title: str(doc, 'title'), link: resolveLink(str(doc, 'home_page_url'), base) },
    items: [],
    errors: [],
  };
  items.forEach((raw, index) => {
    const item = readItem(raw, base);
    if (typeof item === 'string') result.errors.push({ item: index, reason: item });
    else result.items.push(item);
  });
  return result;
}
