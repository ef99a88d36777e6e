import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkIntegrity, checkReplay, checkStories, startCli } from './store-checks.ts';
import { makeSyntheticRecords, toJsonl } from './store-synthetic.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-concurrent-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Two inputs of 1,200 articles sharing 400: six batches each, so the two writers interleave and race on the overlap. */
const ALL = makeSyntheticRecords(2_000);
const FIRST = ALL.slice(0, 1_200);
const SECOND = ALL.slice(800);

describe('concurrent ingests (two real CLI processes, one database)', () => {
  it('both finish and nothing is lost or stored twice; stories match a replay of the store', { timeout: 240_000 }, async () => {
    const db = path.join(dir, 'shared.db');
    const [a, b] = [path.join(dir, 'a.jsonl'), path.join(dir, 'b.jsonl')];
    writeFileSync(a, toJsonl(FIRST));
    writeFileSync(b, toJsonl(SECOND));
    const results = await Promise.all([a, b].map((input) => startCli(['ingest', input, '--db', db, '--no-progress']).done));
    for (const r of results) {
      expect(r.stderr, r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    const added = results.map((r) => Number(/^added (\d+)/.exec(r.stdout)?.[1]));
    expect(added[0]! + added[1]!).toBe(ALL.length);
    checkIntegrity(db);
    expect(checkStories(db)).toBe(ALL.length);
    checkReplay(db);
  });
});
