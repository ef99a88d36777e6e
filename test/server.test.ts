/**
 * The HTTP API without a browser: every error path with its status and stable code, the security headers, CORS,
 * the OpenAPI document, concurrent ingests, and the real server on 127.0.0.1.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, IngestResponse, StoryListResponse, StoryResponse } from '../src/api-types.ts';
import { createApp } from '../src/server/app.ts';
import { SECURITY_HEADERS } from '../src/server/security.ts';
import { checkExposure, startServer } from '../src/server/serve.ts';
import { openSqliteStore, type Store } from '../src/store/index.ts';

const ARTICLE_A = 'Harbour crane collapses in Port Ellison\n\nA harbour crane collapsed in Port Ellison on Friday, injuring two workers, the port authority said. The authority closed the north quay while engineers inspected the other cranes.';
const ARTICLE_B = 'Port Ellison crane falls on quay\n\nA crane fell onto the north quay of Port Ellison on Friday and two workers were hurt, according to the port authority. Engineers were inspecting the remaining cranes on Saturday.';

const json = (body: unknown) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const errorOf = async (res: Response) => ((await res.json()) as ApiError).error;

describe('HTTP API', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let storyId: string;

  beforeAll(async () => {
    store = openSqliteStore(':memory:');
    app = createApp({ store, rateLimit: false, ingestRateLimit: false });
  });
  afterAll(() => store.close());

  it('ingests two articles at once: both succeed, one writer at a time, nothing lost', async () => {
    const [a, b] = await Promise.all([
      app.request('/api/ingest', json({ text: ARTICLE_A, outlet: 'Harbour Post', published: '2026-03-13' })),
      app.request('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: `${JSON.stringify({ text: ARTICLE_B, outlet: 'Quay Times' })}\n` }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const ra = (await a.json()) as IngestResponse;
    const rb = (await b.json()) as IngestResponse;
    expect(ra.added + rb.added).toBe(2);
    expect(store.countArticles()).toBe(2);
    expect(ra.articles[0]?.storyId).toBeTruthy();
    storyId = ra.articles[0]!.storyId!;
    // the same text again is skipped, not stored twice
    const again = (await (await app.request('/api/ingest', json({ text: ARTICLE_A }))).json()) as IngestResponse;
    expect([again.added, again.skipped]).toEqual([0, 1]);
  });

  it('reports a broken JSON Lines record as rejected and stores the rest (a result, not a failure)', async () => {
    const good = JSON.stringify({ text: 'Ferry service resumes in Port Ellison\n\nThe ferry to Port Ellison resumed on Sunday after the strike ended, the operator said.' });
    const res = await app.request('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: `${good}\n{"text": broken\n` });
    expect(res.status).toBe(200);
    const body = (await res.json()) as IngestResponse;
    expect(body.added).toBe(1);
    expect(body.rejected).toHaveLength(1);
    expect(body.rejected[0]).toMatchObject({ code: 'BAD_JSON' });
    expect(body.rejected[0]!.source).toMatch(/^upload \d{4}-\d\d-\d\dT.*:2$/);
    expect(store.getArticle(body.articles[0]!.id)?.article.source).toMatch(/^upload .*:1$/);
  });

  it('lists, searches and serves stories, articles, claims, conflicts and entities', async () => {
    const list = (await (await app.request('/api/stories?sort=most-covered&limit=10')).json()) as StoryListResponse;
    expect(list.stories.map((s) => s.id)).toContain(storyId);
    const found = (await (await app.request('/api/stories?q=crane')).json()) as StoryListResponse;
    expect(found.stories.length).toBeGreaterThan(0);
    const none = (await (await app.request('/api/stories?q=zeppelin')).json()) as StoryListResponse;
    expect(none.stories).toEqual([]);
    const story = (await (await app.request(`/api/stories/${storyId}`)).json()) as StoryResponse;
    expect(story.story.id).toBe(storyId);
    expect(story.articles[0]?.sentences.length).toBeGreaterThan(0);
    for (const part of ['claims', 'conflicts', 'entities']) {
      const res = await app.request(`/api/stories/${storyId}/${part}`);
      expect(res.status).toBe(200);
      expect(Array.isArray(((await res.json()) as Record<string, unknown>)[part])).toBe(true);
    }
    const article = await app.request(`/api/articles/${story.articles[0]!.id}`);
    expect(article.status).toBe(200);
    const body = (await article.json()) as Record<string, unknown>;
    for (const key of ['text', 'sentences', 'entities', 'times', 'quotes', 'cites', 'loaded', 'removed']) expect(body).toHaveProperty(key);
    expect(body).not.toHaveProperty('tokens');
  });

  it.each([
    ['/api/stories/no-such-story', 404, 'NOT_FOUND'],
    ['/api/stories/no-such-story/claims', 404, 'NOT_FOUND'],
    ['/api/articles/no-such-article', 404, 'NOT_FOUND'],
    ['/api/no-such-route', 404, 'NOT_FOUND'],
    ['/api/stories?sort=loudest', 400, 'BAD_REQUEST'],
    ['/api/stories?limit=0', 400, 'BAD_REQUEST'],
    ['/api/stories?limit=ten', 400, 'BAD_REQUEST'],
    ['/api/stories?color=red', 400, 'BAD_REQUEST'],
    [`/api/articles/${'x'.repeat(600)}`, 400, 'BAD_REQUEST'],
  ])('GET %s -> %i %s', async (url, status, code) => {
    const res = await app.request(url);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await errorOf(res)).code).toBe(code);
  });

  it.each([
    ['malformed JSON', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text": ' }, 400, 'BAD_JSON'],
    ['no body field', json({ title: 'only a title' }), 400, 'BAD_REQUEST'],
    ['two body fields', json({ text: 'a', html: '<p>a</p>' }), 400, 'BAD_REQUEST'],
    ['unknown field', json({ text: 'a', evil: true }), 400, 'BAD_REQUEST'],
    ['wrong type', json({ text: 42 }), 400, 'BAD_REQUEST'],
    ['not an object', json(['text']), 400, 'BAD_REQUEST'],
    ['an empty JSON Lines body', { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: '\n \n' }, 400, 'BAD_REQUEST'],
    ['form content type', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'text=a' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['cross-site write', { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }, body: '{"text":"a"}' }, 403, 'FORBIDDEN'],
  ])('POST /api/ingest with %s -> %i %s', async (_name, init, status, code) => {
    const res = await app.request('/api/ingest', init);
    expect(res.status).toBe(status);
    expect((await errorOf(res)).code).toBe(code);
  });

  it('answers 413 to a body over the limit (declared or streamed)', async () => {
    const small = createApp({ store, bodyLimit: 1000 });
    const res = await small.request('/api/ingest', json({ text: 'x'.repeat(2000) }));
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('PAYLOAD_TOO_LARGE');
    // the default is 5 MiB
    const big = await app.request('/api/ingest', json({ text: 'y'.repeat(5 * 1024 * 1024 + 10) }));
    expect(big.status).toBe(413);
  });

  it('rate-limits per client with 429 and Retry-After; ingest has its own stricter bucket', async () => {
    const limited = createApp({ store, rateLimit: { capacity: 3, perMinute: 3 }, ingestRateLimit: { capacity: 1, perMinute: 1 }, clientIp: (c) => c.req.header('x-test-client') ?? 'a' });
    const statuses = [];
    for (let k = 0; k < 4; k++) statuses.push((await limited.request('/api/health')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const res = await limited.request('/api/health');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await errorOf(res)).code).toBe('RATE_LIMITED');
    // another client has its own bucket
    expect((await limited.request('/api/health', { headers: { 'x-test-client': 'b' } })).status).toBe(200);
    const c = { headers: { 'x-test-client': 'c', 'Content-Type': 'application/json' }, method: 'POST' };
    expect((await limited.request('/api/ingest', { ...c, body: '{"title":"t"}' })).status).toBe(400);
    expect((await limited.request('/api/ingest', { ...c, body: '{"title":"t"}' })).status).toBe(429);
  });

  it('requires the bearer token when one is configured (as off loopback)', async () => {
    const guarded = createApp({ store, token: 's3cret-token' });
    const none = await guarded.request('http://203.0.113.5/api/stories');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await errorOf(none)).code).toBe('UNAUTHORIZED');
    expect((await guarded.request('http://203.0.113.5/api/stories', { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await guarded.request('http://203.0.113.5/api/stories', { headers: { Authorization: 'Bearer s3cret-token' } })).status).toBe(200);
  });

  it('refuses other host names without a token (DNS rebinding) and non-loopback binds without a token', async () => {
    const res = await app.request('http://rebind.example/api/stories');
    expect(res.status).toBe(403);
    expect(() => checkExposure('0.0.0.0', undefined)).toThrow(/token/);
    expect(() => checkExposure('192.168.1.4', 't')).not.toThrow();
    expect(() => checkExposure('127.0.0.1', undefined)).not.toThrow();
    await expect(startServer({ store, host: '0.0.0.0', port: 0 })).rejects.toThrow(/refusing to listen on 0\.0\.0\.0 without a token/);
  });

  it('sends no CORS headers by default, and only for listed origins when configured', async () => {
    const res = await app.request('/api/stories', { headers: { Origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await app.request('/api/ingest', { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    const open = createApp({ store, cors: { origins: ['https://ok.example'] } });
    expect((await open.request('/api/stories', { headers: { Origin: 'https://ok.example' } })).headers.get('access-control-allow-origin')).toBe('https://ok.example');
    expect((await open.request('/api/stories', { headers: { Origin: 'https://evil.example' } })).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('puts the security headers on every response, errors included', async () => {
    for (const url of ['/api/health', '/api/stories/nope', '/api/stories?limit=x', '/api/nothing']) {
      const res = await app.request(url);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name), `${name} on ${url}`).toBe(value);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("script-src 'self'");
  });

  it('serves an OpenAPI 3.1 document naming every route', async () => {
    const res = await app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = JSON.parse(await res.text()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    const routes = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    expect(routes.sort()).toEqual(
      [
        'GET /api/articles/{id}',
        'GET /api/health',
        'GET /api/openapi.json',
        'GET /api/stories',
        'GET /api/stories/{id}',
        'GET /api/stories/{id}/claims',
        'GET /api/stories/{id}/conflicts',
        'GET /api/stories/{id}/entities',
        'POST /api/ingest',
      ].sort(),
    );
  });
});

describe('real server on 127.0.0.1', () => {
  it('serves the API and the UI with the same headers, over a socket', async () => {
    const store = openSqliteStore(':memory:');
    const server = await startServer({ store, host: '127.0.0.1', port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ ok: true, articles: 0 });
      const home = await fetch(`${server.url}/`);
      expect([200, 503]).toContain(home.status);
      expect(home.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['Content-Security-Policy']);
      expect(home.headers.get('x-content-type-options')).toBe('nosniff');
      expect(home.headers.get('access-control-allow-origin')).toBeNull();
      expect((await fetch(`${server.url}/../../etc/passwd`)).status).toBe(404);
    } finally {
      await server.close();
      store.close();
    }
  });

  it('the CLI refuses a non-loopback host without a token, with a clear message', () => {
    const bin = path.resolve(import.meta.dirname, '..', 'bin', 'corroborate.js');
    const run = spawnSync(process.execPath, [bin, 'serve', '--host', '0.0.0.0', '--db', ':memory:'], { encoding: 'utf8', env: { ...process.env, CORROBORATE_TOKEN: '' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/refusing to listen on 0\.0\.0\.0 without a token/);
  });
});
