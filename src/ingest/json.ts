import { CorroborateError, type Rejected, toRejected } from '../errors.ts';
import { toRecord } from './records.ts';
import type { RawDocument } from './types.ts';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new CorroborateError('BAD_JSON', `invalid JSON (${message})`, { cause: err });
  }
}

function readElement(value: unknown, source: string, index: number): RawDocument | Rejected {
  const elementSource = `${source}#${index}`;
  try {
    return toRecord(value, elementSource);
  } catch (err) {
    const rejected = toRejected(elementSource, err);
    return { ...rejected, reason: `record ${index}: ${rejected.reason}` };
  }
}

/**
 * Reads a .json file's text: one record, or an array of records sourced `path#INDEX` (0-based).
 * A bad element is rejected alone; unparseable JSON throws BAD_JSON for the whole file.
 * @example [...readJsonText('[{"text":"a"},{}]', 'a.json')] // [doc a.json#0, rejected a.json#1]
 */
export function* readJsonText(text: string, source: string): Generator<RawDocument | Rejected> {
  const value = parseJson(text);
  if (!Array.isArray(value)) {
    yield toRecord(value, source);
    return;
  }
  if (value.length === 0) throw new CorroborateError('EMPTY_INPUT', 'no records (empty JSON array)');
  for (const [index, element] of value.entries()) yield readElement(element, source, index);
}
