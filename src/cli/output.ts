import { createWriteStream, type WriteStream } from 'node:fs';
import type { Rejected } from '../errors.ts';

/** Where a command writes: `--out FILE` or standard output. */
export interface Sink {
  write(line: string): void;
  /** Writes pieces one after another, waiting whenever the destination's buffer is full (bounded memory). */
  writeAll(pieces: Iterable<string>): Promise<void>;
  close(): Promise<void>;
}

/** Writes each piece, waiting for 'drain' whenever the stream asks to (write() returned false). */
async function writeWithBackpressure(stream: NodeJS.WritableStream, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    if (!stream.write(piece)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  }
}

export function openSink(out: string | undefined): Sink {
  if (!out) {
    return { write: (line) => void process.stdout.write(line), writeAll: (pieces) => writeWithBackpressure(process.stdout, pieces), close: async () => {} };
  }
  const stream: WriteStream = createWriteStream(out);
  return {
    write: (line) => void stream.write(line),
    writeAll: (pieces) => writeWithBackpressure(stream, pieces),
    close: () => new Promise((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve()))),
  };
}

/** Reports a rejected input on standard error, naming the input and the reason. */
export function reportRejected(r: Rejected): void {
  process.stderr.write(`corroborate: ${r.source}: ${r.reason} [${r.code}]\n`);
}
