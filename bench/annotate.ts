/**
 * Annotation throughput on one core: synthetic ~5 KB articles (bench/synthetic.ts) streamed through `toArticle` and
 * `annotateArticle`, nothing kept but counters, so peak RSS is what one article at a time costs. Then a per-step
 * breakdown of `annotateText` on a subset, and compromise (people/places/organizations + sentences) on a subset of
 * the same texts as a baseline for what a JavaScript annotator costs.
 * Run: node --import tsx bench/annotate.ts [--n 10000] [--seed 1] [--stages 1000] [--compromise 500]
 */
import { parseArgs } from 'node:util';
import { toArticle } from '../src/extract/article.ts';
import { annotateArticle } from '../src/pipeline.ts';
import { findCites } from '../src/text/cites.ts';
import { findEntities } from '../src/text/entities.ts';
import { findLoaded } from '../src/text/loaded.ts';
import { runNlp } from '../src/text/nlp.ts';
import { normalizeForAnalysis } from '../src/text/normalize.ts';
import { findQuoteSpans, findQuotes } from '../src/text/quotes.ts';
import { maskSpans, splitSentences } from '../src/text/sentences.ts';
import { findTimes } from '../src/text/times.ts';
import { type Clock, describeLoad, formatRate, peakRssMb, percentile, startClock, synthesizeArticles, toRawDocument } from './synthetic.ts';

/** The brief's targets: 500 articles/s on one core, 500 MB peak RSS while streaming. */
const TARGET_ARTICLES_PER_S = 500;
const TARGET_PEAK_RSS_MB = 500;
/** Articles annotated before timing starts: loads the wink model (~0.3 s) and lets the JIT settle. */
const WARMUP_ARTICLES = 20;
/** RSS is sampled every this many articles (VmHWM catches peaks in between). */
const RSS_SAMPLE_EVERY = 250;

interface Options {
  n: number;
  seed: number;
  stages: number;
  compromise: number;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      stages: { type: 'string', default: '1000' },
      compromise: { type: 'string', default: '500' },
    },
  });
  return { n: Number(values.n), seed: Number(values.seed), stages: Number(values.stages), compromise: Number(values.compromise) };
}

function warmUp(seed: number): void {
  for (const r of synthesizeArticles({ n: WARMUP_ARTICLES, seed: seed + 1000 })) annotateArticle(toArticle(toRawDocument(r)));
}

/** Per-article wall times (ms) of the articles timed; the first `k` are also the compromise subset's. */
interface StreamResult {
  times: number[];
}

