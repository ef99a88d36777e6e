/**
 * Bad inputs at the ingest edge: each case puts one bad (or awkward) input in a batch between two good files
 * and checks the rejected entry's source and reason, and that the rest of the batch is still read.
 */
import { chmod, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRejected, type Rejected } from '../src/errors.ts';
import { readInputs } from '../src/ingest/index.ts';
import type { IngestOptions, RawDocument } from '../src/ingest/types.ts';

const MIB = 1024 * 1024;
/** The rejected 50 MB file must not be read: allow GC noise, but far less than the file. */
const MAX_RSS_GROWTH = 16 * MIB;

let dir: string;
let before: string;
let after: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ingest-bad-'));
  before = join(dir, 'before.txt');
  after = join(dir, 'after.txt');
  await writeFile(before, 'Read before the bad input.');
  await writeFile(after, 'Read after the bad input.');
});
afterAll(async () => {
  await chmod(join(dir, 'locked'), 0o755).catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

async function collect(inputs: string[], options?: IngestOptions): Promise<{ docs: RawDocument[]; rejected: Rejected[] }> {
  const docs: RawDocument[] = [];
  const rejected: Rejected[] = [];
  for await (const item of readInputs(inputs, options)) {
    if (isRejected(item)) rejected.push(item);
    else docs.push(item);
  }
  return { docs, rejected };
}

/** Reads [before, ...inputs, after] and checks both good files came through. */
async function readBatch(inputs: string[], options?: IngestOptions) {
  const result = await collect([before, ...inputs, after], options);
  const sources = result.docs.map((d) => d.source);
  expect(sources[0]).toBe(before);
  expect(sources.at(-1)).toBe(after);
  return result;
}

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
  return path;
}

describe('ingest: bad input is rejected with a reason, and the batch goes on', () => {
  it('empty file', async () => {
    const empty = await write('empty.txt', '');
    const blank = await write('blank.html', ' \n\t\r\n ');
    const { rejected } = await readBatch([empty, blank]);
    expect(rejected).toEqual([
      { source: empty, code: 'EMPTY_INPUT', reason: 'empty file (0 bytes)' },
      { source: blank, code: 'EMPTY_INPUT', reason: 'empty input (only whitespace, 6 bytes)' },
    ]);
  });

  it('binary file (a PNG), whatever its extension', async () => {
    const png = Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0', 'latin1');
    const asTxt = await write('image.txt', png);
    const asPng = await write('image.png', png);
    const { rejected } = await readBatch([asTxt, asPng]);
    expect(rejected).toEqual([
      { source: asTxt, code: 'BINARY_INPUT', reason: 'binary file (PNG image)' },
      { source: asPng, code: 'BINARY_INPUT', reason: 'binary file (PNG image)' },
    ]);
  });

  it('invalid UTF-8: refused when it is not plausible Windows-1252, read as Windows-1252 when it is', async () => {
    const cyrillic = await write('undeclared-1251.txt', Buffer.from('\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0!', 'latin1'));
    const latin = await write('latin1.txt', Buffer.from('Caf\xe9 cr\xe8me, \x93quoted\x94.', 'latin1'));
    const { docs, rejected } = await readBatch([cyrillic, latin]);
    expect(rejected).toEqual([{ source: cyrillic, code: 'BAD_ENCODING', reason: expect.stringMatching(/^not valid UTF-8 and no charset declared; /) }]);
    expect(docs.find((d) => d.source === latin)?.content).toBe('Café crème, “quoted”.');
  });

  it('UTF-16 with a BOM is read correctly', async () => {
    const le = await write('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ünïcode “text”', 'utf16le')]));
    const be = await write('utf16be.html', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('<p>Grüße</p>', 'utf16le').swap16()]));
    const { docs, rejected } = await readBatch([le, be]);
    expect(rejected).toEqual([]);
    expect(docs.map((d) => d.content)).toEqual(['Read before the bad input.', 'Ünïcode “text”', '<p>Grüße</p>', 'Read after the bad input.']);
  });

  it('Windows-1252 HTML declared by <meta charset> is read correctly', async () => {
    const html = '<html><head><meta charset="windows-1252"><title>Caf\xe9</title></head><body><p>\x93Caf\xe9\x94 \x96 it\x92s \x80 5</p></body></html>';
    const path = await write('legacy.html', Buffer.from(html, 'latin1'));
    const { docs, rejected } = await readBatch([path]);
    expect(rejected).toEqual([]);
    expect(docs[1]).toMatchObject({ source: path, kind: 'html' });
    expect(docs[1]?.content).toContain('<title>Café</title>');
    expect(docs[1]?.content).toContain('“Café” – it’s € 5');
  });

  it('a 50 MB file is rejected as TOO_LARGE without being read into memory', async () => {
    const huge = join(dir, 'huge.html');
    await writeFile(huge, '');
    await truncate(huge, 50 * MIB); // sparse: no 50 MB buffer in the test either
    const rssBefore = process.memoryUsage().rss;
    const { rejected } = await readBatch([huge]);
    const growth = process.memoryUsage().rss - rssBefore;
    expect(rejected).toEqual([
      { source: huge, code: 'TOO_LARGE', reason: 'file is 50.0 MiB (52,428,800 bytes), over the maxBytes limit of 20.0 MiB (20,971,520 bytes)' },
    ]);
    expect(growth).toBeLessThan(MAX_RSS_GROWTH);
  });

  it('a gzip bomb is stopped at maxBytes of decompressed output', async () => {
    const bomb = await write('bomb.html.gz', gzipSync(Buffer.alloc(8 * MIB, 0x20)));
    const { rejected } = await readBatch([bomb], { maxBytes: MIB });
    expect(rejected).toEqual([{ source: bomb, code: 'TOO_LARGE', reason: expect.stringMatching(/^decompressed input is at least .* over the maxBytes limit of 1\.0 MiB/) }]);
  });

  it('HTML nested 10,000 deep is read (extraction copes with depth, not ingest)', async () => {
    const deep = `<html><body>${'<div>'.repeat(10_000)}deep text${'</div>'.repeat(10_000)}</body></html>`;
    const path = await write('deep.html', deep);
    const { docs, rejected } = await readBatch([path]);
    expect(rejected).toEqual([]);
    expect(docs[1]).toMatchObject({ source: path, kind: 'html', content: deep });
  });

  it('JSON Lines with one broken line: that line rejected with its number, the others read', async () => {
    const path = await write('feed.jsonl', '{"id":"1","text":"one"}\n{"id":"2","text":"two"\n{"id":"3","text":"three"}\n');
    const { docs, rejected } = await readBatch([path]);
    expect(rejected).toEqual([{ source: `${path}:2`, code: 'BAD_JSON', reason: expect.stringMatching(/^line 2: invalid JSON \(.+\)$/) }]);
    expect(docs.map((d) => d.id)).toEqual([undefined, '1', '3', undefined]);
  });

  it('an unreadable file in a folder is reported, the folder still read', async () => {
    const folder = join(dir, 'locked');
    await write('locked/a.txt', 'First readable.');
    await write('locked/z.txt', 'Last readable.');
    // chmod 000 does not stop root, so as root use what fails for everyone: a symbolic link loop.
    const isRoot = process.getuid?.() === 0;
    const bad = join(folder, 'm.txt');
    if (isRoot) await symlink('m.txt', bad);
    else await write('locked/m.txt', 'secret').then(() => chmod(bad, 0o000));
    const { docs, rejected } = await readBatch([folder]);
    const reason = isRoot ? 'symbolic link loop (too many levels of symbolic links)' : 'permission denied (EACCES)';
    expect(rejected).toEqual([{ source: bad, code: 'UNREADABLE', reason }]);
    expect(docs.map((d) => d.content)).toContain('Last readable.');
    expect(docs.map((d) => d.content)).toContain('First readable.');
  });

  it('a dangling symbolic link in a folder is reported as such', async () => {
    const folder = join(dir, 'dangling');
    await write('dangling/ok.txt', 'Fine.');
    await symlink('gone.txt', join(folder, 'link.txt'));
    const { docs, rejected } = await readBatch([folder]);
    expect(rejected).toEqual([{ source: join(folder, 'link.txt'), code: 'NOT_FOUND', reason: 'dangling symbolic link (its target does not exist)' }]);
    expect(docs).toHaveLength(3);
  });

  it('a nonexistent path', async () => {
    const missing = join(dir, 'no-such-file.txt');
    const { docs, rejected } = await readBatch([missing]);
    expect(rejected).toEqual([{ source: missing, code: 'NOT_FOUND', reason: 'no such file or directory' }]);
    expect(docs).toHaveLength(2);
  });

  it('a folder with nested subfolders is read recursively, in order', async () => {
    const root = join(dir, 'tree');
    await write('tree/2024/05/01/a.txt', 'May first.');
    await write('tree/2024/05/02/b.html', '<p>May second.</p>');
    await write('tree/2024/06/c.jsonl', '{"text":"June."}\n');
    await write('tree/2024/06/.draft.txt', 'skipped');
    await write('tree/2024/06/photo.jpg', 'skipped silently');
    await write('tree/index.txt', 'Index.');
    const { docs, rejected } = await readBatch([root]);
    expect(rejected).toEqual([]);
    expect(docs.map((d) => d.source)).toEqual([
      before,
      join(root, '2024/05/01/a.txt'),
      join(root, '2024/05/02/b.html'),
      `${join(root, '2024/06/c.jsonl')}:1`,
      join(root, 'index.txt'),
      after,
    ]);
  });
});
