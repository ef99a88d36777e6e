import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { CorroborateError } from '../errors.ts';
import { buildDossier } from '../dossier/build.ts';
import { renderHtml } from '../dossier/html.ts';
import { renderMarkdown } from '../dossier/markdown.ts';
import { type IngestProgress, ingestIntoStore } from '../ingest-store.ts';
import { resolveAllowPrivate } from '../ingest/read-url.ts';
import { openSqliteStore, resolveDbPath, type Store, type StoryQuery, type StorySummary } from '../store/index.ts';
import { reportRejected } from './output.ts';
import { registerWatchCommand } from './watch-commands.ts';

const SORTS = ['newest', 'most-covered', 'most-disputed'] as const;
const DB_HELP = 'database file (default: $CORROBORATE_DB, else corroborate.db in the per-user data folder)';

function checkChoice<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new CorroborateError('BAD_ARGUMENT', `unknown ${flag} ${value} (expected ${allowed.join(', ')})`);
  return value as T;
}

/** Opens the store for a command and always closes it, so the WAL is checkpointed on exit. */
async function withStore<T>(db: string | undefined, options: { mustExist?: boolean }, fn: (store: Store) => Promise<T> | T): Promise<T> {
  const store = openSqliteStore(resolveDbPath(db), options);
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

/** A progress bar on standard error when it is a terminal (never in pipes or CI logs). */
function makeProgress(enabled: boolean) {
  if (!enabled || !process.stderr.isTTY) return null;
  const bar = new cliProgress.SingleBar({ format: 'ingest {bar} {value} read | {added} added | {skipped} skipped', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic);
  bar.start(0, 0, { added: 0, skipped: 0 });
  return {
    update: (p: IngestProgress) => {
      bar.setTotal(p.read);
      bar.update(p.read, { added: p.added, skipped: p.skipped });
    },
    stop: () => bar.stop(),
  };
}

/** `corroborate ingest INPUT... [--db PATH] [--allow-private]`: exit 1 when nothing could be read. */
export async function runIngest(inputs: string[], opts: { db?: string; progress?: boolean; allowPrivate?: boolean }): Promise<number> {
  const fetch = { allowPrivate: resolveAllowPrivate(opts.allowPrivate) };
  return withStore(opts.db, {}, async (store) => {
    const bar = makeProgress(opts.progress !== false);
    const result = await ingestIntoStore(store, inputs, { fetch, onProgress: bar?.update, onRejected: reportRejected }).finally(() => bar?.stop());
    process.stdout.write(`added ${result.added}, skipped ${result.skipped}, rejected ${result.rejected.length}, stories updated ${result.storiesUpdated}\n`);
    return result.added + result.skipped === 0 && result.rejected.length > 0 ? 1 : 0;
  });
}

function formatTable(rows: StorySummary[]): string {
  const header = ['id', 'articles', 'outlets', 'claims', 'corroborated', 'conflicts', 'updated', 'title'];
  const cells = rows.map((r) => [r.id, r.articleCount, r.outletCount, r.claimCount, r.corroboratedCount, r.conflictCount, r.updatedAt.slice(0, 10), r.title].map(String));
  const widths = header.map((h, k) => Math.max(h.length, ...cells.map((c) => (k === header.length - 1 ? 0 : c[k]!.length))));
  const line = (c: string[]) => c.map((v, k) => (k === c.length - 1 ? v : v.padEnd(widths[k]!))).join('  ');
  return `${[header, ...cells].map(line).join('\n')}\n`;
}

/** `corroborate stories [--sort S] [--q TEXT] [--format json|table]`. */
export async function runStories(opts: { db?: string; sort?: string; q?: string; format?: string; limit?: string }): Promise<number> {
  const sort = checkChoice('--sort', opts.sort ?? 'newest', SORTS);
  const format = checkChoice('--format', opts.format ?? 'table', ['table', 'json'] as const);
  const limit = opts.limit === undefined ? undefined : Number(opts.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new CorroborateError('BAD_ARGUMENT', `--limit wants a positive whole number, got "${opts.limit}"`);
  const query: StoryQuery = { sort, ...(opts.q === undefined ? {} : { q: opts.q }), ...(limit === undefined ? {} : { limit }) };
  const rows = await withStore(opts.db, { mustExist: true }, (store) => store.listStories(query));
  process.stdout.write(format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : formatTable(rows));
  return 0;
}

/** `corroborate show STORY [--format json|md|html]`: the dossier of one stored story. */
export async function runShow(storyId: string, opts: { db?: string; format?: string }): Promise<number> {
  const format = checkChoice('--format', opts.format ?? 'md', ['json', 'md', 'html'] as const);
  const dossier = await withStore(opts.db, { mustExist: true }, (store) => {
    const story = store.getStory(storyId);
    if (!story) throw new CorroborateError('NOT_FOUND', `no story "${storyId}" in ${resolveDbPath(opts.db)} (see "corroborate stories")`);
    const articles = story.articleIds.flatMap((id) => store.getArticle(id)?.article ?? []);
    return buildDossier({ articles, stories: [story], rejected: [], duplicates: [] });
  });
  if (format === 'json') process.stdout.write(`${JSON.stringify(dossier, null, 2)}\n`);
  else process.stdout.write(format === 'md' ? renderMarkdown(dossier) : renderHtml(dossier));
  return 0;
}

/** Registers ingest, stories, show and watch on the program; each reports its exit status through `setStatus`. */
export function registerStoreCommands(program: Command, setStatus: (n: number) => void): void {
  program
    .command('ingest')
    .description('read, annotate and store articles, updating stories, claims, conflicts and briefs as they arrive')
    .argument('<inputs...>', 'files, folders, JSONL, http(s) URLs of pages or feeds, or - for standard input')
    .option('--db <path>', DB_HELP)
    .option('--allow-private', 'fetch URLs on private, loopback and link-local addresses (intranet; or CORROBORATE_ALLOW_PRIVATE=1)')
    .option('--no-progress', 'no progress bar even on a terminal')
    .action(async (inputs: string[], opts) => setStatus(await runIngest(inputs, opts)));
  program
    .command('stories')
    .description('list stored stories')
    .option('--db <path>', DB_HELP)
    .option('--sort <order>', SORTS.join(', '), 'newest')
    .option('--q <text>', 'only stories whose title, claims or articles contain these words')
    .option('--limit <n>', 'at most this many stories')
    .option('--format <format>', 'table or json', 'table')
    .action(async (opts) => setStatus(await runStories(opts)));
  program
    .command('show')
    .description('the dossier of one stored story')
    .argument('<story>', 'story id (see "corroborate stories")')
    .option('--db <path>', DB_HELP)
    .option('--format <format>', 'md, html or json (the dossier schema)', 'md')
    .action(async (story: string, opts) => setStatus(await runShow(story, opts)));
  registerWatchCommand(program, setStatus);
}
