import { CorroborateError } from '../errors.ts';

/** 8 KiB: like git's binary check (first 8000 bytes), enough to see a binary header without reading the file. */
export const SNIFF_BYTES = 8192;

/**
 * 10%: Perl's `-B` calls a block binary when over a third of it is "odd" (controls or high-bit bytes); we count
 * only C0 controls, which prose almost never holds, so a tenth is already far from any text file.
 */
const MAX_CONTROL_SHARE = 0.1;

/**
 * UTF-16 without a BOM: ASCII-range text puts a NUL in the high byte of nearly every code unit. Over 40% of
 * code units with a NUL on one side and under 5% on the other is that pattern; binary scatters NULs on both.
 */
const UTF16_NUL_SIDE_MIN = 0.4;
const UTF16_NUL_OTHER_SIDE_MAX = 0.05;

/** Tab, LF, VT, FF, CR, and ESC (ANSI colours in logs): controls that real text files contain. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);

function isControl(code: number): boolean {
  return (code < 0x20 && !TEXT_CONTROLS.has(code)) || code === 0x7f;
}

/** Bytes as Latin-1 characters, one char per byte: a cheap view for sniffing ASCII-compatible data. */
export function toLatin1(bytes: Uint8Array, limit = SNIFF_BYTES): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, limit)).toString('latin1');
}

/**
 * Throws BINARY_INPUT when a text sample holds a NUL or too many control characters.
 * @example assertTextLike('hello\u0000') // throws "binary file (contains NUL bytes)"
 */
export function assertTextLike(sample: string): void {
  if (sample.includes('\0')) throw new CorroborateError('BINARY_INPUT', 'binary file (contains NUL bytes)');
  let controls = 0;
  for (let i = 0; i < sample.length; i++) if (isControl(sample.charCodeAt(i))) controls++;
  const share = sample.length === 0 ? 0 : controls / sample.length;
  if (share > MAX_CONTROL_SHARE) {
    const percent = Math.round(share * 100);
    throw new CorroborateError('BINARY_INPUT', `binary file (${percent}% control characters)`);
  }
}

/** Guesses BOM-less UTF-16 from where the NUL bytes sit in the first {@link SNIFF_BYTES}. */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const units = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  if (units === 0) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < units; i++) {
    if (bytes[2 * i] === 0) evenNuls++;
    if (bytes[2 * i + 1] === 0) oddNuls++;
  }
  const even = evenNuls / units;
  const odd = oddNuls / units;
  if (odd >= UTF16_NUL_SIDE_MIN && even <= UTF16_NUL_OTHER_SIDE_MAX) return 'utf-16le';
  if (even >= UTF16_NUL_SIDE_MIN && odd <= UTF16_NUL_OTHER_SIDE_MAX) return 'utf-16be';
  return null;
}

/** Leading whitespace and a BOM, as decoded text (U+FEFF) or as a Latin-1 view of UTF-8 bytes. */
const LEADING_NOISE = /^(?:\uFEFF|\u00EF\u00BB\u00BF|\s)+/;

/** The first meaningful character, after whitespace and a BOM; '' when there is none. */
export function firstSignificantChar(text: string): string {
  return text.replace(LEADING_NOISE, '').charAt(0);
}

const MARKUP_START = /^<(?:!doctype\s|html[\s>]|head[\s>]|body[\s>]|!--|\?xml\s|[a-z][a-z0-9-]*[\s/>])/i;

/**
 * True when text, after leading whitespace and a BOM, opens with a tag, a doctype or a comment.
 * @example looksLikeMarkup('  <!DOCTYPE html><p>Hi') // true
 */
export function looksLikeMarkup(text: string): boolean {
  return MARKUP_START.test(text.replace(LEADING_NOISE, '').slice(0, 64));
}
