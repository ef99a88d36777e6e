import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type {
  ApiError as ApiErrorBody,
  ClaimsResponse,
  ConflictsResponse,
  EntitiesResponse,
  HealthResponse,
  IngestResponse,
  StoryListResponse,
  StoryResponse,
} from '../api-types.ts';
import type { StoryAnalysis } from '../compare/types.ts';
import type { Store } from '../store/types.ts';
import { ApiError, notFound, toApiError } from './errors.ts';
import { createIngester, type IngesterOptions, toJsonl } from './ingest.ts';
import { buildOpenApi } from './openapi.ts';
import { createLimiter, DEFAULT_INGEST_RATE_LIMIT, DEFAULT_RATE_LIMIT, type RateLimit } from './rate-limit.ts';
import { checkId, checkIngestBody, checkStoryQuery, DEFAULT_PAGE } from './schemas.ts';
import { refuseCrossSiteWrites, requireLoopbackHost, requireToken, securityHeaders } from './security.ts';
import { toArticleMeta, toArticleResponse } from './views.ts';

/** 5 MiB: hundreds of articles as JSON Lines; a larger batch belongs to `corroborate ingest`, not one request. */
export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;

export interface AppOptions {
  store: Store;
  /** When set, every /api request needs `Authorization: Bearer <token>`; when not, only loopback host names are served. */
  token?: string;
  /** Per client address; `false` turns limiting off (benchmarks). */
  rateLimit?: RateLimit | false;
  /** A stricter bucket for POST /api/ingest, on top of `rateLimit`. */
  ingestRateLimit?: RateLimit | false;
  /** Largest request body in bytes (default 5 MiB); larger ones get 413. */
  bodyLimit?: number;
  /** Off by default: no Access-Control-Allow-Origin unless origins are listed here. */
  cors?: { origins: string[] };
  /** The client's address for rate limiting; default: the socket's remote address under @hono/node-server. */
  clientIp?: (c: Context) => string;
  /** Called with errors answered as 500, for the server log. */
  onInternalError?: (err: unknown) => void;
  /** Annotates big uploads off the request thread (see createIngester); without it every upload is done in-thread. */
  ingest?: IngesterOptions;
}

const INGEST_TYPES = { json: 'application/json', ndjson: 'application/x-ndjson' } as const;

function socketAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}

function errorResponse(c: Context, err: ApiError): Response {
  if (err.retryAfter !== undefined) c.header('Retry-After', String(err.retryAfter));
  const body: ApiErrorBody = { error: { code: err.code, message: err.message } };
  return c.json(body, err.status as 400);
}

function rateLimited(limit: RateLimit, key: (c: Context) => string): MiddlewareHandler {
  const limiter = createLimiter(limit);
  return async (c, next) => {
    const wait = limiter.take(key(c));
    if (wait > 0) throw new ApiError(429, 'RATE_LIMITED', `too many requests; retry in ${wait} s`, { retryAfter: wait });
    await next();
  };
}

/** The request body as JSON Lines, whichever of the two accepted forms it came in. */
async function readIngestBody(c: Context): Promise<string> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === INGEST_TYPES.ndjson) {
    const lines = await c.req.text();
    if (!lines.trim()) throw new ApiError(400, 'BAD_REQUEST', 'body is empty: send one JSON record per line');
    return lines;
  }
  if (type !== INGEST_TYPES.json) throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', `send ${INGEST_TYPES.json} or ${INGEST_TYPES.ndjson}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await c.req.text());
  } catch (err) {
    throw new ApiError(400, 'BAD_JSON', `body is not valid JSON: ${(err as Error).message}`);
  }
  return toJsonl(checkIngestBody(parsed));
}

/**
 * The HTTP API as a pure Hono app (`app.fetch(Request) -> Response`): no sockets, no files; all state is in the store.
 * `serve.ts` puts it on a port beside the built UI.
 * @example const app = createApp({ store: openSqliteStore(':memory:') }); await app.request('/api/health');
 */
