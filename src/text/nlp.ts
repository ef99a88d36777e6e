import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from './types.ts';

/** A token from wink-nlp with character offsets into the analysed text. */
export interface RawToken extends Span {
  value: string;
  lemma: string;
  pos: string;
  type: string;
}

export interface NlpResult {
  tokens: RawToken[];
  /** Sentences as token index ranges [first, last], inclusive. */
  sentenceTokenRanges: Array<[number, number]>;
}

/** How far ahead of the cursor a token may be found when wink did not report it verbatim. */
const MAX_TOKEN_SKIP = 8;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11;
}

// Loading the model takes ~0.3 s and 40 MB: do it once per process, on first use.
let nlp: ReturnType<typeof winkNLP> | null = null;

function getNlp(): ReturnType<typeof winkNLP> {
  // Only sentence boundaries and POS (lemmas come with it): wink's default NER, negation and sentiment cost ~45%
  // of parsing time and nothing here reads them (measured in bench/annotate.ts).
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/**
 * Tokenises, tags and sentence-splits `text` with wink-nlp, and maps every token back to its offsets.
 *
 * wink-nlp reports tokens and their preceding spaces but no offsets; we recover offsets by searching each token's
 * value from a cursor, which stays correct even where wink folds runs of white space.
 */
export function runNlp(text: string): NlpResult {
  const w = getNlp();
  const its = w.its;
  const doc = w.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  // biome-ignore lint/suspicious/noExplicitAny: wink-nlp types its.lemma with an addon signature out() does not accept
  const lemmas = doc.tokens().out(its.lemma as any) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const tokens: RawToken[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    if (value.trim() === '') {
      // wink emits line breaks as tokens: keep the index (sentence ranges count them) but give it no width.
      tokens.push({ start: cursor, end: cursor, value, lemma: value, pos: 'SPACE', type: 'space' });
      continue;
    }
    while (cursor < text.length && isSpace(text.charCodeAt(cursor))) cursor++;
    let at = cursor;
    if (!text.startsWith(value, cursor)) {
      // A token wink rewrote (rare) is not found verbatim: look a little ahead, else place it at the cursor.
      const found = text.indexOf(value, cursor);
      at = found >= 0 && found - cursor <= MAX_TOKEN_SKIP ? found : cursor;
    }
    const end = Math.min(text.length, at + value.length);
    tokens.push({ start: at, end, value, lemma: lemmas[i] ?? value, pos: pos[i] ?? 'X', type: types[i] ?? 'word' });
    cursor = end;
  }
  const sentenceTokenRanges = (doc.sentences().out(its.span) as Array<[number, number]>).map(
    ([a, b]) => [a, b] as [number, number],
  );
  return { tokens, sentenceTokenRanges };
}
