import { availableParallelism } from 'node:os';
import { CorroborateError } from '../errors.ts';

/** `--workers N`: a whole number of at least 1; by default one thread per core the process may use. */
export function parseWorkers(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CorroborateError('BAD_ARGUMENT', `--workers must be a whole number of at least 1, not "${value}"`);
  return n;
}
