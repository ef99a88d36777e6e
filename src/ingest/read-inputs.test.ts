import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRejected, type Rejected } from '../errors.ts';
import { readInputs } from './read-inputs.ts';
import type { IngestOptions, RawDocument } from './types.ts';

const NESTED = 'test/fixtures/ingest/nested';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ingest-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(inputs: string[], options: IngestOptions & { stdin?: NodeJS.ReadableStream } = {}): Promise<Array<RawDocument | Rejected>> {
  const out: Array<RawDocument | Rejected> = [];
  for await (const item of readInputs(inputs, options)) out.push(item);
  return out;
}

const stdinOf = (...chunks: Array<string | Buffer>): NodeJS.ReadableStream => Readable.from(chunks.map((c) => Buffer.from(c)));

describe('readInputs: folders', () => {
  it('reads a folder tree depth first in code-unit order, skipping dotfiles and unknown extensions', async () => {
    const items = await collect([NESTED]);
    expect(items.map((i) => i.source)).toEqual([
      `${NESTED}/Upper.txt`,
      `${NESTED}/a.txt`,
      `${NESTED}/b/c.html`,
      `${NESTED}/b/d/e.jsonl:1`,
      `${NESTED}/b/d/e.jsonl:2`,
      `${NESTED}/z.json#0`,
      `${NESTED}/z.json#1`,
    ]);
    expect(items.every((i) => !isRejected(i))).toBe(true);
  });

  it('carries kinds, ids and record metadata', async () => {
    const items = (await collect([NESTED])) as RawDocument[];
    expect(items[2]).toMatchObject({ kind: 'html' });
    expect(items[2]).not.toHaveProperty('id');
    expect(items[3]).toMatchObject({ id: 'e-1', kind: 'text', content: 'Echo one.', meta: { title: 'Echo', outlet: 'Wire', published: '2024-05-01' } });
    expect(items[4]).toMatchObject({ id: '2', kind: 'html', meta: { byline: 'Ann, Bo' } });
    expect(items[6]).toMatchObject({ content: 'Zulu one.', meta: { url: 'https://example.com/z1' } });
  });

  it('reads files ahead but yields everything in folder order: pages, gzip, JSONL, failures, sidecar metadata', async () => {
    const root = join(dir, 'ahead');
    await mkdir(root);
    const names: string[] = [];
    for (let k = 0; k < 12; k++) {
      const name = `p${String(k).padStart(2, '0')}`;
      if (k === 3) {
        await writeFile(join(root, `${name}.jsonl`), '{"id":"j1","text":"One."}\n{"id":"j2","text":"Two."}\n');
        names.push(`${name}.jsonl:1`, `${name}.jsonl:2`);
      } else if (k === 5) {
        await writeFile(join(root, `${name}.txt`), '');
        names.push(`${name}.txt`);
      } else if (k === 7) {
        await writeFile(join(root, `${name}.html.gz`), gzipSync('<p>cut short</p>'.repeat(50)).subarray(0, 24));
        names.push(`${name}.html.gz`);
      } else if (k === 8) {
        await writeFile(join(root, `${name}.html.gz`), gzipSync(`<html><title>Page ${k}</title><p>Body ${k}.</p></html>`));
        names.push(`${name}.html.gz`);
      } else {
        await writeFile(join(root, `${name}.txt`), `Headline ${k}\n\nBody of page ${k}.`);
        names.push(`${name}.txt`);
      }
    }
    await symlink(join(root, 'missing.txt'), join(root, 'p12.txt'));
    names.push('p12.txt');
    await writeFile(join(root, 'meta.json'), JSON.stringify({ 'p10.txt': { outlet: 'Sidecar Times' } }));
    const items = await collect([root]);
    expect(items.map((i) => i.source)).toEqual(names.map((n) => join(root, n)));
    expect(items.filter(isRejected).map((r) => r.source)).toEqual(['p05.txt', 'p07.html.gz', 'p12.txt'].map((n) => join(root, n)));
    expect((items[11] as RawDocument).meta).toMatchObject({ outlet: 'Sidecar Times' });
    expect((items[9] as RawDocument).content).toContain('Body 8.');
  });

  it('follows a symlinked folder once, not round a cycle', async () => {
    const root = join(dir, 'cycle');
    await mkdir(root);
    await writeFile(join(root, 'a.txt'), 'A');
    await symlink(root, join(root, 'loop'));
    expect((await collect([root])).map((i) => i.source)).toEqual([join(root, 'a.txt')]);
  });
});

