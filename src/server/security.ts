import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.ts';

/**
 * Sent on every response, the UI's pages included. The CSP allows only this origin's own files (the built UI has
 * no inline script or style), so article text that slipped through as markup still could not run or load anything.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

export const securityHeaders = (): MiddlewareHandler => async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
};

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Loopback addresses and names: 127.0.0.0/8, ::1, localhost and *.localhost (RFC 6761 keeps those local). */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase();
  return LOOPBACK_NAMES.has(h) || h.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/** Bearer-token check in constant time (hashing first makes the lengths equal, so the length does not leak either). */
export const requireToken = (token: string): MiddlewareHandler => {
  const want = digest(token);
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match || !timingSafeEqual(digest(match[1]!), want)) {
      c.header('WWW-Authenticate', 'Bearer realm="corroborate"');
      throw new ApiError(401, 'UNAUTHORIZED', 'a bearer token is required (Authorization: Bearer <token>)');
    }
    await next();
  };
};

/**
 * Without a token the API trusts whoever can reach it, which is only safe on loopback, and only if the request was
 * meant for loopback: a DNS-rebinding page reaches 127.0.0.1 under its own host name, which this refuses.
 */
export const requireLoopbackHost = (): MiddlewareHandler => async (c, next) => {
  const host = new URL(c.req.url).hostname;
  if (!isLoopbackHost(host)) throw new ApiError(403, 'FORBIDDEN', `requests for host "${host}" are refused without a token`);
  await next();
};

/**
 * Writes must come from this origin: a form on another site cannot send a JSON content type without a CORS
 * preflight (which fails: CORS is off), and browsers mark cross-site requests with Sec-Fetch-Site.
 */
export const refuseCrossSiteWrites = (allowedOrigins: readonly string[]): MiddlewareHandler => async (c, next) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'OPTIONS') {
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const own = new URL(c.req.url).origin;
    const allowed = origin === undefined || origin === own || allowedOrigins.includes(origin);
    if (!allowed || (site === 'cross-site' && !(origin && allowedOrigins.includes(origin)))) {
      throw new ApiError(403, 'FORBIDDEN', 'cross-site writes are refused');
    }
  }
  await next();
};
