/**
 * One writer at a time within this process: `run` queues `fn` behind the writes already waiting. Other processes
 * are kept apart by SQLite's write lock and busy_timeout (src/store/sqlite/open.ts).
 * @example const lock = createMutex(); await Promise.all([lock.run(a), lock.run(b)]); // b starts after a ends
 */
export function createMutex() {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(fn: () => Promise<T>): Promise<T> {
      const result = tail.then(fn, fn);
      // the queue goes on whether this write succeeded or failed
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
