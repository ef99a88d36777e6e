import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FetchError, type FetchOptions, FetchSession, fetchDocument, USER_AGENT } from '../src/fetch/index.ts';

/**
 * A hostile web server on 127.0.0.1 (raw TCP where HTTP framing itself must lie), and the fetcher against it.
 * Every case must end within its short deadline with a clear, typed error.
 */

type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

const ROBOTS_404: Route = (_req, res) => {
  res.writeHead(404).end();
};

interface TestServer {
  base: string;
  hits: Map<string, number>;
  requests: http.IncomingMessage[];
  close: () => Promise<void>;
}

async function startServer(routes: Record<string, Route>): Promise<TestServer> {
  const hits = new Map<string, number>();
  const requests: http.IncomingMessage[] = [];
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    requests.push(req);
    (routes[path] ?? (path === '/robots.txt' ? ROBOTS_404 : (_q, r) => r.writeHead(404).end()))(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A raw TCP server: writes the given bytes for every request after /robots.txt, then follows `then`. */
async function startRawServer(response: string | Buffer, then: 'close' | 'hang'): Promise<TestServer> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.once('data', (data) => {
      if (data.toString('latin1').startsWith('GET /robots.txt')) {
        socket.end('HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
        return;
      }
      socket.write(response);
      if (then === 'close') socket.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    hits: new Map(),
    requests: [],
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function options(extra: FetchOptions = {}): FetchOptions {
  return {
    allowPrivate: true,
    session: new FetchSession({ minDelayMs: 0, robotsDeadlineMs: 1000 }),
    deadlineMs: 3000,
    idleTimeoutMs: 1000,
    ...extra,
  };
}

async function fetchError(url: string, opts: FetchOptions): Promise<FetchError> {
  try {
    await fetchDocument(url, opts);
  } catch (err) {
    return err as FetchError;
  }
  throw new Error(`expected ${url} to fail`);
}

/** Writes `chunk` every `everyMs` until the client goes away. */
function drip(res: http.ServerResponse, chunk: string | Buffer, everyMs: number): void {
  const timer = setInterval(() => {
    if (res.destroyed || res.writableEnded) clearInterval(timer);
    else res.write(chunk);
  }, everyMs);
  res.on('close', () => clearInterval(timer));
}

/** Windows-1251: U+0410-U+044F map to 0xC0-0xFF; ASCII to itself. */
function encode1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      throw new Error(`not in the test table: ${c}`);
    }),
  );
}

/**
 * A gzip bomb: `members` concatenated gzip members of 8 MiB of zeros each (RFC 1952 allows members back to back,
 * and zlib inflates them all), about 8 KB apiece, built without the test ever holding the inflated data.
 */
function gzipBomb(members: number): Buffer {
  const member = zlib.gzipSync(Buffer.alloc(8 * 1024 * 1024), { level: 9 });
  return Buffer.concat(Array.from({ length: members }, () => member));
}

describe('fetchDocument against a hostile server', () => {
  let server: TestServer;
  let bomb: Buffer;

  beforeAll(async () => {
    bomb = gzipBomb(64); // 512 MiB of zeros in about 500 KB
    server = await startServer({
      '/page': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"', 'last-modified': 'Tue, 10 Jun 2003 04:00:00 GMT' });
        res.end('<html><body><p>Hello</p></body></html>');
      },
      '/conditional': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
        else res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' }).end('<p>fresh</p>');
      },
      '/drip-slow': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        drip(res, 'x', 1000); // 1 byte per second
      },
      '/drip-steady': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        drip(res, 'x', 50); // never idle, never done
      },
      '/silent': () => {}, // accepts, never answers
      '/endless': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        drip(res, Buffer.alloc(64 * 1024, 0x61), 1);
      },
      '/gzip-bomb': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        res.end(bomb);
      },
      '/gzip-small': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        res.end(zlib.gzipSync('<p>compressed</p>'));
      },
      '/deflate-small': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' });
        res.end(zlib.deflateSync('<p>deflated</p>'));
      },
      '/br-small': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' });
        res.end(zlib.brotliCompressSync('<p>brotli</p>'));
      },
      '/corrupt-gzip': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        res.end(Buffer.from('this is not gzip at all'));
      },
      '/loop': (_req, res) => {
        res.writeHead(302, { location: '/loop' }).end();
      },
      '/hop1': (_req, res) => {
        res.writeHead(301, { location: '/hop2' }).end();
      },
      '/hop2': (_req, res) => {
        res.writeHead(307, { location: '/page' }).end();
      },
      '/png': (_req, res) => {
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
      },
      '/octet-html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end('<!DOCTYPE html><html><body><p>really html</p></body></html>');
      },
      '/octet-png': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
      },
      '/json': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"a":1}');
      },
      '/big-declared': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
        res.write('<p>');
      },
      '/429': (_req, res) => {
        res.writeHead(429, { 'retry-after': '120' }).end();
      },
      '/503': (_req, res) => {
        res.writeHead(503, { 'retry-after': new Date(Date.now() + 60_000).toUTCString() }).end();
      },
      '/404': (_req, res) => {
        res.writeHead(404).end();
      },
      '/cp1251': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(encode1251('<html><head><meta charset="windows-1251"><title>Новости</title></head><body>Привет мир</body></html>'));
      },
      '/feed-xml-1251': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(encode1251('<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>Лента</title></channel></rss>'));
      },
    });
  });

  afterAll(async () => {
    await server.close();
  });

  it('fetches a page with an honest User-Agent, validators and the decoded text', async () => {
    const result = await fetchDocument(`${server.base}/page`, options({ expect: 'html' }));
    expect(result.status).toBe(200);
    expect(result.text).toContain('<p>Hello</p>');
    expect(result.etag).toBe('"v1"');
    expect(result.lastModified).toBe('Tue, 10 Jun 2003 04:00:00 GMT');
    expect(result.notModified).toBe(false);
    const req = server.requests.find((r) => r.url === '/page')!;
    expect(req.headers['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^Corroborate\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/corroborate\/corroborate\)$/);
  });

  it('sends conditional headers and reports 304 as notModified', async () => {
    const result = await fetchDocument(`${server.base}/conditional`, options({ cache: { etag: '"v1"', lastModified: 'x' } }));
    expect(result.notModified).toBe(true);
    expect(result.status).toBe(304);
    expect(result.text).toBe('');
    const fresh = await fetchDocument(`${server.base}/conditional`, options({ cache: { etag: '"old"' } }));
    expect(fresh.notModified).toBe(false);
    expect(fresh.text).toBe('<p>fresh</p>');
  });

  it('stops a 1-byte-per-second drip at the idle timeout', async () => {
    const started = Date.now();
    const err = await fetchError(`${server.base}/drip-slow`, options({ idleTimeoutMs: 300 }));
    expect(err.code).toBe('TIMEOUT');
    expect(err.message).toContain(`${server.base}/drip-slow`);
    expect(err.message).toContain('no data for 300 ms');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('stops a steady drip at the total deadline', async () => {
    const started = Date.now();
    const err = await fetchError(`${server.base}/drip-steady`, options({ deadlineMs: 600, idleTimeoutMs: 500 }));
    expect(err.code).toBe('TIMEOUT');
    expect(err.message).toContain('deadline of 600 ms exceeded');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('stops a server that never answers at the idle timeout', async () => {
    const err = await fetchError(`${server.base}/silent`, options({ idleTimeoutMs: 300 }));
    expect(err.code).toBe('TIMEOUT');
  });

  it('stops an endless body at the size cap', async () => {
    const err = await fetchError(`${server.base}/endless`, options({ maxBytes: 1024 * 1024 }));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toContain('exceeds the limit of 1048576 bytes');
  });

  it('stops a gzip bomb early, with memory bounded', async () => {
    const before = process.memoryUsage().rss;
    const started = Date.now();
    const err = await fetchError(`${server.base}/gzip-bomb`, options({ maxBytes: 4 * 1024 * 1024 }));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toContain('decompressed body exceeds');
    expect(Date.now() - started).toBeLessThan(2000);
    // 512 MiB would be inflated without the streaming counter; allow the cap plus generous slack.
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it.each([
    ['/gzip-small', '<p>compressed</p>'],
    ['/deflate-small', '<p>deflated</p>'],
    ['/br-small', '<p>brotli</p>'],
  ])('decompresses %s', async (path, text) => {
    const result = await fetchDocument(`${server.base}${path}`, options());
    expect(result.text).toBe(text);
  });

  it('reports a corrupt compressed body', async () => {
    const err = await fetchError(`${server.base}/corrupt-gzip`, options());
    expect(err.code).toBe('NETWORK_ERROR');
    expect(err.message).toContain('could not decompress');
  });

  it('stops a redirect loop after 5 redirects', async () => {
    server.hits.delete('/loop');
    const err = await fetchError(`${server.base}/loop`, options());
    expect(err.code).toBe('TOO_MANY_REDIRECTS');
    expect(err.message).toContain('more than 5 redirects');
    expect(server.hits.get('/loop')).toBe(6);
  });

  it('follows a short redirect chain and reports it', async () => {
    const result = await fetchDocument(`${server.base}/hop1`, options());
    expect(result.url).toBe(`${server.base}/page`);
    expect(result.redirects).toEqual([`${server.base}/hop1`, `${server.base}/hop2`]);
  });

  it('refuses an image where a page was expected, before reading it', async () => {
    const err = await fetchError(`${server.base}/png`, options({ expect: 'html' }));
    expect(err.code).toBe('BAD_CONTENT_TYPE');
    expect(err.message).toBe(`${server.base}/png: expected an HTML page but the server sent image/png`);
  });

  it('refuses JSON where a page was expected', async () => {
    const err = await fetchError(`${server.base}/json`, options({ expect: 'html' }));
    expect(err.code).toBe('BAD_CONTENT_TYPE');
  });

  it('sniffs HTML served as application/octet-stream, and refuses binary served so', async () => {
    const page = await fetchDocument(`${server.base}/octet-html`, options({ expect: 'html' }));
    expect(page.text).toContain('really html');
    const err = await fetchError(`${server.base}/octet-png`, options({ expect: 'html' }));
    expect(err.code).toBe('BINARY_INPUT');
    expect(err.message).toContain('PNG image');
  });

  it('refuses a declared Content-Length over the cap without reading', async () => {
    const err = await fetchError(`${server.base}/big-declared`, options({ maxBytes: 1024 * 1024 }));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toContain('Content-Length 52428800');
  });

  it('reports a body shorter than its Content-Length', async () => {
    const raw = await startRawServer(
      'HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: 1000\r\nconnection: close\r\n\r\n<p>only this',
      'close',
    );
    try {
      const err = await fetchError(`${raw.base}/`, options());
      expect(err.code).toBe('NETWORK_ERROR');
      expect(err.message).toContain('Content-Length said 1000 bytes, got 12');
    } finally {
      await raw.close();
    }
  });

  it('refuses a response longer than its Content-Length', async () => {
    const raw = await startRawServer(
      'HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: 5\r\nconnection: close\r\n\r\n<p>hi and much more than five bytes',
      'hang',
    );
    try {
      const err = await fetchError(`${raw.base}/`, options());
      expect(err.code).toBe('NETWORK_ERROR');
      expect(err.message).toContain('malformed HTTP response');
    } finally {
      await raw.close();
    }
  });

  it('reports 429 with Retry-After in ms', async () => {
    const err = await fetchError(`${server.base}/429`, options());
    expect(err.code).toBe('RATE_LIMITED');
    expect(err.status).toBe(429);
    expect(err.retryAfterMs).toBe(120_000);
    expect(err.message).toContain('retry after 120 s');
  });

  it('reports 503 with an HTTP-date Retry-After', async () => {
    const err = await fetchError(`${server.base}/503`, options());
    expect(err.code).toBe('RATE_LIMITED');
    expect(err.status).toBe(503);
    expect(err.retryAfterMs).toBeGreaterThan(55_000);
    expect(err.retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it('reports other statuses as HTTP_ERROR with the status', async () => {
    const err = await fetchError(`${server.base}/404`, options());
    expect(err.code).toBe('HTTP_ERROR');
    expect(err.status).toBe(404);
    expect(err.message).toBe(`${server.base}/404: HTTP 404`);
  });

  it('decodes a Windows-1251 page declared only in <meta charset>', async () => {
    const result = await fetchDocument(`${server.base}/cp1251`, options({ expect: 'html' }));
    expect(result.text).toContain('<title>Новости</title>');
    expect(result.text).toContain('Привет мир');
  });

  it('decodes a feed by its XML declaration', async () => {
    const result = await fetchDocument(`${server.base}/feed-xml-1251`, options({ expect: 'feed' }));
    expect(result.text).toContain('<title>Лента</title>');
  });

  it('refuses non-http schemes and malformed URLs', async () => {
    expect((await fetchError('file:///etc/passwd', options())).code).toBe('BAD_URL');
    expect((await fetchError('gopher://example.com/', options())).code).toBe('BAD_URL');
    expect((await fetchError('http://', options())).code).toBe('BAD_URL');
  });

  it('honours a caller abort', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const err = await fetchError(`${server.base}/drip-steady`, options({ signal: controller.signal }));
    expect(err.code).toBe('TIMEOUT');
    expect(err.message).toContain('aborted by the caller');
  });
});

describe('politeness', () => {
  let server: TestServer;
  let active = 0;
  let peak = 0;
  const starts: number[] = [];

  beforeAll(async () => {
    server = await startServer({
      '/robots.txt': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private\n\nUser-agent: corroborate\nDisallow: /not-for-us\nAllow: /\n');
      },
      '/slow': (_req, res) => {
        active++;
        peak = Math.max(peak, active);
        starts.push(Date.now());
        setTimeout(() => {
          active--;
          res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
        }, 80);
      },
      '/private': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' }).end('<p>private</p>');
      },
      '/not-for-us': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' }).end('<p>no</p>');
      },
    });
  });

  afterAll(async () => {
    await server.close();
  });

  it('never opens more than 2 concurrent requests to one host', async () => {
    const session = new FetchSession({ minDelayMs: 0 });
    const results = await Promise.all(
      Array.from({ length: 8 }, () => fetchDocument(`${server.base}/slow`, { allowPrivate: true, session, deadlineMs: 5000 })),
    );
    expect(results.every((r) => r.text === '<p>ok</p>')).toBe(true);
    expect(peak).toBeLessThanOrEqual(2);
    expect(peak).toBe(2);
  });

  it('spaces request starts by the minimum delay', async () => {
    starts.length = 0;
    const session = new FetchSession({ minDelayMs: 50 });
    await Promise.all(
      Array.from({ length: 4 }, () => fetchDocument(`${server.base}/slow`, { allowPrivate: true, session, deadlineMs: 5000 })),
    );
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    expect(gaps.every((gap) => gap >= 40)).toBe(true);
  });

  it('fetches robots.txt once per origin and obeys our own group', async () => {
    server.hits.delete('/robots.txt');
    const session = new FetchSession({ minDelayMs: 0 });
    const opts = { allowPrivate: true, session, deadlineMs: 3000 };
    const err = await fetchError(`${server.base}/not-for-us`, opts);
    expect(err.code).toBe('ROBOTS_DISALLOWED');
    expect(err.message).toContain('robots.txt disallows this path for corroborate');
    // Our group allows /private although the * group does not.
    expect((await fetchDocument(`${server.base}/private`, opts)).text).toBe('<p>private</p>');
    await fetchDocument(`${server.base}/slow`, opts);
    expect(server.hits.get('/robots.txt')).toBe(1);
    expect(server.hits.get('/not-for-us')).toBeUndefined();
  });

  it('treats a robots.txt 5xx as disallow-all and a 4xx as allow-all', async () => {
    const failing = await startServer({
      '/robots.txt': (_req, res) => {
        res.writeHead(500).end();
      },
      '/page': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' }).end('<p>x</p>');
      },
    });
    const missing = await startServer({
      '/page': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' }).end('<p>x</p>');
      },
    });
    try {
      const session = new FetchSession({ minDelayMs: 0 });
      const err = await fetchError(`${failing.base}/page`, { allowPrivate: true, session });
      expect(err.code).toBe('ROBOTS_DISALLOWED');
      expect(failing.hits.get('/page')).toBeUndefined();
      expect((await fetchDocument(`${missing.base}/page`, { allowPrivate: true, session })).text).toBe('<p>x</p>');
    } finally {
      await failing.close();
      await missing.close();
    }
  });

  it('can be told to ignore robots.txt', async () => {
    const session = new FetchSession({ minDelayMs: 0 });
    const page = await fetchDocument(`${server.base}/not-for-us`, { allowPrivate: true, session, respectRobots: false });
    expect(page.text).toBe('<p>no</p>');
  });
});
