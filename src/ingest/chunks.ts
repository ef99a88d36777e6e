import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { CorroborateError } from '../errors.ts';
import { tooLarge } from './limits.ts';

/** A byte stream as async-iterable chunks: file streams, stdin and gunzip output all fit. */
export type Chunks = AsyncIterable<Uint8Array>;

async function* prepend(head: Uint8Array[], rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    yield* head;
    for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
  } finally {
    await rest.return?.();
  }
}

/**
 * Reads at least `min` bytes (or all there are) to sniff them, and gives back a stream that still starts at 0.
 * @example const { head, chunks: all } = await peekBytes(stream, 2)
 */
export async function peekBytes(chunks: Chunks, min: number): Promise<{ head: Buffer; chunks: Chunks }> {
  const it = chunks[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let length = 0;
  while (length < min) {
    const r = await it.next();
    if (r.done) break;
    seen.push(r.value);
    length += r.value.length;
  }
  return { head: Buffer.concat(seen), chunks: prepend(seen, it) };
}

/** Collects a whole stream, stopping as soon as it passes `limit` bytes, so memory stays bounded. */
export async function collectBytes(chunks: Chunks, limit: number, what: string): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    length += chunk.length;
    if (length > limit) throw tooLarge(`${what} is at least`, length, limit);
    parts.push(chunk);
  }
  return Buffer.concat(parts, length);
}

function toGzipError(err: unknown): unknown {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('Z_')) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new CorroborateError('UNREADABLE', `corrupt gzip data (${message})`, { cause: err });
}

/**
 * Decompresses gzip chunks as a stream: the consumer's byte limit stops a decompression bomb early, and
 * stopping iteration destroys both the inflater and the source.
 */
export async function* gunzipChunks(chunks: Chunks): AsyncGenerator<Uint8Array> {
  const source = Readable.from(chunks, { objectMode: false });
  const gunzip = createGunzip({ chunkSize: 128 * 1024 });
  source.on('error', (err) => gunzip.destroy(err));
  source.pipe(gunzip);
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (err) {
    throw toGzipError(err);
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}
