import { describe, expect, it } from 'vitest';
import { CorroborateError } from '../errors.ts';
import { parseFeed } from './parse-feed.ts';
import { parseSitemap } from './sitemap.ts';

const BASE = 'https://news.example/feeds/main.xml';

const RSS2 = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>News &amp; Views</title>
    <link>https://news.example/</link>
    <item>
      <title>Storm hits &lt;b&gt;coast&lt;/b&gt;</title>
      <link>/2024/storm</link>
      <guid isPermaLink="false">storm-1</guid>
      <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>
      <description><![CDATA[<p>Winds of <b>100 km/h</b> &amp; rain.</p>]]></description>
      <content:encoded><![CDATA[<p>Full story.</p>]]></content:encoded>
    </item>
    <item>
      <title>Only a guid permalink</title>
      <guid>https://news.example/2024/guid</guid>
      <dc:date>2024-03-01T10:00:00+02:00</dc:date>
    </item>
    <item>
      <description>No link, no guid, nothing to identify</description>
    </item>
    <item>
      <title>Script link</title>
      <link>javascript:alert(1)</link>
      <guid isPermaLink="false">js-1</guid>
    </item>
  </channel>
</rss>`;

describe('parseFeed: RSS 2.0', () => {
  const parsed = parseFeed(RSS2, BASE);

  it('reads the channel', () => {
    expect(parsed.format).toBe('rss');
    expect(parsed.feed).toEqual({ title: 'News & Views', link: 'https://news.example/' });
  });

  it('resolves relative links, normalises dates, keeps HTML content and plain summaries', () => {
    expect(parsed.items[0]).toEqual({
      id: 'storm-1',
      url: 'https://news.example/2024/storm',
      title: 'Storm hits coast',
      published: '2003-06-10T04:00:00.000Z',
      summary: 'Winds of 100 km/h & rain.',
      contentHtml: '<p>Full story.</p>',
    });
  });

  it('uses a permalink guid as the link, and dc:date', () => {
    expect(parsed.items[1]).toMatchObject({
      id: 'https://news.example/2024/guid',
      url: 'https://news.example/2024/guid',
      published: '2024-03-01T10:00:00+02:00',
    });
  });

  it('reports an unusable item by position and goes on', () => {
    expect(parsed.errors).toEqual([{ item: 2, reason: 'item has no link, guid or rdf:about' }]);
    expect(parsed.items).toHaveLength(3);
  });

  it('drops a javascript: link but keeps the item by its guid', () => {
    expect(parsed.items[2]).toMatchObject({ id: 'js-1', url: null, title: 'Script link' });
  });
});

describe('parseFeed: RSS 1.0 / RDF', () => {
  const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/"><title>RDF News</title><link>https://rdf.example/</link></channel>
  <item rdf:about="https://rdf.example/a">
    <title>First</title><link>https://rdf.example/a</link>
    <dc:date>2024-01-02T03:04:05Z</dc:date><description>Desc</description>
  </item>
</rdf:RDF>`;

  it('reads items beside the channel', () => {
    const parsed = parseFeed(RDF, 'https://rdf.example/index.rdf');
    expect(parsed.format).toBe('rdf');
    expect(parsed.feed.title).toBe('RDF News');
    expect(parsed.items).toEqual([
      {
        id: 'https://rdf.example/a',
        url: 'https://rdf.example/a',
        title: 'First',
        published: '2024-01-02T03:04:05Z',
        summary: 'Desc',
        contentHtml: 'Desc',
      },
    ]);
  });
});

