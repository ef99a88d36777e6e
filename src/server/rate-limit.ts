/** Token-bucket limits: `capacity` requests at once, refilled at `perMinute` a minute. */
export interface RateLimit {
  capacity: number;
  perMinute: number;
}

/**
 * 120 a minute: a person clicking through the UI makes a few requests a page; a script polling faster than twice a
 * second from one address is a runaway loop or a scrape, and gets 429 with Retry-After.
 */
export const DEFAULT_RATE_LIMIT: RateLimit = { capacity: 120, perMinute: 120 };

/** Ingest annotates and re-analyses stories (hundreds of ms of CPU each); 10 a minute keeps one client from starving the rest. */
export const DEFAULT_INGEST_RATE_LIMIT: RateLimit = { capacity: 10, perMinute: 10 };

/** Buckets kept at most: a flood of spoofed addresses cannot grow memory without bound (the oldest are dropped). */
const MAX_BUCKETS = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Per-key token buckets. `take` returns 0 when a request may go on, else the seconds until a token is available.
 * @example const limiter = createLimiter({ capacity: 2, perMinute: 60 }); limiter.take('1.2.3.4'); // 0
 */
export function createLimiter(limit: RateLimit, now: () => number = Date.now) {
  const buckets = new Map<string, Bucket>();
  const perMs = limit.perMinute / 60_000;
  return {
    take(key: string): number {
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: limit.capacity, at: t };
      bucket.tokens = Math.min(limit.capacity, bucket.tokens + (t - bucket.at) * perMs);
      bucket.at = t;
      buckets.delete(key);
      buckets.set(key, bucket);
      if (buckets.size > MAX_BUCKETS) buckets.delete(buckets.keys().next().value!);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    },
  };
}
