import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTimes } from './times.ts';
import type { Sentence } from './types.ts';

const DATE_SHAPE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const isoDay = fc
  .date({ min: new Date('1700-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const published = fc.oneof(fc.constant(null), fc.string(), isoDay, isoDay.map((d) => `${d}T14:00:00Z`));

/** Random, possibly overlapping or out-of-range sentence spans. */
const sentencesFor = (length: number) =>
  fc.array(
    fc.record({ start: fc.integer({ min: -5, max: length + 5 }), end: fc.integer({ min: -5, max: length + 5 }) }),
    { maxLength: 5 },
  );

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Past-tense news sentences: whatever P is, the time they name cannot be after it. */
const pastSentence = fc.oneof(
  fc.constantFrom(...WEEKDAYS).map((w) => `Officials met on ${w}.`),
  fc.constantFrom(...WEEKDAYS).map((w) => `Axios reported on ${w} morning that talks had stalled.`),
  fc.constantFrom(...WEEKDAYS).map((w) => `Trump said ${w} he will meet Putin.`),
  fc.constantFrom(...MONTHS).map((m) => `Talks began in late ${m}.`),
  fc.constantFrom(...MONTHS).map((m) => `The plan was drafted in ${m}, officials said.`),
  fc.tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `The memo was dated ${m} ${d}.`),
);

function wholeText(text: string): Sentence[] {
  return [{ start: 0, end: text.length, text, heading: false }];
}

describe('findTimes properties', () => {
  it('never throws and returns well-formed spans and dates', () => {
    const input = fc.string({ maxLength: 200 }).chain((text) => fc.tuple(fc.constant(text), sentencesFor(text.length), published));
    fc.assert(
      fc.property(input, ([text, spans, p]) => {
        const sentences = spans.map(({ start, end }) => ({ start, end, text: text.slice(start, end), heading: false }));
        for (const t of findTimes(text, sentences, p)) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(t.start).toBeLessThan(t.end);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.date === null || DATE_SHAPE.test(t.date)).toBe(true);
          expect(sentences[t.sentence]).toBeDefined();
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps well-formed output on text made of date words', () => {
    const words = fc.constantFrom(
      ...WEEKDAYS,
      ...MONTHS,
      'Nov.',
      '19',
      '2025',
      '2025-11-19',
      'in',
      'late',
      'last',
      'next',
      'will',
      'said',
      'ago',
      'two',
      'years',
      'month',
      'this',
      'morning',
      ',',
      '.',
      '-',
    );
    const input = fc.tuple(fc.array(words, { maxLength: 30 }).map((w) => w.join(' ')), published);
    fc.assert(
      fc.property(input, ([text, p]) => {
        for (const t of findTimes(text, wholeText(text), p)) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.date === null || DATE_SHAPE.test(t.date)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never resolves a past-tense weekday, month or date after P', () => {
    fc.assert(
      fc.property(pastSentence, isoDay, (sentence, p) => {
        const times = findTimes(sentence, wholeText(sentence), p);
        expect(times).toHaveLength(1);
        const date = times[0]?.date;
        expect(date).not.toBeNull();
        expect(date! <= p.slice(0, date!.length)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('resolves nothing relative without a publication date', () => {
    fc.assert(
      fc.property(pastSentence, (sentence) => {
        expect(findTimes(sentence, wholeText(sentence), null).map((t) => t.date)).toEqual([null]);
      }),
    );
  });
});