export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const maxBody = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const clientIp = options.clientIp ?? socketAddress;
  const ingest = createIngester(store, options.ingest);
  const app = new Hono();
  const api = new Hono();

  app.use('*', securityHeaders());
  app.onError((err, c) => {
    const apiError = toApiError(err);
    if (apiError.status >= 500 && apiError.code === 'INTERNAL') options.onInternalError?.(err);
    return errorResponse(c, apiError);
  });
  app.notFound((c) => errorResponse(c, new ApiError(404, 'NOT_FOUND', `no route ${c.req.method} ${new URL(c.req.url).pathname}`)));

  api.use('*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });
  if (options.cors) api.use('*', cors({ origin: options.cors.origins, allowHeaders: ['Authorization', 'Content-Type'], allowMethods: ['GET', 'POST'] }));
  if (options.rateLimit !== false) api.use('*', rateLimited(options.rateLimit ?? DEFAULT_RATE_LIMIT, clientIp));
  api.use('*', options.token ? requireToken(options.token) : requireLoopbackHost());
  api.use('*', refuseCrossSiteWrites(options.cors?.origins ?? []));

  const getStory = (c: Context): StoryAnalysis => {
    const id = checkId(c.req.param('id'));
    const story = store.getStory(id);
    if (!story) throw notFound('story', id);
    return story;
  };

  api.get('/health', (c) => c.json<HealthResponse>({ ok: true, articles: store.countArticles() }));
  api.get('/openapi.json', (c) => c.json(buildOpenApi({ tokenRequired: options.token !== undefined, maxBodyBytes: maxBody })));
  api.get('/stories', (c) => {
    const query = checkStoryQuery({ ...c.req.query() });
    const sort = query.sort ?? 'newest';
    const limit = query.limit ?? DEFAULT_PAGE;
    const offset = query.offset ?? 0;
    const stories = store.listStories({ sort, limit, offset, ...(query.q === undefined || query.q === '' ? {} : { q: query.q }) });
    return c.json<StoryListResponse>({ stories, sort, limit, offset });
  });
  api.get('/stories/:id', (c) => {
    const story = getStory(c);
    // summaries, not full records: parsing each member's ~45 KB record (mostly tokens) was most of this page's time
    const articles = store.getArticleSummaries(story.articleIds).map(toArticleMeta);
    return c.json<StoryResponse>({ story, articles });
  });
  api.get('/stories/:id/claims', (c) => {
    const story = getStory(c);
    return c.json<ClaimsResponse>({ storyId: story.id, claims: story.claims });
  });
  api.get('/stories/:id/conflicts', (c) => {
    const story = getStory(c);
    return c.json<ConflictsResponse>({ storyId: story.id, conflicts: story.conflicts });
  });
  api.get('/stories/:id/entities', (c) => {
    const story = getStory(c);
    return c.json<EntitiesResponse>({ storyId: story.id, entities: story.entities });
  });
  api.get('/articles/:id', (c) => {
    const id = checkId(c.req.param('id'));
    const stored = store.getArticle(id);
    if (!stored) throw notFound('article', id);
    return c.json(toArticleResponse(stored));
  });

  if (options.ingestRateLimit !== false) api.use('/ingest', rateLimited(options.ingestRateLimit ?? DEFAULT_INGEST_RATE_LIMIT, clientIp));
  api.post(
    '/ingest',
    bodyLimit({
      maxSize: maxBody,
      onError: () => {
        throw new ApiError(413, 'PAYLOAD_TOO_LARGE', `body is larger than ${maxBody} bytes`);
      },
    }),
    async (c) => {
      const jsonl = await readIngestBody(c);
      // one writer at a time in this process (createIngester); other processes queue on SQLite's lock
      return c.json<IngestResponse>(await ingest(jsonl));
    },
  );

  app.route('/api', api);
  return app;
}
