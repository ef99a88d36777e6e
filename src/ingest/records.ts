import { CorroborateError } from '../errors.ts';
import type { RawDocument, RawMeta } from './types.ts';

/** Fields read as the article body, first non-empty wins; `text` is preferred over `html` as already clean. */
const TEXT_FIELDS = ['text', 'content', 'body'] as const;

/** Accepted spellings of each metadata field, first present wins; the aliases are what scrapers commonly emit. */
const META_FIELDS: Readonly<Record<keyof RawMeta, readonly string[]>> = {
  title: ['title', 'headline'],
  url: ['url', 'link'],
  outlet: ['outlet', 'publisher'],
  published: ['published', 'date', 'published_at', 'publishedAt'],
  byline: ['byline', 'author', 'authors'],
};

type JsonObject = Record<string, unknown>;

function describeType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function badField(field: string, expected: string, value: unknown): CorroborateError {
  return new CorroborateError('BAD_RECORD', `field "${field}" must be ${expected}, got ${describeType(value)}`);
}

function readString(record: JsonObject, field: string): string | null {
  const value = record[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw badField(field, 'a string', value);
  return value.trim() === '' ? null : value;
}

function readBody(record: JsonObject): Pick<RawDocument, 'kind' | 'content'> {
  for (const field of TEXT_FIELDS) {
    const text = readString(record, field);
    if (text !== null) return { kind: 'text', content: text };
  }
  const html = readString(record, 'html');
  if (html !== null) return { kind: 'html', content: html };
  throw new CorroborateError('NO_TEXT', 'record has no text: "text", "content", "body" and "html" are all missing or empty');
}

/** A metadata value: strings trimmed, numbers (epoch dates) stringified, author lists joined. */
function readMetaValue(field: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return readMetaValue(field, value.join(', '));
  if (typeof value !== 'string') throw badField(field, 'a string', value);
  return value.trim() === '' ? null : value.trim();
}

function readMeta(record: JsonObject): RawMeta {
  const meta: RawMeta = {};
  for (const [key, aliases] of Object.entries(META_FIELDS)) {
    const field = aliases.find((a) => record[a] !== undefined && record[a] !== null);
    meta[key as keyof RawMeta] = field ? readMetaValue(field, record[field]) : null;
  }
  return meta;
}

function readId(record: JsonObject): string | null {
  const id = record['id'];
  if (id === undefined || id === null) return null;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  if (typeof id === 'string' && id.trim() !== '') return id;
  const got = typeof id === 'string' ? 'an empty string' : describeType(id);
  throw new CorroborateError('BAD_RECORD', `field "id" must be a non-empty string or a number, got ${got}`);
}

/**
 * Turns one parsed JSON record `{id?, text | content | body | html, title?, url?, outlet?, published?, byline?}`
 * into a RawDocument; throws CorroborateError BAD_RECORD or NO_TEXT with the reason.
 * @example toRecord({ id: 7, text: 'Hi', title: 'T' }, 'a.jsonl:1') // { id: '7', kind: 'text', ... }
 */
export function toRecord(value: unknown, source: string): RawDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CorroborateError('BAD_RECORD', `expected a JSON object, got ${describeType(value)}`);
  }
  const record = value as JsonObject;
  const body = readBody(record);
  const id = readId(record);
  // No id of its own: left unset, so the pipeline hashes the extracted text (see RawDocument.id).
  return { ...(id === null ? {} : { id }), source, ...body, meta: readMeta(record) };
}
