import { countDocument } from './features.ts';
import type { StoryInput } from './types.ts';
import { Vocabulary } from './vocabulary.ts';

/**
 * Document frequencies of words and entity keys over a set of articles, to seed a clusterer's IDF
 * (`StoryOptions.background`).
 */
export function countDocumentFrequencies(docs: StoryInput[]): { documents: number; df: Map<string, number> } {
  const vocab = new Vocabulary();
  const df = new Map<string, number>();
  for (const doc of docs) {
    const counts = countDocument(doc, vocab);
    for (const id of [...counts.terms.ids, ...counts.entities.ids]) {
      const term = vocab.term(id);
      df.set(term, (df.get(term) ?? 0) + 1);
    }
  }
  return { documents: docs.length, df };
}
