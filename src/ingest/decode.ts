import { CorroborateError } from '../errors.ts';
import { charsetFromContentType, charsetFromMeta, isUtf32Bom, readBom } from './charset.ts';
import { explainNot1252 } from './legacy.ts';
import { detectMagic } from './magic.ts';
import { assertTextLike, guessUtf16, SNIFF_BYTES, toLatin1 } from './sniff.ts';
import { decodeAs } from './text-decoder.ts';

export interface DecodeHints {
  /** An HTTP Content-Type value; its charset parameter wins over anything in the document but a BOM. */
  contentType?: string | null;
  /** Look for <meta charset> / http-equiv Content-Type in the first 4 KiB. */
  isHtml?: boolean;
}

const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });

/** The declared or evident encoding, in the HTML spec's order: BOM, transport, <meta>; then BOM-less UTF-16. */
function chooseEncoding(bytes: Uint8Array, hints: DecodeHints): string | null {
  return (
    readBom(bytes) ??
    charsetFromContentType(hints.contentType) ??
    (hints.isHtml ? charsetFromMeta(bytes) : null) ??
    guessUtf16(bytes)
  );
}

/** No declaration: UTF-8 if valid, else Windows-1252 if that reads as Western text, else refuse. */
function decodeUndeclared(bytes: Uint8Array): string {
  try {
    return UTF8_STRICT.decode(bytes);
  } catch {
    const text = decodeAs('windows-1252', bytes);
    const why = explainNot1252(bytes, text);
    if (why) throw new CorroborateError('BAD_ENCODING', `not valid UTF-8 and no charset declared; ${why}`);
    return text;
  }
}

function assertNotBinary(bytes: Uint8Array): void {
  const kind = detectMagic(bytes);
  if (kind) throw new CorroborateError('BINARY_INPUT', `binary file (${kind})`);
  if (isUtf32Bom(bytes)) throw new CorroborateError('BAD_ENCODING', 'UTF-32 text is not supported; convert it to UTF-8');
}

/**
 * Decodes a document's bytes to a string without a BOM. Throws CorroborateError BINARY_INPUT for binary data
 * (known magic numbers, NUL bytes, many control characters) and BAD_ENCODING for undeclared non-UTF-8 bytes that
 * are not plausible Windows-1252. An unknown declared charset is ignored, not fatal.
 * @example decodeBytes(bytes, { isHtml: true }) // honours <meta charset="windows-1251">
 */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): string {
  assertNotBinary(bytes);
  const encoding = chooseEncoding(bytes, hints);
  const isUtf16 = encoding?.startsWith('utf-16') ?? false;
  if (!isUtf16) assertTextLike(toLatin1(bytes));
  const text = encoding ? decodeAs(encoding, bytes) : decodeUndeclared(bytes);
  if (isUtf16) assertTextLike(text.slice(0, SNIFF_BYTES / 2));
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
