import { describe, expect, it } from 'vitest';
import { ALLOW_ALL, DISALLOW_ALL, isAllowed, matchesPattern, normalisePath, parseRobots } from './robots.ts';

const UA = 'corroborate';

describe('matchesPattern', () => {
  const cases: Array<[pattern: string, path: string, expected: boolean]> = [
    ['/', '/anything', true],
    ['/fish', '/fish', true],
    ['/fish', '/fish.html', true],
    ['/fish', '/Fish.asp', false],
    ['/fish', '/catfish', false],
    ['/fish/', '/fish', false],
    ['/fish*', '/fishheads/yummy.html', true],
    ['/*.php', '/index.php', true],
    ['/*.php', '/folder/filename.php?parameters', true],
    ['/*.php', '/windows.PHP', false],
    ['/*.php$', '/filename.php', true],
    ['/*.php$', '/filename.php?parameters', false],
    ['/*.php$', '/filename.php5', false],
    ['/fish*.php', '/fishheads/catfish.php?parameters', true],
    ['/fish*.php', '/Fish.PHP', false],
    ['/$', '/', true],
    ['/$', '/a', false],
    ['*', '/x', true],
    ['/a*b*c', '/aXbYc', true],
    ['/a*b*c', '/aXbY', false],
  ];
  it.each(cases)('%s vs %s -> %s', (pattern, path, expected) => {
    expect(matchesPattern(pattern, path)).toBe(expected);
  });

  it('stays fast on a hostile pattern', () => {
    const started = performance.now();
    expect(matchesPattern(`/${'*a'.repeat(200)}b`, `/${'a'.repeat(2000)}`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('parseRobots + isAllowed (RFC 9309)', () => {
  const robots = parseRobots(
    [
      '# comment',
      'User-agent: *',
      'Disallow: /private',
      'Allow: /private/open',
      '',
      'User-agent: Googlebot',
      'Disallow: /',
      '',
      'Sitemap: https://example.com/sitemap.xml',
    ].join('\n'),
  );
  const cases: Array<[path: string, expected: boolean]> = [
    ['/', true],
    ['/news/1', true],
    ['/private', false],
    ['/private/secret?x=1', false],
    ['/private/open', true],
    ['/private/open/deeper', true],
    ['/robots.txt', true],
  ];
  it.each(cases)('* group: %s -> %s', (path, expected) => {
    expect(isAllowed(robots, UA, path)).toBe(expected);
  });

  it('collects sitemaps', () => {
    expect(robots.sitemaps).toEqual(['https://example.com/sitemap.xml']);
  });

  it('prefers our own group, matched case-insensitively, over *', () => {
    const own = parseRobots('User-agent: *\nDisallow: /\n\nUser-agent: Corroborate/1.0\nDisallow: /admin\n');
    expect(isAllowed(own, UA, '/news')).toBe(true);
    expect(isAllowed(own, UA, '/admin/x')).toBe(false);
  });

  it('merges every group naming us, and consecutive user-agent lines share rules', () => {
    const merged = parseRobots(
      'User-agent: other\nUser-agent: corroborate\nDisallow: /a\n\nUser-agent: corroborate\nDisallow: /b\n',
    );
    expect(isAllowed(merged, UA, '/a')).toBe(false);
    expect(isAllowed(merged, UA, '/b')).toBe(false);
    expect(isAllowed(merged, UA, '/c')).toBe(true);
    expect(isAllowed(merged, 'other', '/b')).toBe(true);
  });

  it('uses the longest match, and allow on a tie', () => {
    const r = parseRobots('User-agent: *\nAllow: /page\nDisallow: /*.html\nDisallow: /page\n');
    expect(isAllowed(r, UA, '/page')).toBe(true); // tie: allow wins
    expect(isAllowed(r, UA, '/page.html')).toBe(false); // "/*.html" (7 octets) beats "/page" (5)
    expect(isAllowed(r, UA, '/page/sub')).toBe(true);
  });

  it('handles empty Disallow (allow all), unknown lines and rules before any user-agent', () => {
    const r = parseRobots('Disallow: /\nFoo: bar\nUser-agent: *\nDisallow:\nCrawl-delay: 10\n');
    expect(isAllowed(r, UA, '/anything')).toBe(true);
  });

  it('compares percent-encoding normalised paths', () => {
    const r = parseRobots('User-agent: *\nDisallow: /caf\u00e9\nDisallow: /%7euser\n');
    expect(isAllowed(r, UA, '/caf%C3%A9/menu')).toBe(false);
    expect(isAllowed(r, UA, '/~user/page')).toBe(false);
    expect(normalisePath('/a%2fb')).toBe('/a%2Fb');
  });

  it('tolerates CRLF, comments after values and odd spacing', () => {
    const r = parseRobots('user-agent :  *  # everyone\r\ndisallow :/tmp # temp\r\n');
    expect(isAllowed(r, UA, '/tmp/x')).toBe(false);
  });

  it('has allow-all and disallow-all constants for 4xx and 5xx', () => {
    expect(isAllowed(ALLOW_ALL, UA, '/x')).toBe(true);
    expect(isAllowed(DISALLOW_ALL, UA, '/x')).toBe(false);
    expect(isAllowed(DISALLOW_ALL, UA, '/robots.txt')).toBe(true);
  });

  it('with no group for us and no * group, allows everything', () => {
    expect(isAllowed(parseRobots('User-agent: otherbot\nDisallow: /\n'), UA, '/x')).toBe(true);
  });
});
