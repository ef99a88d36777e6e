/**
 * WHATWG index-windows-1252 for bytes 0x80-0x9F (€, curly quotes, dashes, ...); the five bytes the index leaves
 * as C1 controls map to themselves.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
].map((code) => String.fromCharCode(code));

const C1_CONTROL = /[\u0080-\u009f]/g;

/**
 * TextDecoder, with a fix: Node 20.18.3+ decodes windows-1252 (and its labels latin1, iso-8859-1, ascii) as
 * ISO-8859-1, turning "“" (0x93) into U+0093 (nodejs/node#60888, #56542). Remapping C1 controls afterwards is
 * right both on affected versions and on fixed ones, where only the five undefined bytes decode to C1.
 * @example decodeAs('windows-1252', Uint8Array.of(0x93)) // '“'
 */
export function decodeAs(encoding: string, bytes: Uint8Array): string {
  const decoder = new TextDecoder(encoding);
  const text = decoder.decode(bytes);
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(C1_CONTROL, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}
