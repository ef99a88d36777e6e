import { lstat } from 'node:fs/promises';
import { type Rejected, toRejected } from '../errors.ts';

/** Errno codes that toRejected words generically, and the clearer reasons for an input list. */
const REASONS: Readonly<Record<string, string>> = {
  ELOOP: 'symbolic link loop (too many levels of symbolic links)',
  ENOTDIR: 'a component of the path is not a directory',
  ENAMETOOLONG: 'path name too long',
  EMFILE: 'too many open files',
};

function errnoOf(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Turns a file-system error for `source` into a Rejected: ENOENT -> NOT_FOUND, EACCES -> UNREADABLE, ...
 * @example rejectFsError('a.txt', { code: 'ELOOP' }) // { code: 'UNREADABLE', reason: 'symbolic link loop ...' }
 */
export function rejectFsError(source: string, err: unknown): Rejected {
  const reason = REASONS[errnoOf(err) ?? ''];
  return reason ? { source, reason, code: 'UNREADABLE' } : toRejected(source, err);
}

/** Like {@link rejectFsError} for a failed stat, telling a dangling symbolic link from a missing path. */
export async function rejectStatError(source: string, err: unknown): Promise<Rejected> {
  if (errnoOf(err) !== 'ENOENT') return rejectFsError(source, err);
  const link = await lstat(source).catch(() => null);
  if (!link?.isSymbolicLink()) return rejectFsError(source, err);
  return { source, reason: 'dangling symbolic link (its target does not exist)', code: 'NOT_FOUND' };
}
