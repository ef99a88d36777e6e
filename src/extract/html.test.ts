import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractHtml } from './html.ts';

const FIXTURES = path.resolve(import.meta.dirname, '..', '..', 'test', 'fixtures', 'extract');

function readFixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

describe('extractHtml metadata', () => {
  const cases: Array<[string, string | undefined, Record<string, unknown>]> = [
    [
      'json-ld-article.html',
      'https://planet.example/budget',
      {
        title: 'Council approves budget',
        byline: 'Lois Lane, Clark Kent',
        published: '2024-03-05T09:30:00+01:00',
        outlet: 'The Daily Planet',
        canonicalUrl: 'https://planet.example/budget',
        language: 'en',
      },
    ],
    [
      'opengraph.html',
      undefined,
      {
        title: 'La pluie revient sur Paris',
        byline: 'Marie Curie',
        published: '2023-10-01T06:00:00Z',
        outlet: 'Le Quotidien',
        canonicalUrl: 'https://quotidien.example/meteo/pluie',
        url: 'https://quotidien.example/meteo/pluie',
        language: 'fr',
      },
    ],
    [
      'graph-broken.html',
      'https://www.example.org/x',
      {
        title: 'Graph headline',
        byline: 'Ada Lovelace',
        published: '2022-05-04',
        outlet: 'example.org',
        canonicalUrl: 'https://www.example.org/2022/05/story',
        language: 'en',
      },
    ],
    [
      'no-metadata.html',
      'https://news.example.com/a',
      { title: null, byline: null, published: null, outlet: 'news.example.com', language: 'en' },
    ],
  ];
  it.each(cases)('%s', (file, url, expected) => {
    expect(extractHtml(readFixture(file), { url })).toMatchObject(expected);
  });
});

describe('extractHtml text', () => {
  it('keeps headings and paragraphs as blocks and drops captions, share bars and navigation', () => {
    const { text } = extractHtml(readFixture('json-ld-article.html'));
    const blocks = text.split('\n\n');
    expect(blocks).toContain('What changes');
    expect(blocks.at(-1)).toBe(
      'The mayor said the plan was “balanced and fair” & would be reviewed in the autumn, once the first quarterly figures are known to the public.',
    );
    expect(text).not.toMatch(/Photo credit|Share on|Home|Copyright|&amp;|&ldquo;/);
  });

  it('falls back to JSON-LD articleBody when Readability finds too little', () => {
    const { text } = extractHtml(readFixture('readability-fails.html'));
    expect(text).toContain('Engineers found corrosion');
  });

  it('returns empty text for a page of scripts and styles', () => {
    expect(extractHtml(readFixture('script-only.html')).text).toBe('');
  });

  it('survives 10,000 levels of nesting', () => {
    const depth = 10_000;
    const paragraph = '<p>' + 'Deep text that is long enough to be kept by the fallback prose scan. '.repeat(2) + '</p>';
    const html = `<html><body>${'<div>'.repeat(depth)}${paragraph}${'</div>'.repeat(depth)}</body></html>`;
    const result = extractHtml(html);
    expect(result.text).toContain('Deep text');
  });

  it('survives 10,000 unclosed inline elements', () => {
    expect(() => extractHtml(`<body>${'<span><b>'.repeat(10_000)}x`)).not.toThrow();
  });

  it('never throws on arbitrary strings and always returns string text', () => {
    const htmlish = fc.stringMatching(/^(<\/?(div|p|a|script|meta|title|article)( [a-z]+="[^"]*")?>|[^<]{0,20}|&[a-z#0-9]{0,6};?)*$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), htmlish), (input) => {
        const result = extractHtml(input);
        expect(typeof result.text).toBe('string');
        for (const key of ['title', 'byline', 'published', 'outlet', 'language'] as const) {
          expect(result[key] === null || typeof result[key] === 'string').toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('extractHtml metadata a page gives in its own way', () => {
  const page = (head: string, body = '<article><p>Body text of the story, long enough to read.</p></article>') =>
    `<html lang="en"><head>${head}</head><body>${body}</body></html>`;

  it('names the outlet, not a URL, a handle, a tag list, a slug or a section', () => {
    const outlet = (head: string, url?: string) => extractHtml(page(head), { url }).outlet;
    expect(outlet('<meta property="og:site_name" content="https://www.newsnation.in">')).toBe('newsnation.in');
    expect(outlet('<meta property="og:site_name" content="@politifact">', 'https://www.politifact.com/x')).toBe('politifact.com');
    expect(outlet('<meta property="og:site_name" content="Autoracing | F1 | Indy | MotoGP">')).toBe('Autoracing');
    const gannett = '<meta property="og:site_name" content="detroitnews"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"The Detroit News"}}</script>';
    expect(outlet(gannett)).toBe('The Detroit News');
    const reuters = '<title>Oil drifts lower - Reuters</title><meta property="og:site_name" content="U.S.">';
    expect(outlet(reuters, 'https://www.reuters.com/article/us-markets')).toBe('Reuters');
    // A site name the host does not spell is still the site's when the title does not name the host either.
    expect(outlet('<title>Story - Example</title><meta property="og:site_name" content="Daily Planet">', 'https://planet.example/a')).toBe('Daily Planet');
  });

  it('finds the publication date in a date element, a CMS meta tag, a hidden field or the byline', () => {
    const published = (head: string, body: string) => extractHtml(page(head, `${body}<article><p>Body text of the story.</p></article>`)).published;
    expect(published('', '<div class="publish-date">Published 11:34 PM EST Nov 19, 2019</div>')).toBe('2019-11-20T04:34:00.000Z');
    expect(published('', '<span class="article-publish-date">Updated November 21, 2019</span>')).toBeNull();
    expect(published('<meta name="sn-post-date" content="2019/11/19">', '')).toBe('2019-11-19');
    expect(published('', '<input class="published_date" type="hidden" value="2019-11-19 02:24:47">')).toBe(new Date(2019, 10, 19, 2, 24, 47).toISOString());
    expect(published('', '<h3 class="byline">by Jeff Foust<br><span>Monday, November 18, 2019</span></h3>')).toBe('2019-11-18');
    // A standard declaration still comes first.
    expect(published('<meta property="article:published_time" content="2019-11-17T10:00:00Z">', '<div class="publish-date">Nov 19, 2019</div>')).toBe('2019-11-17T10:00:00Z');
  });

  it('reads a byline split by a line break as two words, and its names only', () => {
    const html = page('', '<h3 class="byline">by Jeff Foust<br><span class="datetime">Monday, November 18, 2019</span></h3><article><p>Body.</p></article>');
    expect(extractHtml(html).byline).toBe('Jeff Foust');
  });
});

describe('readUrlDate', () => {
  it('reads the day a news address carries, and nothing else', async () => {
    const { readUrlDate } = await import('./metadata.ts');
    expect(readUrlDate('https://www.politifact.com/truth-o-meter/article/2019/nov/18/politifacts-guide/')).toBe('2019-11-18');
    expect(readUrlDate('https://www.cnn.com/2019/11/18/health/feather-down')).toBe('2019-11-18');
    expect(readUrlDate('https://example.com/news/2019-11-08-budget')).toBe('2019-11-08');
    expect(readUrlDate('https://example.com/2019/13/40/x')).toBeNull();
    expect(readUrlDate('https://example.com/2019/11/x')).toBeNull();
    expect(readUrlDate('https://example.com/a?d=/2019/11/18/')).toBeNull();
    expect(readUrlDate(null)).toBeNull();
  });
});
