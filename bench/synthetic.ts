/**
 * Synthetic benchmark corpus: N articles of about 5 KB, each stitched from real news paragraphs in shared/data
 * (ECB+ documents, Multi-News source documents, BASIL articles), deterministic for a seed. The data is read in
 * place and the corpus is only ever yielded or written to a temporary file, never into the repository.
 *
 * Each synthetic article belongs to one real event (an ECB+ event, a Multi-News cluster, a BASIL triplet): it opens
 * with one of the event's documents and continues with paragraphs drawn from the event's other documents, so
 * articles of one event share wording the way rewrites and follow-ups do, and the clusterer has real stories to find.
 * About 190 events feed the corpus, so 10,000 articles make stories of about 50 articles each.
 * (AllSides is left out: its articles are ~450-character leads, too short to make 5 KB articles.)
 *
 * Run: node --import tsx bench/synthetic.ts [--n 1000] [--seed 1] [--out corpus.jsonl]
 */
import { createHash } from 'node:crypto';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { RawDocument } from '../src/ingest/types.ts';
import { dataPath } from './data-path.ts';

/** One synthetic article, shaped as a JSONL record `readInputs` accepts; `story` is the source event (gold). */
export interface SyntheticRecord {
  id: string;
  text: string;
  title: string | null;
  published: string;
  outlet: string;
  story: string;
}

export interface SyntheticOptions {
  /** Articles to make. */
  n: number;
  /** PRNG seed: the same seed gives the same corpus. */
  seed?: number;
  /** Mean article length in characters (each article draws uniformly within +-20% of it). */
  targetChars?: number;
}

/** ~5 KB: a typical wire or newspaper story body (the brief's figure; ECB+ bodies are ~1.9 KB, BASIL ~6 KB). */
const DEFAULT_TARGET_CHARS = 5000;
/** Articles vary in length by this share either side of the target. */
const LENGTH_SPREAD = 0.2;
/** Chance that a paragraph of the opening document is dropped, so articles of one event do not repeat verbatim. */
const DROP_PARAGRAPH = 0.15;
/** Redraws allowed when an article's text repeats an earlier one exactly. */
const MAX_REDRAWS = 8;
/** Articles of one event are published within this many days of the event's date. */
const DATE_SPREAD_DAYS = 4;

const OUTLETS = ['Reuters', 'Associated Press', 'BBC News', 'The Guardian', 'CNN', 'Al Jazeera', 'NPR', 'Bloomberg', 'The Hill', 'Politico', 'USA Today', 'Axios'];
const BASIL_OUTLETS: Record<string, string> = { fox: 'Fox News', nyt: 'The New York Times', hpo: 'HuffPost' };

interface SourceDoc {
  title: string | null;
  paragraphs: string[];
  outlet: string | null;
}

interface SourceEvent {
  key: string;
  date: string | null;
  docs: SourceDoc[];
}

/** Seeded PRNG (mulberry32): fast, and enough for sampling. */
export function createRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickIndex(random: () => number, n: number): number {
  return Math.floor(random() * n);
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = pickIndex(random, i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function readJsonl(file: string): unknown[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as unknown);
}

/** Longest paragraph kept whole; longer ones (Multi-News pages without blank lines) are cut at sentence ends. */
const MAX_PARAGRAPH_CHARS = 1200;

function cutLongParagraph(p: string): string[] {
  if (p.length <= MAX_PARAGRAPH_CHARS) return [p];
  const out: string[] = [];
  let current = '';
  for (const sentence of p.split(/(?<=[.!?]["”]?) (?=[A-Z“"])/)) {
    if (current && current.length + sentence.length > MAX_PARAGRAPH_CHARS) {
      out.push(current);
      current = '';
    }
    current = current ? `${current} ${sentence}` : sentence;
  }
  if (current) out.push(current);
  return out;
}

function toParagraphs(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0)
    .flatMap(cutLongParagraph);
}

