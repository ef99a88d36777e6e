/**
 * Loaded-language benchmark on shared/data/basil (half of BASIL, Fan et al. 2019; the other half is held out).
 * Gold: the phrase-level spans with `bias: "lex"` (lexical bias), whose offsets are within one sentence, the
 * sentence named by `id` ("p<n>" = n-th sentence of the flattened body paragraphs, or "title").
 * Run: node --import tsx bench/loaded.ts [--verbose]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findLoaded } from '../src/text/loaded.ts';
import { type KeyedSpan, scoreSpans, scoreTokens } from '../src/text/loaded/score.ts';
import type { Sentence } from '../src/text/types.ts';
import { dataPath } from './data-path.ts';

export { scoreSpans, scoreTokens } from '../src/text/loaded/score.ts';

/** Long enough that timer resolution and JIT warm-up are noise on a shared 2-core machine. */
const MIN_BENCH_MS = 2000;
/** The speed target is stated per 5 KB article. */
const TARGET_ARTICLE_BYTES = 5000;

interface GoldSpan extends KeyedSpan {
  inQuote: boolean;
  text: string;
}

interface Article {
  text: string;
  sentences: Sentence[];
  keys: string[];
  gold: GoldSpan[];
}

interface RawArticle {
  title: string;
  'body-paragraphs': string[][];
}

interface RawPhrase {
  id: string;
  bias: string;
  start: number;
  end: number;
  quote: string;
  txt: string;
}

function listAnnotated(): { article: string; annotation: string; name: string }[] {
  const root = dataPath('basil');
  return readdirSync(path.join(root, 'annotations'))
    .sort()
    .flatMap((year) =>
      readdirSync(path.join(root, 'annotations', year))
        .filter((f) => f.endsWith('_ann.json'))
        .sort()
        .map((f) => ({
          name: `${year}/${f.replace(/_ann\.json$/, '')}`,
          annotation: path.join(root, 'annotations', year, f),
          article: path.join(root, 'articles', year, f.replace(/_ann\.json$/, '.json')),
        })),
    );
}

/** Title, then body paragraphs separated by blank lines, sentences of a paragraph by one space. */
function buildArticle(name: string, raw: RawArticle, phrases: RawPhrase[]): Article {
  const parts: { id: string; text: string; sep: string }[] = [{ id: 'title', text: raw.title, sep: '' }];
  let n = 0;
  for (const paragraph of raw['body-paragraphs']) {
    paragraph.forEach((s, i) => {
      parts.push({ id: `p${n++}`, text: s, sep: i === 0 ? '\n\n' : ' ' });
    });
  }
  let text = '';
  const sentences: Sentence[] = [];
  for (const part of parts) {
    text += part.sep;
    sentences.push({ start: text.length, end: text.length + part.text.length, text: part.text, heading: part.id === 'title' });
    text += part.text;
  }
  const keys = parts.map((p) => `${name}#${p.id}`);
  const gold = phrases
    .filter((p) => p.bias === 'lex')
    .map((p) => ({ key: `${name}#${p.id}`, start: p.start, end: p.end, inQuote: p.quote === 'yes', text: p.txt }));
  return { text, sentences, keys, gold };
}

function loadArticles(): Article[] {
  return listAnnotated().map(({ name, article, annotation }) => {
    const raw = JSON.parse(readFileSync(article, 'utf8')) as RawArticle;
    const ann = JSON.parse(readFileSync(annotation, 'utf8')) as { 'phrase-level-annotations': RawPhrase[] };
    return buildArticle(name, raw, ann['phrase-level-annotations']);
  });
}

interface Prediction extends KeyedSpan {
  kind: string;
  text: string;
}

/** Runs findLoaded on a whole article and maps each hit to its sentence's own offsets. */
function predictArticle(article: Article): Prediction[] {
  return findLoaded(article.text, article.sentences).map((hit) => {
    const sentence = article.sentences[hit.sentence]!;
    const key = article.keys[hit.sentence]!;
    return { key, start: hit.start - sentence.start, end: hit.end - sentence.start, kind: hit.kind, text: hit.text };
  });
}

