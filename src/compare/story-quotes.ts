import { memoize } from '../memo.ts';
import type { AnnotatedArticle } from '../pipeline.ts';
import type { StoryEntity, StoryQuote } from './types.ts';

/** Quotes shorter than this many words are scare quotes or labels ("fact-finding mission"), kept but not compared. */
const MIN_COMPARED_WORDS = 4;

/** A quote's words, lower-cased: what two quotes are compared by. Remembered, as wire copies repeat each quote. */
const keyOf = memoize((text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim(), 20_000);

/** One quotation across articles: the same words (or one quoted inside the other), with every speaker given. */
export function mergeQuotes(articles: AnnotatedArticle[], entities: StoryEntity[]): StoryQuote[] {
  // `long`: the key has enough words for containment to count. A quote joins the first group of its key or, when
  // both are long, the first that contains it or that it contains; worked out once per key (groups are only added
  // after the others, so the first match stays first), as wire copies repeat each quote across the story.
  type Group = { key: string; long: boolean; quote: StoryQuote; speakers: Map<string, number>; sentences: Map<string, Set<number>> };
  const groups: Group[] = [];
  const longGroups: Group[] = [];
  const groupOf = new Map<string, Group>();
  for (const a of articles) {
    for (const q of a.annotation.quotes) {
      const key = keyOf(q.text);
      if (!key) continue;
      const long = key.split(' ').length >= MIN_COMPARED_WORDS;
      let g = groupOf.get(key) ?? (long ? longGroups.find((x) => x.key.includes(key) || key.includes(x.key)) : undefined);
      if (!g) {
        const quote: StoryQuote = { id: `quote-${groups.length + 1}`, text: q.text, speaker: null, speakerEntityId: null, statements: [] };
        g = { key, long, quote, speakers: new Map(), sentences: new Map() };
        groups.push(g);
        if (long) longGroups.push(g);
      }
      groupOf.set(key, g);
      const sentence = a.annotation.sentences[q.sentence]?.text ?? q.text;
      // One statement per sentence of an article, however many times it quotes the words.
      const quoting = g.sentences.get(a.id) ?? new Set<number>();
      if (quoting.has(q.sentence)) continue;
      g.sentences.set(a.id, quoting.add(q.sentence));
      g.quote.statements.push({ articleId: a.id, sentence: q.sentence, text: sentence, attribution: q.speaker, attributionKind: q.speaker ? 'person' : null, modality: 'quoted' });
      if (q.speaker) g.speakers.set(q.speaker, (g.speakers.get(q.speaker) ?? 0) + 1);
    }
  }
  return groups.map(({ quote, speakers, long }) => {
    const ranked = [...speakers.entries()].sort((x, y) => y[1] - x[1]).map(([s]) => s);
    const speaker = ranked[0] ?? null;
    const entity = speaker ? entities.find((e) => e.name === speaker || e.aliases.includes(speaker)) : undefined;
    // Different named people for the same words is a conflict; "the Kremlin" and its spokesman are not, nor are
    // scare quotes of a few words that several people may well have said.
    const distinct = long ? distinctSpeakers(ranked, entities).filter((sp) => isPerson(sp, entities)) : [];
    return { ...quote, speaker: entity?.name ?? speaker, speakerEntityId: entity?.id ?? null, ...(distinct.length > 1 ? { speakers: distinct } : {}) };
  });
}

function isPerson(name: string, entities: StoryEntity[]): boolean {
  const e = entities.find((x) => x.name === name || x.aliases.includes(name));
  return e?.type === 'person';
}

/** Speakers that are different people: spellings and forms of one entity count once. */
function distinctSpeakers(speakers: string[], entities: StoryEntity[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of speakers) {
    const e = entities.find((x) => x.name === s || x.aliases.includes(s));
    const key = e?.id ?? s.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(e?.name ?? s);
    }
  }
  return out;
}
