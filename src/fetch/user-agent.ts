import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root.ts';

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(projectRoot(import.meta.dirname), 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The product token robots.txt groups are matched against (RFC 9309 2.2.1). */
export const ROBOTS_TOKEN = 'corroborate';

/**
 * An honest User-Agent: our name, version and where to read about us, so an operator can find and block us.
 * @example USER_AGENT // 'Corroborate/0.1.0 (+https://github.com/corroborate/corroborate)'
 */
export const USER_AGENT = `Corroborate/${readVersion()} (+https://github.com/corroborate/corroborate)`;
