import { describe, expect, it } from 'vitest';
import { normalizeDate } from './dates.ts';

describe('normalizeDate', () => {
  const cases: Array<[string | null, string | null]> = [
    ['2019-11-18T17:05:00-05:00', '2019-11-18T17:05:00-05:00'],
    ['2019-11-18', '2019-11-18'],
    ['1574118000', '2019-11-18T23:00:00.000Z'],
    ['November 18, 2019 10:00 UTC', '2019-11-18T10:00:00.000Z'],
    ['not a date', null],
    ['1970-01-01T00:00:00Z', null],
    ['0001-01-01T00:00:00Z', null],
    ['2019-11-19 02:24:00', new Date(2019, 10, 19, 2, 24).toISOString()],
    ['2019-11-19 23:46', new Date(2019, 10, 19, 23, 46).toISOString()],
    ['2019-02-30 10:00:00', null],
    [null, null],
  ];
  it.each(cases)('%j -> %j', (input, expected) => expect(normalizeDate(input)).toBe(expected));
});
