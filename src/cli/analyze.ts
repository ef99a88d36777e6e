import cliProgress from 'cli-progress';
import { type AnalyzeInputsOptions, analyzeInputs, streamAnalysis } from '../analyze-inputs.ts';
import { CorroborateError, isRejected } from '../errors.ts';
import { buildDossier } from '../dossier/build.ts';
import { renderHtml } from '../dossier/html.ts';
import { DossierJson, type JsonLayout } from '../dossier/json.ts';
import { renderMarkdown } from '../dossier/markdown.ts';
import { parseWorkers } from './options.ts';
import { openSink, reportRejected, type Sink } from './output.ts';

export interface AnalyzeCliOptions {
  format?: string;
  out?: string;
  progress?: boolean;
  workers?: string;
  /** JSON indented by two spaces instead of one article or story per line. */
  pretty?: boolean;
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
  const bar = makeProgress(opts.progress !== false);
  const t0 = Date.now();
  let read = 0;
  const options: AnalyzeInputsOptions = {
    workers: parseWorkers(opts.workers),
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
  };
  const sink = openSink(opts.out, { atomic: true });
  try {
    const { articles, rejected } = format === 'json' ? await writeJson(inputs, options, sink, opts.pretty ? 'pretty' : 'lines', () => bar?.stop()) : await writeReport(inputs, options, sink, format);
    await sink.close();
    return articles === 0 && rejected > 0 ? 1 : 0;
  } catch (err) {
    await sink.abort();
    throw err;
  } finally {
    bar?.stop();
  }
}

/**
 * The JSON dossier, written as the analysis goes: each article once read, each story once it and every larger
 * one are analysed, so neither the dossier nor its text is ever held whole.
 */
async function writeJson(inputs: string[], options: AnalyzeInputsOptions, sink: Sink, layout: JsonLayout, onStories: () => void) {
  const json = new DossierJson(layout);
  sink.write(json.start(new Date().toISOString()));
  const end = await streamAnalysis(inputs, options, {
    onArticle: (a) => sink.writeAll([json.article(a)]),
    onStoryJson: (story) => {
      onStories();
      return sink.writeAll([json.storyPrefix(), story]);
    },
    jsonLayout: layout,
  });
  await sink.writeAll([json.end(end)]);
  return { articles: end.articles, rejected: end.rejected.length };
}

/** Markdown and HTML are laid out from the whole dossier. */
async function writeReport(inputs: string[], options: AnalyzeInputsOptions, sink: Sink, format: string) {
  const analysis = await analyzeInputs(inputs, options);
  const dossier = buildDossier(analysis);
  sink.write(format === 'md' ? renderMarkdown(dossier) : renderHtml(dossier));
  return { articles: analysis.articles.length, rejected: analysis.rejected.length };
}
