// Plain JavaScript, so bin/corroborate.js can use it before any TypeScript loader is registered; typed by
// bundle-cache.d.mts for the sources.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Adds each source file under `dir` (path, size, modification time) to `hash`, in name order. */
function hashSources(dir, hash) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) hashSources(file, hash);
    else if (/\.(ts|mts|mjs|js|json)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
      const stats = statSync(file);
      hash.update(`${file}\0${stats.size}\0${stats.mtimeMs}\n`);
    }
  }
}

/**
 * `entry` (a path under `root`/src) bundled by esbuild, packages left as imports, into
 * `root`/node_modules/.cache/corroborate/`prefix`-<key>.mjs, and that file's path. <key> hashes every source file's
 * path, size and modification time, so the bundle is made once per version of the code (~0.1 s) and found by a
 * directory walk (~5 ms) afterwards; bundles of older versions are removed. Inside the project, so the bundle's
 * package imports resolve from its node_modules. Throws where the cache cannot be written or the build fails.
 *
 * cachedBundle('/repo', 'src/cli/main.ts', 'cli') // '/repo/node_modules/.cache/corroborate/cli-0123456789abcdef.mjs'
 */
export function cachedBundle(root, entry, prefix) {
  const hash = createHash('sha256');
  hash.update(`${entry}\n`);
  hashSources(path.join(root, 'src'), hash);
  const dir = path.join(root, 'node_modules', '.cache', 'corroborate');
  const name = `${prefix}-${hash.digest('hex').slice(0, 16)}.mjs`;
  const file = path.join(dir, name);
  if (existsSync(file)) return file;
  // Loaded only to build: a cached bundle is found without it.
  const { buildSync } = createRequire(import.meta.url)('esbuild');
  const built = buildSync({ entryPoints: [path.join(root, entry)], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', write: false, logLevel: 'silent' });
  mkdirSync(dir, { recursive: true });
  // Written aside and renamed: a process starting at the same moment never loads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, built.outputFiles[0].contents);
  renameSync(partial, file);
  const stale = new RegExp(`^${prefix}-[0-9a-f]{16}\\.mjs$`);
  for (const old of readdirSync(dir)) if (stale.test(old) && old !== name) rmSync(path.join(dir, old), { force: true });
  return file;
}
