import winkNLP from 'wink-nlp';
import { memoize } from '../memo.ts';
import model from 'wink-eng-lite-web-model';

/**
 * wink-nlp's tokens, one column per property (index = token number), with character offsets into the analysed
 * text. Columns rather than one object per token: an article has ~1,000 tokens and these are read once, by
 * `splitSentences`, so the objects were only garbage to collect.
 */
export interface NlpTokens {
  /** The token as wink read it. */
  values: string[];
  lemmas: string[];
  pos: string[];
  starts: Int32Array;
  ends: Int32Array;
  /** 1 for the line breaks wink emits as tokens: they keep their index (sentence ranges count them), no width. */
  space: Uint8Array;
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

/** The part of wink's core model its cache writes to: the lexeme list and its text -> index hash. */
interface Lexemes {
  list: string[];
  hash: Record<string, number>;
}

// Loading the model takes ~0.3 s and 40 MB: do it once per process, on first use.
let nlp: ReturnType<typeof winkNLP> | null = null;
let lexemes: Lexemes | null = null;
let intrinsicLexemes = 0;

/**
 * Words wink may have learned before the model is loaded afresh (see forgetLearnedWords): each document adds its
 * out-of-vocabulary words again, ~100-300 for a news article, so this is about a thousand articles' worth (~20 MB),
 * and a fresh model (~0.3 s) is loaded that often.
 */
const MAX_LEARNED_LEXEMES = 200_000;

/** wink's lemmatiser: (normal form, POS, wink's cache) -> lemma. */
type Lemmatize = (value: string, pos: string, cache: unknown) => string;
const lemmatize = (model as unknown as { addons: { lemmatize: Lemmatize } }).addons.lemmatize;
/** Words remembered per part of speech before a memo starts over: a news vocabulary, a few MB in all. */
const MAX_LEMMA_ENTRIES = 20_000;
/** wink's cache argument for the lemma being worked out (see lemmatizeRemembered). */
let lemmaCache: unknown = null;
/** The parts of speech wink's lemmatiser rewrites (by suffix rules); any other word is its own lemma. */
const LEMMA_MEMOS = new Map(['NOUN', 'VERB', 'ADJ'].map((pos) => [pos, memoize((value) => lemmatize(value, pos, lemmaCache), MAX_LEMMA_ENTRIES)]));

/**
 * wink's lemmatiser, remembered per part of speech: it ran for every noun, verb and adjective (~0.06 ms an
 * article). Its suffix rules check candidates against the model's own vocabulary only (a learned word never
 * counts, see wink's cache.hasSamePOS), the same in every model instance, so a lemma depends on the word and its
 * POS alone: remembering it changes no output, whatever was read before.
 */
function lemmatizeRemembered(value: string, pos: string, cache: unknown): string {
  const memo = LEMMA_MEMOS.get(pos);
  if (memo === undefined) return lemmatize(value, pos, cache);
  lemmaCache = cache;
  return memo(value);
}

function getNlp(): ReturnType<typeof winkNLP> {
  if (nlp === null || (lexemes !== null && lexemes.list.length - intrinsicLexemes > MAX_LEARNED_LEXEMES)) {
    // Only sentence boundaries and POS (lemmas come with it): wink's default NER, negation and sentiment cost ~45%
    // of parsing time and nothing here reads them (measured in bench/annotate.ts). The core model is captured as
    // wink builds it, so the words it learns can be forgotten after each document.
    const capture = Object.assign(Object.create(null), model, {
      addons: Object.assign(Object.create(null), (model as unknown as { addons: object }).addons, { lemmatize: lemmatizeRemembered }),
      core: () => {
        const core = (model as unknown as { core: () => CoreModel }).core();
        lexemes = core.features.lexeme as Lexemes;
        intrinsicLexemes = lexemes.list.length;
        defaultPos = readDefaultPos(core, intrinsicLexemes);
        return core;
      },
    });
    nlp = winkNLP(capture, ['sbd', 'pos']);
  }
  return nlp;
}

/**
 * wink-nlp adds every out-of-vocabulary word it meets to its model's lexeme hash, and its tokenizer keeps a word
 * whole when the hash knows it: after one article wrote "than Clinton's." (learned whole, before the full stop),
 * every later "Clinton's response" stayed one token instead of "Clinton" + "'s", changing entities and citations.
 * The annotation of an article then depended on the articles read before it in the same process, so worker
 * threads and input order changed results. Forgetting the words a document added keeps each annotation a function
 * of its own text. The lexeme list keeps growing (indices stay valid; wink's feature table is indexed by them),
 * bounded by MAX_LEARNED_LEXEMES, past which the model is loaded afresh.
 */
function forgetLearnedWords(from: number): void {
  if (lexemes === null) return;
  for (let k = Math.max(from, intrinsicLexemes); k < lexemes.list.length; k++) {
    const word = lexemes.list[k]!;
    if (SPLITTABLE.test(word)) delete lexemes.hash[word];
  }
}

/**
 * Only words with a character the tokenizer may split at (an apostrophe, a full stop, a hyphen...) read
 * differently once learned; a word of letters and digits is one token either way, with the same features, and
 * stays learned: forgetting every word made wink relearn each article's names, ~30% of its time.
 */
const SPLITTABLE = /[^\p{L}\p{N}]/u;

/** The parts of wink's core model that hold each word's own part of speech. */
interface CoreModel {
  lexicon: Uint32Array | Int32Array | number[];
  packing: { size: number; layout: Record<string, [number, number, number, ...number[]]> };
  features: { lexeme: unknown; pos: { list: string[] } };
}

/** word -> its part of speech out of context, for the words of wink's own vocabulary (see lexiconPos). */
let defaultPos: ((word: string) => string | null) | null = null;

function readDefaultPos(core: CoreModel, intrinsic: number): (word: string) => string | null {
  const hash = (core.features.lexeme as Lexemes).hash;
  const [offset, mask, shift] = core.packing.layout.pos!;
  const size = core.packing.size;
  const names = core.features.pos.list;
  return (word) => {
    const index = hash[word];
    // A word wink learned from a document (index past its own vocabulary) is not part of the language model.
    if (index === undefined || index >= intrinsic) return null;
    return names[((core.lexicon[offset + index * size]! & mask) >>> shift) as number] ?? null;
  };
}

/**
 * The part of speech wink's English vocabulary gives `word` (lower-case) out of context, or null when the word is
 * not in that vocabulary: ~87,000 common words, few names ("smith" NOUN, "romney" null).
 *
 * lexiconPos('origin') // 'NOUN'
 */
export function lexiconPos(word: string): string | null {
  if (defaultPos === null) getNlp();
  return defaultPos!(word);
}

type Nlp = ReturnType<typeof winkNLP>;
/** A wink-nlp document and its property accessors, as readWink hands them over. */
export type WinkDoc = ReturnType<Nlp['readDoc']>;
export type WinkIts = Nlp['its'];

/**
 * Reads `text` with the shared wink-nlp instance and hands the document to `read`; the words wink learned from it
 * are forgotten afterwards (see forgetLearnedWords), so what `read` sees depends on `text` alone.
 *
 * readWink('It rained.', (doc, its) => doc.tokens().out(its.pos)) // ['PRON', 'VERB', 'PUNCT']
 */
export function readWink<T>(text: string, read: (doc: ReturnType<Nlp['readDoc']>, its: Nlp['its']) => T): T {
  const w = getNlp();
  const learnedBefore = lexemes?.list.length ?? 0;
  try {
    return read(w.readDoc(text), w.its);
  } finally {
    forgetLearnedWords(learnedBefore);
  }
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
  return readWink(text, (doc, its) => readTokens(doc, its, text));
}

function readTokens(doc: ReturnType<Nlp['readDoc']>, its: Nlp['its'], text: string): NlpResult {
  const tokens = doc.tokens();
  // wink's token type is not read: the one type we need, a line break, is a token of white space.
  const values = tokens.out(its.value) as string[];
  // biome-ignore lint/suspicious/noExplicitAny: wink-nlp types its.lemma with an addon signature out() does not accept
  const lemmas = tokens.out(its.lemma as any) as string[];
  const pos = tokens.out(its.pos) as string[];
  const n = values.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const space = new Uint8Array(n);
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i] ?? '';
    values[i] = value;
    if (isBlank(value)) {
      starts[i] = cursor;
      ends[i] = cursor;
      space[i] = 1;
      lemmas[i] = value;
      pos[i] = 'SPACE';
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
    starts[i] = at;
    ends[i] = end;
    lemmas[i] ??= value;
    pos[i] ??= 'X';
    cursor = end;
  }
  const sentenceTokenRanges = (doc.sentences().out(its.span) as Array<[number, number]>).map(
    ([a, b]) => [a, b] as [number, number],
  );
  return { tokens: { values, lemmas, pos, starts, ends, space }, sentenceTokenRanges };
}
