export interface InOrderOptions {
  /** Tasks running at once (e.g. two per worker thread, so none idles between tasks). */
  concurrency: number;
  /**
   * Tasks started but not yet delivered, at most: results that finish ahead of a slower one wait for it, and this
   * bounds how many are held meanwhile.
   */
  window: number;
}

/**
 * Runs `run` on every item with bounded concurrency and hands each result to `deliver` in the items' order, as soon
 * as it and every earlier result are in. Tasks are started in item order, so a caller that sorts its items longest
 * first keeps its workers evenly loaded to the end.
 *
 * await runInOrder(stories, (s) => pool.run(s), (answer) => write(answer), { concurrency: 4, window: 32 });
 */
export async function runInOrder<T, R>(items: readonly T[], run: (item: T) => Promise<R>, deliver: (result: R, item: T) => void | Promise<void>, options: InOrderOptions): Promise<void> {
  const results: Array<Promise<R> | null> = new Array(items.length).fill(null);
  const concurrency = Math.max(1, options.concurrency);
  const window = Math.max(concurrency, options.window);
  let started = 0;
  let delivered = 0;
  let failed = false;
  // Runners wait for room in the window, the deliverer for its next slot to start: both wait on one signal.
  let waiting: Array<() => void> = [];
  const changed = () => new Promise<void>((resolve) => waiting.push(resolve));
  const signal = () => {
    const woken = waiting;
    waiting = [];
    for (const wake of woken) wake();
  };
  const runner = async (): Promise<void> => {
    while (started < items.length && !failed) {
      if (started - delivered >= window) {
        await changed();
        continue;
      }
      const k = started++;
      let result: Promise<R>;
      try {
        result = run(items[k]!);
      } catch (err) {
        result = Promise.reject(err);
      }
      results[k] = result;
      signal();
      await result.catch(() => {});
    }
  };
  const runners = Array.from({ length: concurrency }, runner);
  try {
    for (let k = 0; k < items.length; k++) {
      while (results[k] === null) await changed();
      const result = await results[k]!;
      results[k] = null;
      delivered++;
      signal();
      await deliver(result, items[k]!);
    }
  } catch (err) {
    failed = true;
    signal();
    throw err;
  } finally {
    await Promise.allSettled(runners);
  }
}
