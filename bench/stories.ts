// Story clustering benchmark: BCubed and pairwise P/R/F1 on ECB+ and BASIL, ours against a TF-IDF baseline; with
// --synthetic N also on N synthetic articles (bench/synthetic.ts: ~190 real events, long stories of shared wording),
// dated and undated, a check that split rules tuned on ECB+ do not cut one event's rewrites apart.
// Run: node --import tsx bench/stories.ts [--sweep] [--synthetic 3000]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { clusterBaseline } from '../src/stories/baseline.ts';
import { clusterStories } from '../src/stories/cluster-stories.ts';
import { StoryClusterer } from '../src/stories/clusterer.ts';
import type { Prf } from '../src/stories/metrics.ts';
import { scoreBCubed, scorePairwise } from '../src/stories/metrics.ts';
import {
  ENTITY_WEIGHT,
  JOIN_THRESHOLD,
  MEMBER_THRESHOLD,
  MERGE_THRESHOLD,
  SPLIT_COHESION_RATIO,
  SPLIT_THRESHOLD,
} from '../src/stories/thresholds.ts';
import type { Story, StoryInput, StoryOptions } from '../src/stories/types.ts';
import { dataPath } from './data-path.ts';
import { synthesizeArticles } from './synthetic.ts';

export { scoreBCubed, scorePairwise };

interface Dataset {
  name: string;
  docs: StoryInput[];
  gold: Map<string, string>;
}

/** The baseline gets its best threshold in file order (swept here, reported), a generous comparison. */
const BASELINE_THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];
const SHUFFLE_SEEDS = [1, 2, 3, 4, 5];

