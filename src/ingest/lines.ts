import type { Chunks } from './chunks.ts';

/** One line of a byte stream, 1-based; `bytes` is absent when the line was longer than the limit. */
export interface Line {
  number: number;
  size: number;
  bytes?: Buffer;
}

const NEWLINE = 0x0a;

/** Accumulates one line's bytes, dropping them once the line passes the limit (its size is still counted). */
class LineBuffer {
  private parts: Uint8Array[] = [];
  size = 0;
  constructor(private readonly limit: number) {}

  add(bytes: Uint8Array): void {
    this.size += bytes.length;
    if (this.size > this.limit) this.parts = [];
    else if (bytes.length > 0) this.parts.push(bytes);
  }

  take(number: number): Line {
    const line: Line = { number, size: this.size };
    if (this.size <= this.limit) line.bytes = Buffer.concat(this.parts, this.size);
    this.parts = [];
    this.size = 0;
    return line;
  }
}

/**
 * Splits a byte stream on LF, holding at most `maxLineBytes` of a line in memory: a longer line is reported by
 * size without its bytes, and the next lines still come. CR before LF is left for the caller to trim.
 * @example for await (const line of splitLines(fileChunks, 1 << 20)) parse(line.bytes)
 */
export async function* splitLines(chunks: Chunks, maxLineBytes: number): AsyncGenerator<Line> {
  const buffer = new LineBuffer(maxLineBytes);
  let number = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
      buffer.add(chunk.subarray(start, nl));
      yield buffer.take(++number);
      start = nl + 1;
    }
    buffer.add(chunk.subarray(start));
  }
  if (buffer.size > 0) yield buffer.take(++number);
}
