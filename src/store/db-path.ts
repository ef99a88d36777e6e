import path from 'node:path';
import envPaths from 'env-paths';

/** The environment variable that names the database when no --db flag is given. */
export const DB_ENV_VAR = 'CORROBORATE_DB';

/**
 * Where the database lives, first match wins:
 * 1. `--db PATH` (the `flag` argument);
 * 2. the `CORROBORATE_DB` environment variable;
 * 3. the per-user data folder from env-paths('corroborate'), file `corroborate.db`
 *    (Linux `~/.local/share/corroborate/corroborate.db`, macOS `~/Library/Application Support/corroborate/...`,
 *    Windows `%LOCALAPPDATA%\corroborate\Data\...`).
 * @example resolveDbPath('/tmp/x.db') // '/tmp/x.db'
 */
export function resolveDbPath(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return flag;
  const fromEnv = env[DB_ENV_VAR];
  if (fromEnv) return fromEnv;
  // suffix '' : env-paths appends "-nodejs" by default, which users would not look for
  return path.join(envPaths('corroborate', { suffix: '' }).data, 'corroborate.db');
}
