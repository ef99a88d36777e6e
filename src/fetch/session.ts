import { HostGate } from './host-gate.ts';
import type { Robots } from './robots.ts';

export interface FetchSessionOptions {
  /** Minimum gap between request starts to one host (default {@link DEFAULT_MIN_DELAY_MS}). */
  minDelayMs?: number;
  /** Concurrent requests per host (default {@link DEFAULT_MAX_PER_HOST}). */
  maxConnectionsPerHost?: number;
  /** How long a fetched (or 4xx) robots.txt is trusted (default 24 h, RFC 9309 2.4). */
  robotsTtlMs?: number;
  /** How long an unreachable or 5xx robots.txt (disallow all) is remembered before asking again (default 10 min). */
  robotsFailureTtlMs?: number;
  /** Deadline of one robots.txt fetch, independent of the page fetch that triggered it (default 10 s). */
  robotsDeadlineMs?: number;
}

/** 1 s between request starts to one host: the customary crawl delay of polite crawlers (e.g. Scrapy's guidance). */
export const DEFAULT_MIN_DELAY_MS = 1000;
/** 2 connections per host: RFC 2616's old per-server limit, still the polite ceiling for a crawler. */
export const DEFAULT_MAX_PER_HOST = 2;
const DAY_MS = 24 * 60 * 60 * 1000;
/** 10 min: long enough not to hammer a failing server for its robots.txt, short enough to recover the same hour. */
const ROBOTS_FAILURE_TTL_MS = 10 * 60 * 1000;
const ROBOTS_DEADLINE_MS = 10_000;
/** Sweep expired robots.txt entries once this many origins are cached. */
const ROBOTS_SWEEP_AT = 1024;

/** What loading an origin's robots.txt gave: the rules, and whether they stand for a failure (5xx, unreachable). */
export interface RobotsLoad {
  robots: Robots;
  failed: boolean;
}

interface RobotsEntry {
  expires: number;
  value: Promise<Robots>;
}

/**
 * State shared by fetches: per-host politeness and the robots.txt cache. One per process is typical
 * (`fetchDocument` uses a default one); tests make their own with short delays.
 * @example const session = new FetchSession({ minDelayMs: 0 }); await fetchDocument(url, { session });
 */
export class FetchSession {
  readonly gate: HostGate;
  readonly robotsDeadlineMs: number;
  private readonly robotsTtlMs: number;
  private readonly robotsFailureTtlMs: number;
  private readonly robots = new Map<string, RobotsEntry>();

  constructor(options: FetchSessionOptions = {}) {
    this.gate = new HostGate({
      maxPerHost: options.maxConnectionsPerHost ?? DEFAULT_MAX_PER_HOST,
      minDelayMs: options.minDelayMs ?? DEFAULT_MIN_DELAY_MS,
    });
    this.robotsTtlMs = options.robotsTtlMs ?? DAY_MS;
    this.robotsFailureTtlMs = options.robotsFailureTtlMs ?? ROBOTS_FAILURE_TTL_MS;
    this.robotsDeadlineMs = options.robotsDeadlineMs ?? ROBOTS_DEADLINE_MS;
  }

  /**
   * The robots.txt of `origin`, loaded once and shared by concurrent callers. A load that throws is not cached,
   * so a refused address or a bad URL is reported to every caller rather than remembered.
   */
  robotsFor(origin: string, load: () => Promise<RobotsLoad>): Promise<Robots> {
    const now = Date.now();
    const cached = this.robots.get(origin);
    if (cached && cached.expires > now) return cached.value;
    if (this.robots.size >= ROBOTS_SWEEP_AT) this.sweep(now);
    const entry: RobotsEntry = { expires: Number.POSITIVE_INFINITY, value: Promise.resolve(null as never) };
    entry.value = load().then(
      (result) => {
        entry.expires = Date.now() + (result.failed ? this.robotsFailureTtlMs : this.robotsTtlMs);
        return result.robots;
      },
      (err: unknown) => {
        if (this.robots.get(origin) === entry) this.robots.delete(origin);
        throw err;
      },
    );
    this.robots.set(origin, entry);
    return entry.value;
  }

  private sweep(now: number): void {
    for (const [origin, entry] of this.robots) if (entry.expires <= now) this.robots.delete(origin);
  }
}

let defaultSession: FetchSession | null = null;

/** The process-wide session `fetchDocument` uses when none is passed. */
export function getDefaultSession(): FetchSession {
  defaultSession ??= new FetchSession();
  return defaultSession;
}
