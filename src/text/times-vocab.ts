/**
 * Words and regex fragments shared by the time rules. Month and weekday names are matched case-sensitively
 * (capitalised) so that the modal "may" and the noun/verb "march" never match; see the rules for the extra
 * context the ambiguous capitalised "May" and "March" need.
 */
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Full month name, or a news-style abbreviation ("Nov.", "Sept.", "Aug"); never a longer word's prefix. */
export const MONTH = `(?:${MONTH_NAMES.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![A-Za-z])`;

/** Full month names only: a bare abbreviation without a day or year is too ambiguous ("Mar", "Jan"). */
export const MONTH_FULL = `(?:${MONTH_NAMES.join('|')})(?![A-Za-z])`;

export const WEEKDAY = `(?:${WEEKDAY_NAMES.join('|')})`;

/** Cheap tests that a sentence may hold a month name (any rule with MONTH or MONTH_FULL needs this). */
export const MONTH_TRIGGER = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
/** A four-digit number, needed by every rule with YEAR. */
export const YEAR_TRIGGER = /\d{4}/;

/** A plausible news year: 1600-2099. Wider would catch counts ("2,500" is filtered separately). */
export const YEAR = '(?:1[6-9]\\d\\d|20\\d\\d)';

/** Day of month 1-31, with an optional ordinal suffix ("19th"); not part of a longer number. */
export const DAY = '(?<![\\d.,])(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d])';

/** monthNumber('Nov.') -> 11, monthNumber('September') -> 9 */
export function monthNumber(name: string): number {
  const key = name.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === key) + 1;
}

/** weekdayNumber('Wednesday') -> 3 (0 = Sunday, as Date.getUTCDay). */
export function weekdayNumber(name: string): number {
  return WEEKDAY_NAMES.findIndex((w) => name.startsWith(w));
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

export const COUNT = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')}|a\\s+few|a\\s+couple\\s+of|several|many)`;

/** countValue('three') -> 3; vague counts ("several", "a few") -> null. */
export function countValue(word: string): number | null {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  return NUMBER_WORDS[lower] ?? null;
}
