import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessLanguage, normalizeLanguage, STOPWORDS } from './language.ts';

describe('normalizeLanguage', () => {
  const cases: Array<[string | null, string | null]> = [
    ['en-US', 'en'],
    ['fr_FR', 'fr'],
    [' DE ', 'de'],
    ['english', null],
    [null, null],
  ];
  it.each(cases)('%j -> %j', (tag, expected) => expect(normalizeLanguage(tag)).toBe(expected));
});

describe('guessLanguage', () => {
  const cases: Array<[string, string | null]> = [
    ['The mayor said that the plan was fair and that it is the best one for the city.', 'en'],
    ['Le maire a dit que le plan est juste et que la ville est pour les familles qui ont des enfants.', 'fr'],
    ['Der Bürgermeister sagte, dass die Stadt und das Land nicht mit der Regierung auf einer Linie ist.', 'de'],
    ['Мэр сказал, что это не так и что в городе по вечерам, как и в деревне, тихо, но он не знает.', 'ru'],
    ['Short.', null],
    // A tie goes to the language hit first.
    ['le the le the le the le the le the', 'fr'],
    ['the le the le the le the le the le', 'en'],
  ];
  it.each(cases)('%s', (text, expected) => expect(guessLanguage(text)).toBe(expected));
});

describe('guessLanguage walk', () => {
  /** The split the walk replaces: every word of the text, looked up as guessLanguage did. */
  function guessBySplit(text: string): string | null {
    const table = new Map<string, string[]>();
    for (const lang of Object.keys(STOPWORDS)) {
      const sample = STOPWORDS[lang] ?? [];
      for (const w of sample) table.set(w, [...(table.get(w) ?? []), lang]);
    }
    const hits = new Map<string, number>();
    for (const word of text.slice(0, 3000).toLowerCase().split(/[^\p{L}]+/u)) {
      for (const lang of table.get(word) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
    }
    let best: string | null = null;
    let bestCount = 4;
    for (const [lang, count] of hits) if (count > bestCount) [best, bestCount] = [lang, count];
    return best;
  }

  it('votes as splitting on non-letters did, whatever the characters', () => {
    const words = Object.values(STOPWORDS).flat();
    const piece = fc.oneof(
      fc.constantFrom(...words, ...words.map((w) => w.toUpperCase()), ' ', '\n', "'", '\u0308', 'İ', 'Σ', '\ud835\udc00', '\ud800', 'theatre'),
      fc.string({ maxLength: 3, unit: 'binary' }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        expect(guessLanguage(text)).toBe(guessBySplit(text));
      }),
      { numRuns: 200 },
    );
  });
});
