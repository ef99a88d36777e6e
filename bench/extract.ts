/**
 * Article-body benchmark on shared/data/aeb (half of scrapinghub/article-extraction-benchmark; the other half is
 * held out). Scores `extractHtml` and plain Readability.js on linkedom with the benchmark's own shingle metric.
 * Throughput is reported twice: wall-clock pages/s, and pages per CPU-second of this process
 * (process.cpuUsage), which stays honest when other jobs share the cores; and for two passes over the pages: the
 * first (a fresh process, where V8 is still compiling: a one-off `corroborate extract` run) and a second, warm one
 * (the steady state of a long run: `watch`, `ingest` of a big folder, the server).
 * With --cli, also `corroborate extract` end to end on copies of the pages (see benchCli).
 * Run: node --import tsx bench/extract.ts [--verbose] [--repeat N] [--only ours|readability] [--dump DIR] [--cli [--copies N]]
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  outputs: string[];
  counts: PageCounts[];
  /** Pages extracted (pages x repeats). */
  extracted: number;
  wallMs: number;
  cpuMs: number;
}

function extractSafely(extract: Extractor, page: Page): string {
  try {
    return extract(page);
  } catch {
    return '';
  }
}

function runExtractor(name: string, extract: Extractor, pages: Page[], repeat: number): Run {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  let outputs: string[] = [];
  for (let r = 0; r < repeat; r++) outputs = pages.map((page) => extractSafely(extract, page));
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const counts = pages.map((page, i) => scorePage(page.truth, outputs[i] ?? ''));
  return { name, outputs, counts, extracted: pages.length * repeat, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function formatRow(run: Run): string {
  const { precision, recall, f1 } = summarizeScores(run.counts);
  const cells = [precision, recall, f1].map((x) => x.toFixed(3));
  const rates = [run.wallMs, run.cpuMs].flatMap((ms) => {
    const perPage = ms / run.extracted;
    return [(1000 / perPage).toFixed(0).padStart(7), perPage.toFixed(2).padStart(7)];
  });
  return [run.name.padEnd(16), ...cells, ...rates].join('  ');
}

function dumpOutputs(dir: string, runs: Run[], pages: Page[]): void {
  mkdirSync(dir, { recursive: true });
  pages.forEach((page, i) => {
    writeFileSync(path.join(dir, `${page.id}.truth.txt`), page.truth);
    for (const run of runs) writeFileSync(path.join(dir, `${page.id}.${run.name}.txt`), run.outputs[i] ?? '');
  });
}

function readFlag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
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

const EXTRACTORS: Record<string, Extractor> = { readability: extractWithReadability, ours: extractWithOurs };

function main(): void {
  const pages = loadPages();
  const repeat = Number(readFlag('--repeat') ?? 1);
  const only = readFlag('--only');
  const names = Object.keys(EXTRACTORS).filter((name) => !only || name === only);
  // Warm every code path so the JIT does not bill the first extractor for it.
  for (const page of pages.slice(0, 3)) for (const name of names) extractSafely(EXTRACTORS[name]!, page);
  const runs = names.map((name) => runExtractor(name, EXTRACTORS[name]!, pages, repeat));
  const warm = names.map((name) => ({ ...runExtractor(name, EXTRACTORS[name]!, pages, repeat), name: `${name} warm` }));
  console.log(`${pages.length} pages x ${repeat}, first pass then a warm pass`);
  const header = ['extractor'.padEnd(16), 'P    ', 'R    ', 'F1   ', 'wall/s ', 'wall ms', ' cpu/s ', 'cpu ms '];
  console.log(header.join('  '));
  for (const run of [...runs, ...warm]) console.log(formatRow(run));
  const ours = runs.find((r) => r.name === 'ours');
  const base = runs.find((r) => r.name === 'readability');
  if (process.argv.includes('--verbose') && ours && base) printWorstPages(ours, base, pages);
  const dump = readFlag('--dump');
  if (dump) dumpOutputs(dump, runs, pages);
  if (process.argv.includes('--cli')) benchCli(Number(readFlag('--copies') ?? 10));
}

/**
 * `corroborate extract` end to end, as a user runs it: a fresh process on a folder of `copies` x the AEB pages
 * (gzipped, as the benchmark ships them), output to /dev/null, with one thread and with two workers. Startup (the
 * TypeScript loader and module graph, measured with `--help`) is reported apart from the pages' own rate.
 */
function benchCli(copies: number): void {
  const src = dataPath('aeb', 'html');
  const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-aeb-'));
  const files = readdirSync(src).filter((f) => f.endsWith('.html.gz'));
  for (let k = 0; k < copies; k++) for (const f of files) copyFileSync(path.join(src, f), path.join(dir, `${k}-${f}`));
  const bin = path.resolve(import.meta.dirname, '..', 'bin', 'corroborate.js');
  const time = (args: string[]) => {
    const start = performance.now();
    execFileSync(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    return performance.now() - start;
  };
  const startup = Math.min(time(['--help']), time(['--help']));
  const pages = files.length * copies;
  console.log(`corroborate extract on ${pages} pages (${copies} x AEB), fresh process, startup ${startup.toFixed(0)} ms`);
  for (const workers of [1, 2]) {
    const wall = time(['extract', dir, '--workers', String(workers), '--out', '/dev/null']);
    const rate = (pages / wall) * 1000;
    const net = (pages / Math.max(1, wall - startup)) * 1000;
    console.log(`  --workers ${workers}: ${(wall / 1000).toFixed(2)} s, ${rate.toFixed(0)} pages/s with startup, ${net.toFixed(0)} without`);
  }
  rmSync(dir, { recursive: true, force: true });
}

main();
