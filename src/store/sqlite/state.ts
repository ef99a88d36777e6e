import type Database from 'better-sqlite3';

/** Key-value state (e.g. checkpoints of incremental work), written under the same transactions as the data. */
export function prepareState(db: Database.Database) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM state WHERE key = ?');
  const set = db.prepare('INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  return {
    getState: (key: string): string | null => get.get(key)?.value ?? null,
    setState: (key: string, value: string): void => void set.run(key, value),
  };
}
