import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the shared evaluation data lives: `$CORROBORATE_DATA`, else `../shared/data` beside the repository.
 * The data is read in place, never copied into the repository.
 */
export function dataPath(...parts: string[]): string {
  const root = process.env['CORROBORATE_DATA'] ?? path.resolve(import.meta.dirname, '..', '..', 'shared', 'data');
  const p = path.join(root, ...parts);
  if (!existsSync(p)) throw new Error(`evaluation data not found: ${p} (set CORROBORATE_DATA)`);
  return p;
}
