import cliProgress from 'cli-progress';
import { analyzeArticles } from '../analyze.ts';
import { CorroborateError, isRejected, type Rejected } from '../errors.ts';
import { buildDossier } from '../dossier/build.ts';
import { renderHtml } from '../dossier/html.ts';
import { renderMarkdown } from '../dossier/markdown.ts';
import { type AnnotatedArticle, annotateArticle, readArticles } from '../pipeline.ts';
import { openSink, reportRejected } from './output.ts';

export interface AnalyzeCliOptions {
  format?: string;
  out?: string;
  progress?: boolean;
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
  const articles: AnnotatedArticle[] = [];
  const rejected: Rejected[] = [];
  const bar = makeProgress(opts.progress !== false);
  const t0 = Date.now();
  for await (const item of readArticles(inputs)) {
    if (isRejected(item)) {
      reportRejected(item);
      rejected.push(item);
      continue;
    }
    articles.push(annotateArticle(item));
    if (bar) {
      bar.setTotal(articles.length);
      bar.update(articles.length, { rate: Math.round(articles.length / Math.max(0.001, (Date.now() - t0) / 1000)) });
    }
  }
  bar?.stop();
  const dossier = buildDossier(analyzeArticles(articles, rejected));
  const sink = openSink(opts.out);
  if (format === 'json') sink.write(`${JSON.stringify(dossier, null, 2)}\n`);
  else if (format === 'md') sink.write(renderMarkdown(dossier));
  else sink.write(renderHtml(dossier));
  await sink.close();
  return articles.length === 0 && rejected.length > 0 ? 1 : 0;
}
