import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '..', 'bin', 'corroborate.js');
const DEMO = path.resolve(import.meta.dirname, '..', 'demo', 'corpus');

/** Worker threads from 32 documents on, so a test-sized batch uses them (the default waits for 500 / 1,000). */
async function cli(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, [BIN, ...args], { maxBuffer: 256 * 1024 * 1024, env: { ...process.env, CORROBORATE_PARALLEL_MIN: '32' } });
}

/** 90 records (the demo's nine articles, ten times over, each with its own id and date) and one broken line. */
function writeBatch(): string {
  const texts = readdirSync(DEMO)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(DEMO, f), 'utf8'));
  const lines: string[] = [];
  for (let k = 0; k < 90; k++) {
    lines.push(JSON.stringify({ id: `doc-${k}`, text: texts[k % texts.length], published: `2025-03-${String(1 + (k % 28)).padStart(2, '0')}` }));
    if (k === 40) lines.push('{"id": "broken", "text": ');
  }
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'corroborate-workers-')), 'batch.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('extract and annotate with worker threads (real child processes)', () => {
  const batch = writeBatch();

  it('extract gives the same lines in the same order with two workers as with none', async () => {
    const one = await cli(['extract', batch, '--workers', '1']);
    const two = await cli(['extract', batch, '--workers', '2']);
    expect(two.stdout).toBe(one.stdout);
    const lines = two.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(91);
    expect(lines.filter((l) => l.id).map((l) => l.id)).toEqual(Array.from({ length: 90 }, (_, k) => `doc-${k}`));
    // The broken line is reported where it stood, by line number, and the batch went on.
    expect(lines[41].error).toMatch(/line 42/);
    expect(two.stderr).toMatch(/batch\.jsonl.*line 42/);
  }, 60_000);

  it('annotate gives the same objects in the same order with two workers as with none', async () => {
    const one = await cli(['annotate', batch, '--workers', '1']);
    const two = await cli(['annotate', batch, '--workers', '2']);
    expect(two.stdout).toBe(one.stdout);
    const docs = two.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs).toHaveLength(91);
    expect(docs[90].id).toBe('doc-89');
    expect(docs[0].sentences.length).toBeGreaterThan(3);
    expect(docs[41].error).toMatch(/line 42/);
  }, 60_000);

  it('--workers must be a whole number', async () => {
    await expect(cli(['extract', batch, '--workers', '0'])).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/--workers must be a whole number/) });
  });
});
