/**
 * ROUGE benchmark for the cited brief (src/brief/brief.ts) against human multi-source summaries.
 *   node --import tsx bench/brief.ts                 both data sets, all stories
 *   BRIEF_LIMIT=40 node --import tsx bench/brief.ts  the first 40 stories of each set (a quick look)
 *   BRIEF_UNKNOWN_AS_EN=1 ...                         treat articles of undetermined language as English: short
 *                                                     one-sentence AllSides articles get too few stopwords for the
 *                                                     language guess, and analyzeStory analyses English only
 * Each event's documents are one story: toArticle -> annotateArticle -> analyzeStory, and the brief's sentence texts
 * joined are the system summary. Two baselines run on the same stories in the same run: the lead of the first
 * article, and LexRank (Erkan & Radev 2004) with redundancy skipped. Every summary is cut to the reference's length in
 * words (bench/rouge.ts) so that no system gains recall by being longer. Only half of each benchmark is shipped
 * (shared/data/README.md): tune for generality, not for these figures.
 */
import { readFileSync } from 'node:fs';
import { analyzeStory } from '../src/compare/analyze-story.ts';
import { toArticle } from '../src/extract/article.ts';
import { type AnnotatedArticle, annotateArticle } from '../src/pipeline.ts';
import { dataPath } from './data-path.ts';
import { type RougeScores, scoreRouge, tokenizeRouge } from './rouge.ts';

interface Doc {
  title: string | null;
  text: string;
}

interface Event {
  id: string;
  documents: Doc[];
  summary: string;
}

const LIMIT = Number(process.env['BRIEF_LIMIT'] ?? Number.POSITIVE_INFINITY);

