import type { FeedReport } from './types.ts';

/** Errors listed in full on a report line; the rest are counted, so one broken feed cannot flood the log. */
const ERRORS_SHOWN = 5;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function describeErrors(report: FeedReport): string {
  if (report.errors.length === 0) return '';
  const shown = report.errors.slice(0, ERRORS_SHOWN).map((e) => `${e.source}: ${e.reason}`);
  const more = report.errors.length > ERRORS_SHOWN ? `; and ${report.errors.length - ERRORS_SHOWN} more` : '';
  return `, ${plural(report.errors.length, 'error')}: ${shown.join('; ')}${more}`;
}

/**
 * One line of progress for a feed's poll.
 * @example formatReport(report) // 'feed https://ex.com/rss: 3 new items, 2 added, 1 error: https://ex.com/a: HTTP 404'
 */
export function formatReport(report: FeedReport): string {
  const head = `feed ${report.feed}`;
  const wait = report.retryAfterMs === undefined ? '' : `, retry after ${Math.ceil(report.retryAfterMs / 1000)} s`;
  if (report.status === 'not-modified') return `${head}: not modified`;
  if (report.status === 'waiting') return `${head}: waiting for the server's Retry-After${wait}`;
  // The feed itself failed (or was rate limited before any item): its error names the feed already.
  const own = report.errors[0]?.source === report.feed && report.items === 0 ? report.errors[0] : undefined;
  if (own && (report.status === 'failed' || report.status === 'rate-limited')) return `${head}: ${own.reason}`;
  const counts = [plural(report.newItems, 'new item'), `${report.added} added`];
  if (report.skipped > 0) counts.push(`${report.skipped} already stored`);
  const tail = report.status === 'interrupted' ? ', interrupted' : report.status === 'rate-limited' ? `, rate limited${wait}` : '';
  return `${head}: ${counts.join(', ')}${describeErrors(report)}${tail}`;
}
