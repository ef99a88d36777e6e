import { describe, expect, it } from 'vitest';
import { splitLines } from './lines.ts';

async function* chunksOf(parts: string[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield Buffer.from(p);
}

async function lines(parts: string[], max = 100): Promise<Array<[number, string | null, number]>> {
  const out: Array<[number, string | null, number]> = [];
  for await (const l of splitLines(chunksOf(parts), max)) out.push([l.number, l.bytes?.toString() ?? null, l.size]);
  return out;
}

describe('splitLines', () => {
  it.each<[string, string[], Array<[number, string | null, number]>]>([
    ['one chunk', ['a\nbb\n'], [[1, 'a', 1], [2, 'bb', 2]]],
    ['no final newline', ['a\nb'], [[1, 'a', 1], [2, 'b', 1]]],
    ['lines across chunks', ['ab', 'c\nd', 'e', '\n'], [[1, 'abc', 3], [2, 'de', 2]]],
    ['blank lines kept', ['\n\nx\n'], [[1, '', 0], [2, '', 0], [3, 'x', 1]]],
    ['CR left for the caller', ['a\r\n'], [[1, 'a\r', 2]]],
    ['empty stream', [], []],
    ['empty chunks', ['', 'a', '', '\n', ''], [[1, 'a', 1]]],
  ])('%s', async (_name, parts, expected) => {
    expect(await lines(parts)).toEqual(expected);
  });

  it('drops the bytes of an over-long line but keeps counting and reading', async () => {
    expect(await lines(['ok\n', 'x'.repeat(8), 'x'.repeat(8), '\nnext\n'], 10)).toEqual([
      [1, 'ok', 2],
      [2, null, 16],
      [3, 'next', 4],
    ]);
  });
});
