/**
 * Character references, decoded by us rather than by the XML parser: the five XML entities, numeric references,
 * and a few HTML names that feeds use without declaring them. No DTD-declared entity is ever expanded.
 */
const NAMED: Readonly<Record<string, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, string>, {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: '\u00a0',
    ndash: '\u2013',
    mdash: '\u2014',
    hellip: '\u2026',
    lsquo: '\u2018',
    rsquo: '\u2019',
    ldquo: '\u201c',
    rdquo: '\u201d',
    laquo: '\u00ab',
    raquo: '\u00bb',
    copy: '\u00a9',
    reg: '\u00ae',
    trade: '\u2122',
    euro: '\u20ac',
    pound: '\u00a3',
    deg: '\u00b0',
    middot: '\u00b7',
    bull: '\u2022',
  }),
);

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function fromCodePoint(code: number, raw: string): string {
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : raw;
}

/**
 * Replaces character references in text or an attribute value; unknown names stay as written.
 * @example decodeEntities('AT&amp;T &#8212; &nbsp;x') // 'AT&T \u2014 \u00a0x'
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (raw, dec?: string, hex?: string, name?: string) => {
    if (dec) return fromCodePoint(Number.parseInt(dec, 10), raw);
    if (hex) return fromCodePoint(Number.parseInt(hex, 16), raw);
    return NAMED[name!] ?? raw;
  });
}

/** Escapes text for HTML (text/plain content becomes contentHtml). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Plain text from an HTML fragment: tags dropped, references decoded, whitespace collapsed. Good enough for a
 * summary line; the article text itself comes from the extract stage.
 * @example htmlToText('<p>A &amp; <b>B</b></p>') // 'A & B'
 */
export function htmlToText(html: string): string {
  return decodeEntities(dropScripts(html).replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

const SCRIPT_OPEN = /<(script|style)\b/gi;
const CLOSE: Readonly<Record<string, RegExp>> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi };

/** Removes <script> and <style> elements with a linear scan (a lazy regex would be quadratic on unclosed ones). */
function dropScripts(html: string): string {
  let out = '';
  let from = 0;
  SCRIPT_OPEN.lastIndex = 0;
  for (let m = SCRIPT_OPEN.exec(html); m; m = SCRIPT_OPEN.exec(html)) {
    out += html.slice(from, m.index);
    const close = CLOSE[m[1]!.toLowerCase()]!;
    close.lastIndex = m.index;
    const end = close.exec(html);
    if (!end) return out;
    from = end.index + end[0].length;
    SCRIPT_OPEN.lastIndex = from;
  }
  return out + html.slice(from);
}
