import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileKeywords, scanKeywords } from './keywords.ts';

/** The hits as [position, lists, shortest length] triples. */
function hitsOf(lists: string[][], text: string): Array<[number, number, number]> {
  const hits = scanKeywords(compileKeywords(lists), text);
  return hits.at.map((at, i) => [at, hits.lists[i]!, hits.length[i]!]);
}

const CASES: Array<[string, string[][], string, Array<[number, number, number]>]> = [
  ['every start, any case', [['said'], ['according to ']], 'Said he, according to AP; she SAID.', [[0, 0b01, 4], [9, 0b10, 13], [30, 0b01, 4]]],
  ['overlapping words of different lists', [['day'], ['today']], 'today, Monday', [[0, 0b10, 5], [2, 0b01, 3], [10, 0b01, 3]]],
  ['a prefix keyword shares the position', [['told'], ['told ']], 'told him; told.', [[0, 0b11, 4], [10, 0b01, 4]]],
  ['one word in two lists', [['report'], ['report'], []], 'a report', [[2, 0b011, 6]]],
  ['regex characters are literal', [['a.b']], 'axb a.b', [[4, 0b1, 3]]],
  ['no keywords', [[], []], 'anything', []],
  ['a keyword of three at the very end', [['day'], ['days ago']], 'Monday', [[3, 0b01, 3]]],
  ['a longer keyword cut by the end of the text', [['days ago'], ['day']], 'two days ag', [[4, 0b10, 3]]],
  ['keywords after characters past ASCII', [['said']], '\u201cSaid\u201d\u00e9said', [[1, 0b1, 4], [7, 0b1, 4]]],
];

describe('scanKeywords', () => {
  it.each(CASES)('%s', (_name, lists, text, expected) => {
    expect(hitsOf(lists, text)).toEqual(expected);
  });

  it('rejects keywords that are not printable ASCII', () => {
    expect(() => compileKeywords([['σοφία']])).toThrow(/ASCII/);
  });

  it('rejects keywords shorter than three characters', () => {
    expect(() => compileKeywords([['to']])).toThrow(/3 characters or more/);
  });

  it('finds every case-insensitive occurrence of every keyword', () => {
    const words = ['day', 'today', 'said', 'says', 'told', 'told ', 'ago', 'in a post on '];
    const lists = [words.slice(0, 2), words.slice(2, 5), words.slice(5)];
    const fragment = fc.oneof(fc.constantFrom(...words, 'DAY', 'Today', 'TOLD ', ' ', '\n', '.', 'é', '\u201c', 'x'), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const hits = scanKeywords(compileKeywords(lists), text);
        lists.forEach((list, l) => {
          for (const w of list) {
            for (let i = 0; i + w.length <= text.length; i++) {
              // ASCII keywords: a case-insensitive match is a match of the lower-cased slice made of ASCII only.
              const slice = text.slice(i, i + w.length);
              if (!/^[\x20-\x7e]*$/.test(slice) || slice.toLowerCase() !== w) continue;
              const h = hits.at.indexOf(i);
              expect(h).toBeGreaterThanOrEqual(0);
              expect(hits.lists[h]! & (1 << l)).not.toBe(0);
              expect(hits.length[h]!).toBeLessThanOrEqual(w.length);
            }
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
