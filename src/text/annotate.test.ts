import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../extract/clean.ts';
import { annotateText } from './annotate.ts';
import { normalizeForAnalysis } from './normalize.ts';

const newsish = fc.array(
  fc.oneof(
    fc.constantFrom('Army Secretary Dan Driscoll', 'said', '"', '\u201c', '\u201d', 'Kyiv', 'on Wednesday', ', ', '. ', '\n', '\n\n', 'explosive', 'according to CNN', 'President', 'Axios reported', '(ANI)', 'By', '#tag', 'in late October'),
    fc.string({ maxLength: 12 }),
  ),
  { maxLength: 40 },
);

describe('annotateText properties', () => {
  it('never throws and keeps every offset inside the text', () => {
    fc.assert(
      fc.property(newsish, fc.option(fc.constantFrom('2025-11-20', '2024-02-29T10:00:00Z')), (parts, published) => {
        const text = parts.join(' ');
        const clean = cleanText(text);
        const a = annotateText(text, { removed: clean.removed, headings: clean.headings, published });
        for (const x of [...a.sentences, ...a.entities, ...a.times, ...a.quotes, ...a.cites, ...a.loaded, ...a.tokens]) {
          expect(x.start).toBeGreaterThanOrEqual(0);
          expect(x.end).toBeLessThanOrEqual(text.length);
          expect(x.start).toBeLessThanOrEqual(x.end);
        }
        for (const s of a.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
      }),
      { numRuns: 150 },
    );
  });

  it('normalisation keeps the length', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeForAnalysis(s).length === s.length));
  });

  it('normalisation gives the same whatever was normalised before it (it remembers the last text)', () => {
    const once = (s: string) => [...s].map((c) => normalizeForAnalysis(c)).join('');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', ' ', '\u2019', '\u201c', '\u2011', '\u00a0', '"') }), { maxLength: 4 }), (texts) => {
        for (const t of [...texts, ...texts.map(normalizeForAnalysis), ...texts]) {
          const out = normalizeForAnalysis(t);
          expect(out).toBe(once(t));
          expect(normalizeForAnalysis(out)).toBe(out);
        }
      }),
    );
  });
});

describe('annotateText cases', () => {
  it.each([
    ['Headline Without Stop\nFirst sentence here. Second one.', ['Headline Without Stop', 'First sentence here.', 'Second one.']],
    ['One line only.', ['One line only.']],
    ['', []],
  ])('splits %j', (text, expected) => {
    const clean = cleanText(text);
    expect(annotateText(text, { removed: clean.removed, headings: clean.headings }).sentences.map((s) => s.text)).toEqual(expected);
  });

  it('gives the speaker of a quote after it and before it', () => {
    const a = annotateText('"We will not yield," Interior Minister Jane Doe said. A spokesman said: "The talks go on."');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Jane Doe', 'a spokesman']);
  });
});
