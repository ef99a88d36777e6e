import type { IncomingHttpHeaders } from 'node:http';
import { type AddressPolicy, allowPrivatePolicy, publicOnlyPolicy } from './address-policy.ts';
import { systemResolver } from './checked-lookup.ts';
import { checkDeclaredType, decodeFetched } from './content.ts';
import { abortError, DeadlineExceeded, FetchError, raceAbort } from './errors.ts';
import { assertHostAllowed, type HopResponse, requestHop } from './request.ts';
import { parseRetryAfter } from './retry-after.ts';
import { checkRobots } from './robots-check.ts';
import { type FetchSession, getDefaultSession } from './session.ts';
import { bareHostname, parseTarget } from './target.ts';
import type { CacheValidators, Expectation, FetchOptions, FetchResult, Resolver } from './types.ts';
import { USER_AGENT } from './user-agent.ts';

/** 30 s for a whole fetch: a slow news site answers in under 10 s; past 30 s a batch should move on. */
export const DEFAULT_DEADLINE_MS = 30_000;
/** 10 s of silence: servers that stall that long mid-body are broken or hostile (1-byte drips). */
export const DEFAULT_IDLE_TIMEOUT_MS = 10_000;
/** 10 MiB decoded: the heaviest news pages measure 2-3 MiB of HTML; feeds with full content rarely pass 5 MiB. */
export const DEFAULT_MAX_FETCH_BYTES = 10 * 1024 * 1024;
/** 5 redirects: RFC 9309 asks crawlers to follow at least five, and browsers' 20 is never needed by news sites. */
export const DEFAULT_MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const ACCEPT: Record<Expectation, string> = {
  html: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  feed: 'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8,*/*;q=0.1',
  text: 'text/html,application/xhtml+xml,application/xml;q=0.9,text/*;q=0.8,*/*;q=0.1',
};

/** Everything one fetch needs, defaults applied; shared with the robots.txt fetches it triggers. */
export interface FetchContext {
  deadlineMs: number;
  idleTimeoutMs: number;
  maxBytes: number;
  truncate: boolean;
  maxRedirects: number;
  expect: Expectation;
  cache: CacheValidators | undefined;
  allowPrivate: boolean;
  policy: AddressPolicy;
  resolve: Resolver;
  respectRobots: boolean;
  session: FetchSession;
}

function contextOf(options: FetchOptions): FetchContext {
  const allowPrivate = options.allowPrivate ?? false;
  return {
    deadlineMs: options.deadlineMs ?? DEFAULT_DEADLINE_MS,
    idleTimeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_FETCH_BYTES,
    truncate: false,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    expect: options.expect ?? 'text',
    cache: options.cache,
    allowPrivate,
    policy: options.addressPolicy ?? (allowPrivate ? allowPrivatePolicy : publicOnlyPolicy),
    resolve: options.resolve ?? systemResolver,
    respectRobots: options.respectRobots ?? true,
    session: options.session ?? getDefaultSession(),
  };
}

function requestHeaders(ctx: FetchContext): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: ACCEPT[ctx.expect],
    'accept-encoding': 'gzip, deflate, br',
    connection: 'close',
  };
  if (ctx.cache?.etag) headers['if-none-match'] = ctx.cache.etag;
  if (ctx.cache?.lastModified) headers['if-modified-since'] = ctx.cache.lastModified;
  return headers;
}

