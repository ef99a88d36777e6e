import { compileLexicon } from './loaded/compile.ts';
import { LEXICON } from './loaded/lexicon/index.ts';
import { findQuotedStretches } from './loaded/quoted.ts';
import { scanText } from './loaded/scan.ts';
import { dropOverlapping, findSentenceIndex, mergeSpans } from './loaded/spans.ts';
import { normalizeForAnalysis } from './normalize.ts';
import type { Loaded, Sentence, Span } from './types.ts';

export type { LoadedKind } from './loaded/types.ts';

/** Compiled once: each call is then one pass over the words of the text. */
const TRIE = compileLexicon(LEXICON);

/**
 * Loaded words in the writer's own voice: sensational, combative, characterizing, epistemic, editorial and
 * label words, each with a note saying why. Words inside quotation marks are the speaker's and are skipped,
 * both inside `quoteSpans` (from the quote recogniser) and inside any quoted stretch of the text itself.
 * Offsets index `text` as given; `sentence` indexes `sentences` (-1 when there are none).
 *
 * @example
 * findLoaded('Explosive new reports say so.', [{ start: 0, end: 29, text: '...', heading: false }])
 * // -> [{ start: 0, end: 9, text: 'Explosive', kind: 'sensational', sentence: 0, note: '...' }]
 */
export function findLoaded(text: string, sentences: Sentence[], quoteSpans: Span[] = []): Loaded[] {
  // Length-preserving, so offsets into `analysis` are offsets into `text` (curly apostrophes become "'").
  const analysis = normalizeForAnalysis(text);
  const quoted = mergeSpans([...quoteSpans, ...findQuotedStretches(text)]);
  const hits = dropOverlapping(scanText(analysis, TRIE), quoted);
  return hits.map((hit) => ({
    start: hit.start,
    end: hit.end,
    text: text.slice(hit.start, hit.end),
    kind: hit.entry.kind,
    sentence: findSentenceIndex(sentences, hit.start),
    note: hit.entry.note,
  }));
}
