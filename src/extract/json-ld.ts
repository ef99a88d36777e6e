/**
 * JSON-LD as found in the wild: one object, an array, an `@graph`, nested `mainEntity`, sometimes with trailing
 * commas, HTML comments or raw newlines in strings. Parse what can be parsed, never throw.
 */

export type JsonObject = Record<string, unknown>;

/** Guards against pathological nesting in hostile JSON-LD; real pages nest under 10 levels. */
const MAX_JSON_DEPTH = 20;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseLenient(source: string): unknown {
  const trimmed = source.trim().replace(/^<!--|-->$/g, '');
  try {
    return JSON.parse(trimmed);
  } catch {
    // Raw control characters inside strings and trailing commas are the usual breakages.
    const repaired = trimmed.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

function collectObjects(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > MAX_JSON_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  out.push(value);
  collectObjects(value['@graph'], out, depth + 1);
  collectObjects(value['mainEntity'], out, depth + 1);
}

/**
 * Every top-level, `@graph` and `mainEntity` object of the page's JSON-LD blocks.
 * @example parseJsonLd(['{"@graph":[{"@type":"NewsArticle"}]}']).length // 2
 */
export function parseJsonLd(blocks: string[]): JsonObject[] {
  const out: JsonObject[] = [];
  for (const block of blocks) collectObjects(parseLenient(block), out, 0);
  return out;
}

const ARTICLE_TYPE_RE = /Article|BlogPosting|Report|NewsArticle|WebPage/;

function typesOf(object: JsonObject): string[] {
  const type = object['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/** The article object, preferring a real article type over a generic WebPage. */
export function findArticle(objects: JsonObject[]): JsonObject | null {
  const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPE_RE.test(t)));
  return articles.find((o) => !typesOf(o).includes('WebPage')) ?? articles[0] ?? null;
}

/** A string field, or the `name` of an object field, or the first of an array of either. */
export function readName(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(readName).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (isObject(value)) return readName(value['name']);
  return null;
}
