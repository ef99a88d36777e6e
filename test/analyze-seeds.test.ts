import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Analysis, analyzeArticles } from '../src/analyze.ts';
import type { StoryAnalysis } from '../src/compare/types.ts';
import { buildDossier } from '../src/dossier/build.ts';
import { renderHtml } from '../src/dossier/html.ts';
import { renderMarkdown } from '../src/dossier/markdown.ts';
import { loadDossierValidator } from '../src/dossier/validate.ts';
import { isRejected } from '../src/errors.ts';
import { type AnnotatedArticle, annotateArticle, readArticles } from '../src/pipeline.ts';

const SEEDS = path.resolve(import.meta.dirname, '..', '..', 'shared', 'seeds');
let analysis: Analysis;
let story: StoryAnalysis;
let byPrefix: (p: string) => string;

beforeAll(async () => {
  const articles: AnnotatedArticle[] = [];
  for await (const a of readArticles([SEEDS])) if (!isRejected(a)) articles.push(annotateArticle(a));
  analysis = analyzeArticles(articles);
  story = analysis.stories[0]!;
  byPrefix = (p) => articles.find((a) => path.basename(a.source).startsWith(p))!.id;
});

describe('seed articles: what a careful reader finds', () => {
  it('sees one story', () => {
    expect(analysis.stories).toHaveLength(1);
    expect(story.articleIds).toHaveLength(5);
  });

  it('groups the four rewrites of the CNN report and keeps the Axios/Politico roundup apart', () => {
    const families = story.families.map((f) => [...f.articleIds].sort());
    expect(families).toContainEqual(['000', '001', '002', '003'].map(byPrefix).sort());
    expect(families).toContainEqual([byPrefix('004')]);
    expect(story.families.find((f) => f.articleIds.length === 4)?.origin).toBe('CNN');
  });

  it('traces the 28-point plan to Axios and notes the hedge', () => {
    const plan = story.claims.find((c) => c.origins.includes('Axios') && /28/.test(c.text));
    expect(plan).toBeDefined();
    const hedge = story.conflicts.find((c) => c.kind === 'hedge');
    expect(hedge?.sides.map((s) => s.value).sort()).toEqual(['28', 'roughly 28']);
    expect(hedge?.sides.find((s) => s.value === 'roughly 28')?.statements[0]?.articleId).toBe(byPrefix('003'));
  });

  it('sees that "met Zelensky" and "due to meet Zelenskyy" disagree on status', () => {
    const status = story.conflicts.find((c) => c.kind === 'status');
    expect(status).toBeDefined();
    const articles = status!.sides.flatMap((s) => s.statements.map((x) => x.articleId));
    expect(articles).toContain(byPrefix('004'));
  });

  it('sees that "two top US army officials" understates a delegation others list by name', () => {
    const scope = story.conflicts.find((c) => c.kind === 'scope');
    expect(scope?.sides[0]?.value).toMatch(/two top US army officials/);
    expect(scope?.sides[0]?.statements[0]?.articleId).toBe(byPrefix('004'));
    expect(scope?.sides[1]?.statements.length).toBeGreaterThanOrEqual(2);
  });

  it('merges spellings and collects roles across outlets', () => {
    const zelensky = story.entities.find((e) => /Zelensky/.test(e.name))!;
    expect([zelensky.name, ...zelensky.aliases]).toEqual(expect.arrayContaining(['Volodymyr Zelensky', 'Volodymyr Zelenskyy']));
    const kyiv = story.entities.find((e) => e.name === 'Kyiv')!;
    expect(kyiv.aliases).toContain('Kiev');
    const driscoll = story.entities.find((e) => e.name === 'Dan Driscoll')!;
    expect(driscoll.roles).toEqual(expect.arrayContaining(['Army Secretary', 'Secretary of the Army']));
    expect(driscoll.articleIds).toHaveLength(5);
  });

  it("rests the Kremlin's denial on its spokesperson alone, not on the Axios report he was asked about", () => {
    const denial = story.claims.find((c) => c.statements.some((s) => /Peskov stated/.test(s.text)));
    expect(denial).toBeDefined();
    const asked = denial!.statements.find((s) => /Peskov stated/.test(s.text))!;
    expect(asked.attribution).toBe('Dmitry Peskov');
    // Peskov (Kremlin spokesperson) in one rewrite and "the Kremlin" in another: one source, within one family.
    expect(denial!.origins).toEqual(['Dmitry Peskov']);
    expect(denial!.status).toBe('single-source');
  });

  it("rests the Driscoll claim on the CNN report its copies share, not on the Army's words for the trip", () => {
    const visit = story.claims.find((c) => /Driscoll (?:led|arrived|reached)/.test(c.text) && c.articleIds.length >= 3);
    expect(visit?.origins).toEqual(['CNN']);
  });

  it('lists quotes with speakers, the sources cited and the loaded words in both reports', () => {
    const dossier = buildDossier(analysis);
    const md = renderMarkdown(dossier);
    expect(md).toMatch(/### Quotes\n\n[^#]*"no new developments" \(Dmitry Peskov\)/);
    expect(md).toMatch(/### Sources cited\n\n[^#]*\*\*Axios\*\* \(outlet\)/);
    expect(md).toMatch(/### Loaded language\n\n[^#]*"explosive" \(sensational\)/);
    const html = renderHtml(dossier);
    for (const section of ['Quotes', 'Sources cited', 'Loaded language']) expect(html).toContain(`<h3>${section}</h3>`);
    expect(html).toContain('<td>genocidal</td>');
  });

  it('counts corroboration across independent sources only', () => {
    for (const c of story.claims) {
      expect(c.independentSources).toBe(c.origins.length);
      if (c.status === 'corroborated') expect(c.independentSources).toBeGreaterThanOrEqual(2);
    }
    expect(story.claims.some((c) => c.status === 'corroborated')).toBe(true);
  });

  it('writes a brief of 5-10 sentences in the articles own words', () => {
    expect(story.brief.length).toBeGreaterThanOrEqual(5);
    expect(story.brief.length).toBeLessThanOrEqual(10);
    const all = new Map(analysis.articles.map((a) => [a.id, a.annotation.sentences.map((s) => s.text)]));
    for (const b of story.brief) {
      if (b.text.startsWith('Outlets differ')) continue;
      expect(b.articleIds.some((id) => all.get(id)!.includes(b.text))).toBe(true);
    }
  });

  it('validates against the dossier schema', () => {
    expect(loadDossierValidator()(JSON.parse(JSON.stringify(buildDossier(analysis)))).errors).toEqual([]);
  });
});
