import { FetchError, raceAbort } from './errors.ts';
import { ALLOW_ALL, DISALLOW_ALL, isAllowed, parseRobots, ROBOTS_MAX_BYTES } from './robots.ts';
import type { FetchContext } from './fetch-document.ts';
import type { RobotsLoad } from './session.ts';
import type { FetchResult } from './types.ts';
import { ROBOTS_TOKEN } from './user-agent.ts';

/** fetch-document's fetchWithContext, passed in so the two modules do not import each other at run time. */
export type ContextFetcher = (url: string, ctx: FetchContext) => Promise<FetchResult>;

/** Errors that say the robots.txt is unusable rather than the server unreachable: treated like a 4xx. */
const UNUSABLE = new Set(['BAD_CONTENT_TYPE', 'BINARY_INPUT', 'BAD_ENCODING', 'TOO_MANY_REDIRECTS', 'UNSUPPORTED']);

/**
 * Fetches and parses an origin's robots.txt, mapped per RFC 9309 2.3.1: a 4xx (but 429) allows everything; a
 * 5xx, a 429, a timeout or a network failure disallows everything (and is retried sooner, see FetchSession).
 * A refused address or URL is thrown: the page fetch would be refused for the same reason.
 */
async function loadRobots(origin: string, ctx: FetchContext, fetch: ContextFetcher): Promise<RobotsLoad> {
  const robotsCtx: FetchContext = {
    ...ctx,
    respectRobots: false,
    deadlineMs: ctx.session.robotsDeadlineMs,
    idleTimeoutMs: Math.min(ctx.idleTimeoutMs, ctx.session.robotsDeadlineMs),
    maxBytes: ROBOTS_MAX_BYTES,
    truncate: true,
    expect: 'text',
    cache: undefined,
  };
  try {
    const res = await fetch(`${origin}/robots.txt`, robotsCtx);
    return { robots: parseRobots(res.text), failed: false };
  } catch (err) {
    if (!(err instanceof FetchError)) throw err;
    // Reported for the page, not for its robots.txt: the page fetch would be refused for the same reason.
    if (err.code === 'BLOCKED_ADDRESS' || err.code === 'BAD_URL') throw err;
    const status = err.status ?? 0;
    if ((status >= 400 && status < 500 && status !== 429) || UNUSABLE.has(err.code)) {
      return { robots: ALLOW_ALL, failed: false };
    }
    return { robots: DISALLOW_ALL, failed: true };
  }
}

/**
 * Throws ROBOTS_DISALLOWED when the origin's robots.txt (cached per session) forbids `url` to our product token.
 * The robots.txt fetch has its own deadline, shared by concurrent callers; each caller waits under its own.
 */
export async function checkRobots(url: URL, ctx: FetchContext, signal: AbortSignal, fetch: ContextFetcher): Promise<void> {
  const load = ctx.session.robotsFor(url.origin, () => loadRobots(url.origin, ctx, fetch));
  const robots = await raceAbort(load, signal, url.href).catch((err: unknown) => {
    if (err instanceof FetchError && err.url !== url.href) {
      throw new FetchError(err.code, url.href, err.reason, { status: err.status, cause: err });
    }
    throw err;
  });
  if (!isAllowed(robots, ROBOTS_TOKEN, `${url.pathname}${url.search}`)) {
    throw new FetchError('ROBOTS_DISALLOWED', url.href, `${url.origin}/robots.txt disallows this path for ${ROBOTS_TOKEN}`);
  }
}
