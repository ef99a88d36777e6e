import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Analysis, analyzeArticles } from '../src/analyze.ts';
import { contentWords } from '../src/compare/prepare.ts';
import type { StoryAnalysis } from '../src/compare/types.ts';
import { buildDossier } from '../src/dossier/build.ts';
import { renderHtml } from '../src/dossier/html.ts';
import { renderMarkdown } from '../src/dossier/markdown.ts';
import { citedSources } from '../src/dossier/story-sections.ts';
import { loadDossierValidator } from '../src/dossier/validate.ts';
import { isRejected } from '../src/errors.ts';
import { type AnnotatedArticle, annotateArticle, readArticles } from '../src/pipeline.ts';

const CORPUS = path.resolve(import.meta.dirname, '..', 'demo', 'corpus');
let analysis: Analysis;
let byFile: Map<string, AnnotatedArticle>;
let story: StoryAnalysis;
const id = (n: string) => [...byFile.entries()].find(([f]) => f.startsWith(n))![1].id;
const ids = (...ns: string[]) => ns.map(id).sort();

beforeAll(async () => {
  const articles: AnnotatedArticle[] = [];
  for await (const a of readArticles([CORPUS])) if (!isRejected(a)) articles.push(annotateArticle(a));
  byFile = new Map(articles.map((a) => [path.basename(a.source), a]));
  analysis = analyzeArticles(articles);
  story = analysis.stories.find((s) => s.articleIds.includes(id('01')))!;
});

