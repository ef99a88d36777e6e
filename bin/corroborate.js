#!/usr/bin/env node
// Runs the CLI from the TypeScript sources, with no build step after `npm ci`.
//
// Fast path: the sources bundled by esbuild (a dependency) into node_modules/.cache/corroborate/ (src/bundle-cache.mjs:
// made again on the first run after a source changes, ~0.1 s). A bundle starts in about half the time of loading
// each module through tsx (bench/extract.ts --cli reports the startup). Anything in the way (a read-only install,
// a failed build) falls back to tsx's loader.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');

async function loadBundle() {
  const { cachedBundle } = await import('../src/bundle-cache.mjs');
  return import(pathToFileURL(cachedBundle(ROOT, path.join('src', 'cli', 'main.ts'), 'cli')).href);
}

async function loadThroughTsx() {
  const { register } = await import('tsx/esm/api');
  register();
  return import('../src/cli/main.ts');
}

const cli = await loadBundle().catch(loadThroughTsx);
process.exitCode = await cli.main(process.argv.slice(2));
