import { describe, expect, it } from 'vitest';
import { prepareHtml } from './prepare-html.ts';

describe('prepareHtml', () => {
  const cases: Array<[string, string]> = [
    ['<p>a</p>\n<script>x()</script>\n<p>b</p>', '<p>a</p><p>b</p>'],
    ['<div class="a" data-x="1>2" onclick="f()"><a href="/b" target="_blank">b</a></div>', '<div class="a"><a href="/b">b</a></div>'],
    ['<div style="display: none">x</div><div style="color:red">y</div>', '<div hidden>x</div><div>y</div>'],
    ['<meta property="og:title" content="T"><nav><a href="/">Home</a></nav><p>t</p>', '<meta property="og:title" content="T"><p>t</p>'],
    ['<aside>ad</aside><footer>© 2024</footer><p>t</p>', '<p>t</p>'],
  ];
  it.each(cases)('%s', (input, expected) => {
    expect(prepareHtml(input).html).toBe(expected);
  });

  it('captures JSON-LD before scripts go', () => {
    const { jsonLd } = prepareHtml('<script type="application/ld+json">{"a":1}</script>');
    expect(jsonLd).toEqual(['{"a":1}']);
  });
});
