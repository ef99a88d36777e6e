import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import type { StoryAnalysis } from '../src/compare/types.ts';
import { openSqliteStore } from '../src/store/sqlite/open.ts';
import { StoryTracker } from '../src/store/story-tracker.ts';

export const BIN = path.resolve(import.meta.dirname, '..', 'bin', 'corroborate.js');

/** Starts the real CLI as a child process; `done` resolves with its exit code (or the signal that ended it). */
export function startCli(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

export function checkIntegrity(dbPath: string): void {
  const db = new Database(dbPath, { readonly: true });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  db.close();
}

/**
 * Every article has a story that exists and lists it; every story lists only articles that point back to it; no
 * story is empty. Returns the number of stored articles.
 */
export function checkStories(dbPath: string): number {
  const db = new Database(dbPath, { readonly: true });
  const articles = db.prepare<[], { id: string; story_id: string | null }>('SELECT id, story_id FROM articles').all();
  const stories = new Map(
    db
      .prepare<[], { id: string; json: string; article_count: number }>('SELECT id, json, article_count FROM stories')
      .all()
      .map((r) => [r.id, { count: r.article_count, analysis: JSON.parse(r.json) as StoryAnalysis }]),
  );
  db.close();
  const storyOf = new Map(articles.map((a) => [a.id, a.story_id]));
  const broken = articles.filter((a) => !a.story_id || !stories.get(a.story_id)?.analysis.articleIds.includes(a.id));
  expect(broken.slice(0, 5)).toEqual([]);
  for (const [id, s] of stories) {
    expect(s.analysis.articleIds.length).toBeGreaterThan(0);
    expect(s.count).toBe(s.analysis.articleIds.length);
    expect(s.analysis.articleIds.filter((a) => storyOf.get(a) !== id)).toEqual([]);
  }
  return articles.length;
}

/** The stored stories are exactly what a fresh clusterer gives when replaying the store (the restart invariant). */
export function checkReplay(dbPath: string): void {
  const store = openSqliteStore(dbPath, { readonly: true });
  const tracker = new StoryTracker();
  tracker.catchUp(store);
  expect([...tracker.takeMoved()]).toEqual([]);
  const members = tracker.members();
  for (const summary of store.listStories()) expect(members.get(summary.id)).toEqual(store.getStory(summary.id)!.articleIds);
  expect(members.size).toBe(store.listStories().length);
  store.close();
}
