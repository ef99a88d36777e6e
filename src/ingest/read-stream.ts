import { CorroborateError, type Rejected } from '../errors.ts';
import { type Chunks, collectBytes, gunzipChunks, peekBytes } from './chunks.ts';
import { decodeBytes } from './decode.ts';
import { type DocumentKind, toDocument } from './document.ts';
import type { InputFormat } from './formats.ts';
import { readJsonText } from './json.ts';
import { readJsonl } from './jsonl.ts';
import { isGzip } from './magic.ts';
import { firstSignificantChar, toLatin1 } from './sniff.ts';
import type { RawDocument } from './types.ts';

/** How to read a stream: a known format, 'auto' (text or HTML) or 'sniff' (stdin: also JSONL). */
export type StreamFormat = InputFormat | 'auto' | 'sniff';

/** 1 KiB: enough to see past leading whitespace and a BOM to the first character or tag. */
const HEAD_BYTES = 1024;

async function openContent(chunks: Chunks): Promise<{ head: Buffer; chunks: Chunks; gzipped: boolean }> {
  const peeked = await peekBytes(chunks, HEAD_BYTES);
  if (!isGzip(peeked.head)) return { ...peeked, gzipped: false };
  return { ...(await peekBytes(gunzipChunks(peeked.chunks), HEAD_BYTES)), gzipped: true };
}

function resolveFormat(format: StreamFormat, head: Buffer): InputFormat | 'auto' {
  if (format !== 'sniff') return format;
  return firstSignificantChar(toLatin1(head, HEAD_BYTES)) === '{' ? 'jsonl' : 'auto';
}

/**
 * Reads one stream (a file, stdin) into documents: gunzips by magic number, streams JSONL line by line, and
 * holds anything else in memory only up to `maxBytes` (decompressed). Throws for a failure of the whole input;
 * the caller turns that into a Rejected.
 */
export async function* readStream(chunks: Chunks, source: string, format: StreamFormat, maxBytes: number): AsyncGenerator<RawDocument | Rejected> {
  const content = await openContent(chunks);
  const resolved = resolveFormat(format, content.head);
  if (resolved === 'jsonl') {
    yield* readJsonl(content.chunks, source, maxBytes);
    return;
  }
  const what = content.gzipped ? 'decompressed input' : 'input';
  const bytes = await collectBytes(content.chunks, maxBytes, what);
  if (resolved === 'json') yield* readJsonBytes(bytes, source);
  else yield toDocument(bytes, source, resolved satisfies DocumentKind);
}

/** A .json input: decoded like any text (BOM, UTF-16), then parsed as one record or an array of them. */
function* readJsonBytes(bytes: Buffer, source: string): Generator<RawDocument | Rejected> {
  const text = bytes.length === 0 ? '' : decodeBytes(bytes);
  if (text.trim() === '') throw new CorroborateError('EMPTY_INPUT', 'empty input (no JSON)');
  yield* readJsonText(text, source);
}
