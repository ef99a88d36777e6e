import type { AnnotatedArticle } from '../pipeline.ts';
import type { StoryEntity, StoryQuote } from './types.ts';

/** Quotes shorter than this many words are scare quotes or labels ("fact-finding mission"), kept but not compared. */
const MIN_COMPARED_WORDS = 4;

function keyOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** One quotation across articles: the same words (or one quoted inside the other), with every speaker given. */
export function mergeQuotes(articles: AnnotatedArticle[], entities: StoryEntity[]): StoryQuote[] {
  // `long`: the key has enough words for containment to count; worked out once per group, as every quote is
  // compared with every group.
  const groups: Array<{ key: string; long: boolean; quote: StoryQuote; speakers: Map<string, number> }> = [];
  for (const a of articles) {
    for (const q of a.annotation.quotes) {
      const key = keyOf(q.text);
      if (!key) continue;
      const long = key.split(' ').length >= MIN_COMPARED_WORDS;
      let g = groups.find((x) => x.key === key || (long && x.long && (x.key.includes(key) || key.includes(x.key))));
      if (!g) {
        g = { key, long, quote: { id: `quote-${groups.length + 1}`, text: q.text, speaker: null, speakerEntityId: null, statements: [] }, speakers: new Map() };
        groups.push(g);
      }
      const sentence = a.annotation.sentences[q.sentence]?.text ?? q.text;
      if (g.quote.statements.some((s) => s.articleId === a.id && s.sentence === q.sentence)) continue;
      g.quote.statements.push({ articleId: a.id, sentence: q.sentence, text: sentence, attribution: q.speaker, attributionKind: q.speaker ? 'person' : null, modality: 'quoted' });
      if (q.speaker) g.speakers.set(q.speaker, (g.speakers.get(q.speaker) ?? 0) + 1);
    }
  }
  return groups.map(({ quote, speakers }) => {
    const ranked = [...speakers.entries()].sort((x, y) => y[1] - x[1]).map(([s]) => s);
    const speaker = ranked[0] ?? null;
    const entity = speaker ? entities.find((e) => e.name === speaker || e.aliases.includes(speaker)) : undefined;
    // Different named people for the same words is a conflict; "the Kremlin" and its spokesman are not, nor are
    // scare quotes of a few words that several people may well have said.
    const long = keyOf(quote.text).split(' ').length >= MIN_COMPARED_WORDS;
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
