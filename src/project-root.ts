import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const roots = new Map<string, string>();

/**
 * The project's folder (the one holding its package.json, named "corroborate"), found upwards from `from`, a
 * module's folder. The same whether the module runs from src/ or from a bundle of it (bin/corroborate.js and
 * parallel/worker-script.ts bundle the sources into node_modules/.cache/corroborate/), so files beside the
 * sources (dist/web, package.json, ../shared) are found either way. Falls back to two folders up from `from`.
 *
 * projectRoot(import.meta.dirname) // '/home/me/corroborate'
 */
export function projectRoot(from: string): string {
  let root = roots.get(from);
  if (root === undefined) {
    root = findRoot(from) ?? path.resolve(from, '..', '..');
    roots.set(from, root);
  }
  return root;
}

function findRoot(from: string): string | null {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && readName(pkg) === 'corroborate') return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

function readName(file: string): unknown {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name;
  } catch {
    return null;
  }
}
