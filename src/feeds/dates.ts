import { normalizeDate } from '../extract/dates.ts';

/**
 * RFC 822 / 2822 dates as RSS writes them ("Tue, 10 Jun 2003 04:00:00 GMT", "+0200", "EST"), which V8's
 * Date.parse reads exactly; anything else goes through the pipeline's own normalizeDate (ISO kept as written).
 */
const RFC822 = /^(?:[A-Za-z]{3,9},?\s+)?\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[A-Za-z]{1,3}|[+-]\d{4})?$/;
const MIN_YEAR = 1990;
const MAX_YEAR = 2200;

/**
 * A feed date as ISO 8601, or null when unreadable.
 * @example normaliseFeedDate('Tue, 10 Jun 2003 04:00:00 GMT') // '2003-06-10T04:00:00.000Z'
 */
export function normaliseFeedDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text || text.length > 100) return null;
  if (RFC822.test(text)) {
    const date = new Date(Date.parse(text));
    const year = date.getUTCFullYear();
    if (!Number.isNaN(date.getTime()) && year >= MIN_YEAR && year <= MAX_YEAR) return date.toISOString();
  }
  return normalizeDate(text);
}
