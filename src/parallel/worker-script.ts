import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { projectRoot } from '../project-root.ts';

const ROOT = projectRoot(import.meta.dirname);
/** The worker proper, and the plain JavaScript entry that loads it through tsx (see worker-entry.mjs). */
const WORKER_SOURCE = path.join(ROOT, 'src', 'parallel', 'worker.ts');
const TSX_ENTRY = pathToFileURL(path.join(ROOT, 'src', 'parallel', 'worker-entry.mjs'));
/** Inside the project, so the bundle's package imports resolve from its node_modules. */
const CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'corroborate');

let script: URL | null = null;

/**
 * The script WorkerPool threads run: src/parallel/worker.ts bundled with esbuild (packages left as imports) into
 * node_modules/.cache/corroborate/, named by its content, once per process (~0.1 s). A worker that loads tsx
 * instead transpiles every module again and keeps a loader thread of its own: at 10,000 synthetic articles
 * (bench/analyze.ts) that cost ~70 MB of peak RSS and ~5% of CPU. Where the cache cannot be written (a read-only
 * install) or the build fails, the tsx entry is used.
 *
 * new WorkerPool(workerScript(), 2)
 */
export function workerScript(): URL {
  script ??= bundleWorker() ?? TSX_ENTRY;
  return script;
}

function bundleWorker(): URL | null {
  try {
    const built = buildSync({ entryPoints: [WORKER_SOURCE], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', write: false, logLevel: 'silent' });
    const code = built.outputFiles[0]!.contents;
    const file = path.join(CACHE_DIR, `worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
    if (!existsSync(file)) {
      mkdirSync(CACHE_DIR, { recursive: true });
      // Written aside and renamed: a process starting at the same moment never loads half a file.
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, code);
      renameSync(partial, file);
      // Bundles of sources since edited are of no more use.
      for (const old of readdirSync(CACHE_DIR)) if (/^worker-[0-9a-f]{16}\.mjs$/.test(old) && path.join(CACHE_DIR, old) !== file) rmSync(path.join(CACHE_DIR, old), { force: true });
    }
    return pathToFileURL(file);
  } catch {
    return null;
  }
}
