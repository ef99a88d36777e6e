import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AddressPolicy,
  classifyAddress,
  type FetchError,
  type FetchOptions,
  FetchSession,
  fetchDocument,
  type Resolver,
} from '../src/fetch/index.ts';

/**
 * SSRF: every spelling of a private, loopback, link-local or metadata target is refused before any connection
 * (the local server must see no request), names are checked by address at connect time, and redirect hops are
 * re-checked. No network: the only server is on 127.0.0.1, and names resolve through an injected resolver.
 */

let server: http.Server;
let port = 0;
let hits: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(`${req.headers.host} ${req.url}`);
    const path = req.url ?? '/';
    if (path === '/robots.txt') res.writeHead(404).end();
    else if (path.startsWith('/redirect?to=')) res.writeHead(302, { location: decodeURIComponent(path.slice(13)) }).end();
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<p>secret</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Resolves the given names; anything else fails like an unknown host, so no test can reach the network. */
function fakeDns(table: Record<string, string[]>): Resolver {
  return async (hostname) => {
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

const offline = fakeDns({});

async function refusal(url: string, extra: FetchOptions = {}): Promise<FetchError> {
  const session = new FetchSession({ minDelayMs: 0, robotsDeadlineMs: 1000 });
  try {
    await fetchDocument(url, { session, resolve: offline, deadlineMs: 2000, idleTimeoutMs: 1000, ...extra });
  } catch (err) {
    return err as FetchError;
  }
  throw new Error(`${url} was fetched`);
}

describe('literal hosts and names are refused in every spelling', () => {
  const spellings = [
    '127.0.0.1',
    '127.1',
    '0x7f.1',
    '0X7F.0.0.1',
    '0x7f000001',
    '2130706433',
    '017700000001',
    '0177.0.0.1',
    '127.0.0.1.',
    '\uff11\uff12\uff17.0.0.1', // fullwidth digits, mapped by IDNA
    '[::1]',
    '[0:0:0:0:0:0:0:1]',
    '[::ffff:7f00:1]',
    '[::ffff:127.0.0.1]',
    '[::FFFF:7F00:1]',
    '[0:0:0:0:0:ffff:7f00:1]',
    '[::127.0.0.1]',
    '[64:ff9b::7f00:1]',
    '[64:ff9b::127.0.0.1]',
    '[2002:7f00:1::]',
    '0',
    '0.0.0.0',
    '[::]',
    'localhost',
    'LOCALHOST',
    'localhost.',
    'foo.localhost',
    '10.0.0.1',
    '012.0.0.1',
    '172.16.0.1',
    '172.31.255.254',
    '192.168.0.1',
    '0xc0.0xa8.0.1',
    '100.64.0.1',
    '169.254.1.1',
    '169.254.169.254',
    '0xa9fea9fe',
    '2852039166',
    '[::ffff:169.254.169.254]',
    '[64:ff9b::a9fe:a9fe]',
    '[fd00:ec2::254]',
    'metadata.google.internal',
    'METADATA.GOOGLE.INTERNAL.',
    '[fe80::1]',
    '[fc00::1]',
    '[fd12:3456::1]',
    '224.0.0.1',
    '[ff02::1]',
    '255.255.255.255',
    '240.0.0.1',
    'intranet',
  ];

  it.each(spellings)('refuses http://%s/', async (host) => {
    hits = [];
    const started = Date.now();
    const err = await refusal(`http://${host}:${port}/`);
    expect(err.code).toBe('BLOCKED_ADDRESS');
    expect(err.message).toMatch(/^http:\/\/\S+: refusing /);
    expect(hits).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('names the reason', async () => {
    const err = await refusal('http://[::ffff:127.0.0.1]/');
    expect(err.message).toBe('http://[::ffff:7f00:1]/: refusing ::ffff:7f00:1: IPv4-mapped IPv6 of a loopback address (127.0.0.1)');
  });

  it('refuses metadata endpoints even with allowPrivate', async () => {
    for (const host of ['169.254.169.254', '[fd00:ec2::254]', 'metadata.google.internal', '[::ffff:a9fe:a9fe]']) {
      expect((await refusal(`http://${host}/latest/meta-data/`, { allowPrivate: true })).code).toBe('BLOCKED_ADDRESS');
    }
  });

  it('allowPrivate reaches an intranet server', async () => {
    const session = new FetchSession({ minDelayMs: 0 });
    const page = await fetchDocument(`http://127.0.0.1:${port}/page`, { allowPrivate: true, session });
    expect(page.text).toBe('<p>secret</p>');
  });
});

describe('names are checked by the address they resolve to, at connect time', () => {
  it('refuses a public-looking name that resolves to a private address', async () => {
    hits = [];
    const resolve = fakeDns({ 'news.example': ['127.0.0.1'] });
    const err = await refusal(`http://news.example:${port}/`, { resolve });
    expect(err.code).toBe('BLOCKED_ADDRESS');
    expect(err.message).toBe(`http://news.example:${port}/: refusing news.example: it resolves to 127.0.0.1 (loopback address)`);
    expect(hits).toEqual([]);
  });

  it('refuses a name with one private record among public ones', async () => {
    const resolve = fakeDns({ 'mixed.example': ['93.184.216.34', '::ffff:10.0.0.1'] });
    expect((await refusal('http://mixed.example/', { resolve })).code).toBe('BLOCKED_ADDRESS');
  });

  it('checks every connection: a name that rebinds between robots.txt and the page is caught', async () => {
    hits = [];
    // 127.0.0.1 plays a public address here (the policy allows it); the second answer is private.
    const answers = [['127.0.0.1'], ['10.0.0.1']];
    let calls = 0;
    const resolve: Resolver = async () => (answers[Math.min(calls++, 1)] ?? []).map((address) => ({ address, family: 4 }));
    const policy: AddressPolicy = (address) => (address === '127.0.0.1' ? null : classifyAddress(address));
    const err = await refusal(`http://rebind.example:${port}/page`, { resolve, addressPolicy: policy });
    expect(err.code).toBe('BLOCKED_ADDRESS');
    expect(err.message).toContain('resolves to 10.0.0.1 (private address)');
    expect(hits).toEqual([`rebind.example:${port} /robots.txt`]);
    expect(calls).toBe(2);
  });
});

describe('redirect hops are re-checked', () => {
  // public.example resolves to the test server, and the policy lets that one name through as if it were public.
  const resolve = fakeDns({ 'public.example': ['127.0.0.1'], 'internal.example': ['127.0.0.1'] });
  const policy: AddressPolicy = (address, hostname) => (hostname === 'public.example' ? null : classifyAddress(address));
  const via = (target: string) => `http://public.example:${port}/redirect?to=${encodeURIComponent(target)}`;

  it('the first hop is allowed by the policy hook', async () => {
    const session = new FetchSession({ minDelayMs: 0 });
    const page = await fetchDocument(`http://public.example:${port}/page`, { resolve, addressPolicy: policy, session });
    expect(page.text).toBe('<p>secret</p>');
  });

  it.each([
    () => `http://127.0.0.1:${port}/secret`,
    () => `http://0x7f.1:${port}/secret`,
    () => `http://[::ffff:127.0.0.1]:${port}/secret`,
    () => `http://localhost:${port}/secret`,
    () => `http://internal.example:${port}/secret`,
    () => 'http://169.254.169.254/latest/meta-data/',
    () => 'http://metadata.google.internal/computeMetadata/v1/',
  ])('refuses a redirect to a private target (%#)', async (target) => {
    hits = [];
    const err = await refusal(via(target()), { resolve, addressPolicy: policy });
    expect(err.code).toBe('BLOCKED_ADDRESS');
    expect(hits.filter((h) => !h.includes(' /redirect?') && !h.endsWith(' /robots.txt'))).toEqual([]);
  });

  it('refuses a redirect to a non-http scheme', async () => {
    const err = await refusal(via('file:///etc/passwd'), { resolve, addressPolicy: policy });
    expect(err.code).toBe('BAD_URL');
    expect(err.message).toContain('only http and https');
  });
});