describe('readInputs: files', () => {
  it.each<[string, string | Buffer, object]>([
    ['plain.txt', 'Just text.', { kind: 'text', content: 'Just text.' }],
    ['page.htm', '<p>Page</p>', { kind: 'html', content: '<p>Page</p>' }],
    ['page.html.gz', gzipSync('<p>Zipped</p>'), { kind: 'html', content: '<p>Zipped</p>' }],
    ['served-gzipped.html', gzipSync('<p>Sniffed</p>'), { kind: 'html', content: '<p>Sniffed</p>' }],
    ['one.json', '{"id":"j","text":"One record"}', { source: 'one.json', id: 'j' }],
    ['README', 'no extension, read as text', { kind: 'text' }],
    ['page.unknown', '<!DOCTYPE html><p>markup</p>', { kind: 'html' }],
  ])('reads %s', async (name, content, expected) => {
    const path = join(dir, name);
    await writeFile(path, content);
    const [item] = await collect([path]);
    expect(item).toMatchObject({ ...expected, source: path });
  });

  it('reads gzipped JSON Lines as a stream', async () => {
    const path = join(dir, 'records.jsonl.gz');
    await writeFile(path, gzipSync('{"text":"a"}\n{"text":"b"}\n'));
    expect((await collect([path])).map((i) => i.source)).toEqual([`${path}:1`, `${path}:2`]);
  });

  it('rejects a corrupt gzip file', async () => {
    const path = join(dir, 'corrupt.html.gz');
    await writeFile(path, gzipSync('<p>x</p>'.repeat(100)).subarray(0, 30));
    expect(await collect([path])).toEqual([{ source: path, code: 'UNREADABLE', reason: expect.stringMatching(/^corrupt gzip data/) }]);
  });

  it.each<[string, string, RegExp]>([
    ['bad.json', '{"text": ', /^invalid JSON/],
    ['empty-array.json', '[]', /^no records/],
    ['scalar.json', '42', /expected a JSON object, got number/],
  ])('rejects %s as a whole', async (name, content, reason) => {
    const path = join(dir, name);
    await writeFile(path, content);
    expect(await collect([path])).toEqual([expect.objectContaining({ source: path, reason: expect.stringMatching(reason) })]);
  });
});

describe('readInputs: stdin', () => {
  it.each<[string, Array<string | Buffer>, object[]]>([
    ['JSON Lines when it starts with "{"', ['  {"id":"s1","text":"A"}\n{"te', 'xt":"B"}\n'], [{ source: '<stdin>:1', id: 's1' }, { source: '<stdin>:2', content: 'B' }]],
    ['HTML when it looks like markup', ['\n<!doctype html><p>Hi</p>'], [{ source: '<stdin>', kind: 'html' }]],
    ['text otherwise', ['Plain words, {not json}.'], [{ source: '<stdin>', kind: 'text', content: 'Plain words, {not json}.' }]],
    ['gzip, sniffed by magic number', [gzipSync('{"text":"zipped"}\n')], [{ source: '<stdin>:1', content: 'zipped' }]],
    ['empty', [], [{ source: '<stdin>', code: 'EMPTY_INPUT', reason: 'empty input (0 bytes)' }]],
    ['binary', [Buffer.from('\x89PNG\r\n\x1a\n\0\0', 'latin1')], [{ source: '<stdin>', code: 'BINARY_INPUT' }]],
  ])('reads %s', async (_name, chunks, expected) => {
    expect(await collect(['-'], { stdin: stdinOf(...chunks) })).toMatchObject(expected);
  });

  it('caps a document read from stdin at maxBytes', async () => {
    const items = await collect(['-'], { stdin: stdinOf('x'.repeat(600), 'y'.repeat(600)), maxBytes: 1000 });
    expect(items).toEqual([{ source: '<stdin>', code: 'TOO_LARGE', reason: expect.stringMatching(/^input is at least .*over the maxBytes limit/) }]);
  });
});

describe('readInputs: options', () => {
  it.each([0, -1, 1.5, Number.NaN])('throws BAD_ARGUMENT for maxBytes %s before reading', async (maxBytes) => {
    await expect(collect([NESTED], { maxBytes })).rejects.toMatchObject({ code: 'BAD_ARGUMENT' });
  });
});
