#!/usr/bin/env node
// Runs the CLI from the TypeScript sources, with no build step after `npm ci`.
//
// Fast path: the sources bundled by esbuild (a dependency) into node_modules/.cache/corroborate/cli-<key>.mjs, where
// <key> hashes every source file's path, size and modification time, so an edited source is bundled again on the
// next run (~0.1 s). A bundle starts in about half the time of loading each module through tsx (bench/extract.ts
// --cli reports the startup). Anything in the way (a read-only install, a failed build) falls back to tsx's loader.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');
const CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'corroborate');

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

async function loadBundle() {
  const hash = createHash('sha256');
  hashSources(path.join(ROOT, 'src'), hash);
  const name = `cli-${hash.digest('hex').slice(0, 16)}.mjs`;
  const file = path.join(CACHE_DIR, name);
  if (!existsSync(file)) {
    const { buildSync } = await import('esbuild');
    const entry = path.join(ROOT, 'src', 'cli', 'main.ts');
    const built = buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', write: false, logLevel: 'silent' });
    mkdirSync(CACHE_DIR, { recursive: true });
    // Written aside and renamed: a process starting at the same moment never loads half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, built.outputFiles[0].contents);
    renameSync(partial, file);
    // Bundles of sources since edited are of no more use.
    for (const old of readdirSync(CACHE_DIR)) if (/^cli-[0-9a-f]{16}\.mjs$/.test(old) && old !== name) rmSync(path.join(CACHE_DIR, old), { force: true });
  }
  return import(pathToFileURL(file).href);
}

async function loadThroughTsx() {
  const { register } = await import('tsx/esm/api');
  register();
  return import('../src/cli/main.ts');
}

const cli = await loadBundle().catch(loadThroughTsx);
process.exitCode = await cli.main(process.argv.slice(2));
