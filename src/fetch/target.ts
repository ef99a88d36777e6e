import { FetchError } from './errors.ts';
import { parseIp } from './ip-parse.ts';

/**
 * Names that reach the machine itself or a cloud metadata service whatever DNS says. `localhost` is refused by
 * name because some resolvers answer it without asking DNS (RFC 6761), and `metadata.google.internal` because
 * on GCE it resolves to 169.254.169.254, which the address check refuses anyway: belt and braces.
 */
const LOOPBACK_NAMES = /^(?:localhost|localhost\.localdomain|ip6-localhost|ip6-loopback)$|\.localhost$/;
const METADATA_NAMES = new Set(['metadata.google.internal', 'metadata', 'instance-data', 'metadata.azure.internal']);

/** Strips brackets from an IPv6 hostname and trailing dots from a name, lowercased: the form every check sees. */
export function bareHostname(url: URL): string {
  const host = url.hostname.toLowerCase();
  if (host.startsWith('[') && host.endsWith(']')) return host.slice(1, -1);
  return host.replace(/\.+$/, '');
}

/**
 * Parses and checks a URL before any connection: http or https only, a host present, and no host name that
 * means this machine or a metadata service. Throws FetchError BAD_URL or BLOCKED_ADDRESS.
 * @example parseTarget('ftp://x/') // throws "ftp://x/: only http and https URLs are fetched"
 */
export function parseTarget(raw: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch (cause) {
    throw new FetchError('BAD_URL', raw, 'not a valid URL', { cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('BAD_URL', url.href, 'only http and https URLs are fetched');
  }
  if (!url.hostname) throw new FetchError('BAD_URL', url.href, 'no host in URL');
  return url;
}

/** The reason a host name (not an IP literal) is refused, or null; metadata names are refused even in allowPrivate. */
export function classifyHostname(host: string, allowPrivate: boolean): string | null {
  if (METADATA_NAMES.has(host)) return 'cloud metadata host name';
  if (parseIp(host)) return null;
  if (!allowPrivate && LOOPBACK_NAMES.test(host)) return 'loopback host name';
  if (!allowPrivate && !host.includes('.')) return 'single-label host name (intranet)';
  return null;
}
