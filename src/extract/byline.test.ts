import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readByline } from './byline.ts';

describe('readByline', () => {
  const cases: Array<[string, string | null, string | null]> = [
    ['By Lois Lane', 'Lois Lane', null],
    ['Analysis by Chris Cillizza, CNN Editor-at-large', 'Chris Cillizza, CNN Editor-at-large', null],
    ['Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET • 2 min read', 'Bryan DeArdo', 'Nov 18, 2019 at 9:24 pm ET • 2 min read'],
    ['by Jeff Foust Monday, November 18, 2019', 'Jeff Foust', 'Monday, November 18, 2019'],
    ['VICTOR TANGERMANN, FUTURISM 18 NOV 2019', 'VICTOR TANGERMANN, FUTURISM', '18 NOV 2019'],
    ['Tom Davies Associated Press Published 11:34 PM EST Nov 19, 2019', 'Tom Davies Associated Press', '11:34 PM EST Nov 19, 2019'],
    ['Amy Kuperinsky | NJ Advance Media for NJ.com', 'Amy Kuperinsky', null],
    ['Editorial | Editorial', 'Editorial', null],
    ['Kevin Johnson and Kevin McCoy', 'Kevin Johnson and Kevin McCoy', null],
    ['Science X staff', 'Science X staff', null],
    ['Theresa May and Ludwig van Beethoven', 'Theresa May and Ludwig van Beethoven', null],
    ['The Russian and Syrian defense ministries', null, null],
    ['https://www.facebook.com/someone', null, null],
    ['   ', null, null],
  ];
  it.each(cases)('%s', (raw, names, date) => {
    expect(readByline(raw)).toEqual({ names, date });
  });

  it('never throws, and what it keeps is part of what it was given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (raw) => {
        const { names } = readByline(raw);
        if (names !== null) expect(raw.replace(/\s+/g, ' ')).toContain(names);
      }),
    );
  });
});
