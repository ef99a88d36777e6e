import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cachedBundle } from '../bundle-cache.mjs';
import { projectRoot } from '../project-root.ts';

const ROOT = projectRoot(import.meta.dirname);
/** The plain JavaScript entry that loads the worker through tsx (see worker-entry.mjs). */
const TSX_ENTRY = pathToFileURL(path.join(ROOT, 'src', 'parallel', 'worker-entry.mjs'));

let script: URL | null = null;

/**
 * The script WorkerPool threads run: src/parallel/worker.ts bundled with esbuild into node_modules/.cache/corroborate/
 * (src/bundle-cache.mjs: made once per version of the code, found again without building). A worker that loads tsx
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
    return pathToFileURL(cachedBundle(ROOT, path.join('src', 'parallel', 'worker.ts'), 'worker'));
  } catch {
    return null;
  }
}
