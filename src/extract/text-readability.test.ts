import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import type { LightElement } from './light-dom.ts';
import { prepareHtml } from './prepare-html.ts';
import { READABILITY, runReadability, TextReadability } from './text-readability.ts';

const FIXTURES = path.resolve(import.meta.dirname, '..', '..', 'test', 'fixtures', 'extract');

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the story, long enough to be scored, with a comma, another, and a third one too.</p>`;

/** A page whose first pass fails: the story sits in an unlikely-named box, which only the retries read. */
const RETRY_PAGE = `<html><head><title>Retry</title></head><body>
  <div class="sidebar-story"><div>${[1, 2, 3, 4, 5, 6, 7].map(paragraph).join('')}</div></div>
  <div class="teaser">Short teaser.</div>
</body></html>`;

/** Nested blocks, lists, links, hidden and unlikely parts: what the overrides and the pruning touch. */
const MIXED_PAGE = `<html><head><title>Mixed | Site</title></head><body>
  <div class="comments"><p>${'A comment, quite long. '.repeat(6)}</p></div>
  <article><h1>Mixed</h1><div class="byline">By <span itemprop="name">Ann</span></div><div><span></span></div><div><div>${[1, 2, 3].map(paragraph).join('')}</div></div>
  <ul><li><a href="/a">Related one</a></li><li><a href="#b">Jump</a></li></ul>
  <div style="display:none">${paragraph(9)}</div><table><tr><td><div class="share">Share</div></td></tr></table>
  <div><br><br></div>${[4, 5].map(paragraph).join('')}</article>
  <div role="navigation"><a href="/">Home</a></div>
</body></html>`;

/** Every pass fails and the longest wins: the pruned first pass must not be among them. */
const ALL_PASSES_FAIL_PAGE = `<html><head><title>T</title></head><body><a href="#x"><br><p>${'Words, words. '.repeat(7)}</p></a>
  <div class="content">&nbsp;<div role="navigation"><br><div class="sidebar"><br><blockquote>${'Quoted, here. '.repeat(6)}</blockquote></div></div>
  <p>${'Council met, and voted. '.repeat(4)}</p></div>&nbsp;loose text, with a comma, </body></html>`;

/** Plain Readability on the whole page, as this project ran it before prepare-html.ts pruned for it. */
function readWholePage(html: string): string | null {
  const document = prepareHtml(html, { dropUnlikely: false }).document as unknown as Document;
  return new Readability(document, { keepClasses: true }).parse()?.textContent ?? null;
}

/** Readability as extractHtml runs it: the pruned page, then the whole page if the first pass keeps too little. */
function readPrunedPage(html: string): string | null {
  const first = runReadability(prepareHtml(html).document, { firstPassOnly: true });
  const { article } = first.retried ? runReadability(prepareHtml(html, { dropUnlikely: false }).document) : first;
  return (article as (LightElement & Element) | null)?.textContent ?? null;
}

describe('runReadability', () => {
  const pages: Array<[string, string]> = [
    ...['json-ld-article.html', 'opengraph.html', 'graph-broken.html', 'no-metadata.html', 'readability-fails.html'].map(
      (name): [string, string] => [name, readFileSync(path.join(FIXTURES, name), 'utf8')],
    ),
    ['retry page', RETRY_PAGE],
    ['all passes fail', ALL_PASSES_FAIL_PAGE],
    ['mixed page', MIXED_PAGE],
  ];

  it.each(pages)('keeps the text plain Readability keeps on the whole page: %s', (_, html) => {
    expect(readPrunedPage(html)).toBe(readWholePage(html));
  });

  it.each(pages)('overrides answer as the methods they replace: %s', (_, html) => {
    const document = prepareHtml(html, { dropUnlikely: false }).document;
    const reader = new TextReadability(document as unknown as Document);
    const elements = document.documentElement ? [document.documentElement, ...document.documentElement.getElementsByTagName('*')] : [];
    for (const element of elements) {
      const matchString = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
      expect(reader._isValidByline(element, matchString)).toBe(READABILITY._isValidByline.call(reader, element, matchString));
      expect(reader._isElementWithoutContent(element)).toBe(READABILITY._isElementWithoutContent.call(reader, element));
      for (const tags of [['p'], ['h1', 'h2'], ['SPAN', 'li', 'td', 'div', 'p', 'a', 'ul']]) {
        const found = reader._getAllNodesWithTag(element, tags);
        const expected = READABILITY._getAllNodesWithTag.call(reader, element, tags);
        expect(found.length === expected.length && found.every((node, i) => node === expected[i])).toBe(true);
      }
    }
  });

  it('stops a pruned first pass that keeps too little, for a run on the whole page', () => {
    expect(runReadability(prepareHtml(RETRY_PAGE).document, { firstPassOnly: true })).toEqual({ article: null, retried: true });
    expect(readPrunedPage(RETRY_PAGE)).toContain('Paragraph 7 of the story');
  });
});
