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
  const cites = bySentence(n.cites);
  const quotes = quoteBySentence(n.quotes, n.sentences);
  n.sentences.forEach((s, i) => {
    if (!isClaimSentence(s.text, s.heading)) return;
    const all = cites.get(i);
    const phraseSources = all?.filter((c) => isPhraseSource(c, s));
    const cite = mainCite(phraseSources?.length ? all!.filter((c) => !phraseSources.includes(c)) : all, s);
    const quote = quotes.get(i);
    const quoted = quote !== undefined && quote.text.length > s.text.length * 0.6;
    // A short quotation given to a phrase's source ('what the Army described as "a fact-finding mission"') is
    // that phrase, not the sentence's source.
    const speaker = !quoted && phraseSources?.some((c) => c.name === quote?.speaker) ? null : (quote?.speaker ?? null);
    out.push({
      articleId: article.id,
      sentence: i,
      text: s.text,
      attribution: cite?.name ?? speaker,
      attributionKind: cite?.kind ?? (speaker ? 'person' : null),
      modality: readModality(s.text, quoted),
    });
  });
  return out;
}

/**
 * The first quote over each sentence: a quotation running over several sentences ("We've heard a lot... I've built
 * a business...," Bloomberg said) gives its speaker to each of them, not only to the one it opens in.
 */
function quoteBySentence<T extends { sentence: number; start: number; end: number }>(quotes: T[], sentences: Array<{ start: number }>): Map<number, T> {
  const out = new Map<number, T>();
  for (const q of quotes) {
    for (let k = Math.max(0, q.sentence); k < sentences.length && (k === q.sentence || sentences[k]!.start < q.end); k++) {
      if (!out.has(k)) out.set(k, q);
    }
  }
  return out;
}

/**
 * "what the Army described as", "which Russian sources characterized as": the source of a phrase inside the
 * sentence, not of what the sentence reports ("Driscoll arrived in Ukraine on what the Army described as a
 * 'fact-finding mission'" rests on the reporter, not the Army).
 */
const PHRASE_SOURCE_BEFORE = /\b(?:what|which)\s+(?:the\s+|a\s+|an\s+)?$/i;
const PHRASE_SOURCE_AFTER = /^\s*(?:(?:has|had|have)\s+)?(?:described|characteri[sz]ed|called|termed|dubbed|labell?ed|billed)\b/i;

function isPhraseSource(cite: { start: number; end: number }, sentence: { start: number; text: string }): boolean {
  const at = cite.start - sentence.start;
  const end = cite.end - sentence.start;
  return PHRASE_SOURCE_BEFORE.test(sentence.text.slice(Math.max(0, at - 12), at)) && PHRASE_SOURCE_AFTER.test(sentence.text.slice(end, end + 30));
}

/** Each sentence's items, in order. */
function bySentence<T extends { sentence: number }>(items: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const x of items) {
    const list = out.get(x.sentence);
    if (list) list.push(x);
    else out.set(x.sentence, [x]);
  }
  return out;
}

/** A speech verb (after an optional adverb) right after a source's name: the name is the clause's subject. */
const SPEAKS_NEXT = /^[\s,]*(?:(?:also|first|later|earlier|previously|separately|then|has|had|have|was|were|is|are)\s+)?(?:said|says|say|told|tells|stated|states|reported|reports|wrote|writes|noted|notes|confirmed|confirms|announced|announces|added|adds|claimed|claims|insisted|warned|warns|argued|declared|posted|tweeted|described|characteri[sz]ed|denied|denies|explained|acknowledged|downplayed|played down)\b/i;
/** The words right before a source that make it the sentence's source ("according to X", "citing X", "told X"). */
const SOURCE_BEFORE = /(?:according to|citing|told|in an interview with|speaking to|spoke to)\s+(?:the\s+|a\s+|an\s+)?$/i;

/**
 * The source a sentence rests on: the first citation that is the subject of a speech verb or follows "according to"
 * ("When questioned about the Axios report, Kremlin spokesperson Dmitry Peskov stated ..." rests on Peskov, not
 * on the report the question was about), else the first citation.
 */
function mainCite<T extends { start: number; end: number }>(cites: T[] | undefined, sentence: { start: number; text: string }): T | undefined {
  if (!cites || cites.length < 2) return cites?.[0];
  const direct = cites.find((c) => {
    const at = c.start - sentence.start;
    const end = c.end - sentence.start;
    return SPEAKS_NEXT.test(sentence.text.slice(end, end + 40)) || SOURCE_BEFORE.test(sentence.text.slice(Math.max(0, at - 30), at));
  });
  return direct ?? cites[0];
}