function header(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function statusError(url: string, res: HopResponse): FetchError {
  const retryAfterMs = parseRetryAfter(res.headers['retry-after']);
  const wait = retryAfterMs === undefined ? '' : `; retry after ${Math.ceil(retryAfterMs / 1000)} s`;
  const details = { status: res.status, retryAfterMs };
  if (res.status === 429) return new FetchError('RATE_LIMITED', url, `HTTP 429 Too Many Requests${wait}`, details);
  if (res.status === 503 && retryAfterMs !== undefined) {
    return new FetchError('RATE_LIMITED', url, `HTTP 503 Service Unavailable${wait}`, details);
  }
  if (REDIRECT_STATUSES.has(res.status)) {
    return new FetchError('HTTP_ERROR', url, `HTTP ${res.status} redirect without a Location header`, details);
  }
  if (res.status === 304) return new FetchError('HTTP_ERROR', url, 'HTTP 304 to an unconditional request', details);
  return new FetchError('HTTP_ERROR', url, `HTTP ${res.status}`, details);
}

async function fetchHop(url: URL, ctx: FetchContext, signal: AbortSignal): Promise<HopResponse> {
  // The host first: a refused address must not be reported as a robots.txt decision from another caller's cache.
  assertHostAllowed(url, ctx.policy, ctx.allowPrivate);
  if (ctx.respectRobots) await checkRobots(url, ctx, signal, fetchWithContext);
  const release = await raceAbort(ctx.session.gate.acquire(bareHostname(url), signal), signal, url.href);
  try {
    return await requestHop({
      url,
      headers: requestHeaders(ctx),
      policy: ctx.policy,
      allowPrivate: ctx.allowPrivate,
      resolve: ctx.resolve,
      idleTimeoutMs: ctx.idleTimeoutMs,
      maxBytes: ctx.maxBytes,
      truncate: ctx.truncate,
      signal,
      wantsBody: (status, headers) => {
        if (status < 200 || status >= 300) return false;
        checkDeclaredType(header(headers, 'content-type'), ctx.expect, url.href);
        return true;
      },
    });
  } finally {
    release();
  }
}

function toResult(url: URL, res: HopResponse, ctx: FetchContext, redirects: string[]): FetchResult {
  const contentType = header(res.headers, 'content-type');
  const common = {
    url: url.href,
    status: res.status,
    contentType,
    etag: header(res.headers, 'etag'),
    lastModified: header(res.headers, 'last-modified'),
    redirects,
  };
  if (res.status === 304) return { ...common, body: new Uint8Array(0), text: '', notModified: true };
  const body = res.body ?? new Uint8Array(0);
  return { ...common, body, text: decodeFetched(body, contentType, ctx.expect, url.href), notModified: false };
}

/** Follows redirects hop by hop; every hop is checked (scheme, host, address, robots.txt) like the first. */
async function followRedirects(start: URL, ctx: FetchContext, signal: AbortSignal): Promise<FetchResult> {
  const redirects: string[] = [];
  let url = start;
  while (true) {
    const res = await fetchHop(url, ctx, signal);
    const location = header(res.headers, 'location');
    if (REDIRECT_STATUSES.has(res.status) && location) {
      if (redirects.length >= ctx.maxRedirects) {
        throw new FetchError('TOO_MANY_REDIRECTS', start.href, `more than ${ctx.maxRedirects} redirects (last: ${url.href})`);
      }
      redirects.push(url.href);
      url = parseTarget(location, url.href);
      continue;
    }
    const conditional = Boolean(ctx.cache?.etag || ctx.cache?.lastModified);
    if ((res.status >= 200 && res.status < 300) || (res.status === 304 && conditional)) {
      return toResult(url, res, ctx, redirects);
    }
    throw statusError(url.href, res);
  }
}

/** Runs one fetch under its deadline with a fully resolved context (robots.txt fetches come through here too). */
export async function fetchWithContext(raw: string, ctx: FetchContext, callerSignal?: AbortSignal): Promise<FetchResult> {
  const start = parseTarget(raw);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new DeadlineExceeded(ctx.deadlineMs)), ctx.deadlineMs);
  const signal = callerSignal ? AbortSignal.any([callerSignal, deadline.signal]) : deadline.signal;
  try {
    return await raceAbort(followRedirects(start, ctx, signal), signal, start.href);
  } catch (err) {
    if (signal.aborted && !(err instanceof FetchError)) throw abortError(signal, start.href);
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Fetches one URL politely and safely: http(s) only, private and metadata addresses refused (by name, literal
 * and connect-time address, on every redirect hop), robots.txt obeyed, per-host concurrency and delay, a total
 * deadline and an idle timeout, a cap on the decompressed size, conditional requests. Throws FetchError (a
 * CorroborateError) whose message names the URL and the reason.
 * @example const page = await fetchDocument('https://example.com/news/1', { expect: 'html' });
 * @example const again = await fetchDocument(url, { cache: { etag: page.etag } }); // again.notModified
 */
export function fetchDocument(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  return fetchWithContext(url, contextOf(options), options.signal);
}
