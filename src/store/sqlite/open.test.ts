import { describe, expect, it } from 'vitest';
import { retryWhileBusy } from './open.ts';

function failing(code: string, times: number): () => string {
  let calls = 0;
  return () => {
    calls++;
    if (calls <= times) throw Object.assign(new Error('database is locked'), { code });
    return `done after ${calls}`;
  };
}

describe('retryWhileBusy', () => {
  it('tries a step again while SQLite reports the database busy, without its busy handler', () => {
    expect(retryWhileBusy(failing('SQLITE_BUSY', 3))).toBe('done after 4');
    expect(retryWhileBusy(failing('SQLITE_BUSY_SNAPSHOT', 1))).toBe('done after 2');
  });

  it('lets any other failure through at once', () => {
    expect(() => retryWhileBusy(failing('SQLITE_CORRUPT', 1))).toThrow('database is locked');
  });
});
