import type { Dossier } from './build.ts';

type Story = Dossier['stories'][number];

/** One source a story's articles attribute reporting to, with the articles that cite it. */
export interface CitedSource {
  name: string;
  kind: string;
  articleIds: string[];
}

/** One loaded word or phrase, with its kind, the articles that use it and a sentence it is used in. */
export interface LoadedUse {
  text: string;
  kind: string;
  articleIds: string[];
  example: string;
}

/** One quotation of a story, with its speaker and the articles that carry it. */
export interface StoryQuote {
  text: string;
  speaker: string | null;
  /** Every speaker the articles give for these words, when they disagree. */
  speakers: string[];
  articleIds: string[];
}

function articlesOf(d: Dossier, s: Story): Dossier['articles'] {
  const ids = new Set(s.articleIds);
  return d.articles.filter((a) => ids.has(a.id));
}

/** Most articles first (what most of the coverage rests on leads), ties in the order given. */
function byReach<T extends { articleIds: string[] }>(items: T[]): T[] {
  return items.sort((a, b) => b.articleIds.length - a.articleIds.length);
}

/**
 * The outlets, agencies, officials, documents and anonymous sources the story's articles cite, each once per
 * name (the story's name for it) and kind.
 *
 * citedSources(dossier, story)[0] // { name: 'CNN', kind: 'outlet', articleIds: ['a1', 'a2'] }
 */
export function citedSources(d: Dossier, s: Story): CitedSource[] {
  // One source under the story's name for it: its entities join spellings ("Tomas Reuel", "Tomás Reuel").
  const canonical = new Map<string, string>();
  for (const e of s.entities) for (const n of [e.name, ...e.aliases]) canonical.set(n.toLowerCase(), e.name);
  const out = new Map<string, CitedSource>();
  for (const a of articlesOf(d, s)) {
    for (const c of a.cites ?? []) {
      // "the hospital" and "hospital" are one source.
      const bare = c.name.replace(/^the\s+/i, '');
      const name = canonical.get(bare.toLowerCase()) ?? bare;
      const key = `${name.toLowerCase()}\u0000${c.kind ?? ''}`;
      const entry = out.get(key) ?? { name, kind: c.kind ?? 'source', articleIds: [] };
      if (!entry.articleIds.includes(a.id)) entry.articleIds.push(a.id);
      out.set(key, entry);
    }
  }
  return byReach([...out.values()]);
}

/**
 * The loaded words of the story's articles (outside quotations, as annotated), each once per lower-cased wording
 * and kind, with the first sentence that uses it.
 */
export function loadedUses(d: Dossier, s: Story): LoadedUse[] {
  const out = new Map<string, LoadedUse>();
  for (const a of articlesOf(d, s)) {
    for (const l of a.loaded ?? []) {
      const key = `${l.text.toLowerCase()}\u0000${l.kind ?? ''}`;
      const entry = out.get(key) ?? { text: l.text, kind: l.kind ?? 'loaded', articleIds: [], example: a.sentences[l.sentence] ?? '' };
      if (!entry.articleIds.includes(a.id)) entry.articleIds.push(a.id);
      out.set(key, entry);
    }
  }
  return byReach([...out.values()]);
}

/** The story's quotations, those carried by most articles first. */
export function storyQuotes(s: Story): StoryQuote[] {
  const quotes = s.quotes.map((q) => ({
    text: q.text,
    speaker: q.speaker,
    speakers: q.speakers && q.speakers.length > 1 ? q.speakers : [],
    articleIds: [...new Set(q.statements.map((st) => st.articleId))],
  }));
  return byReach(quotes);
}
