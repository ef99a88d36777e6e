import { memoize } from '../memo.ts';
import type { AnnotatedArticle } from '../pipeline.ts';
import type { Modality, Statement } from './types.ts';

/** Sentences shorter than this many words are datelines, captions or fragments, not claims. */
export const MIN_CLAIM_WORDS = 6;

const PLANNED = /\b(will|is|are|was|were) (?:due|set|scheduled|slated|planning|poised) to\b|\bwill\b|\bplans? to\b|\bplanned to\b|\bintends? to\b/i;
const EXPECTED = /\b(?:is|are|was|were) expected to\b|\bexpects?\b|\blikely to\b/i;
const DENIED = /\b(denied|denies|deny|rejected reports?|dismissed reports?|no new developments|played down|downplayed)\b/i;
const HEDGED = /\b(reportedly|allegedly|appears? to|appeared to|roughly|about|around|nearly|approximately|some|may|might|could|possibly|unclear|it is understood)\b/i;
const REPORTED = /\b(reported|reports|according to|said|says|told|citing|cited|confirmed|claimed|claims|wrote|posted)\b/i;

/**
 * Sentences remembered for the tests below: wire copies repeat a sentence word for word across a story's
 * articles (a 51-article synthetic story has 2,020 claim sentences and 209 distinct ones).
 */
const MAX_MEMO_SENTENCES = 20_000;

/** How a sentence states what it states: asserted, reported, planned, expected, denied, hedged or quoted. */
export function readModality(text: string, quoted: boolean): Modality {
  return quoted ? modalityQuoted(text) : modalityUnquoted(text);
}
const modalityQuoted = memoize((text) => computeModality(text, true), MAX_MEMO_SENTENCES);
const modalityUnquoted = memoize((text) => computeModality(text, false), MAX_MEMO_SENTENCES);

function computeModality(text: string, quoted: boolean): Modality {
  if (DENIED.test(text)) return 'denied';
  if (EXPECTED.test(text)) return 'expected';
  if (PLANNED.test(text)) return 'planned';
  if (quoted) return 'quoted';
  if (HEDGED.test(text)) return 'hedged';
  if (REPORTED.test(text)) return 'reported';
  return 'asserted';
}

/** Whether a sentence can carry a claim: a body sentence (not a heading) with enough words. */
export function isClaimSentence(text: string, heading: boolean): boolean {
  return !heading && hasClaimWords(text);
}
const hasClaimWords = memoize((text) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= MIN_CLAIM_WORDS, MAX_MEMO_SENTENCES);

/**
 * The statements an article makes: each body sentence with who the article says it comes from (the first
 * citation in the sentence, else the speaker of a quote in it) and its modality.
 */
export function readStatements(article: AnnotatedArticle): Statement[] {
  const n = article.annotation;
  const out: Statement[] = [];
  const cites = firstBySentence(n.cites);
  const quotes = firstBySentence(n.quotes);
  n.sentences.forEach((s, i) => {
    if (!isClaimSentence(s.text, s.heading)) return;
    const cite = cites.get(i);
    const quote = quotes.get(i);
    const quoted = quote !== undefined && quote.text.length > s.text.length * 0.6;
    out.push({
      articleId: article.id,
      sentence: i,
      text: s.text,
      attribution: cite?.name ?? quote?.speaker ?? null,
      attributionKind: cite?.kind ?? (quote?.speaker ? 'person' : null),
      modality: readModality(s.text, quoted),
    });
  });
  return out;
}

/** The first item of each sentence (what `items.find((x) => x.sentence === i)` gives), found in one pass. */
function firstBySentence<T extends { sentence: number }>(items: T[]): Map<number, T> {
  const out = new Map<number, T>();
  for (const x of items) if (!out.has(x.sentence)) out.set(x.sentence, x);
  return out;
}
