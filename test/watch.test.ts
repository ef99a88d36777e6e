import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FetchSession } from '../src/fetch/index.ts';
import { openSqliteStore } from '../src/store/index.ts';
import { type FeedReport, watchFeeds } from '../src/watch/index.ts';
import { BIN, checkIntegrity, checkStories } from './store-checks.ts';

/**
 * `corroborate watch` end to end: the real CLI against a feed server on 127.0.0.1 whose items change between polls.
 * The server counts requests per path, so "fetched once" is checked where it happens, and answers conditional
 * requests with 304 when the feed is unchanged.
 */

const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-watch-'));
let server: http.Server;
let base = '';
let hits = new Map<string, number>();
let notModified = 0;
let feedRequests = 0;
/** The feed's items per version; the feed moves to the next version on each request, staying on the last. */
let versions: string[][] = [];
/** Called when a page is requested, before it is answered (the SIGINT test's hook). */
let onPage: (page: string, res: http.ServerResponse) => boolean = () => false;

const TOWNS: Record<string, string> = { a: 'Ashford', b: 'Brookvale', c: 'Carrow', d: 'Dunmore', p: 'Pellham', q: 'Quarry Bay', r: 'Redwater' };

function articleHtml(id: string): string {
  const town = TOWNS[id]!;
  const para = (n: number) =>
    `<p>In ${town}, officials said on Tuesday that report ${n} on the ${town} fire was complete. The ${town} council met, and Chief ${town} Smith said repairs would cost ${n + 2} million euros. Residents of ${town} said the smoke spread within an hour.</p>`;
  return `<html><head><title>Fire in ${town}</title></head><body><article><h1>Fire in ${town}</h1>${[1, 2, 3, 4].map(para).join('')}</article></body></html>`;
}

/** Item `d` carries the whole article in content:encoded (> 1,500 characters), so its page is never fetched. */
function rssItem(id: string): string {
  const content = id === 'd' ? `<content:encoded><![CDATA[${articleHtml('d').replace(/^.*<article>|<\/article>.*$/g, '').repeat(2)}]]></content:encoded>` : '';
  return `<item><title>Fire in ${TOWNS[id]}</title><link>${base}/${id}</link><guid>${base}/${id}</guid><description>A short teaser.</description>${content}</item>`;
}

