import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLoaded } from './loaded.ts';
import type { Sentence, Span } from './types.ts';

/** Lexicon words, quotes, apostrophes, hyphens and non-ASCII, so the generator reaches the tricky paths. */
const PIECES = [
  'slammed', 'explosive', 'so-called', 'of', 'course', 'regime', "regime's", 'lashed', 'out', 'genocidal', ' ',
  ' ', '"', '\u201c', '\u201d', "'", '\u2019', '-', '\n', '.', 'caf\u00e9', '\u0130', 'stunning', 'chaos', 'x',
];

const textArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(' ')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join('')),
);

/** Splits the text at sorted cut points into contiguous sentences. */
function toSentences(text: string, cuts: number[]): Sentence[] {
  const points = [...new Set([0, ...cuts.map((c) => c % (text.length + 1)), text.length])].sort((a, b) => a - b);
  return points.slice(1).map((end, i) => {
    const start = points[i]!;
    return { start, end, text: text.slice(start, end), heading: false };
  });
}

describe('findLoaded properties', () => {
  it('never throws and returns well-formed spans', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.array(fc.record({ start: fc.integer({ min: -5, max: 250 }), end: fc.integer({ min: -5, max: 250 }) })),
        (text, cuts, quotes: Span[]) => {
          const sentences = toSentences(text, cuts);
          const found = findLoaded(text, sentences, quotes);
          let last = -1;
          for (const item of found) {
            expect(item.start).toBeGreaterThanOrEqual(0);
            expect(item.start).toBeLessThan(item.end);
            expect(item.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(item.start, item.end)).toBe(item.text);
            expect(item.start).toBeGreaterThanOrEqual(last);
            last = item.end;
            const sentence = sentences[item.sentence];
            expect(sentence).toBeDefined();
            expect(sentence!.start).toBeLessThanOrEqual(item.start);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
