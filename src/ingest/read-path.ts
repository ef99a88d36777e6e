import type { Stats } from 'node:fs';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CorroborateError, type Rejected, toRejected } from '../errors.ts';
import { formatOf } from './formats.ts';
import { rejectFsError, rejectStatError } from './fs-errors.ts';
import { tooLarge } from './limits.ts';
import { readStream } from './read-stream.ts';
import type { RawDocument } from './types.ts';
import { applySidecar, isSidecar, loadSidecar, type Sidecar } from './sidecar.ts';
import { listFiles } from './walk.ts';

function describeSpecial(stats: Stats): string {
  if (stats.isFIFO()) return 'FIFO';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice()) return 'character device';
  return stats.isBlockDevice() ? 'block device' : 'special file';
}

/**
 * What rules a file out before it is opened: the size check reads no bytes, so a 50 MB file costs nothing.
 * JSON Lines is exempt, being streamed with a per-line limit. In a folder, a FIFO or device is refused, as
 * reading it could block or never end; named explicitly (`<(zcat a.gz)`), it is read as a stream.
 */
function checkFile(stats: Stats, isJsonl: boolean, maxBytes: number, inFolder: boolean): CorroborateError | null {
  if (!stats.isFile()) {
    return inFolder ? new CorroborateError('UNREADABLE', `not a regular file (${describeSpecial(stats)})`) : null;
  }
  if (stats.size === 0) return new CorroborateError('EMPTY_INPUT', 'empty file (0 bytes)');
  if (!isJsonl && stats.size > maxBytes) return tooLarge('file is', stats.size, maxBytes);
  return null;
}

async function* readFile(path: string, stats: Stats, maxBytes: number, inFolder: boolean): AsyncGenerator<RawDocument | Rejected> {
  const format = formatOf(path) ?? 'auto';
  const problem = checkFile(stats, format === 'jsonl', maxBytes, inFolder);
  if (problem) {
    yield toRejected(path, problem);
    return;
  }
  try {
    yield* readStream(createReadStream(path), path, format, maxBytes);
  } catch (err) {
    yield rejectFsError(path, err);
  }
}

/**
 * Reads a file or, recursively, a folder. A file named explicitly is read whatever its extension (as text or
 * HTML, if it decodes); every failure is yielded as a Rejected, never thrown.
 * @example for await (const doc of readPath('corpus', DEFAULT_MAX_BYTES)) ...
 */
export async function* readPath(path: string, maxBytes: number): AsyncGenerator<RawDocument | Rejected> {
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (err) {
    yield await rejectStatError(path, err);
    return;
  }
  if (!stats.isDirectory()) {
    yield* readFile(path, stats, maxBytes, false);
    return;
  }
  const sidecars = new Map<string, Sidecar | null>();
  for await (const found of listFiles(path)) {
    if ('reason' in found) {
      yield found;
      continue;
    }
    const dir = dirname(found.path);
    if (!sidecars.has(dir)) sidecars.set(dir, await loadSidecar(dir));
    if (isSidecar(found.path, sidecars)) continue;
    for await (const item of readFile(found.path, found.stats, maxBytes, true)) {
      yield 'reason' in item ? item : { ...item, meta: applySidecar(item.meta, found.path, sidecars) };
    }
  }
}
