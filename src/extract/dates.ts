import * as chrono from 'chrono-node';

/** Dates before the web are parse errors (a "1970-01-01" epoch default, a stray year). */
const MIN_YEAR = 1990;

const DATE_ONLY_RE = /^\d{4}-\d{2}-\d{2}$/;

const ISO_DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/;

/** "2019-11-19 02:24:00", common in CMS meta tags: local time, as chrono reads it. */
const SPACED_DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::\d{2}(?:\.\d{3})?)?$/;

function toIso(date: Date): string | null {
  const year = date.getUTCFullYear();
  return Number.isNaN(date.getTime()) || year < MIN_YEAR || year > 2200 ? null : date.toISOString();
}

/** "2019/11/19", "2019.11.19": a calendar day, as some CMS meta tags write it. */
const SLASHED_DATE_RE = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;

/** A clock time ("9:02 AM", "21:17"): without one, a parsed date is a calendar day, not midnight. */
const CLOCK_RE = /\d{1,2}:\d{2}/;

/** The calendar day of a date parsed as local midnight, as `YYYY-MM-DD`: the day the text names, on any machine. */
function toDay(date: Date): string | null {
  if (!toIso(date)) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `toIso`, or the calendar day when `text` gives no time of day ("Monday, November 18, 2019"). */
function toIsoOrDay(date: Date, text: string): string | null {
  return CLOCK_RE.test(text) ? toIso(date) : toDay(date);
}

/**
 * A page's date string as ISO 8601 (other forms converted to UTC; ISO date-times kept as written), a bare `YYYY-MM-DD` kept as is; null when unreadable.
 * `chrono: false` leaves out chrono-node, the last resort (its first calls in a process cost 50-300 ms).
 * @example normalizeDate('2019-11-18T17:05:00-05:00') // '2019-11-18T22:05:00.000Z'
 */
export function normalizeDate(value: string | null | undefined, options: { chrono?: boolean } = {}): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (DATE_ONLY_RE.test(text)) return toIso(new Date(`${text}T00:00:00Z`)) ? text : null;
  // An ISO date-time is kept as written: converting to UTC would move the calendar day that time expressions
  // ("on Wednesday") are resolved against.
  if (ISO_DATE_TIME_RE.test(text)) {
    const date = new Date(text);
    // Out of range ("0001-01-01T00:00:00Z" placeholders) is out of range for chrono too.
    if (!Number.isNaN(date.getTime())) return toIso(date) ? text : null;
  }
  const slashed = SLASHED_DATE_RE.exec(text);
  if (slashed) return calendarDay(slashed[1]!, slashed[2]!, slashed[3]!);
  const spaced = readSpacedDateTime(text);
  if (spaced) return toIso(spaced);
  // Unix timestamps in seconds appear in some CMS meta tags.
  if (/^\d{10}$/.test(text)) return toIso(new Date(Number(text) * 1000));
  // RFC 2822 and "November 18, 2025" forms, and a time followed by a fixed-offset zone (withNumericZone): V8's
  // parser reads them in microseconds where chrono takes ~6 ms a page (measured on shared/data/aeb). Only with a
  // four-digit year, as Date.parse guesses wildly otherwise.
  if (/\b(19|20)\d{2}\b/.test(text) && /[a-z]{3}/i.test(text)) {
    const quick = Date.parse(withNumericZone(text));
    if (!Number.isNaN(quick)) return toIsoOrDay(new Date(quick), text);
  }
  if (options.chrono === false) return null;
  const parsed = safeChronoParse(text);
  return parsed ? toIsoOrDay(parsed, text) : null;
}

/**
 * Fixed UTC offsets, in minutes, of zone abbreviations that follow a time in news datelines ("01:38:07 PM IST
 * Nov 20, 2019") and that V8's date parser does not know. Only unambiguous, DST-free readings, each the offset
 * chrono-node gives it (checked in dates.test.ts); zones whose offset depends on the date (CET) stay chrono's.
 */
