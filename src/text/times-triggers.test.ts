import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriggers, markTriggers } from './times-triggers.ts';
import { EXPLICIT_RULES } from './times-rules-explicit.ts';
import { RELATIVE_RULES } from './times-rules-relative.ts';
import type { Span } from './types.ts';

const TRIGGERS = [...new Set([...EXPLICIT_RULES, ...RELATIVE_RULES].map((r) => r.trigger))];
const SCANNER = compileTriggers(TRIGGERS);

const fragment = fc.oneof(
  fc.constantFrom('Monday', 'today', 'TONIGHT', 'Yesterday', 'morning', 'Night', 'weeks', 'Months', 'year', 'ago', 'agony', 'AGO'),
  fc.constantFrom('Jan', 'jan', 'Mayor', 'March', 'Sept.', '2025-11-19', '1999', 'recent', 'Coming', 'holiday'),
  fc.constantFrom(' ', '  ', '\n', '.', ',', '-', 'é', '\u201c'),
  fc.string({ maxLength: 4 }),
);

/** Ordered, non-overlapping spans over [0, length), as the sentence splitter makes them. */
function orderedSpans(length: number): fc.Arbitrary<Span[]> {
  return fc.uniqueArray(fc.integer({ min: 0, max: length }), { maxLength: 12 }).map((cuts) => {
    const points = [...cuts].sort((a, b) => a - b);
    const spans: Span[] = [];
    for (let i = 0; i + 1 < points.length; i += 2) spans.push({ start: points[i]!, end: points[i + 1]! });
    return spans;
  });
}

describe('markTriggers', () => {
  it('marks every group whose trigger matches inside a sentence', () => {
    const input = fc.array(fragment, { maxLength: 40 }).chain((parts) => {
      const text = parts.join('');
      return fc.tuple(fc.constant(text), orderedSpans(text.length));
    });
    fc.assert(
      fc.property(input, ([text, spans]) => {
        const masks = markTriggers(SCANNER, text, spans);
        spans.forEach((span, k) => {
          const body = text.slice(span.start, span.end);
          TRIGGERS.forEach((trigger, group) => {
            if (trigger.test(body)) expect(masks[k]! & (1 << group)).not.toBe(0);
          });
        });
      }),
      { numRuns: 400 },
    );
  });

  it('marks every group when spans are out of order', () => {
    const masks = markTriggers(SCANNER, 'Monday. Tuesday.', [
      { start: 8, end: 16 },
      { start: 0, end: 7 },
    ]);
    expect([...masks]).toEqual([-1, -1]);
  });

  it('tests the digit triggers everywhere and the word triggers only where their words are', () => {
    const text = 'It rained. Talks began on Monday.';
    const masks = markTriggers(SCANNER, text, [
      { start: 0, end: 10 },
      { start: 11, end: text.length },
    ]);
    const weekday = TRIGGERS.findIndex((t) => t.source === 'day');
    expect(masks[0]! & (1 << weekday)).toBe(0);
    expect(masks[1]! & (1 << weekday)).not.toBe(0);
    expect(masks[0]! & SCANNER.always).toBe(SCANNER.always);
  });
});
