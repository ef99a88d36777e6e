/**
 * MRPC benchmark for src/compare/similarity.ts.
 *   node --import tsx bench/pairs.ts        figures: shipped, 10-fold CV, Jaccard baseline, majority, pairs/s,
 *                                           WordNet load time and heap
 *   node --import tsx bench/pairs.ts --fit  refit on all shipped pairs and write src/compare/similarity-weights.ts
 * Only the MRPC train half is shipped (shared/data/mrpc/train.tsv); the honest figure is the CV one: every learned
 * value (dense weights, the word vocabulary and its weights, any threshold) comes from the training folds only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  describePair,
  FEATURE_NAMES,
  prepareSentence,
  SAME_CLAIM_THRESHOLD,
  SUBSTITUTION_PENALTY,
  scorePair,
  scorePrepared,
} from '../src/compare/similarity.ts';
import { applyLogistic, type Example, type FitOptions, fitLogistic, type LogisticModel } from '../src/compare/similarity-fit.ts';
import { getWordNet, wordNetLoadStats } from '../src/compare/wordnet.ts';
import { assignFolds, type BinaryMetrics, measureBinary, pickThreshold } from '../src/compare/similarity-metrics.ts';
import { dataPath } from './data-path.ts';

interface Pair {
  readonly a: string;
  readonly b: string;
  readonly gold: boolean;
}

const FOLDS = 10;
/** Fixed seed so every run reports the same folds. */
const SEED = 20240611;
/** Other seeds for --fit's grid: one split's accuracy moves by ~0.5 points with the seed alone. */
const GRID_SEEDS = [SEED, 1, 2];
/** Dense L2 grid searched in --fit; the chosen value goes into PAIR_FIT below. */
const L2_GRID = [0.3, 1, 3];
/** Word-weight L2 grid searched in --fit. */
const WORD_L2_GRID = [3, 10, 30];
/**
 * From --fit's grid (mean over GRID_SEEDS, fixed threshold). l2 1: best CV accuracy of the dense-only model (0.3:
 * 0.764, 1: 0.772, 3: 0.769, 10: 0.754); with word weights 0.3 and 1 tie (0.783, log-loss 0.445), 3 is worse
 * (0.780). wordL2 10: lowest log-loss and best accuracy (3: 0.777 / 0.454, 10: 0.783 / 0.445, 30: 0.781 / 0.446).
 * minWordCount 5: 3, 5 and 10 were within 0.001 accuracy; 5 keeps the shipped table to words seen in 5+ pairs.
 */
const PAIR_FIT: FitOptions = {
  l2: Number(process.env['PAIRS_L2'] ?? 1),
  wordL2: Number(process.env['PAIRS_WORD_L2'] ?? 10),
  minWordCount: 5,
};
const SPEED_ROUNDS = 5;
const WEIGHTS_FILE = path.resolve(import.meta.dirname, '..', 'src', 'compare', 'similarity-weights.ts');

function readMrpc(): Pair[] {
  const text = readFileSync(dataPath('mrpc', 'train.tsv'), 'utf8').replace(/^\uFEFF/, '');
  // Split on tabs only: fields contain bare double quotes that a CSV parser would treat as quoting.
  return text
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((cols) => cols.length >= 5)
    .map((cols) => ({ gold: cols[0] === '1', a: cols[3] ?? '', b: cols[4] ?? '' }));
}

function readWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function measureJaccard(a: string, b: string): number {
  const x = readWords(a);
  const y = readWords(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * How a fold's decision threshold is set: `fixed` uses the shipped SAME_CLAIM_THRESHOLD (nothing learned, the
 * rule that ships); `picked` maximises accuracy on the training folds' own scores, which a model with word weights
 * fits more tightly than unseen pairs, so its pick is biased and only reported for comparison.
 */
type ThresholdRule = 'fixed' | 'picked';

/** Out-of-fold predictions: each fold is scored by a scorer built on the other folds only. */
function crossValidate(
  gold: readonly boolean[],
  folds: readonly number[],
  buildScorer: (train: number[]) => (i: number) => number,
  rule: ThresholdRule,
): { predicted: boolean[]; scores: number[] } {
  const predicted = new Array<boolean>(gold.length).fill(false);
  const scores = new Array<number>(gold.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const train = gold.map((_, i) => i).filter((i) => folds[i] !== k);
    const score = buildScorer(train);
    const threshold =
      rule === 'fixed'
        ? SAME_CLAIM_THRESHOLD
        : pickThreshold(
            train.map(score),
            train.map((i) => gold[i]!),
          );
    gold.forEach((_, i) => {
      if (folds[i] !== k) return;
      scores[i] = score(i);
      predicted[i] = scores[i] >= threshold;
    });
  }
  return { predicted, scores };
}

const SUBSTITUTION = FEATURE_NAMES.indexOf('substitution');

function buildModelScorer(examples: Example[], gold: readonly boolean[], options: FitOptions, guard = false) {
  return (train: number[]) => {
    const model = fitLogistic(
      train.map((i) => examples[i]!),
      train.map((i) => gold[i]!),
      options,
    );
    return (i: number) => {
      const score = applyLogistic(model, examples[i]!);
      return guard && examples[i]!.features[SUBSTITUTION] === 1 ? score * SUBSTITUTION_PENALTY : score;
    };
  };
}

function formatMetrics(name: string, m: BinaryMetrics): string {
  const f = (x: number) => x.toFixed(3);
  return `${name.padEnd(40)} acc ${f(m.accuracy)}  P ${f(m.precision)}  R ${f(m.recall)}  F1 ${f(m.f1)}`;
}

/** Mean out-of-fold log-loss: smoother than accuracy, so it separates settings that accuracy's noise cannot. */
function measureLogLoss(scores: readonly number[], gold: readonly boolean[]): number {
  let sum = 0;
  scores.forEach((s, i) => {
    const p = Math.min(Math.max(s, 1e-12), 1 - 1e-12);
    sum -= Math.log(gold[i] ? p : 1 - p);
  });
  return sum / scores.length;
}

/** scorePrepared calls per second; the first round warms the JIT up and is not timed. */
function measureSpeed(prepared: ReturnType<typeof prepareSentence>[][]): number {
  let sink = 0;
  let start = 0;
  for (let round = 0; round <= SPEED_ROUNDS; round++) {
    if (round === 1) start = performance.now();
    for (const [a, b] of prepared) sink += scorePrepared(a!, b!).score;
  }
  const seconds = (performance.now() - start) / 1000;
  if (Number.isNaN(sink)) throw new Error('NaN score');
  return (prepared.length * SPEED_ROUNDS) / seconds;
}

function printGrid(examples: Example[], gold: boolean[]): void {
  for (const l2 of L2_GRID) {
    for (const wordL2 of WORD_L2_GRID) {
      const options = { ...PAIR_FIT, l2, wordL2 };
      let accuracy = 0;
      let loss = 0;
      for (const seed of GRID_SEEDS) {
        const cv = crossValidate(gold, assignFolds(gold.length, FOLDS, seed), buildModelScorer(examples, gold, options), 'fixed');
        accuracy += measureBinary(cv.predicted, gold).accuracy / GRID_SEEDS.length;
        loss += measureLogLoss(cv.scores, gold) / GRID_SEEDS.length;
      }
      console.log(`CV l2=${l2} wordL2=${wordL2}: mean acc ${accuracy.toFixed(4)}, log-loss ${loss.toFixed(4)} over ${GRID_SEEDS.length} seeds`);
    }
  }
}

/** Refit on every pair and write the weights module; the threshold is reported from pooled out-of-fold scores. */
function writeFit(examples: Example[], gold: boolean[], folds: number[]): void {
  printGrid(examples, gold);
  const cv = crossValidate(gold, folds, buildModelScorer(examples, gold, PAIR_FIT), 'fixed');
  const pooled = pickThreshold(cv.scores, gold);
  const model: LogisticModel = fitLogistic(examples, gold, PAIR_FIT);
  writeFileSync(WEIGHTS_FILE, renderWeights(model, examples.length));
  console.log(`wrote ${WEIGHTS_FILE}: ${model.weights.length} feature weights, ${model.words.size} word weights`);
  console.log(`pooled out-of-fold accuracy-maximising threshold: ${pooled.toFixed(3)} (shipped: ${SAME_CLAIM_THRESHOLD})`);
}

/** Word weights below this are dropped from the shipped table: they cannot move a score by 0.1%. */
const SHIPPED_WORD_WEIGHT = 0.005;

function renderWeights(model: LogisticModel, pairs: number): string {
  const lines = [
    '// Generated by `node --import tsx bench/pairs.ts --fit`; do not edit by hand (see similarity-model.ts).',
    `// Fit: l2=${PAIR_FIT.l2}, wordL2=${PAIR_FIT.wordL2}, minWordCount=${PAIR_FIT.minWordCount}, ${pairs} MRPC train pairs.`,
    '',
    '/** Dense weights over FEATURE_NAMES, same order. */',
    'export const FEATURE_WEIGHTS: readonly number[] = [',
    ...model.weights.map((w, i) => `  ${w.toFixed(4)}, // ${FEATURE_NAMES[i]}`),
    '];',
    `export const BIAS = ${model.bias.toFixed(4)};`,
    '',
    '/** Learned weight of a stem left unmatched (see similarity-unaligned.ts), one entry per line: "stem weight". */',
    'export const WORD_WEIGHTS = `',
    ...[...model.words]
      .filter(([, w]) => Math.abs(w) >= SHIPPED_WORD_WEIGHT)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
      .map(([word, w]) => `${word} ${w.toFixed(3)}`),
    '`;',
    '',
  ];
  return lines.join('\n');
}

function main(): void {
  const pairs = readMrpc();
  getWordNet(); // load it up front so that its cost is measured alone, not inside the first prepareSentence
  const gold = pairs.map((p) => p.gold);
  const prepareStart = performance.now();
  const prepared = pairs.map((p) => [prepareSentence(p.a), prepareSentence(p.b)]);
  const prepareMs = (performance.now() - prepareStart) / (pairs.length * 2);
  const examples = prepared.map(([a, b]) => describePair(a!, b!));
  const folds = assignFolds(pairs.length, FOLDS, SEED);
  if (process.argv.includes('--fit')) {
    writeFit(examples, gold, folds);
    return;
  }

  const positives = gold.filter(Boolean).length;
  console.log(`MRPC train: ${pairs.length} pairs, ${positives} paraphrases`);
  const shipped = pairs.map((p) => scorePair(p.a, p.b).same);
  console.log(formatMetrics('(a) scorePair as shipped (train)', measureBinary(shipped, gold)));
  const cv = crossValidate(gold, folds, buildModelScorer(examples, gold, PAIR_FIT), 'fixed');
  console.log(formatMetrics('(b) 10-fold CV of the model', measureBinary(cv.predicted, gold)));
  const picked = crossValidate(gold, folds, buildModelScorer(examples, gold, PAIR_FIT), 'picked');
  console.log(formatMetrics('(b) same, threshold picked on train folds', measureBinary(picked.predicted, gold)));
  const guarded = crossValidate(gold, folds, buildModelScorer(examples, gold, PAIR_FIT, true), 'fixed');
  console.log(formatMetrics("(b') 10-fold CV, with slot guard", measureBinary(guarded.predicted, gold)));
  const jaccard = pairs.map((p) => measureJaccard(p.a, p.b));
  const base = crossValidate(gold, folds, () => (i) => jaccard[i]!, 'picked');
  console.log(formatMetrics('(c) Jaccard baseline, CV threshold', measureBinary(base.predicted, gold)));
  console.log(formatMetrics('majority class (all paraphrase)', measureBinary(gold.map(() => true), gold)));
  console.log(`out-of-fold log-loss ${measureLogLoss(cv.scores, gold).toFixed(4)}`);
  console.log(`speed: ${Math.round(measureSpeed(prepared)).toLocaleString('en')} pair scores/s on prepared sentences`);
  console.log(`prepare: ${prepareMs.toFixed(3)} ms/sentence`);
  const load = wordNetLoadStats();
  if (load !== undefined) console.log(`WordNet load: ${Math.round(load.ms)} ms, heap +${load.heapMb.toFixed(0)} MB (first use)`);
}

main();