function feedXml(items: string[]): string {
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test feed</title><link>${base}/</link>${items.map(rssItem).join('')}</channel></rss>`;
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    hits.set(url, (hits.get(url) ?? 0) + 1);
    if (url === '/robots.txt') return void res.writeHead(404).end();
    if (url === '/busy.xml') return void res.writeHead(429, { 'retry-after': '120' }).end();
    if (url === '/feed.xml') {
      const version = Math.min(feedRequests++, versions.length - 1);
      const etag = `"v${version}"`;
      if (req.headers['if-none-match'] === etag) {
        notModified++;
        return void res.writeHead(304, { etag }).end();
      }
      return void res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(feedXml(versions[version]!));
    }
    const page = url.slice(1);
    if (!TOWNS[page]) return void res.writeHead(404).end();
    if (!onPage(page, res)) res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml(page));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

beforeEach(() => {
  hits = new Map();
  notModified = 0;
  feedRequests = 0;
  onPage = () => false;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** `corroborate watch ARGS...` as a child process, with a clean CORROBORATE_ALLOW_PRIVATE unless `env` sets it. */
function watchCli(args: string[], env: Record<string, string> = {}) {
  const { CORROBORATE_ALLOW_PRIVATE: _, ...rest } = process.env;
  const child: ChildProcess = spawn(process.execPath, [BIN, 'watch', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...rest, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

/** Watches the test feed with --allow-private (the server is on loopback). */
const watch = (args: string[], env: Record<string, string> = {}) => watchCli([`${base}/feed.xml`, '--allow-private', ...args], env);

function storedUrls(db: string): string[] {
  const store = openSqliteStore(db, { readonly: true });
  try {
    return store
      .listArticles()
      .map((s) => s.article.url ?? '')
      .sort();
  } finally {
    store.close();
  }
}

const pageHits = (ids: string[]) => ids.map((id) => hits.get(`/${id}`) ?? 0);

describe('corroborate watch', () => {
  it('ingests each new item exactly once across changing polls, keeps removed ones, and gets a 304 when unchanged', async () => {
    versions = [['b', 'a'], ['c', 'b', 'a'], ['d', 'c', 'b']];
    const db = path.join(dir, 'watch.db');
    const run = await watch(['--db', db, '--interval', '1'], { CORROBORATE_WATCH_MAX_POLLS: '4' }).done;
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('polls 4, added 4, skipped 0, errors 0\n');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([
      `corroborate: feed ${base}/feed.xml: 2 new items, 2 added`,
      `corroborate: feed ${base}/feed.xml: 1 new item, 1 added`,
      `corroborate: feed ${base}/feed.xml: 1 new item, 1 added`,
      `corroborate: feed ${base}/feed.xml: not modified`,
    ]);
    expect(pageHits(['a', 'b', 'c', 'd'])).toEqual([1, 1, 1, 0]);
    expect(notModified).toBe(1);
    // `a` left the feed at poll 3 and is still stored.
    expect(storedUrls(db)).toEqual(['a', 'b', 'c', 'd'].map((id) => `${base}/${id}`));
    checkIntegrity(db);
    expect(checkStories(db)).toBe(4);

    // A restart with --once: the feed is unchanged (304), nothing is fetched again.
    const again = await watch(['--db', db, '--once']).done;
    expect(again.code).toBe(0);
    expect(again.stderr).toBe(`corroborate: feed ${base}/feed.xml: not modified\n`);
    expect(pageHits(['a', 'b', 'c', 'd'])).toEqual([1, 1, 1, 0]);
  });

  it('stops cleanly on SIGINT mid-item (exit 0, stored items kept) and a second run resumes without refetching', async () => {
    versions = [['r', 'q', 'p']];
    const db = path.join(dir, 'sigint.db');
    const { child, done } = watch(['--db', db, '--interval', '1']);
    // The first request for q hangs; SIGINT arrives while it is in flight, after p is stored.
    onPage = (page, res) => {
      if (page !== 'q' || hits.get('/q') !== 1) return false;
      child.kill('SIGINT');
      setTimeout(() => res.destroyed || res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml('q')), 10_000).unref();
      return true;
    };
    const stopped = await done;
    expect(stopped.code).toBe(0);
    expect(stopped.stdout).toBe('polls 1, added 1, skipped 0, errors 0, stopped\n');
    expect(stopped.stderr).toContain('SIGINT: stopping after the current item');
    expect(stopped.stderr).toContain(`feed ${base}/feed.xml: 3 new items, 1 added, interrupted`);
    expect(storedUrls(db)).toEqual([`${base}/p`]);
    checkIntegrity(db);

    onPage = () => false;
    const resumed = await watch(['--db', db, '--once']).done;
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toBe(`corroborate: feed ${base}/feed.xml: 2 new items, 2 added\n`);
    expect(pageHits(['p', 'q', 'r'])).toEqual([1, 2, 1]);
    expect(storedUrls(db)).toEqual(['p', 'q', 'r'].map((id) => `${base}/${id}`));
    expect(checkStories(db)).toBe(3);
  });

  it('refuses a bad interval or a non-URL feed (exit 2); --once exits 1 when no feed could be read, naming the reason', async () => {
    expect((await watch(['--interval', '0.5', '--once']).done).code).toBe(2);
    expect((await watchCli(['feed.xml', '--once']).done).code).toBe(2);
    const db = path.join(dir, 'failing.db');
    const gone = await watchCli([`${base}/gone.xml`, '--allow-private', '--once', '--db', db]).done;
    expect(gone.code).toBe(1);
    expect(gone.stderr).toBe(`corroborate: feed ${base}/gone.xml: HTTP 404\n`);
    const refused = await watchCli([`${base}/feed.xml`, '--once', '--db', db]).done;
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`feed ${base}/feed.xml: refusing 127.0.0.1: loopback address (intranet: --allow-private`);
    expect(hits.get('/feed.xml')).toBeUndefined();
  });

  it('waits out a Retry-After, and gives up an item that keeps failing after 3 attempts (then the feed gets its 304)', async () => {
    const store = openSqliteStore(':memory:');
    const reports: FeedReport[] = [];
    const fetch = { allowPrivate: true, session: new FetchSession({ minDelayMs: 0 }) };
    const onReport = (r: FeedReport) => reports.push(r);
    try {
      await watchFeeds(store, [`${base}/busy.xml`], { intervalMs: 1000, maxPolls: 2, fetch, onReport });
      expect(reports.map((r) => [r.status, r.retryAfterMs])).toEqual([
        ['rate-limited', 120_000],
        ['waiting', expect.any(Number)],
      ]);
      expect(hits.get('/busy.xml')).toBe(1);

      versions = [['zz', 'a']];
      reports.length = 0;
      const summary = await watchFeeds(store, [`${base}/feed.xml`], { intervalMs: 1000, maxPolls: 4, fetch, onReport });
      expect(reports.map((r) => [r.status, r.added, r.errors.map((e) => e.reason)])).toEqual([
        ['ok', 1, ['HTTP 404']],
        ['ok', 0, ['HTTP 404']],
        ['ok', 0, ['HTTP 404 (given up after 3 attempts)']],
        ['not-modified', 0, []],
      ]);
      expect(summary).toMatchObject({ polls: 4, added: 1, errors: 3, interrupted: false });
      expect([hits.get('/zz'), hits.get('/a'), notModified]).toEqual([3, 1, 1]);
    } finally {
      store.close();
    }
  });
});
