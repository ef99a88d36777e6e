import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import type { IngestRequest, StoryListQuery } from '../api-types.ts';
import { ApiError } from './errors.ts';

/** Longest metadata value accepted (a title, URL or byline); real ones are far shorter. */
const MAX_META_CHARS = 2048;
/** Longest search query: FTS5 cost grows with its words, and nobody types more. */
const MAX_QUERY_CHARS = 500;
/** Largest page of stories: the list page shows 50; a client wanting everything pages through. */
export const MAX_PAGE = 500;
export const DEFAULT_PAGE = 50;

const meta = { type: 'string', maxLength: MAX_META_CHARS };
const body = { type: 'string', minLength: 1 };

/** POST /api/ingest JSON body: exactly one of text, html, jsonl, with optional metadata. */
export const INGEST_BODY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: { text: body, html: body, jsonl: body, title: meta, url: meta, outlet: meta, published: meta, byline: meta },
  oneOf: [{ required: ['text'] }, { required: ['html'] }, { required: ['jsonl'] }],
} as const;

/** GET /api/stories query parameters. */
export const STORY_QUERY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: { type: 'string', maxLength: MAX_QUERY_CHARS },
    sort: { enum: ['newest', 'most-covered', 'most-disputed'] },
    limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE },
    offset: { type: 'integer', minimum: 0, maximum: 1_000_000_000 },
  },
} as const;

/** Path ids: any non-empty string a record may carry as its id, within reason. */
export const ID_SCHEMA = { type: 'string', minLength: 1, maxLength: 512 } as const;

// strictRequired off: the oneOf branches name properties declared beside them, which strict mode cannot see
const strictAjv = new Ajv2020({ allErrors: false, strict: true, strictRequired: false });
// query strings arrive as text: "limit=20" must validate as the integer 20
const queryAjv = new Ajv2020({ allErrors: false, strict: true, coerceTypes: true });

function describe(where: string, errors: ErrorObject[] | null | undefined): string {
  const e = errors?.[0];
  if (!e) return `${where} is invalid`;
  if (e.keyword === 'additionalProperties') return `${where} has an unknown field "${String(e.params['additionalProperty'])}"`;
  if (e.keyword === 'oneOf') return `${where} must have exactly one of "text", "html" or "jsonl"`;
  const field = e.instancePath ? `${where} field "${e.instancePath.slice(1)}"` : where;
  return `${field} ${e.message ?? 'is invalid'}`;
}

/** Compiles a schema into a check that throws ApiError 400 BAD_REQUEST naming the first problem. */
function compileCheck<T>(ajv: Ajv2020, schema: object, where: string): (value: unknown) => T {
  const validate = ajv.compile(schema);
  return (value) => {
    if (!validate(value)) throw new ApiError(400, 'BAD_REQUEST', describe(where, validate.errors));
    return value as T;
  };
}

export const checkIngestBody = compileCheck<IngestRequest>(strictAjv, INGEST_BODY_SCHEMA, 'body');
export const checkStoryQuery = compileCheck<StoryListQuery>(queryAjv, STORY_QUERY_SCHEMA, 'query');
export const checkId = compileCheck<string>(strictAjv, ID_SCHEMA, 'id');
