/**
 * Parsing IP literals in every spelling an attacker might use. The WHATWG URL parser already canonicalises
 * `0x7f.1`, `2130706433` or `0177.0.0.1` to `127.0.0.1`, but we parse loosely ourselves too, so a check never
 * depends on which layer produced the string (a resolver, a header, a future caller passing a bare host).
 */

/** An address as its numeric parts: 4 octets (IPv4) or 8 16-bit groups (IPv6). */
export type ParsedIp = { family: 4; value: number } | { family: 6; groups: number[] };

const IPV4_PART = /^(?:0x[0-9a-f]*|0[0-7]*|[1-9][0-9]*)$/i;

function parseIpv4Part(part: string): number | null {
  if (!IPV4_PART.test(part)) return null;
  const lower = part.toLowerCase();
  if (lower.startsWith('0x')) return lower.length === 2 ? 0 : Number.parseInt(lower.slice(2), 16);
  if (lower.length > 1 && lower.startsWith('0')) return Number.parseInt(lower.slice(1), 8);
  return Number.parseInt(lower, 10);
}

/**
 * An IPv4 address as inet_aton and the URL standard read it: 1 to 4 parts, each decimal, octal (leading 0) or
 * hex (0x); the last part fills the remaining bytes. One trailing dot is allowed. Returns the 32-bit value.
 * @example parseIpv4Loose('0x7f.1') // 0x7f000001
 */
export function parseIpv4Loose(host: string): number | null {
  const trimmed = host.endsWith('.') ? host.slice(0, -1) : host;
  const parts = trimmed.split('.');
  if (parts.length === 0 || parts.length > 4) return null;
  const numbers: number[] = [];
  for (const part of parts) {
    const n = parseIpv4Part(part);
    if (n === null || !Number.isFinite(n)) return null;
    numbers.push(n);
  }
  const last = numbers.pop()!;
  if (numbers.some((n) => n > 255)) return null;
  const lastBytes = 4 - numbers.length;
  if (last >= 256 ** lastBytes) return null;
  let value = 0;
  for (const n of numbers) value = value * 256 + n;
  return value * 256 ** lastBytes + last;
}

function parseGroups(text: string): number[] | null {
  if (text === '') return [];
  const groups: number[] = [];
  const parts = text.split(':');
  for (const [i, part] of parts.entries()) {
    if (i === parts.length - 1 && part.includes('.')) {
      const v4 = /^\d{1,3}(?:\.\d{1,3}){3}$/.test(part) ? parseIpv4Loose(part) : null;
      if (v4 === null) return null;
      groups.push(Math.floor(v4 / 65536), v4 % 65536);
    } else {
      if (!/^[0-9a-f]{1,4}$/i.test(part)) return null;
      groups.push(Number.parseInt(part, 16));
    }
  }
  return groups;
}

/**
 * An IPv6 address as 8 groups: brackets and a zone id (`%eth0`) removed, `::` expanded, a dotted IPv4 tail read.
 * @example parseIpv6('[::ffff:127.0.0.1]') // [0,0,0,0,0,0xffff,0x7f00,1]
 */
export function parseIpv6(host: string): number[] | null {
  let text = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  if (!text.includes(':')) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = parseGroups(halves[0]!);
  const tail = halves.length === 2 ? parseGroups(halves[1]!) : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return null;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

/** Reads a host (URL hostname, resolver answer) as an IP address, or null when it is a name. */
export function parseIp(host: string): ParsedIp | null {
  const groups = parseIpv6(host);
  if (groups) return { family: 6, groups };
  const value = parseIpv4Loose(host);
  return value === null ? null : { family: 4, value };
}

/** Dotted-quad text of a 32-bit IPv4 value. */
export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}
