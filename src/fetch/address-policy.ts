import { formatIpv4, type ParsedIp, parseIp, parseIpv4Loose } from './ip-parse.ts';

/**
 * Decides whether the fetcher may connect to an address. Returns a refusal reason, or null to allow.
 * `address` is an IP literal (from the URL or from DNS at connect time); `hostname` is the URL's host.
 */
export type AddressPolicy = (address: string, hostname: string) => string | null;

interface Range4 {
  base: string;
  bits: number;
  reason: string;
}

/** IANA IPv4 special-purpose registry entries that are not globally reachable, plus the metadata endpoint. */
const BLOCKED_V4: readonly Range4[] = [
  { base: '169.254.169.254', bits: 32, reason: 'cloud metadata address' },
  { base: '0.0.0.0', bits: 8, reason: 'unspecified / "this network" address' },
  { base: '10.0.0.0', bits: 8, reason: 'private address' },
  { base: '100.64.0.0', bits: 10, reason: 'carrier-grade NAT address' },
  { base: '127.0.0.0', bits: 8, reason: 'loopback address' },
  { base: '169.254.0.0', bits: 16, reason: 'link-local address' },
  { base: '172.16.0.0', bits: 12, reason: 'private address' },
  { base: '192.0.0.0', bits: 24, reason: 'reserved (IETF protocol assignments) address' },
  { base: '192.0.2.0', bits: 24, reason: 'reserved (documentation) address' },
  { base: '192.88.99.0', bits: 24, reason: 'reserved (6to4 relay) address' },
  { base: '192.168.0.0', bits: 16, reason: 'private address' },
  { base: '198.18.0.0', bits: 15, reason: 'reserved (benchmarking) address' },
  { base: '198.51.100.0', bits: 24, reason: 'reserved (documentation) address' },
  { base: '203.0.113.0', bits: 24, reason: 'reserved (documentation) address' },
  { base: '224.0.0.0', bits: 4, reason: 'multicast address' },
  { base: '255.255.255.255', bits: 32, reason: 'broadcast address' },
  { base: '240.0.0.0', bits: 4, reason: 'reserved address' },
];

/** Metadata endpoints stay refused even with allowPrivate: an intranet crawl has no business reading them. */
const METADATA_V4 = new Set(['169.254.169.254', '100.100.100.200']);
const METADATA_V6 = new Set(['fd00:ec2:0:0:0:0:0:254']);

const RANGES_V4 = BLOCKED_V4.map((r) => ({ ...r, start: parseIpv4Loose(r.base)!, size: 2 ** (32 - r.bits) }));

function classifyIpv4(value: number): string | null {
  const hit = RANGES_V4.find((r) => value >= r.start && value < r.start + r.size);
  return hit?.reason ?? null;
}

function startsWith(groups: number[], prefix: readonly number[]): boolean {
  return prefix.every((g, i) => groups[i] === g);
}

function embeddedV4(hi: number, lo: number): number {
  return hi * 65536 + lo;
}

/** IPv6 prefixes that carry an IPv4 address, with where it sits: in the last 32 bits, or bits 16-47 for 6to4. */
const EMBEDDING_PREFIXES: ReadonlyArray<{ prefix: readonly number[]; kind: string; at: 6 | 1 }> = [
  { prefix: [0, 0, 0, 0, 0, 0xffff], kind: 'IPv4-mapped IPv6', at: 6 },
  { prefix: [0, 0, 0, 0, 0xffff, 0], kind: 'IPv4-translated IPv6', at: 6 },
  { prefix: [0x64, 0xff9b, 0, 0, 0, 0], kind: 'NAT64 IPv6', at: 6 },
  { prefix: [0x2002], kind: '6to4 IPv6', at: 1 },
  // IPv4-compatible (::a.b.c.d, deprecated); :: and ::1 are handled before this table is read.
  { prefix: [0, 0, 0, 0, 0, 0], kind: 'IPv4-compatible IPv6', at: 6 },
];

function findEmbedding(g: number[]): { kind: string; v4: number } | null {
  const hit = EMBEDDING_PREFIXES.find((e) => startsWith(g, e.prefix));
  return hit ? { kind: hit.kind, v4: embeddedV4(g[hit.at]!, g[hit.at + 1]!) } : null;
}

/** IPv6 forms that carry an IPv4 address are judged by the IPv4 inside, so `::ffff:127.0.0.1` is loopback. */
function classifyEmbedded(g: number[]): string | null | undefined {
  const hit = findEmbedding(g);
  if (!hit) return undefined;
  const why = classifyIpv4(hit.v4);
  if (why) return `${hit.kind} of a ${why} (${formatIpv4(hit.v4)})`;
  return hit.kind === 'IPv4-compatible IPv6' ? 'reserved IPv6 address (IPv4-compatible, deprecated)' : null;
}

function classifyIpv6(g: number[]): string | null {
  if (g.every((x) => x === 0)) return 'unspecified address';
  if (startsWith(g, [0, 0, 0, 0, 0, 0, 0]) && g[7] === 1) return 'loopback address';
  const embedded = classifyEmbedded(g);
  if (embedded !== undefined) return embedded;
  const first = g[0]!;
  if (first >= 0xff00) return 'multicast address';
  if ((first & 0xffc0) === 0xfe80) return 'link-local address';
  if ((first & 0xffc0) === 0xfec0) return 'site-local address';
  if ((first & 0xfe00) === 0xfc00) return 'unique-local (private) address';
  if (startsWith(g, [0x64, 0xff9b, 1])) return 'local-use NAT64 address';
  if ((first & 0xe000) !== 0x2000) return 'reserved IPv6 address (outside global unicast 2000::/3)';
  if (first === 0x2001 && g[1]! < 0x200) return 'IETF protocol assignment (Teredo, benchmarking, ORCHID)';
  if (first === 0x2001 && g[1] === 0xdb8) return 'reserved (documentation) address';
  if (first === 0x3fff && g[1]! < 0x1000) return 'reserved (documentation) address';
  return null;
}

/**
 * Why an address must not be fetched by default, or null for a public address. Anything that does not parse
 * as an IP is refused too: a policy must never wave through what it cannot read.
 * @example classifyAddress('::ffff:7f00:1') // 'IPv4-mapped IPv6 of a loopback address (127.0.0.1)'
 */
export function classifyAddress(address: string): string | null {
  const ip = parseIp(address);
  if (!ip) return `not an IP address: ${address}`;
  return ip.family === 4 ? classifyIpv4(ip.value) : classifyIpv6(ip.groups);
}

function isMetadata(ip: ParsedIp): boolean {
  if (ip.family === 4) return METADATA_V4.has(formatIpv4(ip.value));
  if (METADATA_V6.has(ip.groups.map((x) => x.toString(16)).join(':'))) return true;
  const hit = findEmbedding(ip.groups);
  return hit !== null && METADATA_V4.has(formatIpv4(hit.v4));
}

/** The default: public unicast addresses only. */
export const publicOnlyPolicy: AddressPolicy = (address) => classifyAddress(address);

/** `allowPrivate`: intranet addresses allowed, cloud metadata endpoints still refused. */
export const allowPrivatePolicy: AddressPolicy = (address) => {
  const ip = parseIp(address);
  if (!ip) return `not an IP address: ${address}`;
  return isMetadata(ip) ? 'cloud metadata address' : null;
};
