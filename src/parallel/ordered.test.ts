import { describe, expect, it } from 'vitest';
import { runInOrder } from './ordered.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('runInOrder', () => {
  it('delivers in item order whatever order tasks finish in, within its concurrency and window', async () => {
    const delays = [30, 1, 20, 1, 1, 5, 1, 1, 1, 1];
    let running = 0;
    let maxRunning = 0;
    let maxHeld = 0;
    let finished = 0;
    const delivered: number[] = [];
    await runInOrder(
      delays.map((ms, k) => ({ ms, k })),
      async ({ ms, k }) => {
        maxRunning = Math.max(maxRunning, ++running);
        await sleep(ms);
        running--;
        finished++;
        return k * 10;
      },
      (result, item) => {
        maxHeld = Math.max(maxHeld, finished - delivered.length);
        expect(result).toBe(item.k * 10);
        delivered.push(item.k);
      },
      { concurrency: 2, window: 4 },
    );
    expect(delivered).toEqual(delays.map((_, k) => k));
    expect(maxRunning).toBe(2);
    expect(maxHeld).toBeLessThanOrEqual(4);
  });

  it('fails with the first error in order, after letting running tasks end', async () => {
    const seen: number[] = [];
    const run = async (k: number) => {
      await sleep(k === 1 ? 5 : 1);
      if (k === 1) throw new Error('task 1 failed');
      return k;
    };
    await expect(runInOrder([0, 1, 2, 3, 4, 5], run, (r) => void seen.push(r), { concurrency: 2, window: 2 })).rejects.toThrow('task 1 failed');
    expect(seen).toEqual([0]);
  });

  it('takes synchronous work and synchronous throws', async () => {
    const seen: number[] = [];
    await runInOrder([1, 2, 3], (k) => Promise.resolve(k * 2), (r) => void seen.push(r), { concurrency: 1, window: 1 });
    expect(seen).toEqual([2, 4, 6]);
    const boom = (k: number): Promise<number> => {
      if (k === 2) throw new Error('sync throw');
      return Promise.resolve(k);
    };
    await expect(runInOrder([1, 2, 3], boom, () => {}, { concurrency: 1, window: 1 })).rejects.toThrow('sync throw');
  });
});
