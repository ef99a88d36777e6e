// add() latency with 50,000 live stories. Run: node --expose-gc --import tsx bench/stories-latency.ts [stories]
// Synthetic stream: each story has its own rare words and two capitalised names; every article also draws
// common words from a Zipf(1) vocabulary, so posting lists of frequent terms grow long as they do in real news.
import { StoryClusterer } from '../src/stories/clusterer.ts';
import type { StoryInput } from '../src/stories/types.ts';
import { createRandom } from './synthetic.ts';

const LIVE_STORIES = Number(process.argv[2] ?? 50_000);
const VOCABULARY = 200_000;
const COMMON_WORDS_PER_ARTICLE = 120;
const STORY_WORDS = 12;
const PROBES = 2_000;

/** A pronounceable pseudo-word for an index: consonant-vowel pairs, never an English stop word. */
function spellWord(n: number): string {
  const c = 'bdfgklmnprstvz';
  const v = 'aeiou';
  let out = 'q';
  do {
    out += c[n % c.length]! + v[Math.floor(n / c.length) % v.length]!;
    n = Math.floor(n / (c.length * v.length));
  } while (n > 0);
  return out;
}

/** Zipf(1) sampler over ranks 1..n by inverting the harmonic CDF approximately. */
function createZipf(n: number, random: () => number): () => number {
  const h = Math.log(n) + 0.5772;
  return () => Math.min(n - 1, Math.floor(Math.exp(random() * h - 0.5772)));
}

function composeArticle(id: string, story: number, random: () => number, zipf: () => number): StoryInput {
  const words: string[] = [];
  for (let i = 0; i < COMMON_WORDS_PER_ARTICLE; i++) words.push(spellWord(zipf()));
  for (let i = 0; i < STORY_WORDS; i++) words.push(spellWord(VOCABULARY + story * STORY_WORDS + i));
  const name = (k: number) => {
    const w = spellWord(VOCABULARY * 50 + story * 2 + k);
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const body = `The ${words.slice(0, 60).join(' ')} said ${name(0)} ${name(1)} and ${words.slice(60).join(' ')}.`;
  const day = 1 + Math.floor(random() * 28);
  return { id, title: words.slice(-6).join(' '), text: body, published: `2024-03-${String(day).padStart(2, '0')}` };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

async function main(): Promise<void> {
  const random = createRandom(7);
  const zipf = createZipf(VOCABULARY, random);
  const clusterer = new StoryClusterer();
  const started = performance.now();
  for (let s = 0; s < LIVE_STORIES; s++) clusterer.add(composeArticle(`seed-${s}`, s, random, zipf));
  const live = clusterer.stories().length;
  console.log(`built ${live} live stories from ${LIVE_STORIES} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // Collect the build phase's garbage first when allowed (--expose-gc), so probes pay only for their own, and let
  // the concurrent sweeper finish: otherwise the first probe pays for sweeping the whole heap (a 80-300 ms
  // artifact of the forced collection, not of add()).
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 500));
  const heapMb = (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0);
  const times: number[] = [];
  // CPU time too: on a loaded machine wall time includes waiting for a core, which says nothing about add().
  const cpuTimes: number[] = [];
  let joined = 0;
  for (let i = 0; i < PROBES; i++) {
    // Half the probes are follow-ups of a live story, half open new stories.
    const story = i % 2 === 0 ? Math.floor(random() * LIVE_STORIES) : LIVE_STORIES + i;
    const doc = composeArticle(`probe-${i}`, story, random, zipf);
    const cpu = process.cpuUsage();
    const t = performance.now();
    const result = clusterer.add(doc);
    times.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    if (!result.isNew) joined++;
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const rssMb = (process.resourceUsage().maxRSS / 1024).toFixed(0);
  console.log(`add() with ${live} live stories over ${PROBES} probes (${joined} joined a story):`);
  console.log(`  p50 ${percentile(times, 0.5).toFixed(3)} ms  p99 ${percentile(times, 0.99).toFixed(3)} ms  max ${times[times.length - 1]!.toFixed(3)} ms`);
  console.log(`  cpu p50 ${percentile(cpuTimes, 0.5).toFixed(3)} ms  p99 ${percentile(cpuTimes, 0.99).toFixed(3)} ms  max ${cpuTimes[cpuTimes.length - 1]!.toFixed(3)} ms (all threads, includes parallel GC)`);
  console.log(`  peak RSS ${rssMb} MB, heap after build ${heapMb} MB`);
}

await main();