function loadEcbPlus(): Dataset {
  const lines = readFileSync(dataPath('ecbplus', 'docs.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const rows = lines.map((l) => JSON.parse(l) as { id: string; event: string; text: string });
  return {
    name: 'ecbplus',
    docs: rows.map((r) => ({ id: r.id, title: null, text: r.text, published: null })),
    gold: new Map(rows.map((r) => [r.id, r.event])),
  };
}

interface BasilArticle {
  title: string;
  date: string;
  'body-paragraphs': string[][];
}

function loadBasil(): Dataset {
  const root = dataPath('basil', 'articles');
  const docs: StoryInput[] = [];
  const gold = new Map<string, string>();
  for (const year of readdirSync(root).sort()) {
    for (const file of readdirSync(path.join(root, year)).sort()) {
      const a = JSON.parse(readFileSync(path.join(root, year, file), 'utf8')) as BasilArticle;
      const id = file.replace(/\.json$/, '');
      const text = a['body-paragraphs'].map((p) => p.join(' ')).join('\n');
      docs.push({ id, title: a.title, text, published: a.date });
      gold.set(id, id.replace(/_\d+$/, ''));
    }
  }
  return { name: 'basil', docs, gold };
}

/** Synthetic articles with their source event as gold; `dated: false` drops every date (no time cue left). */
function loadSynthetic(n: number, dated: boolean): Dataset {
  const docs: StoryInput[] = [];
  const gold = new Map<string, string>();
  for (const r of synthesizeArticles({ n, seed: 1 })) {
    docs.push({ id: r.id, title: r.title, text: r.text, published: dated ? r.published : null });
    gold.set(r.id, r.story);
  }
  return { name: `synthetic ${dated ? 'dated' : 'undated'}`, docs, gold };
}

/** Deterministic shuffle (mulberry32), so a run can be repeated exactly. */
function shuffle<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Scores {
  bcubed: Prf;
  pairwise: Prf;
}

function evaluate(stories: Story[], gold: Map<string, string>): Scores {
  const clusters = stories.map((s) => s.articleIds);
  return { bcubed: scoreBCubed(clusters, gold), pairwise: scorePairwise(clusters, gold) };
}

const fmt = (p: Prf) => `${p.precision.toFixed(3)} ${p.recall.toFixed(3)} ${p.f1.toFixed(3)}`;

function printRow(label: string, s: Scores): void {
  console.log(`  ${label.padEnd(34)} B3 P/R/F1 ${fmt(s.bcubed)}   pairwise P/R/F1 ${fmt(s.pairwise)}`);
}

function summarise(label: string, runs: Scores[]): void {
  const f1s = runs.map((r) => r.bcubed.f1);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const avg = (pick: (s: Scores) => Prf): Prf => ({
    precision: mean(runs.map((r) => pick(r).precision)),
    recall: mean(runs.map((r) => pick(r).recall)),
    f1: mean(runs.map((r) => pick(r).f1)),
  });
  printRow(label, { bcubed: avg((r) => r.bcubed), pairwise: avg((r) => r.pairwise) });
  console.log(
    `  ${''.padEnd(34)} B3 F1 min ${Math.min(...f1s).toFixed(3)} max ${Math.max(...f1s).toFixed(3)}` +
      ` spread ${(Math.max(...f1s) - Math.min(...f1s)).toFixed(3)}`,
  );
}

/** One online pass, no refine: what a live stream sees before any batch step. */
function clusterOnline(docs: StoryInput[], options: StoryOptions = {}): Story[] {
  const clusterer = new StoryClusterer(options);
  for (const doc of docs) clusterer.add(doc);
  return clusterer.stories();
}

function benchDataset(data: Dataset): void {
  console.log(`\n${data.name}: ${data.docs.length} articles, ${new Set(data.gold.values()).size} gold stories`);
  printRow('ours, file order', evaluate(clusterStories(data.docs), data.gold));
  summarise('ours, 5 shuffles (mean)', SHUFFLE_SEEDS.map((seed) => evaluate(clusterStories(shuffle(data.docs, seed)), data.gold)));
  printRow('ours online only (no refine, no batch IDF)', evaluate(clusterOnline(data.docs), data.gold));
  summarise('ours online only, 5 shuffles', SHUFFLE_SEEDS.map((seed) => evaluate(clusterOnline(shuffle(data.docs, seed)), data.gold)));
  const baseline = BASELINE_THRESHOLDS.map((t) => ({ t, s: evaluate(clusterBaseline(data.docs, t), data.gold) }));
  const best = baseline.reduce((a, b) => (b.s.bcubed.f1 > a.s.bcubed.f1 ? b : a));
  printRow(`baseline tf-idf, file order, t=${best.t}`, best.s);
  summarise(
    `baseline, 5 shuffles, t=${best.t}`,
    SHUFFLE_SEEDS.map((seed) => evaluate(clusterBaseline(shuffle(data.docs, seed), best.t), data.gold)),
  );
}

function sweep(data: Dataset, name: keyof StoryOptions, values: number[]): void {
  const cells = values.map((value) => {
    const f1 = evaluate(clusterStories(data.docs, { [name]: value }), data.gold).bcubed.f1;
    return `${value.toFixed(3)}:${f1.toFixed(3)}`;
  });
  console.log(`  ${data.name.padEnd(8)} ${name.padEnd(16)} ${cells.join('  ')}`);
}

/** Each knob at its default and around it, the others at their defaults. */
function sweepAll(datasets: Dataset[]): void {
  console.log('\nsensitivity (B3 F1, file order, one knob moved at a time; defaults in src/stories/thresholds.ts):');
  const around = (base: number, step: number) => [-2, -1, 0, 1, 2].map((k) => Math.round((base + k * step) * 1000) / 1000);
  for (const data of datasets) {
    sweep(data, 'joinThreshold', around(JOIN_THRESHOLD, 0.05));
    sweep(data, 'memberThreshold', around(MEMBER_THRESHOLD, 0.05));
    sweep(data, 'mergeThreshold', around(MERGE_THRESHOLD, 0.1));
    sweep(data, 'splitThreshold', around(SPLIT_THRESHOLD, 0.01));
    sweep(data, 'splitCohesionRatio', around(SPLIT_COHESION_RATIO, 0.1));
    sweep(data, 'entityWeight', around(ENTITY_WEIGHT, 0.1));
  }
}

/** Long synthetic stories: ours in input order, with the split's cohesion test and without it. */
function benchSynthetic(data: Dataset): void {
  console.log(`\n${data.name}: ${data.docs.length} articles, ${new Set(data.gold.values()).size} gold stories`);
  printRow('ours, input order', evaluate(clusterStories(data.docs), data.gold));
  printRow('ours, no cohesion test in split', evaluate(clusterStories(data.docs, { splitCohesionRatio: 0 }), data.gold));
}

function main(): void {
  const { values } = parseArgs({ options: { sweep: { type: 'boolean' }, synthetic: { type: 'string' } } });
  const datasets = [loadEcbPlus(), loadBasil()];
  for (const data of datasets) benchDataset(data);
  if (values.synthetic) for (const dated of [true, false]) benchSynthetic(loadSynthetic(Number(values.synthetic), dated));
  if (values.sweep) sweepAll(datasets);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
