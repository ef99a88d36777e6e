import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { AddressPolicy } from './address-policy.ts';
import { readBody } from './body.ts';
import { createCheckedLookup } from './checked-lookup.ts';
import { abortError, FetchError } from './errors.ts';
import { parseIp } from './ip-parse.ts';
import { bareHostname, classifyHostname } from './target.ts';
import type { Resolver } from './types.ts';

export interface HopOptions {
  url: URL;
  headers: Record<string, string>;
  policy: AddressPolicy;
  allowPrivate: boolean;
  resolve: Resolver;
  idleTimeoutMs: number;
  maxBytes: number;
  truncate?: boolean;
  /** Aborts the hop (deadline, caller); the abort reason becomes the hop's error. */
  signal: AbortSignal;
  /** Decides from status and headers whether the body is wanted; may throw to refuse the response. */
  wantsBody: (status: number, headers: IncomingHttpHeaders) => boolean;
}

export interface HopResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body when wantsBody said so, else null (the connection is closed unread). */
  body: Uint8Array | null;
}

/**
 * Checks the URL's host before any connection: a refused host name, or an IP literal the policy refuses
 * (`http://[::ffff:127.0.0.1]/`), fails here; names are checked again, by address, at connect time.
 */
export function assertHostAllowed(url: URL, policy: AddressPolicy, allowPrivate: boolean): void {
  const host = bareHostname(url);
  const nameReason = classifyHostname(host, allowPrivate);
  if (nameReason) throw new FetchError('BLOCKED_ADDRESS', url.href, `refusing ${host}: ${nameReason}`);
  if (!parseIp(host)) return;
  const reason = policy(host, host);
  if (reason) throw new FetchError('BLOCKED_ADDRESS', url.href, `refusing ${host}: ${reason}`);
}

const NET_REASONS: Record<string, string> = {
  ENOTFOUND: 'host not found (DNS)',
  EAI_AGAIN: 'DNS lookup failed temporarily',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  HPE_HEADER_OVERFLOW: 'response headers too large',
};

function toNetworkError(err: unknown, url: string): FetchError {
  if (err instanceof FetchError) return err;
  const e = err as NodeJS.ErrnoException;
  const code = typeof e?.code === 'string' ? e.code : '';
  const parser = (e as { reason?: unknown })?.reason;
  const malformed = `malformed HTTP response${typeof parser === 'string' ? ` (${parser})` : ''}`;
  const reason = code.startsWith('HPE_') && code !== 'HPE_HEADER_OVERFLOW' ? malformed : NET_REASONS[code];
  const tls = /CERT|SSL|TLS/.test(code) ? `TLS error: ${e.message}` : null;
  return new FetchError('NETWORK_ERROR', url, reason ?? tls ?? `network error: ${e?.message ?? String(err)}`, {
    cause: err,
  });
}

/**
 * One HTTP GET, without following redirects: host checked before connecting and by address at connect time,
 * an idle timer reset by every chunk, the body (if wanted) read under the size cap. A fresh connection per
 * request (`agent: false`): a kept-alive socket would skip the connect-time check for the next URL.
 */
export function requestHop(o: HopOptions): Promise<HopResponse> {
  const href = o.url.href;
  assertHostAllowed(o.url, o.policy, o.allowPrivate);
  if (o.signal.aborted) return Promise.reject(abortError(o.signal, href));
  const transport = o.url.protocol === 'https:' ? https : http;
  return new Promise<HopResponse>((resolve, reject) => {
    let failure: FetchError | null = null;
    let idle: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(idle);
      o.signal.removeEventListener('abort', onAbort);
    };
    const fail = (err: FetchError) => {
      failure ??= err;
      req.destroy(failure);
    };
    const touch = () => {
      clearTimeout(idle);
      idle = setTimeout(() => fail(new FetchError('TIMEOUT', href, `no data for ${o.idleTimeoutMs} ms`)), o.idleTimeoutMs);
    };
    const onAbort = () => fail(abortError(o.signal, href));
    const onResponse = async (res: IncomingMessage): Promise<HopResponse> => {
      touch();
      const status = res.statusCode ?? 0;
      if (!o.wantsBody(status, res.headers)) {
        res.destroy();
        return { status, headers: res.headers, body: null };
      }
      const body = await readBody(res, { url: href, maxBytes: o.maxBytes, truncate: o.truncate, onActivity: touch });
      return { status, headers: res.headers, body };
    };
    const req = transport.request(
      {
        protocol: o.url.protocol,
        hostname: bareHostname(o.url),
        port: o.url.port || undefined,
        path: `${o.url.pathname}${o.url.search}`,
        method: 'GET',
        headers: o.headers,
        agent: false,
        lookup: createCheckedLookup(o.resolve, o.policy, href),
      },
      (res) => {
        onResponse(res)
          .then(resolve, (err: unknown) => reject(failure ?? toNetworkError(err, href)))
          .finally(finish);
      },
    );
    req.on('error', (err) => {
      finish();
      reject(failure ?? toNetworkError(err, href));
    });
    o.signal.addEventListener('abort', onAbort, { once: true });
    touch();
    req.end();
  });
}
