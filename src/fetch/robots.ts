/**
 * robots.txt per RFC 9309: groups of user-agent lines followed by allow/disallow rules; the crawler obeys the
 * group(s) naming its product token, else the `*` group(s); the longest matching rule wins, allow on a tie.
 */

/** RFC 9309 2.5: crawlers must parse at least 500 KiB; what follows is ignored. */
export const ROBOTS_MAX_BYTES = 500 * 1024;

export interface RobotsRule {
  allow: boolean;
  /** The path pattern, percent-encoding normalised; may hold `*` and end with `$`. */
  pattern: string;
}

export interface RobotsGroup {
  /** Product tokens, lowercased. */
  agents: string[];
  rules: RobotsRule[];
}

export interface Robots {
  groups: RobotsGroup[];
  sitemaps: string[];
}

/** A robots.txt that allows everything: what a 4xx means (RFC 9309 2.3.1.3). */
export const ALLOW_ALL: Robots = { groups: [], sitemaps: [] };
/** A robots.txt that disallows everything: what a 5xx or an unreachable server means (2.3.1.4). */
export const DISALLOW_ALL: Robots = { groups: [{ agents: ['*'], rules: [{ allow: false, pattern: '/' }] }], sitemaps: [] };

const LINE = /^\s*([^:#]*?)\s*:\s*([^#]*?)\s*(?:#.*)?$/;
/** The product token: RFC 9309 2.2.1 allows only letters, `_` and `-`. */
const PRODUCT_TOKEN = /^[a-z_-]+/i;

function keyOf(raw: string): 'agent' | 'allow' | 'disallow' | 'sitemap' | null {
  const key = raw.toLowerCase().replace(/[\s_-]/g, '');
  if (key === 'useragent') return 'agent';
  if (key === 'allow') return 'allow';
  // "dissallow" and "disalow" are common enough in the wild that Google's parser accepts them (RFC 9309 2.2.4).
  if (key === 'disallow' || key === 'dissallow' || key === 'disalow') return 'disallow';
  if (key === 'sitemap') return 'sitemap';
  return null;
}

const HEX_ESCAPE = /%([0-9a-fA-F]{2})/g;

/** encodeURIComponent throws on a lone surrogate; such a character is kept as is (it can match nothing real). */
function encodeLenient(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Percent-encoding normalised so `%7e`, `%7E` and `~` compare equal: escapes of unreserved characters decoded,
 * the other escapes uppercased, non-ASCII characters UTF-8 percent-encoded (RFC 9309 2.2.2).
 * @example normalisePath('/caf\u00e9/%7euser') // '/caf%C3%A9/~user'
 */
export function normalisePath(path: string): string {
  const escaped = path.replace(/[^\x00-\x7f]+/g, encodeLenient);
  return escaped.replace(HEX_ESCAPE, (_, hex: string) => {
    const c = String.fromCharCode(Number.parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(c) ? c : `%${hex.toUpperCase()}`;
  });
}

/**
 * Parses robots.txt text (only its first {@link ROBOTS_MAX_BYTES} are read). Unknown lines are skipped;
 * rules before any user-agent line belong to no group and are ignored, as RFC 9309 says.
 */
export function parseRobots(text: string): Robots {
  const groups: RobotsGroup[] = [];
  const sitemaps: string[] = [];
  let current: RobotsGroup | null = null;
  let lastWasAgent = false;
  for (const line of text.slice(0, ROBOTS_MAX_BYTES).split(/\r\n|\r|\n/)) {
    const m = LINE.exec(line);
    const key = m ? keyOf(m[1]!) : null;
    if (!m || !key) continue;
    const value = m[2]!;
    if (key === 'sitemap') {
      if (value) sitemaps.push(value);
      continue;
    }
    if (key === 'agent') {
      if (!lastWasAgent || !current) groups.push((current = { agents: [], rules: [] }));
      const token = PRODUCT_TOKEN.exec(value)?.[0] ?? (value.startsWith('*') ? '*' : '');
      if (token) current.agents.push(token.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    // An empty Disallow means "nothing is disallowed": it adds no rule.
    if (current && value) current.rules.push({ allow: key === 'allow', pattern: normalisePath(value) });
  }
  return { groups, sitemaps };
}

/**
 * Whether `pattern` matches the start of `path`: `*` matches any run of characters, a final `$` anchors the end.
 * Iterative with backtracking to the last `*` only, so a hostile pattern costs at most O(pattern x path).
 */
export function matchesPattern(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const p = anchored ? pattern.slice(0, -1) : pattern;
  let pi = 0;
  let si = 0;
  let starP = -1;
  let starS = 0;
  while (true) {
    if (pi === p.length && (!anchored || si === path.length)) return true;
    if (pi < p.length && p[pi] === '*') {
      starP = pi++;
      starS = si;
    } else if (pi < p.length && si < path.length && p[pi] === path[si]) {
      pi++;
      si++;
    } else if (starP >= 0 && starS < path.length) {
      pi = starP + 1;
      si = ++starS;
    } else {
      return false;
    }
  }
}

function rulesFor(robots: Robots, userAgent: string): RobotsRule[] {
  const token = userAgent.toLowerCase();
  const own = robots.groups.filter((g) => g.agents.includes(token));
  const chosen = own.length > 0 ? own : robots.groups.filter((g) => g.agents.includes('*'));
  return chosen.flatMap((g) => g.rules);
}

/**
 * Whether `userAgent` (a product token such as "corroborate") may fetch `pathAndQuery` ("/a/b?c=d").
 * `/robots.txt` itself is always allowed (RFC 9309 2.2.2).
 * @example isAllowed(parseRobots('User-agent: *\nDisallow: /private'), 'corroborate', '/private/x') // false
 */
export function isAllowed(robots: Robots, userAgent: string, pathAndQuery: string): boolean {
  const path = normalisePath(pathAndQuery || '/');
  if (path === '/robots.txt') return true;
  let best: RobotsRule | null = null;
  for (const rule of rulesFor(robots, userAgent)) {
    if (!matchesPattern(rule.pattern, path)) continue;
    const longer = !best || rule.pattern.length > best.pattern.length;
    const tieAllow = best && rule.pattern.length === best.pattern.length && rule.allow && !best.allow;
    if (longer || tieAllow) best = rule;
  }
  return best?.allow ?? true;
}
