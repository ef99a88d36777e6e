import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { PackedArticles } from './packed-articles.ts';

const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);
const spillDirs = () => readdirSync(tmpdir()).filter((d) => d.startsWith('corroborate-articles-'));

describe('PackedArticles', () => {
  it('keeps articles in memory within its budget, then moves them all to a temporary file', () => {
    const before = spillDirs().length;
    const store = new PackedArticles(100);
    store.put('a', bytes(60, 1));
    expect(store.spilled).toBe(false);
    store.put('b', bytes(60, 2));
    store.put('c', bytes(0, 0));
    expect(store.spilled).toBe(true);
    // The file is unlinked as soon as it is open: a killed process leaves nothing behind.
    expect(spillDirs().length).toBe(before);
    expect([...store.get('a')]).toEqual([...bytes(60, 1)]);
    expect([...store.get('b')]).toEqual([...bytes(60, 2)]);
    expect(store.get('c').byteLength).toBe(0);
    expect(store.size).toBe(3);
    store.close();
    expect(() => store.get('a')).toThrow(/no packed article a/);
  });

  it('hands out copies with their own buffer, so a transfer to a worker cannot empty the store', () => {
    const store = new PackedArticles();
    store.put('a', bytes(8, 7));
    const copy = store.get('a');
    expect(copy.byteOffset).toBe(0);
    expect(copy.buffer.byteLength).toBe(8);
    structuredClone(copy, { transfer: [copy.buffer] });
    expect([...store.get('a')]).toEqual([...bytes(8, 7)]);
    expect(() => store.put('a', bytes(1, 0))).toThrow(/stored twice/);
    store.close();
  });
});
