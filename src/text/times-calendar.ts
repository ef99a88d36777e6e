/**
 * Calendar arithmetic on plain (year, month, day) triples. Everything runs in UTC so that a publication
 * date is used exactly as written: "2025-11-19T23:30:00-05:00" is the 19th, never shifted to the 20th.
 */
export interface CalDate {
  y: number;
  /** 1-12 */
  m: number;
  /** 1-31 */
  d: number;
}

const MS_PER_DAY = 86_400_000;
/** Output dates must be four-digit years (YYYY, YYYY-MM, YYYY-MM-DD); anything outside is unresolvable. */
const MIN_YEAR = 0;
const MAX_YEAR = 9999;

const PUBLISHED_PREFIX = /^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])/;

/** parsePublished('2025-11-19T14:00:00Z') -> {y: 2025, m: 11, d: 19}; unparseable -> null. */
export function parsePublished(published: string | null): CalDate | null {
  if (published === null) return null;
  const m = PUBLISHED_PREFIX.exec(published);
  if (!m) return null;
  return makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A valid calendar date or null (Feb 30, month 13, ...). */
export function makeDate(y: number, m: number, d: number): CalDate | null {
  if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) return null;
  if (!Number.isInteger(m) || m < 1 || m > 12) return null;
  if (!Number.isInteger(d) || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 31;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function toUtc(date: CalDate): Date {
  const t = new Date(0);
  t.setUTCFullYear(date.y, date.m - 1, date.d);
  return t;
}

function fromUtc(t: Date): CalDate | null {
  return makeDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function addDays(date: CalDate, days: number): CalDate | null {
  return fromUtc(new Date(toUtc(date).getTime() + days * MS_PER_DAY));
}

/** 0 = Sunday ... 6 = Saturday, as Date.getUTCDay. */
export function weekdayOf(date: CalDate): number {
  return toUtc(date).getUTCDay();
}

/** Compare two dates; negative when a is before b. */
export function compareDates(a: CalDate, b: CalDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function formatDay(date: CalDate | null): string | null {
  return date ? `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}` : null;
}

/** formatMonth(2025, 0) -> '2024-12': the month index may run outside 1-12 and carries into the year. */
export function formatMonth(y: number, m: number): string | null {
  const index = y * 12 + (m - 1);
  const year = Math.floor(index / 12);
  return isYearInRange(year) ? `${pad(year, 4)}-${pad((index % 12) + 1, 2)}` : null;
}

export function formatYear(y: number): string | null {
  return isYearInRange(y) ? pad(y, 4) : null;
}

function isYearInRange(y: number): boolean {
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
