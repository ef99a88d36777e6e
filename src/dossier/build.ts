import { pickMetadata } from '../extract/article.ts';
import type { Analysis } from '../analyze.ts';
import type { Statement, StoryAnalysis } from '../compare/types.ts';
import type { AnnotatedArticle } from '../pipeline.ts';

/** The dossier written by `analyze --format json`: follows shared/dossier.schema.json (schemaVersion 1). */
export interface Dossier {
  schemaVersion: 1;
  generatedAt: string;
  articles: DossierArticle[];
  stories: ReturnType<typeof toStory>[];
  rejected: Array<{ source: string; reason: string; code?: string }>;
  duplicates: Array<{ source: string; duplicateOf: string }>;
}

export type DossierArticle = ReturnType<typeof toArticle>;
export type DossierStory = ReturnType<typeof toStory>;

export function toArticle(a: AnnotatedArticle) {
  const n = a.annotation;
  const cites = new Map<string, { name: string; kind: string; sentences: number[] }>();
  for (const c of n.cites) {
    const key = `${c.name}|${c.kind}`;
    const entry = cites.get(key) ?? { name: c.name, kind: c.kind, sentences: [] };
    if (!entry.sentences.includes(c.sentence)) entry.sentences.push(c.sentence);
    cites.set(key, entry);
  }
  return {
    ...pickMetadata(a),
    ...(a.warnings.length ? { warnings: a.warnings } : {}),
    sentences: n.sentences.map((s) => s.text),
    headingSentences: n.sentences.flatMap((s, i) => (s.heading ? [i] : [])),
    removed: a.removed,
    cites: [...cites.values()],
    loaded: n.loaded.filter((l) => l.sentence >= 0).map((l) => ({ sentence: l.sentence, text: l.text, kind: l.kind, ...(l.note ? { note: l.note } : {}) })),
  };
}

const statement = (s: Statement) => ({ articleId: s.articleId, sentence: s.sentence, text: s.text, attribution: s.attribution, modality: s.modality });

export function toStory(s: StoryAnalysis) {
  return {
    id: s.id,
    title: s.title,
    articleIds: s.articleIds,
    families: s.families.map((f) => ({ id: `${s.id}-${f.id}`, articleIds: f.articleIds, origin: f.origin, evidence: f.evidence, alignments: f.alignments })),
    claims: s.claims.map((c) => ({ ...c, statements: c.statements.map(statement) })),
    conflicts: s.conflicts.map((c) => ({ ...c, sides: c.sides.map((side) => ({ value: side.value, statements: side.statements.map(statement) })) })),
    entities: s.entities.map((e) => ({ ...e, id: `${s.id}-${e.id}` })),
    quotes: s.quotes.map((q) => ({ ...q, id: `${s.id}-${q.id}`, speakerEntityId: q.speakerEntityId ? `${s.id}-${q.speakerEntityId}` : null, statements: q.statements.map(statement) })),
    timeline: s.timeline,
    brief: s.brief,
    notAnalysed: s.notAnalysed,
  };
}

/** Assembles the dossier from an analysis; `now` is injectable so tests can pin `generatedAt`. */
export function buildDossier(analysis: Analysis, now: Date = new Date()): Dossier {
  return { ...buildDossierHead(analysis, now), articles: analysis.articles.map(toArticle), stories: analysis.stories.map(toStory) };
}

/**
 * The dossier with its two long lists left as lazy sequences, in the same key order, so a writer can turn one
 * article or story at a time into JSON (see json.ts) instead of building them all first.
 */
export function buildDossierLazily(analysis: Analysis, now: Date = new Date()): LazyDossier {
  return { ...buildDossierHead(analysis, now), articles: lazily(analysis.articles, toArticle), stories: lazily(analysis.stories, toStory) };
}

/** A list mapped item by item as it is read. */
export interface Lazy<T> {
  length: number;
  items(): Iterable<T>;
}

export type LazyDossier = Omit<Dossier, 'articles' | 'stories'> & { articles: Lazy<Dossier['articles'][number]>; stories: Lazy<Dossier['stories'][number]> };

function lazily<S, T>(source: S[], map: (s: S) => T): Lazy<T> {
  return {
    length: source.length,
    *items() {
      for (const s of source) yield map(s);
    },
  };
}

function buildDossierHead(analysis: Analysis, now: Date) {
  return {
    schemaVersion: 1 as const,
    generatedAt: now.toISOString(),
    articles: [] as Dossier['articles'],
    stories: [] as Dossier['stories'],
    rejected: analysis.rejected.map((r) => ({ source: r.source, reason: r.reason, code: r.code })),
    duplicates: analysis.duplicates,
  };
}
