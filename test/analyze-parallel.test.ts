import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeInputs, streamAnalysis } from '../src/analyze-inputs.ts';
import { buildDossier } from '../src/dossier/build.ts';
import { DossierJson, serializeDossier } from '../src/dossier/json.ts';
import type { Analysis } from '../src/analyze.ts';

const CORPUS = path.resolve(import.meta.dirname, '..', 'demo', 'corpus');
const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Worker threads from this many documents on (the default waits for 800), so the test batch reaches them. */
const PARALLEL_MIN = 64;

/**
 * More records than PARALLEL_MIN, so the batch reaches the workers: each demo article ten times, each copy
 * with its own last line (local editions of one wire story), plus one broken record and one empty text.
 */
function writeCorpus(): string {
  const texts = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(CORPUS, f), 'utf8'));
  const lines: string[] = [];
  for (let copy = 0; copy < 10; copy++) {
    texts.forEach((text, k) => {
      lines.push(JSON.stringify({ id: `a${k}-${copy}`, text: `${text}\n\nEdition ${copy}: reported for the readers of district ${copy + 1}.`, published: '2026-03-11' }));
    });
    if (copy === 8) lines.push('{"id": "broken", "text": ', JSON.stringify({ id: 'empty', text: '' }));
  }
  const file = path.join(dir, 'editions.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** What the analysis decided, without incidental order. */
function summarize(a: Analysis) {
  return {
    articles: a.articles.map((x) => x.id),
    rejected: a.rejected.map((r) => `${r.source} ${r.code}`),
    stories: a.stories.map((s) => ({
      articles: s.articleIds,
      families: s.families.map((f) => f.articleIds),
      claims: s.claims.map((c) => [c.text, c.statements.length, c.independentSources, c.status]),
      conflicts: s.conflicts.map((c) => [c.kind, c.sides.map((x) => x.value)]),
      brief: s.brief.map((b) => b.text),
    })),
  };
}

describe('analyzeInputs with worker threads', () => {
  it('gives the same analysis as one thread, bad records rejected by line', async () => {
    const file = writeCorpus();
    const one = await analyzeInputs([file], { workers: 1 });
    const two = await analyzeInputs([file], { workers: 2, parallelMin: PARALLEL_MIN });
    expect(one.articles.length).toBeGreaterThan(PARALLEL_MIN);
    expect(summarize(two)).toEqual(summarize(one));
    expect(one.rejected.map((r) => r.source).join(' ')).toMatch(/editions\.jsonl:\d+/);
    expect(one.stories.some((s) => s.articleIds.length >= 50)).toBe(true);
    // Workers drop tokens (nothing after annotation reads them); the rest of an annotation is kept.
    expect(two.articles.at(-1)!.annotation.tokens).toEqual([]);
    expect(two.articles.at(-1)!.annotation.sentences.length).toBeGreaterThan(3);
  }, 120_000);
});

describe('streamAnalysis', () => {
  it.each(['pretty', 'lines'] as const)('writes (%s), story by story from the workers, the same JSON dossier as the analysis built whole', async (layout) => {
    const file = writeCorpus();
    const now = new Date('2026-11-22T00:00:00Z');
    const json = new DossierJson(layout);
    const pieces: Array<string | Uint8Array> = [json.start(now.toISOString())];
    const end = await streamAnalysis([file], { workers: 2, parallelMin: PARALLEL_MIN }, {
      onArticle: (a) => void pieces.push(json.article(a)),
      onStoryJson: (s) => void pieces.push(json.storyPrefix(), s),
      jsonLayout: layout,
    });
    pieces.push(json.end(end));
    const streamed = Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))).toString('utf8');
    const whole = await analyzeInputs([file], { workers: 1 });
    const expected = [...serializeDossier(buildDossier(whole, now), layout)].join('');
    if (layout === 'pretty') expect(expected).toBe(`${JSON.stringify(buildDossier(whole, now), null, 2)}\n`);
    expect(streamed).toBe(expected);
    expect(end.articles).toBe(whole.articles.length);
  }, 120_000);
});
