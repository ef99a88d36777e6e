import { Command, CommanderError } from 'commander';
import { CorroborateError } from '../errors.ts';
import { runAnalyze } from './analyze.ts';
import { readPairLines, runAnnotate, runExtract } from './commands.ts';
import { openSink, reportRejected } from './output.ts';
import { registerStoreCommands } from './store-commands.ts';
import { resolveDbPath } from '../store/db-path.ts';

/** Maps an error to a message naming the problem and an exit status (2: usage, 1: failure). */
function reportError(err: unknown): number {
  if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
  if (err instanceof CorroborateError) {
    process.stderr.write(`corroborate: ${err.message}\n`);
    return err.code === 'BAD_ARGUMENT' ? 2 : 1;
  }
  process.stderr.write(`corroborate: ${(err as Error)?.stack ?? String(err)}\n`);
  return 1;
}

function buildProgram(setStatus: (n: number) => void): Command {
  const program = new Command('corroborate')
    .description('Cross-source news analysis: stories, rewrite families, claims, independent sources, conflicts.')
    .exitOverride()
    .showHelpAfterError();
  program
    .command('extract')
    .description('extract main text and metadata from text, HTML or JSONL inputs (one JSON line per input)')
    .argument('<inputs...>', 'files, folders, or - for standard input')
    .option('--format <format>', 'jsonl or json', 'jsonl')
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--workers <n>', 'worker threads for a batch of more than 500 inputs (default: one per core; 1: none)')
    .action(async (inputs: string[], opts) => setStatus(await runExtract(inputs, opts)));
  program
    .command('annotate')
    .description('sentences, entities, time expressions, quotes, citations and loaded language, with offsets')
    .argument('<inputs...>', 'a file (a .jsonl file gives one object per record), folder, or -')
    .option('--published <date>', 'reference date (ISO) when the input carries none')
    .option('--format <format>', 'json (one object per line for several records) or md (a summary for reading)', 'json')
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--workers <n>', 'worker threads for a batch of more than 1,000 inputs (default: one per core; 1: none)')
    .action(async (inputs: string[], opts) => setStatus(await runAnnotate(inputs, opts)));
  program
    .command('analyze')
    .description('stories, rewrite families, claims with independent sources, conflicts, timeline and a cited brief')
    .argument('<inputs...>', 'files, folders, JSONL, or - for standard input')
    .option('--format <format>', 'json (the dossier schema), md or html', 'json')
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--pretty', 'JSON indented by two spaces (default: compact, one article or story per line)')
    .option('--no-progress', 'no progress bar even on a terminal')
    .option('--workers <n>', 'worker threads for reading, annotation and story analysis (default: one per core; 1: none)')
    .action(async (inputs: string[], opts) => setStatus(await runAnalyze(inputs, opts)));
  program
    .command('pairs')
    .description('score {id, a, b} sentence pairs: writes {id, score, same} lines')
    .argument('<file>', 'a JSONL file of {id, a, b}')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (file: string, opts: { out?: string }) => {
      const { scorePair } = await import('../compare/similarity.ts');
      const sink = openSink(opts.out);
      let ok = 0;
      let bad = 0;
      for (const p of readPairLines(file)) {
        if ('reason' in p) {
          reportRejected(p);
          bad++;
          continue;
        }
        const { score, same } = scorePair(p.a, p.b);
        sink.write(`${JSON.stringify({ id: p.id, score: Math.round(score * 1e4) / 1e4, same })}\n`);
        ok++;
      }
      await sink.close();
      setStatus(ok === 0 && bad > 0 ? 1 : 0);
    });
  registerStoreCommands(program, setStatus);
  program
    .command('serve')
    .description('the web UI and the HTTP JSON API over the database (loopback only unless a token is given)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port to listen on', '7575')
    .option('--db <path>', 'database file (default: $CORROBORATE_DB, else corroborate.db in the per-user data folder)')
    .option('--token <token>', 'bearer token required on /api (default: $CORROBORATE_TOKEN); required off loopback')
    .action(async (opts) => {
      const { runServe } = await import('../server/serve.ts');
      setStatus(await runServe({ ...opts, db: resolveDbPath(opts.db) }, (line) => process.stderr.write(`${line}\n`)));
    });
  return program;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit status; only bin/ calls process.exit. */
export async function main(argv: string[]): Promise<number> {
  let status = 0;
  const program = buildProgram((n) => {
    status = n;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    return reportError(err);
  }
  return status;
}
