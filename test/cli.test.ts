import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '..', 'bin', 'corroborate.js');
const SEEDS = path.resolve(import.meta.dirname, '..', '..', 'shared', 'seeds');

async function cli(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { stdout, stderr, code: 0 };
  } catch (err) {
    const e = err as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

describe('corroborate CLI (real child process)', () => {
  it('runs from a bundle of the sources, made again when a source changes', async () => {
    const cache = path.resolve(import.meta.dirname, '..', 'node_modules', '.cache', 'corroborate');
    const bundles = () => readdirSync(cache).filter((f) => /^cli-[0-9a-f]{16}\.mjs$/.test(f));
    expect((await cli(['--help'])).code).toBe(0);
    const before = bundles();
    expect(before.length).toBeGreaterThanOrEqual(1);
    const source = path.resolve(import.meta.dirname, '..', 'src', 'project-root.ts');
    const { atime, mtime } = statSync(source);
    try {
      utimesSync(source, atime, new Date(mtime.getTime() + 2000));
      const { stdout, code } = await cli(['--help']);
      expect(code).toBe(0);
      expect(stdout).toContain('extract');
      expect(bundles().filter((f) => !before.includes(f))).toHaveLength(1);
    } finally {
      utimesSync(source, atime, mtime);
    }
  });

  it('extract writes one JSON line per input with the contract fields', async () => {
    const { stdout, code } = await cli(['extract', SEEDS, '--format', 'jsonl']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    for (const l of lines) {
      for (const k of ['source', 'title', 'byline', 'published', 'outlet', 'url', 'text']) expect(l).toHaveProperty(k);
      expect(l.text.length).toBeGreaterThan(1000);
    }
    expect(lines.find((l) => l.source.includes('003_'))?.outlet).toBe('CRBC News');
  });

  it('annotate prints offsets into the text and resolves dates with --published', async () => {
    const file = path.join(SEEDS, '004_131ad0ba62ea6b4d.txt');
    const { stdout, code } = await cli(['annotate', file, '--published', '2025-11-20', '--format', 'json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    for (const key of ['sentences', 'entities', 'times', 'quotes', 'cites', 'loaded']) {
      for (const item of doc[key]) expect(doc.text.slice(item.start, item.end).length).toBe(item.end - item.start);
    }
    for (const e of doc.entities) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
    expect(doc.times.find((t: { text: string }) => t.text === 'Tuesday')?.date).toBe('2025-11-18');
  });

  it('annotate reads JSONL records and writes one object per record with its id; bad lines are named', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-cli-'));
    const file = path.join(dir, 'in.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a1', text: 'Axios reported on Tuesday that talks resumed in Kyiv.', published: '2025-11-20' }),
        '{"id": "broken", "text": ',
        JSON.stringify({ id: 'a2', text: 'Officials said nothing.' }),
      ].join('\n'),
    );
    const { stdout, stderr, code } = await cli(['annotate', file]);
    expect(code).toBe(0);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.filter((o) => o.id).map((o) => o.id)).toEqual(['a1', 'a2']);
    expect(out[0].times[0].date).toBe('2025-11-18');
    expect(stderr).toMatch(/in\.jsonl:2/);
  });

  it('rejects bad inputs with the path and the reason and goes on', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-cli-'));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'ok.txt'), 'Headline Here\n\nThe council met on Monday and approved the plan.');
    const { stdout, stderr, code } = await cli(['extract', dir]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/empty\.txt/);
    expect(stdout).toMatch(/approved the plan/);
    const missing = await cli(['extract', path.join(dir, 'nope.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.txt: no such file/);
  });

  it('pairs scores {id,a,b} lines', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-cli-'));
    const file = path.join(dir, 'pairs.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'p1', a: 'The talks resumed on Monday.', b: 'The talks resumed on Monday.' })}\n`);
    const { stdout, code } = await cli(['pairs', file]);
    expect(code).toBe(0);
    const line = JSON.parse(stdout.trim());
    expect(line.id).toBe('p1');
    expect(line.same).toBe(true);
    expect(line.score).toBeGreaterThan(0.9);
  });

  it('analyze writes JSON with one article or story per line, and indented with --pretty; the same dossier', async () => {
    const [lines, pretty] = await Promise.all([cli(['analyze', SEEDS, '--format', 'json']), cli(['analyze', SEEDS, '--format', 'json', '--pretty'])]);
    expect(lines.code).toBe(0);
    expect(pretty.code).toBe(0);
    const dossier = JSON.parse(lines.stdout);
    expect(lines.stdout.split('\n').filter((l) => l.startsWith('{"id":'))).toHaveLength(dossier.articles.length + dossier.stories.length);
    const indented = JSON.parse(pretty.stdout);
    expect(pretty.stdout).toBe(`${JSON.stringify(indented, null, 2)}\n`);
    expect({ ...indented, generatedAt: null }).toEqual({ ...dossier, generatedAt: null });
  }, 60_000);

  it('usage errors exit 2 with a message', async () => {
    const r = await cli(['annotate', path.join(SEEDS, '000_6412f5f1e24b2443.txt'), '--published', 'yesterday']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--published/);
  });
});