function loadEcbPlus(): SourceEvent[] {
  const byEvent = new Map<string, SourceDoc[]>();
  for (const r of readJsonl(dataPath('ecbplus', 'docs.jsonl')) as Array<{ event: string; text: string }>) {
    // ECB+ puts one sentence on a line; each line is kept as a paragraph, as many wire stories do.
    const doc = { title: null, paragraphs: toParagraphs(r.text, /\n/), outlet: null };
    byEvent.set(r.event, [...(byEvent.get(r.event) ?? []), doc]);
  }
  return [...byEvent].map(([event, docs]) => ({ key: `ecbplus:${event}`, date: null, docs }));
}

function loadMultiNews(): SourceEvent[] {
  return (readJsonl(dataPath('multinews', 'sample.jsonl')) as Array<{ id: string; documents: string[] }>).map((r) => ({
    key: `multinews:${r.id}`,
    date: null,
    docs: r.documents.map((d) => ({ title: null, paragraphs: toParagraphs(d, /\n\s*\n/), outlet: null })),
  }));
}

interface BasilArticle {
  title: string;
  'triplet-uuid': string;
  'body-paragraphs': string[][];
  source: string;
  date: string;
}

function loadBasil(): SourceEvent[] {
  const root = dataPath('basil', 'articles');
  const byEvent = new Map<string, SourceEvent>();
  for (const year of readdirSync(root).sort()) {
    for (const file of readdirSync(path.join(root, year)).sort()) {
      if (!file.endsWith('.json')) continue;
      const a = JSON.parse(readFileSync(path.join(root, year, file), 'utf8')) as BasilArticle;
      const doc = { title: a.title, paragraphs: a['body-paragraphs'].map((p) => p.join(' ').trim()).filter(Boolean), outlet: BASIL_OUTLETS[a.source] ?? a.source };
      const key = `basil:${a['triplet-uuid']}`;
      const event = byEvent.get(key) ?? { key, date: a.date, docs: [] };
      event.docs.push(doc);
      byEvent.set(key, event);
    }
  }
  return [...byEvent.values()];
}

/** All source events, in a fixed order; events with no usable text are dropped. */
export function loadSourceEvents(): SourceEvent[] {
  return [...loadEcbPlus(), ...loadMultiNews(), ...loadBasil()]
    .map((e) => ({ ...e, docs: e.docs.filter((d) => d.paragraphs.length > 0) }))
    .filter((e) => e.docs.length > 0);
}

