import { type Command, Option } from 'commander';
import { CorroborateError } from '../errors.ts';
import { isUrlInput, resolveAllowPrivate } from '../ingest/read-url.ts';
import { openSqliteStore, resolveDbPath } from '../store/index.ts';
import { DEFAULT_INTERVAL_MS, formatReport, MIN_INTERVAL_MS, watchFeeds } from '../watch/index.ts';

/** Bounds a run to this many polls without a flag in the help (tests drive the real CLI with it). */
const MAX_POLLS_ENV = 'CORROBORATE_WATCH_MAX_POLLS';

export interface WatchFlags {
  db?: string;
  interval?: string;
  allowPrivate?: boolean;
  once?: boolean;
  maxPolls?: string;
}

function parseInterval(value: string | undefined): number {
  if (value === undefined) return DEFAULT_INTERVAL_MS;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds * 1000 < MIN_INTERVAL_MS) {
    throw new CorroborateError('BAD_ARGUMENT', `--interval wants a number of seconds, at least ${MIN_INTERVAL_MS / 1000}, got "${value}"`);
  }
  return seconds * 1000;
}

function parseMaxPolls(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CorroborateError('BAD_ARGUMENT', `--max-polls wants a positive whole number, got "${value}"`);
  return n;
}

/** Turns SIGINT/SIGTERM into an abort; a second signal finds no handler and ends the process at once. */
function onStopSignals(controller: AbortController): () => void {
  const stop = (signal: NodeJS.Signals) => {
    process.stderr.write(`corroborate: ${signal}: stopping after the current item (again to quit at once)\n`);
    controller.abort();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  };
}

/**
 * `corroborate watch FEED... [--interval S] [--db PATH] [--allow-private] [--once]`: exit 0 when stopped by a
 * signal or after the polls asked for; with --once, 1 when no feed could be fetched.
 */
export async function runWatch(feeds: string[], opts: WatchFlags): Promise<number> {
  const bad = feeds.find((f) => !isUrlInput(f) || !URL.canParse(f));
  if (bad) throw new CorroborateError('BAD_ARGUMENT', `not an http(s) feed URL: ${bad}`);
  const intervalMs = parseInterval(opts.interval);
  const maxPolls = parseMaxPolls(opts.maxPolls ?? process.env[MAX_POLLS_ENV]);
  const controller = new AbortController();
  const release = onStopSignals(controller);
  const store = openSqliteStore(resolveDbPath(opts.db));
  try {
    const summary = await watchFeeds(store, feeds, {
      intervalMs,
      once: opts.once === true,
      ...(maxPolls === undefined ? {} : { maxPolls }),
      fetch: { allowPrivate: resolveAllowPrivate(opts.allowPrivate) },
      signal: controller.signal,
      onReport: (report) => process.stderr.write(`corroborate: ${formatReport(report)}\n`),
    });
    process.stdout.write(`polls ${summary.polls}, added ${summary.added}, skipped ${summary.skipped}, errors ${summary.errors}${summary.interrupted ? ', stopped' : ''}\n`);
    return opts.once && !summary.interrupted && summary.failedFeeds.length === feeds.length ? 1 : 0;
  } finally {
    store.close();
    release();
  }
}

/** Registers `watch` on the program; it reports its exit status through `setStatus`. */
export function registerWatchCommand(program: Command, setStatus: (n: number) => void): void {
  program
    .command('watch')
    .description('poll RSS/Atom/JSON feeds and sitemaps, storing each new item as it appears (stop with Ctrl-C)')
    .argument('<feeds...>', 'http(s) URLs of feeds or sitemaps')
    .option('--interval <seconds>', `seconds between polls (at least ${MIN_INTERVAL_MS / 1000})`, String(DEFAULT_INTERVAL_MS / 1000))
    .option('--db <path>', 'database file (default: $CORROBORATE_DB, else corroborate.db in the per-user data folder)')
    .option('--allow-private', 'fetch from private, loopback and link-local addresses (intranet; or CORROBORATE_ALLOW_PRIVATE=1)')
    .option('--once', 'poll every feed once and exit (cron)')
    .addOption(new Option('--max-polls <n>', `stop after this many polls (or ${MAX_POLLS_ENV})`).hideHelp())
    .action(async (feeds: string[], opts: WatchFlags) => setStatus(await runWatch(feeds, opts)));
}
