import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { type StreamHandler, streamHtml } from './html-stream.ts';
import type { Attributes } from './prune-rules.ts';

const WANTED = new Set(['class', 'id', 'href']);

/** Events as a list of strings, adjacent text merged (chunking is the tokenizer's business). */
class Recorder implements StreamHandler {
  readonly events: string[] = [];
  readsAttributesOf(): boolean {
    return true;
  }
  onopentag(tag: string, attributes: Attributes): void {
    const kept = Object.entries(attributes).filter(([name]) => WANTED.has(name));
    this.events.push(`<${tag} ${JSON.stringify(kept)}>`);
  }
  onclosetag(tag: string): void {
    this.events.push(`</${tag}>`);
  }
  ontext(text: string): void {
    const last = this.events.length - 1;
    if (this.events[last]?.startsWith('#')) this.events[last] += text;
    else this.events.push(`#${text}`);
  }
  onend(): void {
    this.events.push('end');
  }
}

function streamEvents(html: string): string[] {
  const recorder = new Recorder();
  streamHtml(html, recorder, WANTED);
  return recorder.events;
}

function parserEvents(html: string): string[] {
  const recorder = new Recorder();
  new Parser(recorder, { decodeEntities: true }).end(html);
  return recorder.events;
}

// biome-ignore format: a word list reads better packed
const TAGS = [
  'p', 'div', 'li', 'ul', 'td', 'tr', 'th', 'table', 'tbody', 'thead', 'svg', 'math', 'mi', 'title', 'br', 'img',
  'select', 'option', 'optgroup', 'input', 'dd', 'dt', 'h1', 'body', 'head', 'script', 'textarea', 'a', 'B', 'o:p',
];

const tag = fc.constantFrom(...TAGS);
const attribute = fc.oneof(
  fc.constantFrom(' class="a b"', " ID='x&amp;y'", ' href=#top', ' hidden', ' class="dup" class="second"', ' data-x="1>2"'),
  fc.constant(''),
);
const token = fc.oneof(
  fc.tuple(tag, attribute).map(([name, attrs]) => `<${name}${attrs}>`),
  fc.tuple(tag, attribute).map(([name, attrs]) => `<${name}${attrs}/>`),
  tag.map((name) => `</${name}>`),
  fc.constantFrom('text', ' ', '&amp;', '&nbsp;', '&#x1F600;', '<!-- c -->', '<![CDATA[x]]>', '<!doctype html>', '<', '>'),
);

describe('streamHtml', () => {
  it('gives the events of htmlparser2 Parser, attributes filtered', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        const html = tokens.join('');
        expect(streamEvents(html)).toEqual(parserEvents(html));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads only the attributes asked for, the first of a name winning', () => {
    expect(streamEvents('<a HREF="#x" href="#y" target="_blank">')).toEqual(['<a [["href","#x"]]>', '</a>', 'end']);
  });
});
