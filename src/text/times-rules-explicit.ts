import { formatDay, formatMonth, formatYear, makeDate, weekdayOf } from './times-calendar.ts';
import { resolveMonthDay } from './times-resolve.ts';
import { capitalizable, directionOf, type Groups, type RuleContext, type TimeRule } from './times-rule.ts';
import { DAY, MONTH, MONTH_TRIGGER, monthNumber, WEEKDAY, weekdayNumber, YEAR, YEAR_TRIGGER } from './times-vocab.ts';

/**
 * Dates written with a month name or digits: "2025-11-19", "Nov. 19, 2025", "19 November", "October 2025",
 * "in 2024". An explicit year always wins; without one the year is chosen relative to P.
 */

/** After a day number: not "20-point", "19%", "19.5". Ranges ("Nov. 19-20") keep the first day. */
const NOT_A_QUANTITY = '(?![\\d%]|-[A-Za-z]|[.,]\\d|\\s*(?:percent|per\\s+cent)\\b)';

/** After a year: not "2024s", "2024-25", "2024%", "2,024", "2024.5"; nor a decade written "1990's" ("2016's" is a year). */
const YEAR_END = "(?![\\w%]|[-\u2013.,]\\d|(?<=0)['\u2019]s\\b)";

const WEEKDAY_PREFIX = `(?:(?<wd>${WEEKDAY}),?\\s+)?`;
const OPTIONAL_YEAR = `(?:,?\\s+(?<y>${YEAR})${YEAR_END})?`;

/** Prepositions that make a bare number a year: "in 2024", "since 2019". "by"/"of"/"from" are left out
 * because they precede counts as often as years ("rose by 2000", "a total of 1800"). */
const YEAR_PREPOSITIONS = ['in', 'since', 'until', 'till', 'through', 'during', 'before', 'after', 'throughout'];
const PERIOD_MODIFIER = `(?:${capitalizable(['early', 'late', 'mid'])})[-\\s]+`;

/** A count, not a year, when a plural noun follows: "in 2000 cases". These common words end in s but are not. */
const NOT_PLURAL = new Set(['was', 'has', 'is', 'as', 'its', 'this', 'his', 'thus', 'plus']);

function resolveDayOfMonth(groups: Groups, ctx: RuleContext): string | null | undefined {
  const month = monthNumber(groups['mon'] ?? '');
  const day = Number.parseInt(groups['day'] ?? '', 10);
  if (groups['y'] !== undefined) return formatDay(makeDate(Number(groups['y']), month, day)) ?? undefined;
  if (makeDate(2000, month, day) === null) return undefined; // "February 30": not a date in any (leap) year
  if (!ctx.p) return null;
  const date = resolveMonthDay(ctx.p, month, day, directionOf(ctx));
  return groups['wd'] && date ? matchWeekday(date, weekdayNumber(groups['wd'])) : date;
}

/** "Wednesday, November 19": when the tense picks a year where the 19th is not a Wednesday, the stated weekday
 * is better evidence, so move one year either way if that makes it agree. */
function matchWeekday(iso: string, weekday: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  for (const year of [y, y - 1, y + 1]) {
    const date = makeDate(year, m, d);
    if (date && weekdayOf(date) === weekday) return formatDay(date) ?? iso;
  }
  return iso;
}

export const EXPLICIT_RULES: TimeRule[] = [
  {
    name: 'iso-date',
    trigger: /\d{4}-\d\d-/,
    pattern: /(?<![\d-])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!\d)/g,
    resolve: (g) => formatDay(makeDate(Number(g['y']), Number(g['m']), Number(g['d']))) ?? undefined,
  },
  {
    name: 'month-day',
    trigger: MONTH_TRIGGER,
    pattern: new RegExp(`${WEEKDAY_PREFIX}(?<mon>${MONTH})\\s+(?<day>${DAY})${NOT_A_QUANTITY}${OPTIONAL_YEAR}`, 'g'),
    resolve: resolveDayOfMonth,
  },
  {
    name: 'day-month',
    trigger: MONTH_TRIGGER,
    pattern: new RegExp(`${WEEKDAY_PREFIX}(?<day>${DAY})\\s+(?:of\\s+)?(?<mon>${MONTH})${OPTIONAL_YEAR}`, 'g'),
    resolve: resolveDayOfMonth,
  },
  {
    name: 'month-year',
    trigger: MONTH_TRIGGER,
    pattern: new RegExp(`(?:${PERIOD_MODIFIER})?(?<mon>${MONTH}),?\\s+(?:of\\s+)?(?<y>${YEAR})${YEAR_END}`, 'g'),
    resolve: (g) => formatMonth(Number(g['y']), monthNumber(g['mon'] ?? '')),
  },
  {
    name: 'year',
    trigger: YEAR_TRIGGER,
    pattern: new RegExp(
      `\\b(?:${PERIOD_MODIFIER}|(?<lead>(?:${capitalizable(YEAR_PREPOSITIONS)})\\s+))(?<y>${YEAR})${YEAR_END}`,
      'g',
    ),
    resolve: (g, _ctx, m) => (isFollowedByPlural(m) ? undefined : formatYear(Number(g['y']))),
  },
];

function isFollowedByPlural(m: RegExpExecArray): boolean {
  const next = /^\s+([a-z]+)/.exec(m.input.slice(m.index + m[0].length, m.index + m[0].length + 24));
  const word = next?.[1];
  return word?.endsWith('s') === true && !NOT_PLURAL.has(word);
}