function readMultiNews(): Event[] {
  return readFileSync(dataPath('multinews', 'sample.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id: string; documents: string[]; summary: string })
    .map((r) => ({ id: r.id, summary: r.summary.replace(/^[\s–-]+/, ''), documents: r.documents.map((text) => ({ title: null, text })) }));
}

/** One AllSides story per line: articles joined by " [SEP] ", each "TITLE=> ... ARTICLE=> ...". */
function readAllSides(): Event[] {
  const sources = readFileSync(dataPath('allsides', 'val.source'), 'utf8').split('\n');
  const targets = readFileSync(dataPath('allsides', 'val.target'), 'utf8').split('\n');
  return targets
    .map((target, i) => ({
      id: `allsides-${i + 1}`,
      // The target carries its own headline as TITLE=>; the summary proper is what follows ARTICLE=>.
      summary: target.replace(/^.*?ARTICLE=>\s*/, ''),
      documents: (sources[i] ?? '').split(' [SEP] ').map((part) => {
        const m = /^\s*TITLE=>\s*(.*?)\s*ARTICLE=>\s*([\s\S]*)$/.exec(part);
        return m ? { title: m[1] ?? null, text: m[2] ?? '' } : { title: null, text: part };
      }),
    }))
    .filter((e) => e.summary.trim() && e.documents.some((d) => d.text.trim()));
}

const UNKNOWN_AS_EN = Boolean(process.env['BRIEF_UNKNOWN_AS_EN']);

function buildArticles(event: Event): AnnotatedArticle[] {
  return event.documents
    .filter((d) => d.text.trim())
    .map((d, k) => annotateArticle(toArticle({ source: `${event.id}-${k + 1}`, kind: 'text', content: d.text, meta: { title: d.title ?? undefined } })))
    .map((a) => (UNKNOWN_AS_EN && (a.language === 'und' || !a.language) ? { ...a, language: 'en' } : a));
}

/** Sentences in order until the budget (in ROUGE tokens) is filled; scoring cuts the overshoot. */
function fillBudget(sentences: string[], budget: number): string {
  const out: string[] = [];
  let used = 0;
  for (const s of sentences) {
    if (used >= budget) break;
    out.push(s);
    used += tokenizeRouge(s).length;
  }
  return out.join(' ');
}

function bodySentences(a: AnnotatedArticle): string[] {
  return a.annotation.sentences.filter((s) => !s.heading).map((s) => s.text);
}

/** LexRank's similarity threshold (Erkan & Radev 2004 report 0.1 as best on DUC). */
const LEXRANK_THRESHOLD = 0.1;
/** PageRank-style damping: the chance of following an edge rather than jumping to a random sentence. */
const LEXRANK_DAMPING = 0.85;
/** A sentence this similar (cosine) to one already taken repeats it and is skipped. */
const LEXRANK_REDUNDANT = 0.5;
/** Shorter sentences are datelines and fragments (the same cut as src/compare/statements.ts). */
const LEXRANK_MIN_WORDS = 6;

function toTfIdf(tokens: string[][]): Array<Map<string, number>> {
  const df = new Map<string, number>();
  for (const t of tokens) for (const w of new Set(t)) df.set(w, (df.get(w) ?? 0) + 1);
  return tokens.map((t) => {
    const v = new Map<string, number>();
    for (const w of t) v.set(w, (v.get(w) ?? 0) + 1);
    let norm = 0;
    for (const [w, tf] of v) {
      const x = tf * Math.log(tokens.length / df.get(w)!);
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [w, x] of small) dot += x * (large.get(w) ?? 0);
  return dot;
}

/**
 * LexRank over all the story's sentences (TF-IDF vectors over the story's sentences, thresholded cosine graph,
 * power iteration), then sentences best first, skipping any that repeats one already taken, until the budget.
 */
function rankLexRank(articles: string[][], budget: number): string[] {
  const sentences = articles.flat().filter((s) => s.split(/\s+/).length >= LEXRANK_MIN_WORDS);
  const tokens = sentences.map(tokenizeRouge);
  const vectors = toTfIdf(tokens);
  const n = sentences.length;
  const edges: number[][] = vectors.map(() => []);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (cosine(vectors[i]!, vectors[j]!) <= LEXRANK_THRESHOLD) continue;
      edges[i]!.push(j);
      edges[j]!.push(i);
    }
  }
  let score = new Array<number>(n).fill(1 / n);
  for (let round = 0; round < 100; round++) {
    // A sentence with no neighbour spreads its score evenly, so the scores keep summing to one.
    const dangling = edges.reduce((sum, out, i) => sum + (out.length === 0 ? score[i]! : 0), 0);
    const next = new Array<number>(n).fill((1 - LEXRANK_DAMPING + LEXRANK_DAMPING * dangling) / n);
    for (let i = 0; i < n; i++) for (const j of edges[i]!) next[j]! += (LEXRANK_DAMPING * score[i]!) / edges[i]!.length;
    const moved = next.reduce((d, x, i) => d + Math.abs(x - score[i]!), 0);
    score = next;
    if (moved < 1e-6) break;
  }
  const order = [...sentences.keys()].sort((a, b) => score[b]! - score[a]!);
  const taken: number[] = [];
  let used = 0;
  for (const i of order) {
    if (used >= budget) break;
    if (taken.some((j) => cosine(vectors[i]!, vectors[j]!) > LEXRANK_REDUNDANT)) continue;
    taken.push(i);
    used += tokens[i]!.length;
  }
  return taken.map((i) => sentences[i]!);
}

type System = 'brief' | 'lead' | 'lexrank';
const SYSTEMS: System[] = ['brief', 'lead', 'lexrank'];

interface Run {
  scores: Record<System, RougeScores[]>;
  seconds: number;
  stories: number;
  briefSentences: number[];
}

function runSet(events: Event[]): Run {
  const scores: Record<System, RougeScores[]> = { brief: [], lead: [], lexrank: [] };
  const briefSentences: number[] = [];
  let seconds = 0;
  for (const event of events.slice(0, LIMIT)) {
    const budget = tokenizeRouge(event.summary).length;
    const started = performance.now();
    const articles = buildArticles(event);
    if (articles.length === 0) continue;
    const brief = analyzeStory('s', articles).brief;
    seconds += (performance.now() - started) / 1000;
    briefSentences.push(brief.length);
    const systems: Record<System, string> = {
      brief: brief.map((b) => b.text).join(' '),
      lead: fillBudget(bodySentences(articles[0]!), budget),
      lexrank: fillBudget(rankLexRank(articles.map(bodySentences), budget), budget),
    };
    for (const name of SYSTEMS) scores[name].push(scoreRouge(systems[name], event.summary, { truncate: true }));
  }
  return { scores, seconds, stories: briefSentences.length, briefSentences };
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
}

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);

function printRun(name: string, run: Run): void {
  console.log(`\n${name}: ${run.stories} stories, ${(run.stories / run.seconds).toFixed(2)} stories/s (articles -> brief), brief ${mean(run.briefSentences).toFixed(1)} sentences on average`);
  console.log('system    R1-F    R2-F    RL-F  |  R1-R    R1-P    R2-R    R2-P');
  for (const system of SYSTEMS) {
    const s = run.scores[system];
    const m = (pick: (r: RougeScores) => number) => pct(mean(s.map(pick)));
    console.log(
      `${system.padEnd(8)} ${m((r) => r.rouge1.f1)}  ${m((r) => r.rouge2.f1)}  ${m((r) => r.rougeL.f1)}  | ${m((r) => r.rouge1.recall)}  ${m((r) => r.rouge1.precision)}  ${m((r) => r.rouge2.recall)}  ${m((r) => r.rouge2.precision)}`,
    );
  }
}

/**
 * The brief against each baseline story by story: mean difference of ROUGE-1/2 F1 with its standard error, and how
 * many stories each side wins, so a lead within the noise of the set is seen as such.
 */
function printPaired(run: Run): void {
  const metrics: Array<[string, (r: RougeScores) => number]> = [
    ['R1', (r) => r.rouge1.f1],
    ['R2', (r) => r.rouge2.f1],
  ];
  for (const other of ['lead', 'lexrank'] as const) {
    const cells = metrics.map(([name, pick]) => {
      const d = run.scores.brief.map((r, i) => pick(r) - pick(run.scores[other][i]!));
      const m = mean(d);
      const se = Math.sqrt(mean(d.map((x) => (x - m) ** 2)) / Math.max(1, d.length - 1));
      return `${name} ${(100 * m).toFixed(2)} +- ${(100 * se).toFixed(2)} (wins ${d.filter((x) => x > 0).length}, losses ${d.filter((x) => x < 0).length})`;
    });
    console.log(`brief - ${other.padEnd(7)} ${cells.join('   ')}`);
  }
}

for (const [name, events] of [
  ['multinews (shared/data/multinews/sample.jsonl)', readMultiNews()],
  ['allsides (shared/data/allsides val)', readAllSides()],
] as const) {
  const run = runSet(events);
  printRun(name, run);
  printPaired(run);
}
