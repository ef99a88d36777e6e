import { addDays, type CalDate, compareDates, formatDay, formatMonth, makeDate, weekdayOf } from './times-calendar.ts';

/**
 * How a year-less expression is anchored to the publication date P:
 * - past: news is written in the past tense, so the latest match on or before P ("Wednesday" on a Wednesday = P);
 * - future: the sentence is future-marked ("will meet on Wednesday"), so the first match on or after P;
 * - last / next: explicit ("last Wednesday", "next October"), so strictly before / after P.
 */
export type Direction = 'past' | 'future' | 'last' | 'next';

const DAYS_PER_WEEK = 7;

/** resolveWeekday(Thu 2025-11-20, 3 (Wednesday), 'past') -> '2025-11-19' */
export function resolveWeekday(p: CalDate, weekday: number, direction: Direction): string | null {
  const today = weekdayOf(p);
  const back = (today - weekday + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  const ahead = (weekday - today + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  switch (direction) {
    case 'past':
      return formatDay(addDays(p, -back));
    case 'last':
      return formatDay(addDays(p, -(back || DAYS_PER_WEEK)));
    case 'future':
      return formatDay(addDays(p, ahead));
    case 'next':
      return formatDay(addDays(p, ahead || DAYS_PER_WEEK));
  }
}

/** resolveMonth(2025-11-20, 10, 'past') -> '2025-10'; resolveMonth(2025-11-20, 12, 'past') -> '2024-12' */
export function resolveMonth(p: CalDate, month: number, direction: Direction): string | null {
  switch (direction) {
    case 'past':
      return formatMonth(month <= p.m ? p.y : p.y - 1, month);
    case 'last':
      return formatMonth(month < p.m ? p.y : p.y - 1, month);
    case 'future':
      return formatMonth(month >= p.m ? p.y : p.y + 1, month);
    case 'next':
      return formatMonth(month > p.m ? p.y : p.y + 1, month);
  }
}

/** February 29 recurs at most every 8 years (1896 -> 1904), so that many years always finds a valid date. */
const MAX_YEARS_TO_SEARCH = 8;

/**
 * A day of a month without a year: the year that puts it on or before P (past) or on or after P (future).
 * resolveMonthDay(2025-11-20, 12, 25, 'past') -> '2024-12-25'
 */
export function resolveMonthDay(p: CalDate, month: number, day: number, direction: Direction): string | null {
  const step = direction === 'future' || direction === 'next' ? 1 : -1;
  for (let k = 0; k <= MAX_YEARS_TO_SEARCH; k++) {
    const date = makeDate(p.y + step * k, month, day);
    if (date !== null && compareDates(date, p) * step >= 0) return formatDay(date);
  }
  return null;
}
