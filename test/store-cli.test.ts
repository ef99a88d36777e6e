import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCli } from './store-checks.ts';
import { makeSyntheticRecords, toJsonl } from './store-synthetic.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-store-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const db = path.join(dir, 'cli.db');
const cli = (...args: string[]) => startCli(args).done;

describe('corroborate ingest / stories / show (real child process)', () => {
  it('ingests, lists, searches and shows stories; reports rejected inputs and bad usage', async () => {
    const input = path.join(dir, 'in.jsonl');
    writeFileSync(input, toJsonl(makeSyntheticRecords(24)));
    const missing = path.join(dir, 'missing.txt');
    const ingest = await cli('ingest', input, missing, '--db', db);
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toBe('added 24, skipped 0, rejected 1, stories updated 3\n');
    expect(ingest.stderr).toContain(`${missing}: no such file or directory`);
    expect((await cli('ingest', input, '--db', db)).stdout).toMatch(/^added 0, skipped 24, rejected 0, stories updated 0/);

    const table = await cli('stories', '--db', db, '--sort', 'most-covered');
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^id\s+articles\s+outlets/);
    const listed = JSON.parse((await cli('stories', '--db', db, '--format', 'json')).stdout) as Array<{ id: string; articleCount: number }>;
    expect(listed.map((s) => s.articleCount)).toEqual([8, 8, 8]);
    const place = makeSyntheticRecords(1)[0]!.title.split(' ').at(-1)!;
    expect(JSON.parse((await cli('stories', '--db', db, '--q', place, '--format', 'json')).stdout)).toHaveLength(1);

    const json = await cli('show', listed[0]!.id, '--db', db, '--format', 'json');
    expect(JSON.parse(json.stdout)).toMatchObject({ schemaVersion: 1, stories: [{ id: listed[0]!.id }] });
    expect((await cli('show', listed[0]!.id, '--db', db)).stdout).toMatch(/^# /);
    expect((await cli('show', listed[0]!.id, '--db', db, '--format', 'html')).stdout).toMatch(/<html/i);
  });

  it('exits 1 when nothing could be read or the story or database is missing, 2 on bad usage', async () => {
    expect((await cli('ingest', path.join(dir, 'nope.jsonl'), '--db', path.join(dir, 'other.db'))).code).toBe(1);
    expect((await cli('show', 'story-999', '--db', db)).code).toBe(1);
    expect((await cli('stories', '--db', path.join(dir, 'absent.db'))).stderr).toMatch(/no database at/);
    expect((await cli('stories', '--db', db, '--sort', 'loudest')).code).toBe(2);
    expect((await cli('show', 'x', '--db', db, '--format', 'pdf')).code).toBe(2);
  });
});
