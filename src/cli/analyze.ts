import cliProgress from 'cli-progress';
import { analyzeInputs, defaultWorkers } from '../analyze-inputs.ts';
import { CorroborateError, isRejected } from '../errors.ts';
import { buildDossier, buildDossierLazily } from '../dossier/build.ts';
import { renderHtml } from '../dossier/html.ts';
import { serializeDossier } from '../dossier/json.ts';
import { renderMarkdown } from '../dossier/markdown.ts';
import { openSink, reportRejected } from './output.ts';

export interface AnalyzeCliOptions {
  format?: string;
  out?: string;
  progress?: boolean;
  workers?: string;
}

function parseWorkers(value: string | undefined): number {
  if (value === undefined) return defaultWorkers();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CorroborateError('BAD_ARGUMENT', `--workers must be a whole number of at least 1, not "${value}"`);
  return n;
}

const FORMATS = ['json', 'md', 'html'];

/** A progress bar on standard error when it is a terminal (never in pipes or CI logs). */
function makeProgress(enabled: boolean) {
  if (!enabled || !process.stderr.isTTY) return null;
  const bar = new cliProgress.SingleBar({ format: 'reading {bar} {value} articles | {rate}/s', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic);
  bar.start(0, 0, { rate: 0 });
  return bar;
}

/** `corroborate analyze INPUT... [--format json|md|html] [--out FILE]`. */
export async function runAnalyze(inputs: string[], opts: AnalyzeCliOptions): Promise<number> {
  const format = opts.format ?? 'json';
  if (!FORMATS.includes(format)) throw new CorroborateError('BAD_ARGUMENT', `unknown --format ${format} (expected ${FORMATS.join(', ')})`);
  const workers = parseWorkers(opts.workers);
  const bar = makeProgress(opts.progress !== false);
  const t0 = Date.now();
  let read = 0;
  const analysis = await analyzeInputs(inputs, {
    workers,
    onRead: (item) => {
      if (isRejected(item)) {
        reportRejected(item);
        return;
      }
      read++;
      if (bar) {
        bar.setTotal(read);
        bar.update(read, { rate: Math.round(read / Math.max(0.001, (Date.now() - t0) / 1000)) });
      }
    },
  });
  bar?.stop();
  const sink = openSink(opts.out);
  if (format === 'json') await sink.writeAll(serializeDossier(buildDossierLazily(analysis)));
  else if (format === 'md') sink.write(renderMarkdown(buildDossier(analysis)));
  else sink.write(renderHtml(buildDossier(analysis)));
  await sink.close();
  return analysis.articles.length === 0 && analysis.rejected.length > 0 ? 1 : 0;
}
