import type { IncomingMessage } from 'node:http';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { FetchError } from './errors.ts';

export interface BodyLimits {
  url: string;
  /** Largest body accepted, after decompression; also the cap on bytes read from the wire. */
  maxBytes: number;
  /** Return the first maxBytes instead of failing (robots.txt: RFC 9309 reads the first 500 KiB). */
  truncate?: boolean;
  /** Called on every chunk from the wire, to reset the idle timer. */
  onActivity: () => void;
}

/** Stacked encodings beyond this are an attack or a bug, not a web server. */
const MAX_ENCODINGS = 2;

function createDecoder(encoding: string, url: string): Transform {
  // Flushing on every chunk keeps output flowing as input arrives, so the size counter sees a bomb early.
  const flush = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  if (encoding === 'gzip' || encoding === 'x-gzip') return zlib.createGunzip(flush);
  // "deflate" is meant to be zlib-wrapped (RFC 9110 8.4.1.2); createUnzip also reads gzip sent under that name.
  if (encoding === 'deflate') return zlib.createUnzip(flush);
  if (encoding === 'br') return zlib.createBrotliDecompress();
  throw new FetchError('UNSUPPORTED', url, `unsupported Content-Encoding "${encoding}"`);
}

/** The decoders for a Content-Encoding header, in the order they must run (the last applied comes off first). */
export function decodersFor(header: string | undefined, url: string): Transform[] {
  const codings = (header ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity');
  if (codings.length > MAX_ENCODINGS) {
    throw new FetchError('UNSUPPORTED', url, `too many stacked Content-Encodings (${codings.join(', ')})`);
  }
  return codings.reverse().map((c) => createDecoder(c, url));
}

class LimitReached extends Error {}

/** Counts bytes through a stage and fails the pipeline past `limit`, before the bytes are buffered. */
function counter(limit: number, onChunk: (size: number) => void): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      total += chunk.length;
      onChunk(chunk.length);
      if (total > limit) done(new LimitReached());
      else done(null, chunk);
    },
  });
}

function tooLarge(limits: BodyLimits, what: string): FetchError {
  return new FetchError('TOO_LARGE', limits.url, `${what} exceeds the limit of ${limits.maxBytes} bytes`);
}

/**
 * Reads a response body through its Content-Encoding decoders, with a byte counter before and after them: a
 * decompression bomb stops at `maxBytes` of output, whatever its ratio, and memory stays near `maxBytes`.
 * A body shorter than its Content-Length is an error, not a silently truncated page.
 */
export async function readBody(res: IncomingMessage, limits: BodyLimits): Promise<Uint8Array> {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxBytes && !limits.truncate) {
    throw tooLarge(limits, `Content-Length ${declared}`);
  }
  const decoders = decodersFor(res.headers['content-encoding'], limits.url);
  const chunks: Buffer[] = [];
  let kept = 0;
  let wire = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const room = limits.maxBytes - kept;
      if (chunk.length <= room) {
        chunks.push(chunk);
        kept += chunk.length;
        done();
        return;
      }
      if (room > 0) chunks.push(chunk.subarray(0, room));
      kept = limits.maxBytes;
      done(new LimitReached());
    },
  });
  const wireCounter = counter(limits.maxBytes, (n) => {
    wire += n;
    limits.onActivity();
  });
  try {
    await pipeline([res, wireCounter, ...decoders, sink]);
  } catch (err) {
    if (err instanceof LimitReached) {
      if (limits.truncate) return Buffer.concat(chunks);
      throw tooLarge(limits, decoders.length > 0 ? 'decompressed body' : 'body');
    }
    if (err instanceof FetchError) throw err;
    throw bodyError(err, limits.url, { declared, wire });
  }
  return Buffer.concat(chunks);
}

function bodyError(err: unknown, url: string, seen: { declared: number; wire: number }): FetchError {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (typeof code === 'string' && code.startsWith('Z_')) {
    return new FetchError('NETWORK_ERROR', url, `could not decompress the body (${code})`, { cause: err });
  }
  const short = Number.isFinite(seen.declared) && seen.wire < seen.declared;
  const detail = short ? ` (Content-Length said ${seen.declared} bytes, got ${seen.wire})` : '';
  return new FetchError('NETWORK_ERROR', url, `connection closed before the body was complete${detail}`, {
    cause: err,
  });
}
