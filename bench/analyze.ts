/**
 * End-to-end `analyze` throughput: a synthetic JSONL corpus (bench/synthetic.ts, written to a temporary file) run
 * through `corroborate analyze` in a child process (worker threads for reading, annotation and per-story analysis;
 * `--workers 1` for none), JSON dossier included. With `--breakdown`, the same corpus is then run step by step in this
 * thread (read, annotate, dedupe, clustering, each story), so we know where the time goes, with the per-story cost
 * against story size.
 * Run: node --import tsx bench/analyze.ts [--n 10000] [--seed 1] [--workers N] [--pretty] [--breakdown]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeArticles, dedupeArticles, toStoryInput } from '../src/analyze.ts';
import { defaultWorkers } from '../src/analyze-inputs.ts';
import { analyzeStory } from '../src/compare/analyze-story.ts';
import { isRejected, type Rejected } from '../src/errors.ts';
import { type AnnotatedArticle, annotateArticle, readArticles } from '../src/pipeline.ts';
import { clusterStories } from '../src/stories/index.ts';
import { type Clock, describeLoad, formatRate, peakRssMb, startClock, writeSyntheticJsonl } from './synthetic.ts';

/** The brief's targets on this 2-core machine: 200 articles/s end to end, 1 GB peak RSS. */
const TARGET_ARTICLES_PER_S = 200;
const TARGET_PEAK_RSS_MB = 1024;
/** Slowest stories listed in the breakdown. */
const SLOWEST_SHOWN = 5;

function readOptions(): { n: number; seed: number; breakdown: boolean; workers: number; pretty: boolean } {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      workers: { type: 'string', default: String(defaultWorkers()) },
      breakdown: { type: 'boolean', default: false },
      pretty: { type: 'boolean', default: false },
    },
  });
  return { n: Number(values.n), seed: Number(values.seed), breakdown: values.breakdown, workers: Number(values.workers), pretty: values.pretty };
}

function addTo(total: Clock, c: Clock): void {
  total.wallMs += c.wallMs;
  total.cpuMs += c.cpuMs;
}

function seconds(c: Clock): string {
  return `${(c.wallMs / 1000).toFixed(1)} s wall / ${(c.cpuMs / 1000).toFixed(1)} s CPU`;
}

function memory(): string {
  const m = process.memoryUsage();
  return `heap used ${(m.heapUsed / 1048576).toFixed(0)} MB, RSS ${(m.rss / 1048576).toFixed(0)} MB, peak ${peakRssMb().toFixed(0)} MB`;
}

/** 1-2. ingest + extract, then annotate, clocked separately; the annotated articles are kept for analysis. */
async function readAndAnnotate(file: string): Promise<{ annotated: AnnotatedArticle[]; rejected: Rejected[]; read: Clock; annotate: Clock }> {
  const annotated: AnnotatedArticle[] = [];
  const rejected: Rejected[] = [];
  const read: Clock = { wallMs: 0, cpuMs: 0 };
  const annotate: Clock = { wallMs: 0, cpuMs: 0 };
  const it = readArticles([file])[Symbol.asyncIterator]();
  for (;;) {
    const readClock = startClock();
    const next = await it.next();
    addTo(read, readClock());
    if (next.done) break;
    if (isRejected(next.value)) {
      rejected.push(next.value);
      continue;
    }
    const annotateClock = startClock();
    annotated.push(annotateArticle(next.value));
    addTo(annotate, annotateClock());
  }
  return { annotated, rejected, read, annotate };
}

/** Least-squares slope of log(ms) on log(size): ~1 means per-story cost is linear in its size, ~2 quadratic. */
function scalingExponent(points: Array<{ size: number; ms: number }>): number {
  const xs = points.filter((p) => p.size > 1 && p.ms > 0).map((p) => [Math.log(p.size), Math.log(p.ms)] as const);
  const mx = xs.reduce((a, [x]) => a + x, 0) / xs.length;
  const my = xs.reduce((a, [, y]) => a + y, 0) / xs.length;
  const sxy = xs.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const sxx = xs.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return sxy / sxx;
}

/** 3-5. analyzeArticles' steps one by one (mirrors src/analyze.ts). */
function breakDown(annotated: AnnotatedArticle[]): void {
  const dedupeClock = startClock();
  const { kept } = dedupeArticles(annotated);
  const dedupe = dedupeClock();
  const inputClock = startClock();
  const inputs = kept.map(toStoryInput);
  const input = inputClock();
  const clusterClock = startClock();
  const stories = clusterStories(inputs);
  const cluster = clusterClock();
  const byId = new Map(kept.map((a) => [a.id, a]));
  const perStory: Array<{ size: number; ms: number }> = [];
  const storyClock = startClock();
  stories.forEach((s, k) => {
    const t = performance.now();
    analyzeStory(`story-${k + 1}`, s.articleIds.map((id) => byId.get(id)!));
    perStory.push({ size: s.articleIds.length, ms: performance.now() - t });
  });
  const story = storyClock();
  const total = [dedupe, input, cluster, story].reduce((a, c) => a + c.wallMs, 0);
  const share = (c: Clock) => `${((100 * c.wallMs) / total).toFixed(1)}%`;
  console.log(`analyzeArticles step by step (${kept.length} articles after dedupe, ${stories.length} stories):`);
  console.log(`  3 dedupeArticles             ${seconds(dedupe)}  ${share(dedupe)}`);
  console.log(`  4a story inputs (join text)  ${seconds(input)}  ${share(input)}`);
  console.log(`  4b clusterStories            ${seconds(cluster)}  ${share(cluster)}  (${formatRate(kept.length, cluster, 'articles')})`);
  console.log(`  5 analyzeStory, all stories  ${seconds(story)}  ${share(story)}  (${formatRate(kept.length, story, 'articles')})`);
  const sizes = perStory.map((p) => p.size).sort((a, b) => a - b);
  console.log(`  story sizes: median ${sizes[Math.floor(sizes.length / 2)]}, max ${sizes.at(-1)}; singletons ${sizes.filter((s) => s === 1).length}`);
  console.log(`  per-story time grows as size^${scalingExponent(perStory).toFixed(2)} (log-log fit over ${perStory.length} stories)`);
  const slowest = [...perStory].sort((a, b) => b.ms - a.ms).slice(0, SLOWEST_SHOWN);
  console.log(`  slowest stories: ${slowest.map((p) => `${p.size} articles ${(p.ms / 1000).toFixed(2)} s`).join('; ')}`);
}