export const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  IST: 330, NPT: 345, PKT: 300, GST: 240, MSK: 180, IDT: 180, EAT: 180, EEST: 180, EET: 120, CEST: 120,
  SAST: 120, CAT: 120, BST: 60, WEST: 60, WAT: 60, WET: 0, UTC: 0,
  ICT: 420, WIB: 420, SGT: 480, HKT: 480, PHT: 480, MYT: 480, AWST: 480, JST: 540, KST: 540, ACST: 570,
  ACDT: 630, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
  ADT: -180, BRT: -180, ART: -180, AST: -240, AKDT: -480, AKST: -540,
};

const TIME_ZONE_RE = /(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\s+)([A-Z]{2,4})\b/;

/**
 * A zone abbreviation right after a time, as chrono reads it, rewritten as a numeric offset V8 reads. Without
 * this such dates fall through to chrono, whose first two calls in a process cost 50-300 ms of CPU each (its
 * regular expressions are compiled then), more than the rest of a page's extraction.
 */
function withNumericZone(text: string): string {
  const match = TIME_ZONE_RE.exec(text);
  const offset = match ? ZONE_OFFSETS[match[2] as string] : undefined;
  if (!match || offset === undefined) return text;
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  const start = match.index + (match[1] as string).length;
  return `${text.slice(0, start)}GMT${sign}${hours}${minutes}${text.slice(start + (match[2] as string).length)}`;
}

/**
 * The spaced form read exactly as chrono reads it, without chrono, which takes ~0.5 ms a call once warm but
 * 50-300 ms of CPU for each of its first two calls in a process (measured on the dates of shared/data/aeb).
 */
function readSpacedDateTime(text: string): Date | null {
  const match = SPACED_DATE_TIME_RE.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const date = new Date(text.replace(' ', 'T'));
  // A date that rolls over (February 30, 24:00, an hour skipped for daylight saving) is chrono's to judge.
  const exact =
    date.getFullYear() === year &&
    date.getMonth() + 1 === month &&
    date.getDate() === day &&
    date.getHours() === hour &&
    date.getMinutes() === minute;
  return exact ? date : null;
}

function safeChronoParse(text: string): Date | null {
  try {
    return chrono.parseDate(text.slice(0, 100), new Date(0)) ?? null;
  } catch {
    return null;
  }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * `YYYY-MM-DD` for a year, a month (a number, or a name: "Nov", "november") and a day that make a real day of the
 * calendar (no February 30); null otherwise.
 * @example calendarDay('2019', 'nov', '18') // '2019-11-18'
 */
export function calendarDay(year: string, month: string, day: string): string | null {
  const m = /^\d+$/.test(month) ? Number(month) : MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  if (m < 1 || m > 12) return null;
  const iso = `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return DATE_ONLY_RE.test(iso) && toIso(new Date(`${iso}T00:00:00Z`))?.startsWith(iso) ? iso : null;
}
const MONTH_DAY_YEAR_RE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b/i;
const DAY_MONTH_YEAR_RE = /\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d{2})\b/i;

/**
 * A date as a page displays it ("November 20, 2019 - 11:28 AMT", "18 NOV 2019"): normalizeDate without chrono,
 * else the calendar day it names, when the rest (an unknown zone, words around it) cannot be read for sure.
 * @example readDisplayedDate('November 20, 2019 - 11:28 AMT') // '2019-11-20'
 */
export function readDisplayedDate(text: string | null | undefined): string | null {
  const quick = normalizeDate(text, { chrono: false });
  if (quick || !text) return quick;
  const mdy = MONTH_DAY_YEAR_RE.exec(text);
  const dmy = mdy ? null : DAY_MONTH_YEAR_RE.exec(text);
  if (mdy) return calendarDay(mdy[3]!, mdy[1]!, mdy[2]!);
  return dmy ? calendarDay(dmy[3]!, dmy[2]!, dmy[1]!) : null;
}