describe('demo corpus: what a careful reader finds', () => {
  it('reads all nine articles with their sidecar metadata', () => {
    expect(byFile.size).toBe(9);
    expect(byFile.get('02-sarnes-chronicle-dam-collapse.txt')?.published).toBe('2026-03-11');
  });

  it('puts the eight dam articles in one story and the strike in another', () => {
    expect([...story.articleIds].sort()).toEqual(ids('01', '02', '03', '04', '05', '06', '07', '08'));
    const strike = analysis.stories.find((s) => s.articleIds.includes(id('09')))!;
    expect(strike.articleIds).toEqual([id('09')]);
  });

  it('finds the two families of rewrites and keeps independent reporting apart', () => {
    const families = story.families.map((f) => [...f.articleIds].sort());
    expect(families).toContainEqual(ids('01', '03', '04', '05'));
    expect(families).toContainEqual(ids('02', '06'));
    expect(families).toContainEqual([id('07')]);
    expect(families).toContainEqual([id('08')]);
  });

  it('reports the conflicts between outlets', () => {
    const kinds = story.conflicts.map((c) => c.kind);
    const values = (kind: string) => story.conflicts.filter((c) => c.kind === kind).map((c) => c.sides.map((s) => s.value));
    expect(kinds).toContain('number');
    expect(values('number').some((v) => v.includes('12') && v.includes('14'))).toBe(true);
    // The Chronicle's own "The collapse killed 14 people and injured another 28" is a different claim, but it gives
    // the toll too: it stands on the 14 side, and the brief reports the toll as disputed rather than as a fact.
    const toll = story.conflicts.find((c) => c.kind === 'number' && c.sides.some((s) => s.value === '14'))!;
    expect(toll.sides.find((s) => s.value === '14')!.statements.map((s) => s.articleId)).toEqual(expect.arrayContaining([id('02'), id('06')]));
    expect(story.brief.some((b) => /^Outlets differ on the number of people killed/.test(b.text))).toBe(true);
    expect(story.brief.some((b) => !b.text.startsWith('Outlets differ') && /\b(14|12|Fourteen|Twelve) people\b/.test(b.text))).toBe(false);
    expect(values('hedge').some((v) => v.includes('28') && v.includes('roughly 28'))).toBe(true);
    expect(values('date').some((v) => v.includes('2026-03-10') && v.includes('2026-03-09'))).toBe(true);
    expect(kinds).toContain('status');
    expect(values('place').some((v) => v.some((x) => /sports hall/.test(x)) && v.some((x) => /town hall/.test(x)))).toBe(true);
    const attribution = story.conflicts.find((c) => c.kind === 'attribution')!;
    expect(attribution.sides.map((s) => s.value).sort()).toEqual(['Ilse Marrec', 'Katrin Dessel']);
  });

  it('counts independent sources: rewrites once, citations traced, the opinion piece adds none', () => {
    const evacuated = story.claims.find((c) => c.statements.some((s) => s.articleId === id('07') && /340/.test(s.text)) && c.articleIds.includes(id('01')));
    // Two independent outlets (the Veridian family and the Herald) both give the figure as Petra Sandor's: the
    // claim rests on one named official, which is what a reader needs to know.
    expect(evacuated?.origins).toEqual(['Petra Sandor']);
    expect(evacuated?.independentSources).toBe(1);
    const breach = story.claims.find((c) => c.statements.some((s) => s.articleId === id('07')) && c.articleIds.includes(id('01')) && c.articleIds.includes(id('02')));
    expect(breach?.independentSources).toBeGreaterThanOrEqual(2);
    for (const c of story.claims) {
      if (c.articleIds.length === 1 && c.articleIds[0] === id('08')) continue;
      const familyOnly = c.articleIds.every((a) => [id('01'), id('03'), id('04'), id('05')].includes(a));
      if (familyOnly && c.statements.every((s) => !s.attribution)) expect(c.independentSources).toBe(1);
    }
    const corroborated = story.claims.filter((c) => c.status === 'corroborated');
    expect(corroborated.length).toBeGreaterThanOrEqual(3);
  });

  it('merges spellings of people and places across outlets, with roles', () => {
    const voskan = story.entities.find((e) => e.name === 'Aleksander Voskan' || e.name === 'Alexander Voskan')!;
    expect([voskan.name, ...voskan.aliases]).toEqual(expect.arrayContaining(['Aleksander Voskan', 'Alexander Voskan']));
    expect(voskan.roles.join(' ')).toMatch(/Interior Minister/);
    const town = story.entities.find((e) => e.name === 'Varnholm')!;
    expect(town.type).toBe('place');
    expect(town.aliases).toContain('Varnholme');
    const reuel = story.entities.find((e) => /Reuel/.test(e.name))!;
    expect([reuel.name, ...reuel.aliases]).toEqual(expect.arrayContaining(['Tomas Reuel', 'Tomás Reuel']));
  });

  it('flags loaded language only in the opinion piece', () => {
    for (const [file, a] of byFile) {
      if (file.startsWith('08')) expect(a.annotation.loaded.length).toBeGreaterThanOrEqual(4);
      else expect(a.annotation.loaded.map((l) => l.text)).toEqual([]);
    }
  });

  it('writes a brief of 5-10 sentences, each stated by every article it cites', () => {
    expect(story.brief.length).toBeGreaterThanOrEqual(5);
    expect(story.brief.length).toBeLessThanOrEqual(10);
    for (const b of story.brief) {
      expect(b.articleIds.length).toBeGreaterThan(0);
      if (b.text.startsWith('Outlets differ')) continue;
      const texts = b.articleIds.map((a) => analysis.articles.find((x) => x.id === a)!.annotation.sentences.map((s) => s.text));
      expect(texts.some((sentences) => sentences.includes(b.text))).toBe(true);
      const words = contentWords(b.text);
      for (const sentences of texts) {
        const best = Math.max(...sentences.map((s) => [...contentWords(s)].filter((w) => words.has(w)).length / words.size));
        expect(best).toBeGreaterThanOrEqual(0.4);
      }
    }
  });

  it('orders a timeline with resolved dates', () => {
    const dates = story.timeline.map((e) => e.date).filter((d): d is string => d !== null);
    expect(dates).toContain('2026-03-10');
    expect([...dates].sort()).toEqual(dates);
  });

  it('writes one self-contained HTML report with every section and nothing fetched from elsewhere', () => {
    const html = renderHtml(buildDossier(analysis));
    for (const section of ['Brief', 'Conflicts', 'Coverage matrix', 'Families', 'Timeline', 'Entities']) expect(html).toContain(`<h3>${section}</h3>`);
    // Conflicts side by side: each side of the toll conflict in its own column.
    expect(html).toMatch(/<div class="side"><b>12<\/b>/);
    expect(html).toMatch(/<div class="side"><b>14<\/b>/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(/i);
    expect(html).not.toMatch(/href="(?!#)/);
    expect(html).toContain("default-src 'none'");
  });

  it("lists each cited source once under the story's name for it, whatever the spelling or article", () => {
    const dossier = buildDossier(analysis);
    const sources = citedSources(dossier, dossier.stories.find((s) => s.articleIds.length === story.articleIds.length)!);
    const reuel = sources.filter((c) => /Reuel/.test(c.name));
    expect(reuel.map((c) => c.name)).toEqual(['Tomas Reuel']);
    expect(reuel[0]!.articleIds).toContain(id('07'));
    expect(sources.filter((c) => /hospital/i.test(c.name)).map((c) => c.name)).toEqual(['hospital']);
  });

  it('says in both reports where the articles give one quotation two speakers', () => {
    const dossier = buildDossier(analysis);
    expect(renderMarkdown(dossier)).toContain('(Ilse Marrec; articles differ: Ilse Marrec / Katrin Dessel)');
    expect(renderHtml(dossier)).toContain('(articles differ: Ilse Marrec / Katrin Dessel)');
  });

  it('writes a dossier that validates against the shared schema', () => {
    const validate = loadDossierValidator();
    const result = validate(JSON.parse(JSON.stringify(buildDossier(analysis))));
    expect(result.errors).toEqual([]);
  });
});
