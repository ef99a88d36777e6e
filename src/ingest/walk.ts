import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Rejected } from '../errors.ts';
import { rejectFsError, rejectStatError } from './fs-errors.ts';
import { formatOf } from './formats.ts';

/** A file found in a folder, with a format we read. */
export interface FoundFile {
  path: string;
  stats: Stats;
}

/** Code-unit order, not localeCompare: the same listing on every machine and locale. */
function byName(a: Dirent, b: Dirent): number {
  if (a.name === b.name) return 0;
  return a.name < b.name ? -1 : 1;
}

async function* visitEntry(path: string, entry: Dirent, visited: Set<string>): AsyncGenerator<FoundFile | Rejected> {
  const supported = formatOf(path) !== null;
  if (!entry.isDirectory() && !entry.isSymbolicLink() && !supported) return;
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (err) {
    if (supported) yield await rejectStatError(path, err);
    return;
  }
  if (stats.isDirectory()) yield* listFiles(path, visited);
  else if (supported) yield { path, stats };
}

/**
 * Lists a folder's readable-looking files recursively, sorted by name, depth first. Dotfiles and dot-folders are
 * skipped, and so are files with extensions we do not read; symbolic links are followed, each folder once.
 * A supported file that cannot even be stat'ed (dangling link, link loop) and an unreadable folder are Rejected.
 * @example for await (const f of listFiles('corpus')) console.log(f.path)
 */
export async function* listFiles(dir: string, visited = new Set<string>()): AsyncGenerator<FoundFile | Rejected> {
  let entries: Dirent[];
  try {
    const real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield rejectFsError(dir, err);
    return;
  }
  for (const entry of entries.sort(byName)) {
    if (!entry.name.startsWith('.')) yield* visitEntry(join(dir, entry.name), entry, visited);
  }
}
