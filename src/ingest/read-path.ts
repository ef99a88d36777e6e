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
  const ahead: ReadAhead[] = [];
  for await (const found of listFiles(path)) {
    if ('reason' in found) {
      // Yielded in its place among the files: those listed before it come first.
      ahead.push({ path: '', docs: Promise.resolve([found]) });
    } else {
      const dir = dirname(found.path);
      if (!sidecars.has(dir)) sidecars.set(dir, await loadSidecar(dir));
      if (isSidecar(found.path, sidecars)) continue;
      const docs = readFile(found.path, found.stats, maxBytes, true);
      ahead.push({ path: found.path, docs: isSmallDocument(found.path, found.stats) ? collect(docs, found.path) : docs });
    }
    while (ahead.length > READ_AHEAD_FILES) yield* drain(ahead.shift()!, sidecars);
  }
  for (const next of ahead) yield* drain(next, sidecars);
}

/**
 * Files of a folder read while the ones before them are processed: reading a file takes several trips to the
 * thread pool (open, read, inflate, close: ~0.7 ms for a 150 KB page, ~1.6 ms gzipped), which otherwise leave
 * the caller idle (bench/extract.ts --cli). Only small single-document files are read ahead, so at most this many
 * x SMALL_FILE_BYTES (decompressed: the usual limit) are held.
 */
const READ_AHEAD_FILES = 4;
const SMALL_FILE_BYTES = 2 * 1024 * 1024;

function isSmallDocument(path: string, stats: Stats): boolean {
  return stats.isFile() && stats.size <= SMALL_FILE_BYTES && formatOf(path) !== 'jsonl';
}

/** Reads a whole (small) file's documents now; readFile yields its failures, so this never rejects. */
async function collect(docs: AsyncGenerator<RawDocument | Rejected>, path: string): Promise<Array<RawDocument | Rejected>> {
  const out: Array<RawDocument | Rejected> = [];
  try {
    for await (const doc of docs) out.push(doc);
  } catch (err) {
    out.push(rejectFsError(path, err));
  }
  return out;
}

/** A file of a folder, with its documents already read (small files) or to be streamed when its turn comes. */
interface ReadAhead {
  path: string;
  docs: Promise<Array<RawDocument | Rejected>> | AsyncGenerator<RawDocument | Rejected>;
}

async function* drain(next: ReadAhead, sidecars: Map<string, Sidecar | null>): AsyncGenerator<RawDocument | Rejected> {
  const docs = next.docs instanceof Promise ? await next.docs : next.docs;
  for await (const item of docs) {
    yield 'reason' in item ? item : { ...item, meta: applySidecar(item.meta, next.path, sidecars) };
  }
}
