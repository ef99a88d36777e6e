import { describe, expect, it } from 'vitest';
import { prepareHtml } from './prepare-html.ts';

function body(html: string, dropUnlikely = true): string | undefined {
  return prepareHtml(`<html><body>${html}</body></html>`, { dropUnlikely }).document.body?.innerHTML;
}

describe('prepareHtml', () => {
  const cases: Array<[string, string]> = [
    ['<p>a</p>\n<script>x()</script>\n<p>b</p>', '<p>a</p><p>b</p>'],
    ['<div class="a" data-x="1>2" onclick="f()"><a href="/b" target="_blank">b</a></div>', '<div class="a"><a>b</a></div>'],
    ['<p>See <a href="#notes">the notes</a> and <b>this</b></p>', '<p>See <a href="#notes">the notes</a> and <b>this</b></p>'],
    ['<div style="display: none">x</div><div hidden>x</div><div style="color:red">y</div>', '<div hidden=""></div><div hidden=""></div><div>y</div>'],
    ['<meta property="og:title" content="T"><meta name="x" content="y"><nav><a href="/">Home</a></nav><p>t</p>', '<meta property="og:title" content="T"/><meta/><p>t</p>'],
    ['<aside>ad</aside><footer>© 2024</footer><p>t</p>', '<p>t</p>'],
    [
      '<div class="sidebar">x</div><div class="sidebar content">y</div><div role="navigation">z</div>',
      '<div class="sidebar"></div><div class="sidebar content">y</div><div role="navigation"></div>',
    ],
    ['<table><tr><td><div class="comment">kept in tables</div></td></tr></table>', '<table><tr><td><div class="comment">kept in tables</div></td></tr></table>'],
    ['<div class="byline-header">By Ann</div><img src="a.png"><img class="x.jpg">', '<div class="byline-header">By Ann</div><img class="x.jpg"/>'],
    ['<o:p>Word</o:p> &amp; <p>a&nbsp;b</p>', '<o-p>Word</o-p> &amp; <p>a\u00a0b</p>'],
  ];
  it.each(cases)('%s', (input, expected) => {
    expect(body(input)).toBe(expected);
  });

  it('keeps hidden and unlikely subtrees, marked, for the whole-page DOM', () => {
    expect(body('<div style="visibility:hidden">x</div><div class="sidebar">y</div>', false)).toBe(
      '<div hidden="">x</div><div class="sidebar">y</div>',
    );
  });

  it('never leaves out the document frame', () => {
    const page = prepareHtml('<html class="header-spacing"><head><title>T</title><link rel="x"></head><body hidden><p>a</p></body></html>');
    expect(page.document.documentElement?.getAttribute('class')).toBe('header-spacing');
    expect(page.document.head?.innerHTML).toBe('<title>T</title>');
    expect(page.document.body?.hasAttribute('hidden')).toBe(true);
    expect(page.document.title).toBe('T');
  });

  it('reads metadata from the whole page except noise and chrome', () => {
    const page = prepareHtml(
      '<html lang="fr"><head><script type="application/ld+json">{"a":1}</script><meta name="author" content="A"></head>' +
        '<body><nav><h1>Menu</h1></nav><div hidden><h1>First <b>title</b></h1></div><h1>Second</h1></body></html>',
      {
        probes: {
          h1: { matches: (tag) => tag === 'h1', read: 'text', attributes: [] },
          lang: { matches: (tag) => tag === 'html', read: 'lang', attributes: ['lang'] },
        },
      },
    );
    expect(page.jsonLd).toEqual(['{"a":1}']);
    expect(page.metas).toEqual([{ name: 'author', content: 'A' }]);
    expect(page.rootAttributes).toEqual({ lang: 'fr' });
    expect(page.found).toEqual(new Map([['lang', 'fr'], ['h1', 'First title']]));
  });

  it('measures nesting without recursion', () => {
    expect(prepareHtml(`${'<div>'.repeat(10_000)}x`).depth).toBe(10_000);
  });
});
