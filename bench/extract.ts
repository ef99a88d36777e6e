/**
 * Article-body benchmark on shared/data/aeb (half of scrapinghub/article-extraction-benchmark; the other half is
 * held out). Scores `extractHtml` and plain Readability.js on linkedom with the benchmark's own shingle metric.
 * Run: node --import tsx bench/extract.ts [--verbose]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../src/extract/html.ts';
import { type PageCounts, scorePage, summarizeScores } from '../src/extract/shingle-score.ts';
import { dataPath } from './data-path.ts';

export { scorePage, summarizeScores } from '../src/extract/shingle-score.ts';

interface Page {
  id: string;
  url: string;
  html: string;
  truth: string;
}

type Extractor = (page: Page) => string;

function loadPages(): Page[] {
  const truth = JSON.parse(readFileSync(dataPath('aeb', 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const dir = dataPath('aeb', 'html');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .flatMap((file) => {
      const id = file.replace(/\.html\.gz$/, '');
      const entry = truth[id];
      if (!entry) return [];
      const html = gunzipSync(readFileSync(path.join(dir, file))).toString('utf8');
      return [{ id, url: entry.url, html, truth: entry.articleBody }];
    });
}

function extractWithReadability(page: Page): string {
  const { document } = parseHTML(page.html);
  return new Readability(document as unknown as Document).parse()?.textContent ?? '';
}

function extractWithOurs(page: Page): string {
  return extractHtml(page.html, { url: page.url }).text;
}

interface Run {
  name: string;
  counts: PageCounts[];
  ms: number;
}

function runExtractor(name: string, extract: Extractor, pages: Page[]): Run {
  const start = performance.now();
  const outputs = pages.map((page) => {
    try {
      return extract(page);
    } catch {
      return '';
    }
  });
  const ms = performance.now() - start;
  const counts = pages.map((page, i) => scorePage(page.truth, outputs[i] ?? ''));
  return { name, counts, ms };
}

function formatRow(run: Run, pageCount: number): string {
  const { precision, recall, f1 } = summarizeScores(run.counts);
  const perPage = run.ms / pageCount;
  const cells = [precision, recall, f1].map((x) => x.toFixed(3));
  return [run.name.padEnd(12), ...cells, (1000 / perPage).toFixed(0).padStart(8), perPage.toFixed(2).padStart(8)].join(
    '  ',
  );
}

function printWorstPages(ours: Run, base: Run, pages: Page[]): void {
  const rows = pages.map((page, i) => {
    const o = ours.counts[i]!;
    const b = base.counts[i]!;
    return { id: page.id.slice(0, 10), url: page.url, o, b };
  });
  rows.sort((x, y) => x.o.tp - y.o.tp);
  for (const { id, url, o, b } of rows.slice(0, 25)) {
    const f = (c: PageCounts) => `tp=${c.tp.toFixed(2)} fp=${c.fp.toFixed(2)} fn=${c.fn.toFixed(2)}`;
    console.log(`${id}  ours ${f(o)}  base ${f(b)}  ${url}`);
  }
}

function main(): void {
  const pages = loadPages();
  // Warm both code paths so the JIT does not bill the first extractor for it.
  for (const page of pages.slice(0, 3)) {
    extractWithReadability(page);
    extractWithOurs(page);
  }
  const base = runExtractor('readability', extractWithReadability, pages);
  const ours = runExtractor('ours', extractWithOurs, pages);
  console.log(`${pages.length} pages`);
  console.log(['extractor'.padEnd(12), 'P    ', 'R    ', 'F1   ', 'pages/s', 'ms/page'].join('  '));
  console.log(formatRow(base, pages.length));
  console.log(formatRow(ours, pages.length));
  if (process.argv.includes('--verbose')) printWorstPages(ours, base, pages);
}

main();
