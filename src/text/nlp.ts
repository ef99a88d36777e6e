import { readWithWink, type WinkReading } from './wink.ts';

export { lexiconPos, readWithWink, type WinkReading } from './wink.ts';

/**
 * wink-nlp's tokens, one column per property (index = token number), with character offsets into the analysed
 * text. Columns rather than one object per token: an article has ~1,000 tokens and these are read once, by
 * `splitSentences`, so the objects were only garbage to collect.
 */
export interface NlpTokens {
  /** The token as wink read it. */
  values: string[];
  /** The value in lower case, one string per word shared across articles (WinkReading.lower). */
  norms: string[];
  lemmas: string[];
  pos: string[];
  starts: Int32Array;
  ends: Int32Array;
  /** 1 for the line breaks wink emits as tokens: they keep their index (sentence ranges count them), no width. */
  space: Uint8Array;
  /**
   * 1 for a token that is its value verbatim in the text and holds none of the characters normalizeForAnalysis
   * writes (space, hyphen, quotation marks): so the value is also the text before normalising, at the same offsets.
   */
  plain: Uint8Array;
}

export interface NlpResult {
  tokens: NlpTokens;
  /** Sentences as token index ranges [first, last], inclusive. */
  sentenceTokenRanges: Array<[number, number]>;
}

/** How far ahead of the cursor a token may be found when wink did not report it verbatim. */
const MAX_TOKEN_SKIP = 8;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11;
}

/** `value.trim() === ''`, without the trim for the usual token that starts with a printable ASCII character. */
function isBlank(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  return value.trim() === '';
}

/**
 * Tokenises, tags and sentence-splits `text` with wink-nlp, and maps every token back to its offsets.
 *
 * wink-nlp reports tokens and their preceding spaces but no offsets; we recover offsets by searching each token's
 * value from a cursor, which stays correct even where wink folds runs of white space.
 *
 * runNlp('It rained. Then it stopped.').sentenceTokenRanges // [[0, 2], [3, 6]]
 */
export function runNlp(text: string): NlpResult {
  return readWithWink(text, (reading) => readTokens(reading, text));
}

function readTokens(reading: WinkReading, text: string): NlpResult {
  const n = reading.count;
  const values = new Array<string>(n);
  const norms = new Array<string>(n);
  const lemmas = new Array<string>(n);
  const pos = new Array<string>(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const space = new Uint8Array(n);
  const plain = new Uint8Array(n);
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    const value = reading.value(i) ?? '';
    values[i] = value;
    norms[i] = reading.lower(i);
    const whole = reading.wholeStart(i);
    if (whole >= 0) {
      // Found in place by the tokenizer: no need to read the value's characters to place it.
      lemmas[i] = reading.lemma(i) ?? value;
      pos[i] = reading.pos(i) ?? 'X';
      starts[i] = whole;
      ends[i] = cursor = reading.wholeEnd(i);
      plain[i] = reading.isPlainWhole(i) ? 1 : 0;
      continue;
    }
    if (isBlank(value)) {
      starts[i] = cursor;
      ends[i] = cursor;
      space[i] = 1;
      lemmas[i] = value;
      pos[i] = 'SPACE';
      continue;
    }
    lemmas[i] = reading.lemma(i) ?? value;
    pos[i] = reading.pos(i) ?? 'X';
    while (cursor < text.length && isSpace(text.charCodeAt(cursor))) cursor++;
    let at = cursor;
    if (!text.startsWith(value, cursor)) {
      // A token wink rewrote (rare) is not found verbatim: look a little ahead, else place it at the cursor.
      const found = text.indexOf(value, cursor);
      at = found >= 0 && found - cursor <= MAX_TOKEN_SKIP ? found : cursor;
    }
    const end = Math.min(text.length, at + value.length);
    starts[i] = at;
    ends[i] = end;
    cursor = end;
  }
  const sentenceTokenRanges = reading.sentences.map(([a, b]) => [a, b] as [number, number]);
  return { tokens: { values, norms, lemmas, pos, starts, ends, space, plain }, sentenceTokenRanges };
}
