import { readFileSync } from 'node:fs';
import { CorroborateError, isRejected, type Rejected } from '../errors.ts';
import { readInputs } from '../ingest/read-inputs.ts';
import type { RawDocument } from '../ingest/types.ts';
import { mapDocuments, parallelMinFromEnv } from '../parallel/map-documents.ts';
import type { Task } from '../parallel/tasks.ts';
import { parseWorkers } from './options.ts';
import { openSink, reportRejected } from './output.ts';

export interface CommonOptions {
  format?: string;
  out?: string;
  /** `--workers N`: threads for a large batch (default one per core; 1: none). */
  workers?: string;
}

/** Exit status of a batch: 0 when anything was read, 1 when every input was rejected (each reported). */
function batchStatus(ok: number, rejected: number): number {
  return ok === 0 && rejected > 0 ? 1 : 0;
}

function checkFormat(format: string | undefined, allowed: string[], fallback: string): string {
  const f = format ?? fallback;
  if (!allowed.includes(f)) throw new CorroborateError('BAD_ARGUMENT', `unknown --format ${f} (expected ${allowed.join(' or ')})`);
  return f;
}

/**
 * Batches of at most this many documents are extracted in this thread; a larger one goes to worker threads. Each
 * worker starts cold (its own module load and JIT warm-up), so two workers only overtake one thread past ~500 AEB
 * pages (92 pages: 1.35 s in one thread, 1.95 s with two; 920 pages: 6.1 s and 5.2 s).
 */
const EXTRACT_MIN_PARALLEL = 500;
/** As EXTRACT_MIN_PARALLEL for annotation (workers also load wink-nlp's model): 300 articles 1.9 s vs 2.6 s, 1,000 4.1 vs 4.0, 3,000 10.4 vs 7.8. */
const ANNOTATE_MIN_PARALLEL = 1000;


/** `corroborate extract FILE... --format jsonl`: one line per input, in input order. */
export async function runExtract(inputs: string[], opts: CommonOptions): Promise<number> {
  const format = checkFormat(opts.format, ['jsonl', 'json'], 'jsonl');
  const workers = parseWorkers(opts.workers);
  const sink = openSink(opts.out);
  let ok = 0;
  let bad = 0;
  const all: unknown[] = [];
  const answers = mapDocuments(readInputs(inputs), (raw) => ({ kind: 'extract', raw }), { workers, minDocuments: parallelMinFromEnv(EXTRACT_MIN_PARALLEL) });
  for await (const answer of answers) {
    let rec: Record<string, unknown>;
    if (isRejected(answer)) {
      reportRejected(answer);
      rec = rejectedLine(answer);
      bad++;
    } else {
      rec = (answer as { record: Record<string, unknown> }).record;
      ok++;
    }
    if (format === 'jsonl') sink.write(`${JSON.stringify(rec)}\n`);
    else all.push(rec);
  }
  if (format === 'json') sink.write(`${JSON.stringify(all, null, 2)}\n`);
  await sink.close();
  return batchStatus(ok, bad);
}

function rejectedLine(r: Rejected): Record<string, unknown> {
  return { source: r.source, error: r.reason, code: r.code };
}

/**
 * `corroborate annotate FILE [--published DATE] --format json`: one JSON object per article (one per line when the
 * input holds several records), in input order.
 */
export async function runAnnotate(inputs: string[], opts: CommonOptions & { published?: string }): Promise<number> {
  const format = checkFormat(opts.format, ['json', 'jsonl', 'md'], 'json');
  const published = opts.published ? checkDate(opts.published) : null;
  const workers = parseWorkers(opts.workers);
  const sink = openSink(opts.out);
  let ok = 0;
  let bad = 0;
  const toTask = (raw: RawDocument): Task => ({ kind: 'annotate-line', raw, published, format: format === 'md' ? 'md' : 'json' });
  for await (const answer of mapDocuments(readInputs(inputs), toTask, { workers, minDocuments: parallelMinFromEnv(ANNOTATE_MIN_PARALLEL) })) {
    if (isRejected(answer)) {
      reportRejected(answer);
      sink.write(`${JSON.stringify(rejectedLine(answer))}\n`);
      bad++;
      continue;
    }
    sink.write(`${(answer as { line: string }).line}\n`);
    ok++;
  }
  await sink.close();
  return batchStatus(ok, bad);
}

function checkDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new CorroborateError('BAD_ARGUMENT', `--published wants an ISO date such as 2025-11-20, got "${value}"`);
  }
  return value;
}

/** Reads a JSONL file of `{id, a, b}` lines (for `pairs`), rejecting bad lines with their numbers. */
export function readPairLines(path: string): Array<{ id: string; a: string; b: string } | Rejected> {
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: Array<{ id: string; a: string; b: string } | Rejected> = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const source = `${path}:${i + 1}`;
    try {
      const v = JSON.parse(line) as { id?: unknown; a?: unknown; b?: unknown };
      if (typeof v.a !== 'string' || typeof v.b !== 'string') throw new Error('needs string fields "a" and "b"');
      out.push({ id: String(v.id ?? i + 1), a: v.a, b: v.b });
    } catch (err) {
      out.push({ source, reason: `line ${i + 1}: ${(err as Error).message}`, code: 'BAD_RECORD' });
    }
  });
  return out;
}
