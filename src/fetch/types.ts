import type { AddressPolicy } from './address-policy.ts';
import type { FetchSession } from './session.ts';

/** One address a hostname resolves to, as `dns.lookup(..., { all: true })` returns them. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a hostname to its addresses; the default is the system resolver (`dns.promises.lookup`). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** Validators from an earlier fetch of the same URL, sent back as If-None-Match / If-Modified-Since. */
export interface CacheValidators {
  etag?: string | null;
  lastModified?: string | null;
}

/**
 * What the caller expects the URL to hold; a response of another kind is refused with BAD_CONTENT_TYPE.
 * - `html`: text/html or XHTML (or an untyped / octet-stream / text/plain body that starts with markup)
 * - `feed`: RSS, Atom, RDF, JSON Feed, sitemaps: any XML or JSON type (or an untyped body that looks like one)
 * - `text`: any textual type; binary types (image, audio, video, font, PDF, archives) are refused
 */
export type Expectation = 'html' | 'feed' | 'text';

export interface FetchOptions {
  /** Total time for the whole fetch, queueing, robots.txt and redirects included (default 30 s). */
  deadlineMs?: number;
  /** Longest silence while connecting or reading before giving up (default 10 s). */
  idleTimeoutMs?: number;
  /** Largest body accepted, counted after decompression (default 10 MiB). */
  maxBytes?: number;
  /** Redirects followed before TOO_MANY_REDIRECTS (default 5); every hop is checked like the first URL. */
  maxRedirects?: number;
  expect?: Expectation;
  cache?: CacheValidators;
  /** Connect to private, loopback and link-local addresses (intranet use; `--allow-private`). Default false. */
  allowPrivate?: boolean;
  /** Overrides the address check entirely (tests, special deployments); wins over `allowPrivate`. */
  addressPolicy?: AddressPolicy;
  /** Overrides DNS resolution (tests); the answer is checked by the address policy at connect time. */
  resolve?: Resolver;
  /** Obey robots.txt (default true). */
  respectRobots?: boolean;
  /** Shares per-host politeness and the robots.txt cache between fetches (default: one process-wide session). */
  session?: FetchSession;
  signal?: AbortSignal;
}

export interface FetchResult {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  /** The Content-Type header as sent, or null. */
  contentType: string | null;
  /** The decoded (decompressed) body; empty when notModified. */
  body: Uint8Array;
  /** The body as text, decoded with the charset from BOM, header, XML declaration or <meta>; '' when notModified. */
  text: string;
  etag: string | null;
  lastModified: string | null;
  /** True on 304 Not Modified after a conditional request: keep the cached copy. */
  notModified: boolean;
  /** URLs visited before the final one (redirect chain), oldest first. */
  redirects: string[];
}
