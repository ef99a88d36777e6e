import type { Rejected } from '../errors.ts';
import type { Chunks } from './chunks.ts';
import { rejectFsError } from './fs-errors.ts';
import { resolveMaxBytes } from './limits.ts';
import { readPath } from './read-path.ts';
import { isUrlInput, readUrl } from './read-url.ts';
import { readStream } from './read-stream.ts';
import type { IngestOptions, RawDocument } from './types.ts';

/** The conventional command-line name for standard input. */
export const STDIN_ARG = '-';

/** The source name stdin's documents carry (`<stdin>:3` for its third JSONL line). */
export const STDIN_SOURCE = '<stdin>';

/** Stdin may have had setEncoding called on it; the readers want bytes. */
async function* toBytes(stream: NodeJS.ReadableStream): Chunks {
  for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}

async function* readStdin(stream: NodeJS.ReadableStream, maxBytes: number): AsyncGenerator<RawDocument | Rejected> {
  try {
    yield* readStream(toBytes(stream), STDIN_SOURCE, 'sniff', maxBytes);
  } catch (err) {
    yield rejectFsError(STDIN_SOURCE, err);
  }
}

/**
 * Reads files, folders (recursively, sorted), http(s) URLs (pages or feeds, see read-url.ts) and `-` (stdin) into
 * RawDocuments, in input order. An input that cannot be used is yielded as a Rejected {source, reason, code} and
 * the batch goes on; only a bad `maxBytes` option throws (BAD_ARGUMENT), before anything is read.
 * @example
 * for await (const item of readInputs(['corpus/', 'extra.jsonl'])) {
 *   if (isRejected(item)) console.warn(`${item.source}: ${item.reason}`);
 * }
 */
export async function* readInputs(
  inputs: string[],
  options: IngestOptions & { stdin?: NodeJS.ReadableStream } = {},
): AsyncGenerator<RawDocument | Rejected> {
  const maxBytes = resolveMaxBytes(options.maxBytes);
  for (const input of inputs) {
    if (input === STDIN_ARG) yield* readStdin(options.stdin ?? process.stdin, maxBytes);
    else if (isUrlInput(input)) yield* readUrl(input, options.fetch);
    else yield* readPath(input, maxBytes);
  }
}
