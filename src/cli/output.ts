import { createWriteStream, type WriteStream } from 'node:fs';
import type { Rejected } from '../errors.ts';

/** Where a command writes: `--out FILE` or standard output. */
export interface Sink {
  write(line: string): void;
  close(): Promise<void>;
}

export function openSink(out: string | undefined): Sink {
  if (!out) {
    return { write: (line) => void process.stdout.write(line), close: async () => {} };
  }
  const stream: WriteStream = createWriteStream(out);
  return {
    write: (line) => void stream.write(line),
    close: () => new Promise((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve()))),
  };
}

/** Reports a rejected input on standard error, naming the input and the reason. */
export function reportRejected(r: Rejected): void {
  process.stderr.write(`corroborate: ${r.source}: ${r.reason} [${r.code}]\n`);
}
