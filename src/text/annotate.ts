import { findCites } from './cites.ts';
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
  const quotes = findQuotes(analysisText, sentences, mentions, names);
  const quoteSpans = findQuoteSpans(analysisText);
  // 4. citations of reporting
  const cites = findCites(analysisText, sentences, mentions, entities, quoteSpans);
  // 5. time expressions, resolved against the publication date
  const times = findTimes(analysisText, sentences, options.published ?? null).map((t) => ({ ...t, text: text.slice(t.start, t.end) }));
  // 6. loaded language outside quotations
  const loaded = findLoaded(analysisText, sentences, quoteSpans).map((l) => ({ ...l, text: text.slice(l.start, l.end) }));
  const withText = <T extends Span & { text: string }>(x: T): T => ({ ...x, text: text.slice(x.start, x.end) });
  return {
    sentences,
    tokens,
    entities: mentions.map(withText),
    entityIndex: entities,
    times,
    quotes: quotes.map((q) => ({ ...q, text: text.slice(q.start, q.end) })),
    cites,
    loaded,
  };
}