interface Speed {
  /** Articles per wall-clock second. */
  perSecond: number;
  /** Articles per second of this process's CPU time: steadier when other jobs share the cores. */
  perCpuSecond: number;
  meanBytes: number;
}

function measureSpeed(articles: Article[]): Speed {
  const meanBytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / articles.length;
  for (const a of articles) findLoaded(a.text, a.sentences); // warm-up
  let done = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < MIN_BENCH_MS) {
    for (const a of articles) findLoaded(a.text, a.sentences);
    done += articles.length;
  }
  const used = process.cpuUsage(cpu);
  const perSecond = (done * 1000) / (performance.now() - start);
  return { perSecond, perCpuSecond: (done * 1e6) / (used.user + used.system), meanBytes };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

function printScores(label: string, gold: GoldSpan[], preds: Prediction[], texts: Map<string, string>): void {
  const s = scoreSpans(gold, preds);
  const t = scoreTokens(texts, gold, preds);
  console.log(
    `${label.padEnd(26)} ${String(s.gold).padStart(4)} ${String(s.predicted).padStart(4)}  span P ${pct(s.precision)}` +
      `  R ${pct(s.recall)}   token P ${pct(t.precision)}  R ${pct(t.recall)}  F1 ${pct(t.f1)}`,
  );
}

function printKinds(gold: GoldSpan[], preds: Prediction[]): void {
  console.log('\nkind            pred  correct  P      gold found only by this kind (recall lost if dropped)');
  for (const kind of [...new Set(preds.map((p) => p.kind))].sort()) {
    const mine = preds.filter((p) => p.kind === kind);
    const others = preds.filter((p) => p.kind !== kind);
    const lost = scoreSpans(gold, preds).found - scoreSpans(gold, others).found;
    const s = scoreSpans(gold, mine);
    console.log(`${kind.padEnd(15)} ${String(mine.length).padStart(4)} ${String(s.correct).padStart(8)} ${pct(s.precision)}  ${lost}`);
  }
}

function printDetails(gold: GoldSpan[], preds: Prediction[], texts: Map<string, string>): void {
  const scoredPreds = preds.map((p) => ({ p, ok: scoreSpans(gold, [p]).correct > 0 }));
  console.log('\npredictions (+ overlaps gold lex):');
  for (const { p, ok } of scoredPreds) {
    const context = (texts.get(p.key) ?? '').slice(Math.max(0, p.start - 50), p.end + 40).replace(/\s+/g, ' ');
    console.log(`  ${ok ? '+' : '-'} ${p.kind.padEnd(14)} ${p.text.padEnd(16)} ${context}`);
  }
  console.log('\nmissed gold lex spans outside quotes:');
  for (const g of gold.filter((g) => !g.inQuote && scoreSpans([g], preds).found === 0)) console.log(`  ${g.text}`);
}

function main(): void {
  const articles = loadArticles();
  const texts = new Map(articles.flatMap((a) => a.keys.map((k, i) => [k, a.sentences[i]!.text] as const)));
  const gold = articles.flatMap((a) => a.gold);
  const preds = articles.flatMap(predictArticle);
  console.log(`BASIL (this half): ${articles.length} articles, ${texts.size} sentences, ${gold.length} lex spans\n`);
  console.log('gold                       gold pred  span-level           token-level');
  printScores('lex (all)', gold, preds, texts);
  printScores('lex outside quotes', gold.filter((g) => !g.inQuote), preds, texts);
  printKinds(gold, preds);
  const speed = measureSpeed(articles);
  const to5k = (rate: number): string => ((rate * speed.meanBytes) / TARGET_ARTICLE_BYTES).toFixed(0);
  console.log(
    `\nspeed (mean article ${(speed.meanBytes / 1000).toFixed(1)} KB): ${speed.perSecond.toFixed(0)} articles/s wall` +
      ` (${to5k(speed.perSecond)} of 5 KB), ${speed.perCpuSecond.toFixed(0)} per CPU-second` +
      ` (${to5k(speed.perCpuSecond)} of 5 KB)`,
  );
  if (process.argv.includes('--verbose')) printDetails(gold, preds, texts);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