/**
 * The analyze command itself, in a child process (so this process's corpus generator does not count): wall time,
 * CPU time of every thread and peak RSS from GNU time when the machine has it (/usr/bin/time), else wall time only.
 */
function runCommand(file: string, o: { n: number; workers: number; pretty: boolean }): void {
  const out = path.join(tmpdir(), `corroborate-bench-analyze-${process.pid}.json`);
  const cli = ['bin/corroborate.js', 'analyze', file, '--format', 'json', '--out', out, '--no-progress', '--workers', String(o.workers), ...(o.pretty ? ['--pretty'] : [])];
  const timed = existsSync(GNU_TIME);
  const start = performance.now();
  const run = timed ? spawnSync(GNU_TIME, ['-f', 'TIME %e %U %S %M', process.execPath, ...cli], { encoding: 'utf8' }) : spawnSync(process.execPath, cli, { encoding: 'utf8' });
  const wallMs = performance.now() - start;
  if (run.status !== 0) throw new Error(`analyze failed (${run.status}): ${run.stderr.slice(-2000)}`);
  // Not parsed: 10,000 synthetic articles make a dossier over V8's largest string (512 MB).
  const bytes = statSync(out).size;
  rmSync(out, { force: true });
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr);
  const cpuMs = m ? (Number(m[2]) + Number(m[3])) * 1000 : Number.NaN;
  const peak = m ? Number(m[4]) / 1024 : Number.NaN;
  const perSecond = (o.n * 1000) / wallMs;
  console.log(`corroborate analyze --workers ${o.workers}${o.pretty ? ' --pretty' : ''}, ${o.n} synthetic articles -> a ${(bytes / 1048576).toFixed(0)} MB JSON dossier:`);
  console.log(`  total ${seconds({ wallMs, cpuMs })}: ${formatRate(o.n, { wallMs, cpuMs }, 'articles')}; peak RSS ${peak.toFixed(0)} MB (all threads)`);
  console.log(
    `  targets: >= ${TARGET_ARTICLES_PER_S} articles/s ${perSecond >= TARGET_ARTICLES_PER_S ? 'MET' : 'MISSED'} (wall), ` +
      `peak RSS <= ${TARGET_PEAK_RSS_MB} MB ${peak <= TARGET_PEAK_RSS_MB ? 'MET' : timed ? 'MISSED' : 'not measured'}`,
  );
}

/** GNU time: wall, CPU and peak RSS of a child process. */
const GNU_TIME = '/usr/bin/time';

/** The library path in this thread, step by step. */
async function runStepByStep(file: string, n: number): Promise<void> {
  const { annotated, rejected, read, annotate } = await readAndAnnotate(file);
  console.log(`in this thread: read ${annotated.length} articles (${rejected.length} rejected); after annotation: ${memory()}`);
  const analyzeClock = startClock();
  analyzeArticles(annotated, rejected);
  const analyze = analyzeClock();
  const total: Clock = { wallMs: read.wallMs + annotate.wallMs + analyze.wallMs, cpuMs: read.cpuMs + annotate.cpuMs + analyze.cpuMs };
  console.log(`  total ${seconds(total)}: ${formatRate(n, total, 'articles')}`);
  console.log(`  1-2 readArticles (ingest + extract) ${seconds(read)}  ${((100 * read.wallMs) / total.wallMs).toFixed(1)}%`);
  console.log(`  3 annotateArticle                   ${seconds(annotate)}  ${((100 * annotate.wallMs) / total.wallMs).toFixed(1)}%`);
  console.log(`  4 analyzeArticles                   ${seconds(analyze)}  ${((100 * analyze.wallMs) / total.wallMs).toFixed(1)}%`);
  breakDown(annotated);
}

async function main(): Promise<void> {
  const o = readOptions();
  console.log(`bench/analyze: ${describeLoad()} at start`);
  const file = await writeSyntheticJsonl({ n: o.n, seed: o.seed });
  try {
    runCommand(file, o);
    if (o.breakdown) await runStepByStep(file, o.n);
  } finally {
    rmSync(file, { force: true });
  }
  console.log(`bench/analyze: ${describeLoad()} at end`);
}

await main();
