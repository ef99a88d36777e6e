/**
 * A Retry-After value (RFC 9110 10.2.3: delay-seconds or an HTTP-date) in milliseconds from `now`, or undefined
 * when absent or unreadable. A date in the past is 0.
 * @example parseRetryAfter('120') // 120000
 */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date) || !/[a-z]/i.test(text)) return undefined;
  return Math.max(0, date - now);
}
