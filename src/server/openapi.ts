import { ID_SCHEMA, INGEST_BODY_SCHEMA, STORY_QUERY_SCHEMA } from './schemas.ts';

const error = {
  type: 'object',
  required: ['error'],
  properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
};

const errorRef = { $ref: '#/components/schemas/Error' };
const json = (schema: object) => ({ 'application/json': { schema } });
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), { description: ERROR_TEXT[s] ?? 'error', content: json(errorRef) }]));

const ERROR_TEXT: Record<number, string> = {
  400: 'BAD_JSON or BAD_REQUEST: the input failed its schema',
  401: 'UNAUTHORIZED: bearer token missing or wrong',
  403: 'FORBIDDEN: wrong host without a token, or a cross-site write',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED (see Retry-After)',
  503: 'STORE_BUSY or STORE_UNAVAILABLE (see Retry-After)',
};

const idParam = { name: 'id', in: 'path', required: true, schema: ID_SCHEMA };
const queryParams = Object.entries(STORY_QUERY_SCHEMA.properties).map(([name, schema]) => ({ name, in: 'query', required: false, schema }));
const object = (description: string) => ({ description, content: json({ type: 'object' }) });
const storyPart = (what: string) => ({
  get: { summary: `The story's ${what}`, parameters: [idParam], responses: { '200': object(`{storyId, ${what}}`), ...errors(400, 401, 404, 429) } },
});

/** The OpenAPI 3.1 document served at /api/openapi.json; request schemas are the ones the server validates with. */
export function buildOpenApi(options: { tokenRequired: boolean; maxBodyBytes: number }) {
  return {
    openapi: '3.1.0',
    info: { title: 'Corroborate API', version: '1', description: 'Stored stories, their claims, conflicts, entities and cited briefs; ingest of new articles.' },
    servers: [{ url: '/' }],
    ...(options.tokenRequired ? { security: [{ bearer: [] }] } : {}),
    components: {
      schemas: { Error: error, IngestBody: INGEST_BODY_SCHEMA },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
    paths: {
      '/api/health': { get: { summary: 'Liveness and the number of stored articles', responses: { '200': object('{ok, articles}'), ...errors(401) } } },
      '/api/openapi.json': { get: { summary: 'This document', responses: { '200': object('OpenAPI 3.1') } } },
      '/api/stories': {
        get: { summary: 'Stories, searched and sorted', parameters: queryParams, responses: { '200': object('{stories, sort, limit, offset}'), ...errors(400, 401, 429) } },
      },
      '/api/stories/{id}': {
        get: { summary: "The story's analysis and its articles' metadata", parameters: [idParam], responses: { '200': object('{story, articles}'), ...errors(400, 401, 404, 429) } },
      },
      '/api/stories/{id}/claims': storyPart('claims'),
      '/api/stories/{id}/conflicts': storyPart('conflicts'),
      '/api/stories/{id}/entities': storyPart('entities'),
      '/api/articles/{id}': {
        get: { summary: 'An article as read, with sentences, entities, times, quotes, cites, loaded words and boilerplate spans', parameters: [idParam], responses: { '200': object('article'), ...errors(400, 401, 404, 429) } },
      },
      '/api/ingest': {
        post: {
          summary: `Reads, annotates and stores articles (body at most ${options.maxBodyBytes} bytes); writes are serialised`,
          requestBody: {
            required: true,
            content: { ...json({ $ref: '#/components/schemas/IngestBody' }), 'application/x-ndjson': { schema: { type: 'string', description: 'JSON Lines records {id?, text | html, title?, url?, outlet?, published?, byline?}' } } },
          },
          responses: { '200': object('{added, skipped, rejected, storiesUpdated, articles}'), ...errors(400, 401, 403, 413, 415, 429, 503) },
        },
      },
    },
  };
}
