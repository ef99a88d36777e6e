import { addDays, formatDay, formatMonth, formatYear } from './times-calendar.ts';
import { type Direction, resolveMonth, resolveWeekday } from './times-resolve.ts';
import { capitalizable, directionOf, type Groups, type RuleContext, type TimeRule } from './times-rule.ts';
import { COUNT, countValue, MONTH_FULL, MONTH_TRIGGER, monthNumber, WEEKDAY, weekdayNumber } from './times-vocab.ts';

/**
 * Expressions that need the publication date P: weekdays, bare months, "yesterday", "last month",
 * "two years ago". Without P they are still reported, with date null.
 *
 * Weeks ("this week", "last weekend", "three weeks ago") always get null: the output has day, month and year
 * precision only, and a Monday date would claim a precision the text does not have.
 */

/** Named days that are not "the latest such weekday": "Black Friday", "Super Tuesday", "the Mail on Sunday", a
 * "Freaky Friday" switch.
 * Checked on the text before the match, not as a leading lookbehind, which V8 would run at every position. */
const NAMED_DAY_BEFORE = /\b(?:Black|Super|Good|Bloody|Ash|Cyber|Easter|Palm|Holy|Maundy|Mail on|Freaky|Fat|Shrove|Blue|Manic|Giving)\s$/;
/** Longest NAMED_DAY_BEFORE prefix ("Maundy ", "Mail on ") plus a word boundary character. */
const NAMED_DAY_LOOKBACK = 9;
/** Newspapers and shows named after days: "Sunday Times", "Saturday Night Live". */
const NAMED_DAY_AFTER = '(?!s\\b|\\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|People|Night Live|Morning Herald))';
const PART_OF_DAY = '(?:\\s+(?<part>morning|afternoon|evening|night|overnight))?';

/** Prepositions that make a capitalised month name a month: "in October", "the end of October". */
const MONTH_PREPOSITIONS = [
  'in',
  'since',
  'until',
  'till',
  'by',
  'from',
  'through',
  'during',
  'before',
  'after',
  'throughout',
  'of',
  'between',
];
/** "May" and "March" are also a name, a modal and a noun: only these make them months ("by May" is Theresa May). */
const AMBIGUOUS_MONTH_PREPOSITIONS = new Set(['in', 'since', 'until', 'till', 'through', 'during', 'throughout']);
const AMBIGUOUS_MONTHS = new Set(['May', 'March']);

function resolveWeekdayRule(g: Groups, ctx: RuleContext, m: RegExpExecArray): string | null | undefined {
  if (NAMED_DAY_BEFORE.test(m.input.slice(Math.max(0, m.index - NAMED_DAY_LOOKBACK), m.index))) return undefined;
  if (!ctx.p) return null;
  const modifier = g['mod']?.toLowerCase();
  const direction: Direction = modifier === 'last' || modifier === 'next' ? modifier : directionOf(ctx);
  return resolveWeekday(ctx.p, weekdayNumber(g['wd'] ?? ''), direction);
}

function resolveMonthRule(g: Groups, ctx: RuleContext): string | null | undefined {
  const name = g['mon'] ?? '';
  const prep = g['prep']?.toLowerCase();
  if (AMBIGUOUS_MONTHS.has(name) && prep !== undefined && !AMBIGUOUS_MONTH_PREPOSITIONS.has(prep)) return undefined;
  if (!ctx.p) return null;
  const which = g['dir']?.toLowerCase();
  if (which === 'this') return formatMonth(ctx.p.y, monthNumber(name));
  const direction: Direction = which === 'last' || which === 'next' ? which : directionOf(ctx);
  return resolveMonth(ctx.p, monthNumber(name), direction);
}

const DAY_WORD_OFFSET: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
const THIS_OR_LAST_OFFSET: Record<string, number> = { this: 0, last: -1 };
const PERIOD_OFFSET: Record<string, number> = { this: 0, last: -1, next: 1 };

function resolveDayOffset(ctx: RuleContext, offset: number | undefined): string | null {
  return ctx.p && offset !== undefined ? formatDay(addDays(ctx.p, offset)) : null;
}

function resolvePeriod(g: Groups, ctx: RuleContext): string | null {
  const offset = PERIOD_OFFSET[(g['which'] ?? '').toLowerCase()];
  if (!ctx.p || offset === undefined) return null;
  const unit = (g['unit'] ?? '').toLowerCase();
  if (unit === 'month') return formatMonth(ctx.p.y, ctx.p.m + offset);
  if (unit === 'year') return formatYear(ctx.p.y + offset);
  return null;
}

function resolveAgo(g: Groups, ctx: RuleContext): string | null {
  const count = countValue((g['count'] ?? '').replace(/\s+/g, ' '));
  if (!ctx.p || count === null) return null;
  const unit = (g['unit'] ?? '').toLowerCase();
  if (unit === 'day') return formatDay(addDays(ctx.p, -count));
  if (unit === 'month') return formatMonth(ctx.p.y, ctx.p.m - count);
  if (unit === 'year') return formatYear(ctx.p.y - count);
  return null;
}

export const RELATIVE_RULES: TimeRule[] = [
  {
    name: 'weekday',
    trigger: /day/,
    pattern: new RegExp(
      `\\b(?:(?<mod>${capitalizable(['last', 'next', 'this', 'early', 'late'])})\\s+)?` +
        `(?<wd>${WEEKDAY})${NAMED_DAY_AFTER}${PART_OF_DAY}\\b`,
      'g',
    ),
    resolve: resolveWeekdayRule,
  },
  {
    name: 'month',
    trigger: MONTH_TRIGGER,
    pattern: new RegExp(
      `\\b(?:(?:${capitalizable(['early', 'late', 'mid'])})[-\\s]+|(?<dir>${capitalizable(['last', 'next', 'this'])})\\s+|` +
        `(?<lead>(?<prep>${capitalizable(MONTH_PREPOSITIONS)})\\s+))(?<mon>${MONTH_FULL})(?!\\s*\\d)`,
      'g',
    ),
    resolve: resolveMonthRule,
  },
  {
    name: 'day-word',
    trigger: /today|tonight|tomorrow|yesterday/i,
    pattern: /\b(?:(?:earlier|later)\s+)?(?<word>today|tonight|yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?\b/gi,
    resolve: (g, ctx) => resolveDayOffset(ctx, DAY_WORD_OFFSET[(g['word'] ?? '').toLowerCase()]),
  },
  {
    name: 'part-of-day',
    trigger: /morning|afternoon|evening|night/i,
    pattern: /(?<!\bthe\s)\b(?<which>this|last)\s+(?:morning|afternoon|evening|night)\b/gi,
    resolve: (g, ctx) => resolveDayOffset(ctx, THIS_OR_LAST_OFFSET[(g['which'] ?? '').toLowerCase()]),
  },
  {
    name: 'period',
    trigger: /week|month|year/i,
    pattern:
      /(?<!\bthe\s)\b(?:(?:earlier|later|early|late|mid)[-\s]+)?(?<which>this|last|next)\s+(?<unit>weekend|week|month|year)\b/gi,
    resolve: resolvePeriod,
  },
  {
    name: 'ago',
    trigger: /ago\b/i,
    pattern: new RegExp(`\\b(?<count>${COUNT})\\s+(?<unit>day|week|month|year|decade)s?\\s+ago\\b`, 'gi'),
    resolve: resolveAgo,
  },
  {
    name: 'vague',
    trigger: /recent|coming/i,
    pattern: /\b(?:recent|coming)\s+(?:days|weeks|months|years)\b/gi,
    resolve: () => null,
  },
];
