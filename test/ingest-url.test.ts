import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/store/index.ts';
import { BIN } from './store-checks.ts';

/**
 * `corroborate ingest URL...` end to end: the real CLI as a child process against a server on 127.0.0.1 (no network).
 * Loopback is a private address, so every successful fetch needs --allow-private or CORROBORATE_ALLOW_PRIVATE=1.
 */

const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-ingest-url-'));
let server: http.Server;
let base = '';
const hits = new Map<string, number>();

/** A page long enough to extract, about `topic`; distinct topics give distinct texts (no content-hash dedupe). */
function articleHtml(title: string, topic: string): string {
  const para = (n: number) =>
    `<p>${topic} was reported on Tuesday, officials said in statement number ${n}. The council of ${topic} met to discuss the damage, and Mayor Anna Berg said repairs would cost ${n + 3} million euros. Residents of ${topic} told reporters the water rose within an hour.</p>`;
  return `<!doctype html><html><head><title>${title}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${[1, 2, 3, 4].map(para).join('')}</article></body></html>`;
}

function rss(items: Array<{ id: string; title: string }>): string {
  const entries = items.map((i) => `<item><title>${i.title}</title><link>${base}/${i.id}</link><guid>${base}/${i.id}</guid></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Local news</title><link>${base}/</link>${entries.join('')}</channel></rss>`;
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    hits.set(url, (hits.get(url) ?? 0) + 1);
    if (url === '/robots.txt') res.writeHead(404).end();
    else if (url === '/go') res.writeHead(301, { location: '/flood' }).end();
    else if (url === '/flood') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articleHtml('Flood hits the river district', 'Riverton'));
    else if (url === '/plain') res.writeHead(200, { 'content-type': 'text/plain' }).end('Bridge closed after storm\n\nThe old bridge in Millbrook was closed on Monday after a storm damaged its supports, the county said. Engineers will inspect it this week.\n');
    else if (url === '/feed.xml') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([{ id: 'one', title: 'Fire in Oakdale' }, { id: 'two', title: 'Storm in Pinefield' }]));
    else if (url === '/one') res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml('Fire in Oakdale', 'Oakdale'));
    else if (url === '/two') res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml('Storm in Pinefield', 'Pinefield'));
    else res.writeHead(404).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI with a clean CORROBORATE_ALLOW_PRIVATE unless `env` sets it. */
function cli(args: string[], env: Record<string, string> = {}) {
  const { CORROBORATE_ALLOW_PRIVATE: _, ...rest } = process.env;
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...rest, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

function storedArticles(db: string) {
  const store = openSqliteStore(db, { readonly: true });
  try {
    return store.listArticles().map((s) => s.article);
  } finally {
    store.close();
  }
}

describe('corroborate ingest URL', () => {
  it('stores a fetched page beside a file, reports a failing URL and goes on; stories shows it', async () => {
    const db = path.join(dir, 'mixed.db');
    const file = path.join(dir, 'note.txt');
    writeFileSync(file, 'Library reopens in Eastham\n\nThe Eastham library reopened on Friday after a two-year renovation, the town said. It now has a larger reading room.\n');
    const ingest = await cli(['ingest', `${base}/go`, `${base}/missing`, file, '--db', db, '--allow-private']);
    expect(ingest.stderr).toContain(`${base}/missing: HTTP 404 [HTTP_ERROR]`);
    expect(ingest.stdout).toMatch(/^added 2, skipped 0, rejected 1, stories updated [12]\n$/);
    expect(ingest.code).toBe(0);

    const flood = storedArticles(db).find((a) => a.source === `${base}/go`);
    expect(flood).toMatchObject({ title: 'Flood hits the river district', url: `${base}/flood` });
    const stories = await cli(['stories', '--db', db]);
    expect(stories.code).toBe(0);
    expect(stories.stdout).toContain('Flood hits the river district');
    // Again: the same page is recognised (same text), not stored twice.
    expect((await cli(['ingest', `${base}/flood`, '--db', db, '--allow-private'])).stdout).toMatch(/^added 0, skipped 1/);
  });

  it('refuses a private address without --allow-private, before any request, and exits 1', async () => {
    const before = hits.get('/flood') ?? 0;
    const refused = await cli(['ingest', `${base}/flood`, '--db', path.join(dir, 'refused.db')]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('added 0, skipped 0, rejected 1, stories updated 0\n');
    expect(refused.stderr).toContain(`${base}/flood: refusing 127.0.0.1: loopback address (intranet: --allow-private or CORROBORATE_ALLOW_PRIVATE=1) [BLOCKED_ADDRESS]`);
    expect(hits.get('/flood') ?? 0).toBe(before);
  });

  it('takes CORROBORATE_ALLOW_PRIVATE=1 as the setting, and reads plain-text pages as text', async () => {
    const db = path.join(dir, 'env.db');
    const run = await cli(['ingest', `${base}/plain`, '--db', db], { CORROBORATE_ALLOW_PRIVATE: '1' });
    expect(run.stdout).toBe('added 1, skipped 0, rejected 0, stories updated 1\n');
    expect(storedArticles(db)[0]).toMatchObject({ source: `${base}/plain`, title: 'Bridge closed after storm', url: `${base}/plain` });
  });

  it('reads a feed URL as its items, each page fetched once', async () => {
    const db = path.join(dir, 'feed.db');
    const run = await cli(['ingest', `${base}/feed.xml`, '--db', db, '--allow-private']);
    expect(run.stdout).toMatch(/^added 2, skipped 0, rejected 0, stories updated [12]\n$/);
    expect(storedArticles(db).map((a) => [a.source, a.title])).toEqual([
      [`${base}/one`, 'Fire in Oakdale'],
      [`${base}/two`, 'Storm in Pinefield'],
    ]);
    expect([hits.get('/one'), hits.get('/two')]).toEqual([1, 1]);
  });
});
