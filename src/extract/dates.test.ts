import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node';
import { normalizeDate, readDisplayedDate, ZONE_OFFSETS } from './dates.ts';

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
    // No time of day: the calendar day, not a midnight in some zone.
    ['Monday, November 18, 2019', '2019-11-18'],
    ['18 NOV 2019', '2019-11-18'],
    ['2019/11/19', '2019-11-19'],
    ['2019/02/30', null],
    [null, null],
  ];
  it.each(cases)('%j -> %j', (input, expected) => expect(normalizeDate(input)).toBe(expected));
});

describe('zone abbreviations after a time', () => {
  const forms = [
    '01:38:07 PM ZONE Nov 20, 2019',
    'Nov 20, 2019 01:38 PM ZONE',
    'November 20, 2019 10:05 ZONE',
    'Wed, 20 Nov 2019 13:38:07 ZONE',
    '20 November 2019, 9:15 am ZONE',
    'Updated: Nov 20, 2019, 23:59 ZONE',
    'Posted 10:00 ZONE, 3 March 2021',
  ];
  const cases = Object.keys(ZONE_OFFSETS).flatMap((zone) => forms.map((form) => form.replace('ZONE', zone)));
  it.each(cases)('%s reads as chrono-node reads it', (text) => {
    const expected = chrono.parseDate(text, new Date(0))?.toISOString() ?? null;
    expect(expected).not.toBeNull();
    expect(normalizeDate(text)).toBe(expected);
  });

  it('leaves zones whose offset depends on the date to chrono, and a time without a date unread', () => {
    expect(normalizeDate('Nov 20, 2019 01:38 PM CET')).toBe('2019-11-20T12:38:00.000Z');
    expect(normalizeDate('Jul 20, 2019 01:38 PM CET')).toBe('2019-07-20T11:38:00.000Z');
    expect(normalizeDate('01:38:07 PM IST')).toBeNull();
  });
});

describe('readDisplayedDate', () => {
  const cases: Array<[string | null, string | null]> = [
    ['November 20, 2019 - 11:28 AMT', '2019-11-20'],
    ['18 NOV 2019', '2019-11-18'],
    ['Nov. 19, 2019 at 2:24 am ET • 2 min read', '2019-11-19'],
    ['2019/11/19', '2019-11-19'],
    ['November 18, 2019 10:00 UTC', '2019-11-18T10:00:00.000Z'],
    ['yesterday', null],
    [null, null],
  ];
  it.each(cases)('%j -> %j', (input, expected) => expect(readDisplayedDate(input)).toBe(expected));
});
