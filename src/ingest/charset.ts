/** Finding the declared character encoding: BOM, Content-Type header, or an HTML <meta> declaration. */

/** 4 KiB: browsers look for <meta charset> in the first 1024 bytes; we allow for long <head> preambles. */
const META_PRESCAN_BYTES = 4096;

const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The encoding a byte-order mark announces, or null. */
export function readBom(bytes: Uint8Array): string | null {
  const bom = BOMS.find((b) => b.bytes.every((x, i) => bytes[i] === x));
  return bom?.encoding ?? null;
}

/** UTF-32 has BOMs too, but TextDecoder cannot decode it; recognise it to say so instead of calling it binary. */
export function isUtf32Bom(bytes: Uint8Array): boolean {
  const [a, b, c, d] = bytes;
  return (a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff);
}

/**
 * The WHATWG name for an encoding label, or null when TextDecoder does not know it.
 * @example normaliseLabel(' Latin1 ') // 'windows-1252'
 */
export function normaliseLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

const CHARSET_PARAM = /charset\s*=\s*["']?\s*([^"'\s;,>]+)/i;

/**
 * The charset parameter of a Content-Type value, normalised, or null.
 * @example charsetFromContentType('text/html; charset="ISO-8859-1"') // 'windows-1252'
 */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const label = contentType ? CHARSET_PARAM.exec(contentType)?.[1] : undefined;
  return label ? normaliseLabel(label) : null;
}

const META_TAG = /<meta\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

function readAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase();
    // An unquoted value runs into a self-closing slash (`<meta charset=utf-8/>`); authors do not mean it.
    if (!attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4]?.replace(/\/$/, '') ?? '');
  }
  return attrs;
}

function labelFromMeta(attrs: Map<string, string>): string | undefined {
  const charset = attrs.get('charset');
  if (charset) return charset;
  if (attrs.get('http-equiv')?.toLowerCase() !== 'content-type') return undefined;
  return CHARSET_PARAM.exec(attrs.get('content') ?? '')?.[1];
}

/**
 * The charset an HTML document declares in a <meta> tag near its start, normalised, or null.
 * A page that declares UTF-16 in ASCII bytes is not UTF-16, so that becomes UTF-8, as the HTML spec says.
 * @example charsetFromMeta(bytesOf('<meta charset="windows-1251">')) // 'windows-1251'
 */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_PRESCAN_BYTES)).toString('latin1');
  for (const tag of head.matchAll(META_TAG)) {
    const label = labelFromMeta(readAttributes(tag[1] ?? ''));
    const encoding = label ? normaliseLabel(label) : null;
    if (encoding) return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  }
  return null;
}
