import type { AnnotatedArticle } from '../pipeline.ts';
import type { PreparedArticle } from './align.ts';
import { prepareSentence } from './similarity.ts';
import { isClaimSentence } from './statements.ts';

const STOP = new Set('the a an and or of to in on at for with by from that this is are was were has have had be been as it its their his her they he she said says will would'.split(' '));

/** Lower-cased content words of a sentence, for cheap candidate filtering. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) if (!STOP.has(w) && w.length > 2) out.add(w);
  return out;
}

/** Prepares every claim sentence of an article once, for alignment and claim grouping. */
export function prepareArticle(article: AnnotatedArticle): PreparedArticle {
  const sentences = article.annotation.sentences
    .map((s, index) => ({ s, index }))
    .filter(({ s }) => isClaimSentence(s.text, s.heading))
    .map(({ s, index }) => ({ index, prepared: prepareSentence(s.text), words: contentWords(s.text) }));
  return { id: article.id, sentences };
}