/** A stable date for an event without one: a day in 2015-2024 derived from its key. */
function eventDate(event: SourceEvent): string {
  if (event.date) return event.date;
  const h = createHash('sha1').update(event.key).digest().readUInt32BE(0);
  return new Date(Date.UTC(2015, 0, 1) + (h % 3650) * 86_400_000).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A headline-like title for a document without one: its first paragraph cut to 12 words. */
function makeTitle(doc: SourceDoc): string | null {
  if (doc.title) return doc.title;
  const words = (doc.paragraphs[0] ?? '').split(' ');
  return words.length > 0 ? words.slice(0, 12).join(' ').replace(/[.,;:]$/, '') : null;
}

/** Opening document's paragraphs (a few dropped, never the first), then other documents' paragraphs, to length. */
function composeBody(event: SourceEvent, base: number, target: number, random: () => number): string {
  const opening = event.docs[base]!.paragraphs.filter((_, k) => k === 0 || random() >= DROP_PARAGRAPH);
  const others = shuffled(
    event.docs.flatMap((d, k) => (k === base ? [] : d.paragraphs)),
    random,
  );
  const out: string[] = [];
  let length = 0;
  for (const p of [...opening, ...others]) {
    if (length >= target) break;
    out.push(p);
    length += p.length + 2;
  }
  return out.join('\n\n');
}

/**
 * Yields `n` synthetic articles, deterministic for `seed`.
 *
 * for (const r of synthesizeArticles({ n: 100 })) console.log(r.id, r.text.length);
 */
export function* synthesizeArticles(options: SyntheticOptions): Generator<SyntheticRecord> {
  const events = loadSourceEvents();
  const random = createRandom(options.seed ?? 1);
  const target = options.targetChars ?? DEFAULT_TARGET_CHARS;
  // Only hashes are kept to refuse exact repeats: 10,000 articles cost well under 1 MB.
  const seen = new Set<string>();
  for (let i = 0; i < options.n; i++) {
    const event = events[pickIndex(random, events.length)]!;
    let text = '';
    let base = 0;
    for (let attempt = 0; attempt <= MAX_REDRAWS; attempt++) {
      base = pickIndex(random, event.docs.length);
      const length = Math.round(target * (1 - LENGTH_SPREAD + 2 * LENGTH_SPREAD * random()));
      text = composeBody(event, base, length, random);
      const hash = createHash('sha1').update(text).digest('base64');
      if (!seen.has(hash)) {
        seen.add(hash);
        break;
      }
    }
    const doc = event.docs[base]!;
    yield {
      id: `syn-${i + 1}`,
      text,
      title: makeTitle(doc),
      published: addDays(eventDate(event), pickIndex(random, DATE_SPREAD_DAYS)),
      outlet: doc.outlet ?? OUTLETS[pickIndex(random, OUTLETS.length)]!,
      story: event.key,
    };
  }
}

/** The record as ingest would hand it to extraction (a JSONL text record). */
export function toRawDocument(r: SyntheticRecord): RawDocument {
  return { id: r.id, source: `synthetic:${r.id}`, kind: 'text', content: r.text, meta: { title: r.title, published: r.published, outlet: r.outlet } };
}

/** Writes the corpus as JSONL (to a temporary file unless `out` is given) and returns its path. */
export async function writeSyntheticJsonl(options: SyntheticOptions & { out?: string }): Promise<string> {
  const file = options.out ?? path.join(tmpdir(), `corroborate-synthetic-${options.n}-${options.seed ?? 1}-${process.pid}.jsonl`);
  const stream = createWriteStream(file);
  for (const r of synthesizeArticles(options)) {
    if (!stream.write(`${JSON.stringify(r)}\n`)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
  return file;
}

// --- Measurement helpers shared by bench/annotate.ts and bench/analyze.ts ---

/** Peak resident set size of this process in MB: VmHWM from /proc (Linux), else getrusage's maxRSS. */
export function peakRssMb(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS / 1024;
}

/** The value at quantile `q` of an ascending array (nearest rank). */
export function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** 1-, 5- and 15-minute load averages and core count, to print beside every figure (the machine is shared). */
export function describeLoad(): string {
  return `load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${availableParallelism()} cores`;
}

/** Wall-clock and CPU time (user + system, all threads, so GC threads count) of a span of work, in ms. */
export interface Clock {
  wallMs: number;
  cpuMs: number;
}

/** Starts a clock; call the returned function to read the elapsed wall and CPU time. */
export function startClock(): () => Clock {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const d = process.cpuUsage(cpu);
    return { wallMs: performance.now() - wall, cpuMs: (d.user + d.system) / 1000 };
  };
}

/** "1234 articles/s wall, 1300 /s CPU": a rate against both clocks. */
export function formatRate(count: number, clock: Clock, unit: string): string {
  const wall = (count * 1000) / clock.wallMs;
  const cpu = (count * 1000) / clock.cpuMs;
  return `${wall.toFixed(0)} ${unit}/s wall, ${cpu.toFixed(0)} ${unit}/s CPU`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
  const n = Number(values.n);
  const seed = Number(values.seed);
  const file = await writeSyntheticJsonl({ n, seed, out: values.out });
  let chars = 0;
  const stories = new Set<string>();
  for (const r of synthesizeArticles({ n, seed })) {
    chars += r.text.length;
    stories.add(r.story);
  }
  console.log(`${n} synthetic articles (seed ${seed}), mean ${(chars / n).toFixed(0)} chars, ${stories.size} source events -> ${file}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