describe('parseFeed: Atom', () => {
  const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<a:feed xmlns:a="http://www.w3.org/2005/Atom" xml:base="https://atom.example/blog/">
  <a:title type="html">Atom &lt;em&gt;Blog&lt;/em&gt;</a:title>
  <a:link rel="self" href="https://atom.example/feed"/>
  <a:link href="https://atom.example/"/>
  <a:entry>
    <a:id>tag:atom.example,2024:1</a:id>
    <a:title>Plain &amp; simple</a:title>
    <a:link rel="alternate" type="text/html" href="posts/1"/>
    <a:link rel="enclosure" href="audio.mp3"/>
    <a:published>2024-05-06T07:08:09Z</a:published>
    <a:updated>2024-05-07T00:00:00Z</a:updated>
    <a:summary type="html">&lt;p&gt;Short&lt;/p&gt;</a:summary>
    <a:content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hello <b>world</b> &amp; you</p></div></a:content>
  </a:entry>
  <a:entry xml:base="https://other.example/x/">
    <a:id>tag:atom.example,2024:2</a:id>
    <a:title type="text">Text content</a:title>
    <a:link href="../y"/>
    <a:updated>2024-05-08T00:00:00Z</a:updated>
    <a:content type="text">1 &lt; 2</a:content>
  </a:entry>
  <a:entry><a:title>No id, no link</a:title></a:entry>
</a:feed>`;

  const parsed = parseFeed(ATOM, 'https://atom.example/feed');

  it('reads the feed with any namespace prefix', () => {
    expect(parsed.format).toBe('atom');
    expect(parsed.feed).toEqual({ title: 'Atom Blog', link: 'https://atom.example/' });
  });

  it('resolves links against xml:base, serialises XHTML content, prefers published', () => {
    expect(parsed.items[0]).toEqual({
      id: 'tag:atom.example,2024:1',
      url: 'https://atom.example/blog/posts/1',
      title: 'Plain & simple',
      published: '2024-05-06T07:08:09Z',
      summary: 'Short',
      contentHtml: '<p>Hello <b>world</b> &amp; you</p>',
    });
  });

  it('uses an entry xml:base, updated when unpublished, and escapes text content', () => {
    expect(parsed.items[1]).toMatchObject({
      url: 'https://other.example/y',
      published: '2024-05-08T00:00:00Z',
      contentHtml: '1 &lt; 2',
    });
  });

  it('reports an entry without id or link', () => {
    expect(parsed.errors).toEqual([{ item: 2, reason: 'entry has no id and no alternate link' }]);
  });
});

describe('parseFeed: JSON Feed', () => {
  const JSON_FEED = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'JSON News',
    home_page_url: 'https://json.example/',
    items: [
      { id: 1, url: '/p/1', title: 'One', content_html: '<p>One</p>', date_published: '2024-02-03T04:05:06Z' },
      { id: '2', external_url: 'https://elsewhere.example/2', content_text: 'Para 1\n\nPara <2>', summary: 'S' },
      'not an object',
      { title: 'no id' },
    ],
  });

  it('reads items, numbers as ids, and text content as escaped HTML', () => {
    const parsed = parseFeed(JSON_FEED, 'https://json.example/feed.json');
    expect(parsed.format).toBe('json');
    expect(parsed.feed).toEqual({ title: 'JSON News', link: 'https://json.example/' });
    expect(parsed.items[0]).toMatchObject({ id: '1', url: 'https://json.example/p/1', published: '2024-02-03T04:05:06Z' });
    expect(parsed.items[1]).toMatchObject({
      id: '2',
      url: 'https://elsewhere.example/2',
      summary: 'S',
      contentHtml: '<p>Para 1</p><p>Para &lt;2&gt;</p>',
    });
    expect(parsed.errors).toEqual([
      { item: 2, reason: 'item is not a JSON object' },
      { item: 3, reason: 'item has no id and no url' },
    ]);
  });

  it('does not let __proto__ keys pollute anything', () => {
    const hostile = '{"items":[{"id":"x","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}],"__proto__":{"polluted":true}}';
    const parsed = parseFeed(hostile, BASE);
    expect(parsed.items).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('parseFeed: refusals', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['not a feed', '<html><body/></html>', /not a feed: the root element is <html>/],
    ['not XML or JSON', 'hello', /neither XML nor JSON/],
    ['broken JSON', '{"items": [', /not valid JSON/],
    ['JSON without items', '{"title": "x"}', /no "items" array/],
    ['a sitemap', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>', /this is a sitemap/],
    ['an internal DTD subset', '<!DOCTYPE rss [<!ENTITY a "b">]><rss/>', /internal subset/],
    ['too deep', `${'<rss>'.repeat(200)}${'</rss>'.repeat(200)}`, /not well-formed XML/],
  ];
  it.each(cases)('throws BAD_FEED for %s', (_name, input, message) => {
    let thrown: unknown;
    try {
      parseFeed(input, BASE);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(CorroborateError);
    expect((thrown as CorroborateError).code).toBe('BAD_FEED');
    expect((thrown as CorroborateError).message).toMatch(message);
  });

  it('throws BAD_ARGUMENT for a relative base URL', () => {
    expect(() => parseFeed('<rss/>', '/feed')).toThrow(/not an absolute URL/);
  });

  it('does not expand DTD entities declared later in the document', () => {
    const parsed = parseFeed('<rss><channel><!DOCTYPE x [<!ENTITY e "boom">]><item><guid>&e;</guid></item></channel></rss>', BASE);
    expect(parsed.items[0]?.id).toBe('&e;');
  });
});

describe('parseSitemap', () => {
  it('reads a news sitemap', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://news.example/a</loc><lastmod>2024-01-01</lastmod>
    <news:news><news:title>A &amp; B</news:title><news:publication_date>2024-01-01T10:00:00Z</news:publication_date></news:news>
  </url>
  <url><lastmod>2024-01-01</lastmod></url>
  <url><loc>ftp://x/</loc></url>
</urlset>`;
    const parsed = parseSitemap(xml, 'https://news.example/sitemap.xml');
    expect(parsed.kind).toBe('urlset');
    expect(parsed.entries).toEqual([
      { url: 'https://news.example/a', lastModified: '2024-01-01', title: 'A & B', published: '2024-01-01T10:00:00Z' },
    ]);
    expect(parsed.errors.map((e) => e.item)).toEqual([1, 2]);
  });

  it('reads a sitemap index', () => {
    const xml = '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/s1.xml</loc></sitemap></sitemapindex>';
    const parsed = parseSitemap(xml, 'https://news.example/sitemap.xml');
    expect(parsed.kind).toBe('index');
    expect(parsed.entries[0]?.url).toBe('https://news.example/s1.xml');
  });

  it('refuses another document', () => {
    expect(() => parseSitemap('<rss/>', BASE)).toThrow(/not a sitemap/);
  });
});
