import { findCites, outletReferredTo } from './cites.ts';
import { findEntities } from './entities.ts';
import { findLoaded } from './loaded.ts';
import { findQuotes, findQuoteSpans } from './quotes.ts';
import { splitSentences } from './sentences.ts';
import { findTimes } from './times.ts';
import type { Annotation, Span } from './types.ts';

export interface AnnotateOptions {
  /** Boilerplate spans to leave out (from cleaning). */
  removed?: Span[];
  /** Headline and heading line spans. */
  headings?: Span[];
  /** Reference date for time expressions (ISO); null leaves relative dates unresolved. */
  published?: string | null;
}

/**
 * Annotates one article body: sentences, tokens, entities, time expressions, quotes, citations, loaded language.
 * Every offset indexes `text` as given.
 *
 * annotateText('Axios reported on Tuesday that ...', { published: '2025-11-20' }).cites[0].name // 'Axios'
 */
export function annotateText(text: string, options: AnnotateOptions = {}): Annotation {
  // 1. sentences and tokens (wink-nlp), on the normalised text with boilerplate blanked
  const { sentences, tokens, analysisText } = splitSentences(text, { removed: options.removed, headings: options.headings });
  // 2. entities with aliases and roles
  const { mentions, entities } = findEntities(analysisText, tokens, sentences);
  const names = new Map(entities.map((e) => [e.id, e.name]));
  // 3. quotations and their speakers
  const quoteSpans = findQuoteSpans(analysisText);
  const quotes = findQuotes(analysisText, sentences, mentions, names, quoteSpans);
  // 4. citations of reporting
  const cites = findCites(analysisText, sentences, mentions, entities, quoteSpans);
  // '"...," the paper said': the outlet the description refers back to, as the citations read it.
  for (const q of quotes) if (q.speaker) q.speaker = outletReferredTo(cites, q.start, q.speaker) ?? q.speaker;
  // 5. time expressions, resolved against the publication date
  const times = findTimes(analysisText, sentences, options.published ?? null);
  // 6. loaded language outside quotations
  const loaded = findLoaded(analysisText, sentences, quoteSpans);
  // The recognisers read the normalised text; what they report is the text as read. Their results are fresh
  // objects no step reads any more, so the text is set in place rather than copied into new objects.
  setTextAsRead(text, mentions);
  setTextAsRead(text, times);
  setTextAsRead(text, quotes);
  setTextAsRead(text, loaded);
  return { sentences, tokens, entities: mentions, entityIndex: entities, times, quotes, cites, loaded };
}

function setTextAsRead(text: string, spans: Array<Span & { text: string }>): void {
  for (const s of spans) s.text = text.slice(s.start, s.end);
}
