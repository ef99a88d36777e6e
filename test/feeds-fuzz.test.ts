import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CorroborateError } from '../src/errors.ts';
import { parseFeed, parseSitemap } from '../src/feeds/index.ts';
import type { ParsedFeed } from '../src/feeds/types.ts';

/**
 * Property tests: whatever the input, the feed parser returns a well-formed result or throws a typed
 * CorroborateError; it never crashes, hangs, expands entities or pollutes prototypes.
 */

const BASE = 'https://fuzz.example/feed.xml';

function parseOrTypedError(input: string): ParsedFeed | null {
  try {
    return parseFeed(input, BASE);
  } catch (err) {
    if (!(err instanceof CorroborateError)) throw err;
    expect(['BAD_FEED', 'BAD_ARGUMENT']).toContain(err.code);
    return null;
  }
}

function assertWellFormed(parsed: ParsedFeed | null): void {
  if (!parsed) return;
  for (const item of parsed.items) {
    expect(typeof item.id).toBe('string');
    expect(item.id.length).toBeGreaterThan(0);
    if (item.url !== null) expect(item.url).toMatch(/^https?:\/\//);
    if (item.published !== null) expect(Number.isNaN(Date.parse(item.published))).toBe(false);
  }
  for (const error of parsed.errors) {
    expect(Number.isInteger(error.item)).toBe(true);
    expect(typeof error.reason).toBe('string');
  }
}

const NAMES = [
  'rss', 'channel', 'item', 'title', 'link', 'guid', 'pubDate', 'description', 'content:encoded', 'dc:date',
  'feed', 'entry', 'id', 'summary', 'content', 'published', 'updated', 'rdf:RDF', 'urlset', 'url', 'loc',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'div', 'a:feed', 'x',
];
const ATTRS = ['href', 'rel', 'type', 'xml:base', 'xmlns', 'xmlns:a', 'isPermaLink', 'rdf:about', '__proto__', 'constructor'];
const TEXTS = [
  'https://a.example/x', '/rel/path', '../up', 'javascript:alert(1)', 'Tue, 10 Jun 2003 04:00:00 GMT',
  '2024-01-01T00:00:00Z', 'not a date', '&amp;', '&lt;b&gt;', '&#x1F600;', '&#0;', '&#xD800;', '&unknown;', '&',
  '<![CDATA[<p>x</p>]]>', 'http://www.w3.org/2005/Atom', 'html', 'xhtml', 'text', '\u0000', '\uD800', ' ',
];

const text = fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 20 }));
const attribute = fc.tuple(fc.constantFrom(...ATTRS), text).map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`);

const element: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? text
    : fc
        .tuple(fc.constantFrom(...NAMES), fc.array(attribute, { maxLength: 3 }), fc.array(element(depth - 1), { maxLength: 4 }))
        .map(([name, attrs, kids]) => `<${name}${attrs.join('')}>${kids.join('')}</${name}>`),
);

const prolog = fc.constantFrom('', '<?xml version="1.0"?>', '\uFEFF<?xml version="1.0" encoding="utf-8"?>\n', '<!DOCTYPE rss>');
const feedXml = fc
  .tuple(prolog, fc.constantFrom('rss', 'feed', 'rdf:RDF', 'urlset'), element(5))
  .map(([head, root, body]) => {
    const ns = root === 'feed' ? ' xmlns="http://www.w3.org/2005/Atom"' : root === 'rdf:RDF' ? ' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"' : '';
    return `${head}<${root}${ns}><channel>${body}</channel>${body}</${root}>`;
  });

/** Mutations a broken feed shows: truncation, a dropped character, a stray one. */
const mutated = fc.tuple(feedXml, fc.nat(), fc.constantFrom('<', '>', '&', '"', ']]>', '</item>', '')).map(([xml, at, insert]) => {
  const i = xml.length === 0 ? 0 : at % xml.length;
  return xml.slice(0, i) + insert + xml.slice(i + 1);
});

const jsonFeed = fc
  .record({
    version: fc.constantFrom('https://jsonfeed.org/version/1.1', 'x'),
    title: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    items: fc.array(
      fc.oneof(
        fc.dictionary(
          fc.constantFrom('id', 'url', 'external_url', 'title', 'content_html', 'content_text', 'summary', 'date_published', '__proto__', 'constructor'),
          fc.oneof(fc.constantFrom(...TEXTS), fc.integer(), fc.jsonValue({ maxDepth: 2 })),
        ),
        fc.jsonValue({ maxDepth: 2 }),
      ),
      { maxLength: 5 },
    ),
  })
  .map((doc) => JSON.stringify(doc).replace(/"constructor"/g, '"__proto__"'));

describe('feed parser fuzzing', () => {
  afterAll(() => {
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).href).toBeUndefined();
  });

  it('never crashes on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => assertWellFormed(parseOrTypedError(s))), { numRuns: 500 });
  });

  it('never crashes on generated feeds, and yields well-formed items', () => {
    fc.assert(fc.property(feedXml, (xml) => assertWellFormed(parseOrTypedError(xml))), { numRuns: 250 });
  });

  it('never crashes on mutated feeds', () => {
    fc.assert(fc.property(mutated, (xml) => assertWellFormed(parseOrTypedError(xml))), { numRuns: 250 });
  });

  it('never crashes on generated JSON feeds', () => {
    fc.assert(fc.property(jsonFeed, (json) => assertWellFormed(parseOrTypedError(json))), { numRuns: 200 });
  });

  it('parseSitemap never crashes either', () => {
    fc.assert(
      fc.property(fc.oneof(feedXml, mutated, fc.string({ maxLength: 200 })), (xml) => {
        try {
          parseSitemap(xml, BASE);
        } catch (err) {
          expect(err).toBeInstanceOf(CorroborateError);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('hostile feeds', () => {
  it('refuses billion laughs in under 100 ms', () => {
    const lol = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      '  <!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
      ']>',
      '<rss><channel><item><title>&lol9;</title><guid>x</guid></item></channel></rss>',
    ].join('\n');
    const started = performance.now();
    expect(() => parseFeed(lol, BASE)).toThrow(/internal subset/);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('never resolves an external entity', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><guid>&xxe;</guid></item></channel></rss>';
    expect(() => parseFeed(xxe, BASE)).toThrow(/internal subset/);
  });

  it('does not let a __proto__ element or attribute pollute Object.prototype', () => {
    const xml = `<rss><channel><__proto__><polluted>yes</polluted></__proto__><constructor><prototype><polluted>yes</polluted></prototype></constructor>
      <item __proto__="x" constructor="y"><guid>g</guid><__proto__>p</__proto__><title>t</title></item></channel></rss>`;
    const parsed = parseFeed(xml, BASE);
    expect(parsed.items).toHaveLength(1);
    expect(parsed.items[0]?.title).toBe('t');
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stays linear on a huge description full of unclosed <script> tags', () => {
    const description = '<script>'.repeat(200_000);
    const xml = `<rss><channel><item><guid>g</guid><description><![CDATA[${description}]]></description></item></channel></rss>`;
    const started = performance.now();
    const parsed = parseFeed(xml, BASE);
    expect(parsed.items[0]?.summary).toBeNull();
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('parses a 5,000-item feed quickly', () => {
    const items = Array.from(
      { length: 5000 },
      (_, i) => `<item><title>T${i}</title><link>/a/${i}</link><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>`,
    ).join('');
    const started = performance.now();
    const parsed = parseFeed(`<rss><channel>${items}</channel></rss>`, BASE);
    expect(parsed.items).toHaveLength(5000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