/** 1. The library path, streamed: counters only, each article dropped once annotated. */
function benchStream(o: Options): StreamResult {
  const times: number[] = [];
  let tokens = 0;
  let chars = 0;
  let extractMs = 0;
  let maxRssMb = 0;
  // Coverage, not accuracy (there is no gold): how many quotes got a speaker at all.
  let quotes = 0;
  let attributed = 0;
  const total: Clock = { wallMs: 0, cpuMs: 0 };
  for (const r of synthesizeArticles({ n: o.n, seed: o.seed })) {
    // Only the pipeline is clocked, not the synthesis of the next article.
    const read = startClock();
    const article = toArticle(toRawDocument(r));
    const extracted = read().wallMs;
    const annotated = annotateArticle(article);
    const c = read();
    total.wallMs += c.wallMs;
    total.cpuMs += c.cpuMs;
    extractMs += extracted;
    times.push(c.wallMs);
    tokens += annotated.annotation.tokens.length;
    for (const q of annotated.annotation.quotes) {
      quotes++;
      if (q.speaker !== null) attributed++;
    }
    chars += r.text.length;
    if (times.length % RSS_SAMPLE_EVERY === 0) maxRssMb = Math.max(maxRssMb, process.memoryUsage().rss / 1048576);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const perSecond = (o.n * 1000) / total.wallMs;
  const peak = peakRssMb();
  console.log(`toArticle + annotateArticle, ${o.n} articles (mean ${(chars / o.n).toFixed(0)} chars, ${(tokens / o.n).toFixed(0)} tokens):`);
  console.log(`  ${formatRate(o.n, total, 'articles')}; ${formatRate(tokens, total, 'tokens')}`);
  console.log(`  ms/article p50 ${percentile(sorted, 0.5).toFixed(2)}  p95 ${percentile(sorted, 0.95).toFixed(2)}  p99 ${percentile(sorted, 0.99).toFixed(2)}  max ${sorted.at(-1)!.toFixed(1)}`);
  console.log(`  toArticle share ${((100 * extractMs) / total.wallMs).toFixed(1)}% of wall time`);
  console.log(`  RSS sampled max ${maxRssMb.toFixed(0)} MB, peak (VmHWM) ${peak.toFixed(0)} MB`);
  console.log(`  quotes with a speaker: ${attributed} of ${quotes} (${((100 * attributed) / Math.max(1, quotes)).toFixed(1)}%)`);
  console.log(
    `  targets: >= ${TARGET_ARTICLES_PER_S} articles/s ${perSecond >= TARGET_ARTICLES_PER_S ? 'MET' : 'MISSED'} (wall), ` +
      `peak RSS <= ${TARGET_PEAK_RSS_MB} MB ${peak <= TARGET_PEAK_RSS_MB ? 'MET' : 'MISSED'}`,
  );
  return { times };
}

const NLP_STEP = '1a normalise + wink-nlp (runNlp)';
const SPLIT_STEP = '1b splitSentences (includes 1a)';

/**
 * 2. annotateText's steps timed one by one (mirrors src/text/annotate.ts). `runNlp` is also timed alone, so that
 * the mapping of its tokens to sentences is the difference; the two run in alternating order, because whichever
 * reads an article first pays for bringing wink's lexicon into the cache.
 */
function benchSteps(o: Options): void {
  const ms = new Map<string, number>();
  // CPU time, as the stream's rates: on a shared machine wall time also counts other processes' turns.
  const time = <T>(step: string, run: () => T): T => {
    const t = process.cpuUsage();
    const out = run();
    const d = process.cpuUsage(t);
    ms.set(step, (ms.get(step) ?? 0) + (d.user + d.system) / 1000);
    return out;
  };
  let k = 0;
  for (const r of synthesizeArticles({ n: o.stages, seed: o.seed })) {
    const article = time('0 toArticle (extract, clean)', () => toArticle(toRawDocument(r)));
    const options = { removed: article.removedSpans, headings: article.headings };
    const nlp = () => time(NLP_STEP, () => runNlp(maskSpans(normalizeForAnalysis(article.text), options.removed)));
    const nlpFirst = k++ % 2 === 0;
    if (nlpFirst) nlp();
    const split = time(SPLIT_STEP, () => splitSentences(article.text, options));
    if (!nlpFirst) nlp();
    const { sentences, tokens, analysisText } = split;
    const { mentions, entities } = time('2 findEntities', () => findEntities(analysisText, tokens, sentences));
    const names = new Map(entities.map((e) => [e.id, e.name]));
    const quoteSpans = time('3 findQuoteSpans + findQuotes', () => {
      const spans = findQuoteSpans(analysisText);
      findQuotes(analysisText, sentences, mentions, names, spans);
      return spans;
    });
    time('4 findCites', () => findCites(analysisText, sentences, mentions, entities, quoteSpans));
    time('5 findTimes', () => findTimes(analysisText, sentences, article.published));
    time('6 findLoaded', () => findLoaded(analysisText, sentences, quoteSpans));
  }
  const nlpMs = ms.get(NLP_STEP) ?? 0;
  ms.set('1b sentence/token mapping (1b - 1a)', (ms.get(SPLIT_STEP) ?? 0) - nlpMs);
  ms.delete(SPLIT_STEP);
  const total = [...ms.values()].reduce((a, b) => a + b, 0);
  console.log(`annotateText steps over ${o.stages} articles (CPU ms/article, share):`);
  for (const [step, t] of [...ms].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`  ${step.padEnd(40)} ${(t / o.stages).toFixed(3).padStart(8)}  ${((100 * t) / total).toFixed(1).padStart(5)}%`);
  }
  // What no change to our own recognisers can beat: extraction plus wink-nlp alone, everything else free.
  const floorMs = ((ms.get('0 toArticle (extract, clean)') ?? 0) + nlpMs) / o.stages;
  console.log(`  ceiling with steps 1b-6 free: ${(1000 / floorMs).toFixed(0)} articles/s CPU`);
}

/**
 * 3. compromise on the same first texts: entities by type and sentences, the nearest comparable job. Imported only
 * here, so its lexicon is not in the heap (nor in peak RSS) while our stream is measured.
 */
async function benchCompromise(o: Options, ours: StreamResult): Promise<void> {
  const { default: nlp } = await import('compromise');
  const times: number[] = [];
  let words = 0;
  const total: Clock = { wallMs: 0, cpuMs: 0 };
  for (const r of synthesizeArticles({ n: o.compromise, seed: o.seed })) {
    const read = startClock();
    const doc = nlp(r.text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
    doc.sentences().out('array');
    words += doc.wordCount();
    const c = read();
    total.wallMs += c.wallMs;
    total.cpuMs += c.cpuMs;
    times.push(c.wallMs);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const oursMs = ours.times.slice(0, o.compromise).reduce((a, b) => a + b, 0);
  console.log(`compromise 14 nlp() + people/places/organizations + sentences, first ${o.compromise} of the same articles:`);
  console.log(`  ${formatRate(o.compromise, total, 'articles')}; ${formatRate(words, total, 'words')}`);
  console.log(`  ms/article p50 ${percentile(sorted, 0.5).toFixed(2)}  p95 ${percentile(sorted, 0.95).toFixed(2)}`);
  console.log(`  ours on the same ${o.compromise} articles: ${((o.compromise * 1000) / oursMs).toFixed(0)} articles/s wall`);
}

const o = readOptions();
console.log(`bench/annotate: ${describeLoad()} at start`);
warmUp(o.seed);
const stream = benchStream(o);
if (o.stages > 0) benchSteps(o);
if (o.compromise > 0) await benchCompromise(o, stream);
console.log(`bench/annotate: ${describeLoad()} at end`);
