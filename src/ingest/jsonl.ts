import { CorroborateError, type Rejected, toRejected } from '../errors.ts';
import type { Chunks } from './chunks.ts';
import { tooLarge } from './limits.ts';
import { type Line, splitLines } from './lines.ts';
import { toRecord } from './records.ts';
import type { RawDocument } from './types.ts';

/** JSON Lines is UTF-8 by definition (jsonlines.org), so a line that is not is refused, not guessed at. */
const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });

function decodeLine(line: Line, maxBytes: number): string {
  if (!line.bytes) throw tooLarge('line is', line.size, maxBytes);
  try {
    return UTF8_STRICT.decode(line.bytes).replace(/\r$/, '');
  } catch (err) {
    throw new CorroborateError('BAD_ENCODING', 'not valid UTF-8 (JSON Lines must be UTF-8)', { cause: err });
  }
}

function parseLine(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new CorroborateError('BAD_JSON', `invalid JSON (${message})`, { cause: err });
  }
}

/** Reads one line into a document; every failure becomes a Rejected naming the line. */
function readLine(line: Line, source: string, maxBytes: number): RawDocument | Rejected | null {
  const lineSource = `${source}:${line.number}`;
  try {
    const text = decodeLine(line, maxBytes);
    if (text.trim() === '') return null;
    return toRecord(parseLine(text), lineSource);
  } catch (err) {
    const rejected = toRejected(lineSource, err);
    return { ...rejected, reason: `line ${line.number}: ${rejected.reason}` };
  }
}

/**
 * Streams a JSON Lines file record by record; blank lines are skipped, a broken line is rejected as
 * `path:LINE` and the rest still read. Only a single line is bounded by `maxBytes`, not the whole stream.
 * @example for await (const doc of readJsonl(chunks, 'a.jsonl', 1 << 20)) ...
 */
export async function* readJsonl(chunks: Chunks, source: string, maxBytes: number): AsyncGenerator<RawDocument | Rejected> {
  let entries = 0;
  for await (const line of splitLines(chunks, maxBytes)) {
    const entry = readLine(line, source, maxBytes);
    if (entry === null) continue;
    entries++;
    yield entry;
  }
  if (entries === 0) yield { source, reason: 'no records (only blank lines)', code: 'EMPTY_INPUT' };
}
