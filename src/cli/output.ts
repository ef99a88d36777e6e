import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Rejected } from '../errors.ts';

/** Where a command writes: `--out FILE` or standard output. */
export interface Sink {
  write(line: string): void;
  /** Writes pieces one after another, waiting whenever the destination's buffer is full (bounded memory). */
  writeAll(pieces: Iterable<string | Uint8Array>): Promise<void>;
  close(): Promise<void>;
  /** After a failure: a file is removed rather than left half written. */
  abort(): Promise<void>;
}

/** Writes each piece, waiting for 'drain' whenever the stream asks to (write() returned false). */
async function writeWithBackpressure(stream: NodeJS.WritableStream, pieces: Iterable<string | Uint8Array>): Promise<void> {
  for (const piece of pieces) {
    if (!stream.write(piece)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  }
}

/**
 * `atomic`: the file is written under a temporary name and renamed when complete, so `--out` never names a
 * half-written file and an earlier file of that name stays until the new one is whole (for outputs written over
 * a long run, like analyze's). Otherwise lines land in the file as they are written.
 */
export function openSink(out: string | undefined, options: { atomic?: boolean } = {}): Sink {
  if (!out) {
    return { write: (line) => void process.stdout.write(line), writeAll: (pieces) => writeWithBackpressure(process.stdout, pieces), close: async () => {}, abort: async () => {} };
  }
  const partial = options.atomic ? `${out}.partial-${process.pid}` : out;
  const stream: WriteStream = createWriteStream(partial);
  const forget = partial === out ? () => {} : removeOnSignal(partial);
  const end = () => {
    forget();
    return new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  };
  return {
    write: (line) => void stream.write(line),
    writeAll: (pieces) => writeWithBackpressure(stream, pieces),
    close: async () => {
      await end();
      if (partial !== out) await rename(partial, out);
    },
    abort: async () => {
      await end().catch(() => {});
      if (partial !== out) await rm(partial, { force: true });
    },
  };
}

/** Removes `file` if the process is interrupted (Ctrl-C, kill) before the returned function is called. */
function removeOnSignal(file: string): () => void {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const onSignal = (signal: NodeJS.Signals) => {
    rmSync(file, { force: true });
    forget();
    process.kill(process.pid, signal);
  };
  const forget = () => {
    for (const s of signals) process.off(s, onSignal);
  };
  for (const s of signals) process.once(s, onSignal);
  return forget;
}

/** Reports a rejected input on standard error, naming the input and the reason. */
export function reportRejected(r: Rejected): void {
  process.stderr.write(`corroborate: ${r.source}: ${r.reason} [${r.code}]\n`);
}
