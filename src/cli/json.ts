import type { Article } from '../extract/types.ts';
import type { AnnotatedArticle } from '../pipeline.ts';

/** The article's body without the boilerplate spans, paragraphs kept. */
export function cleanBody(article: Article): string {
  let out = '';
  let at = 0;
  for (const r of article.removedSpans) {
    if (r.start < at) continue;
    out += article.text.slice(at, r.start);
    at = r.end;
  }
  out += article.text.slice(at);
  return out.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** `extract` output line: `{source, title, byline, published, outlet, url, text}` plus id, language, removed. */
export function toExtractJson(a: Article): Record<string, unknown> {
  return {
    id: a.id,
    source: a.source,
    title: a.title,
    byline: a.byline,
    published: a.published,
    outlet: a.outlet,
    url: a.url,
    language: a.language,
    text: cleanBody(a),
    removed: a.removed,
  };
}

/** `annotate` output: every offset indexes `text`, the article text as read. */
export function toAnnotateJson(a: AnnotatedArticle): Record<string, unknown> {
  const n = a.annotation;
  return {
    id: a.id,
    source: a.source,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    language: a.language,
    text: a.text,
    removed: a.removedSpans.map((r) => ({ start: r.start, end: r.end, text: a.text.slice(r.start, r.end), reason: r.reason })),
    sentences: n.sentences.map((s) => ({ start: s.start, end: s.end, text: s.text, ...(s.heading ? { heading: true } : {}) })),
    entities: n.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, entityId: e.entityId, ...(e.role ? { role: e.role } : {}) })),
    entityIndex: n.entityIndex,
    times: n.times.map((t) => ({ start: t.start, end: t.end, text: t.text, date: t.date })),
    quotes: n.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker })),
    cites: n.cites.map((c) => ({ start: c.start, end: c.end, name: c.name, kind: c.kind })),
    loaded: n.loaded.map((l) => ({ start: l.start, end: l.end, text: l.text, kind: l.kind, ...(l.note ? { note: l.note } : {}) })),
    tokens: n.tokens.length,
  };
}
