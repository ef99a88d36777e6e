import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRejected, type Rejected } from '../errors.ts';
import { readJsonl } from './jsonl.ts';
import type { RawDocument } from './types.ts';

async function* chunksOf(bytes: Uint8Array, cuts: number[]): AsyncGenerator<Uint8Array> {
  let start = 0;
  for (const cut of [...cuts.filter((c) => c < bytes.length)].sort((a, b) => a - b)) {
    yield bytes.subarray(start, cut);
    start = cut;
  }
  yield bytes.subarray(start);
}

async function read(text: string | Uint8Array, maxBytes = 1000, cuts: number[] = []): Promise<Array<RawDocument | Rejected>> {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  const out: Array<RawDocument | Rejected> = [];
  for await (const item of readJsonl(chunksOf(bytes, cuts), 'f.jsonl', maxBytes)) out.push(item);
  return out;
}

describe('readJsonl', () => {
  it('reads records, skips blank lines, and rejects a broken line by number', async () => {
    const items = await read('{"id":"a","text":"A"}\n\n  \n{"id": "b", "text":\n{"id":"c","text":"C"}\r\n');
    expect(items.map((i) => i.source)).toEqual(['f.jsonl:1', 'f.jsonl:4', 'f.jsonl:5']);
    expect(items[1]).toMatchObject({ code: 'BAD_JSON', reason: expect.stringMatching(/^line 4: invalid JSON \(.+\)$/) });
    expect(items[2]).toMatchObject({ id: 'c', content: 'C' });
  });

  it('strips a UTF-8 BOM on the first line', async () => {
    expect(await read('\uFEFF{"id":"a","text":"A"}')).toMatchObject([{ id: 'a' }]);
  });

  it('rejects a line over maxBytes without holding it, and reads on', async () => {
    const items = await read(`{"text":"${'x'.repeat(200)}"}\n{"text":"small"}\n`, 50);
    expect(items[0]).toMatchObject({ source: 'f.jsonl:1', code: 'TOO_LARGE', reason: expect.stringMatching(/^line 1: line is .*over the maxBytes limit/) });
    expect(items[1]).toMatchObject({ source: 'f.jsonl:2', content: 'small' });
  });

  it('reads a stream bigger than maxBytes when each line fits', async () => {
    const line = '{"text":"twenty-ish bytes"}\n';
    const items = await read(line.repeat(20), line.length + 1);
    expect(items).toHaveLength(20);
    expect(items.every((i) => !isRejected(i))).toBe(true);
  });

  it('rejects a line that is not UTF-8', async () => {
    const items = await read(Buffer.concat([Buffer.from('{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n{"text":"ok"}')]));
    expect(items[0]).toMatchObject({ source: 'f.jsonl:1', code: 'BAD_ENCODING', reason: 'line 1: not valid UTF-8 (JSON Lines must be UTF-8)' });
    expect(items[1]).toMatchObject({ content: 'ok' });
  });

  it('reports a file of blank lines as having no records', async () => {
    expect(await read('\n \n')).toEqual([{ source: 'f.jsonl', reason: 'no records (only blank lines)', code: 'EMPTY_INPUT' }]);
  });

  it('never throws out of the generator, whatever the lines and chunk boundaries', async () => {
    const record = fc.record({ id: fc.oneof(fc.string(), fc.integer()), text: fc.string() }, { requiredKeys: [] });
    const line = fc.oneof(fc.string(), fc.json(), record.map((r) => JSON.stringify(r)), fc.constant(''));
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 20 }), fc.array(fc.nat(400), { maxLength: 5 }), async (lines, cuts) => {
        const text = lines.join('\n');
        const items = await read(text, 64, cuts);
        const nonBlank = text.split('\n').filter((l) => l.trim() !== '').length;
        expect(items).toHaveLength(Math.max(nonBlank, 1));
        for (const item of items) expect(isRejected(item) || typeof (item as RawDocument).content === 'string').toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        await expect(read(bytes, 64)).resolves.toBeInstanceOf(Array);
      }),
      { numRuns: 300 },
    );
  });
});
