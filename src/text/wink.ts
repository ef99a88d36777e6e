import { createRequire } from 'node:module';
import model from 'wink-eng-lite-web-model';
import { FNV_OFFSET, FNV_PRIME, hashRange } from '../hash.ts';
import { memoize } from '../memo.ts';
import { PatternMachine } from './wink-machine.ts';

/**
 * wink-nlp's tokenizer, sentence splitter and POS tagger, driven here from its own modules rather than through
 * `winkNLP(model).readDoc`: readDoc wraps every document in an API object (~100 closures) and `out()` reads each
 * token property through a checked mapper, which together cost ~0.3 ms of a 5 KB article's ~1.5 ms. The steps
 * below are readDoc's, in its order, with its tokenizer, cache, transformers and setters; the model's sentence
 * and tagger machines run on tables of ours (wink-machine.ts). The tokens, tags, lemmas and sentences are the
 * ones readDoc gives (checked token by token in wink.test.ts). wink-nlp and its model are pinned to exact
 * versions in package.json, since this leans on their internal modules.
 */

const require = createRequire(import.meta.url);

/** wink's per-document data: its tokens are 4 numbers each (lexeme, spaces/expansion, POS + lemma, negation). */
interface Rdd {
  cache: WinkCache;
  tokens: number[];
  sentences: number[][];
  markings: unknown[];
  currPipe: Record<string, boolean>;
  nonBreakingSpaces: Record<number, string>;
  numOfTokens: number;
  document: number[];
  wordVectors: null;
}
interface WinkCache {
  value(index: number): string;
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  property(index: number, prop: string): unknown;
  normal(index: number): number;
  nox(binaryWord: number): number;
  posOf(index: number): number;
  mappedSpelling(index: number): number;
}
interface DocWrapper {
  clean(): void;
  /** wink's cache lookup of a token, added (expanded, for a contraction) when found: falsy when not found. */
  _addTokenIfInCache(text: string, precedingSpaces: number, nbsp: string | null): number;
}
interface Machines {
  machines: unknown[];
  transformers: unknown[];
  setter: (...args: unknown[]) => void;
  updater?: (...args: unknown[]) => void;
}
/** A model's token transformer, applied by a machine before each step: (token, cache, document tokens, index). */
type Transform = (token: number | string, cache: WinkCache, raw: number[], index: number) => number | string;
type ItsFn = (index: number, rdd: Rdd, addons?: unknown) => unknown;

const createCache = require('wink-nlp/src/cache.js') as (core: unknown, featureFn: unknown) => WinkCache;
const createTokenizer = require('wink-nlp/src/tokenizer.js') as (trex: unknown, tcat: unknown, preserve: unknown) => (doc: DocWrapper, text: string) => void;
const compileTRex = require('wink-nlp/src/compile-trex.js') as (trex: unknown) => unknown;
const wrapDocData = require('wink-nlp/src/dd-wrapper.js') as (rdd: Rdd) => DocWrapper;
const its = require('wink-nlp/src/its.js') as Record<'lemma' | 'type' | 'stopWordFlag', ItsFn>;
const constants = require('wink-nlp/src/constants.js') as { tkSize: number; bits4lemma: number; posMask: number };

const TK = constants.tkSize;
/** Token slot above which the second number holds a contraction's expansion, not preceding spaces (wink's its.js). */
const CONTRACTION = 65535;

/** The part of wink's core model its cache writes to: the lexeme list and its text -> index hash. */
interface Lexemes {
  list: string[];
  hash: Record<string, number>;
}
/** The parts of wink's core model read here. */
interface CoreModel {
  lexicon: Uint32Array | Int32Array | number[];
  packing: { size: number; layout: Record<string, [number, number, number, ...number[]]> };
  features: { lexeme: Lexemes; pos: { list: string[] } };
  trex: unknown;
  tcat: { hash: Record<'word' | 'number' | 'currency' | 'punctuation' | 'apos', number> };
  preserve: { prefix: Record<string, unknown>; suffix: Record<string, unknown> };
}
interface Model {
  core(): CoreModel;
  featureFn: unknown;
  sbd(): Machines;
  pos(): Machines;
  addons: { lemmatize: Lemmatize };
}
const theModel = model as unknown as Model;

/** wink's lemmatiser: (normal form, POS, wink's cache) -> lemma. */
type Lemmatize = (value: string, pos: string, cache: unknown) => string;
/** Words remembered per part of speech before a memo starts over: a news vocabulary, a few MB in all. */
const MAX_LEMMA_ENTRIES = 20_000;
/** wink's cache argument for the lemma being worked out (see lemmatizeRemembered). */
let lemmaCache: unknown = null;
/** The parts of speech wink's lemmatiser rewrites (by suffix rules); any other word is its own lemma. */
const LEMMA_MEMOS = new Map(
  ['NOUN', 'VERB', 'ADJ'].map((pos) => [pos, memoize((value) => theModel.addons.lemmatize(value, pos, lemmaCache), MAX_LEMMA_ENTRIES)]),
);

/**
 * wink's lemmatiser, remembered per part of speech. Its suffix rules check candidates against the model's own
 * vocabulary only (a learned word never counts, see wink's cache.hasSamePOS), the same in every model instance,
 * so a lemma depends on the word and its POS alone: remembering it changes no output, whatever was read before.
 */
function lemmatizeRemembered(value: string, pos: string, cache: unknown): string {
  const memo = LEMMA_MEMOS.get(pos);
  if (memo === undefined) return theModel.addons.lemmatize(value, pos, cache);
  lemmaCache = cache;
  return memo(value);
}
const ADDONS = Object.assign(Object.create(null), theModel.addons, { lemmatize: lemmatizeRemembered });

/**
 * Words wink may have learned before the model is loaded afresh (~0.3 s; see forgetLearnedWords): a document adds
 * the words no earlier one taught it (the others get their old lexemes back, see Engine.relearnable), ~21 an
 * article over the first 500 synthetic articles of bench/annotate.ts and under one after 2,000, so a long stream
 * of news reaches this after some hundred thousand articles.
 */
const MAX_LEARNED_LEXEMES = 200_000;
/** Lexeme indices past the vocabulary whose lemmas are remembered: what may be learned before a reload, and more. */
const LEXEME_HEADROOM = 2 * MAX_LEARNED_LEXEMES;

/**
 * Words with a character the tokenizer may split at (an apostrophe, a full stop, a hyphen...) read differently
 * once learned, and so do words with a digit: wink learns "358" with the category of where it first meets it (a
 * number alone, a word when its rules cut it out of "hit.358"), which then tags it NUM or PROPN wherever it is read. A word of letters
 * only is one token either way, learned as a word, with the same features, and stays learned: forgetting every
 * word made wink relearn each article's names, ~30% of its time.
 */
const SPLITTABLE = /[^\p{L}]/u;

/** A splittable word wink learned: its lexeme, its normal form's, and whether that was made with it. */
interface Relearnable {
  index: number;
  normal: number;
  normalMadeWith: boolean;
}
/** Splittable words remembered for relearning (see Engine.relearnable); ~2 new ones an article. */
const MAX_RELEARNABLE = 100_000;

/** One loaded model: its cache, tokenizer and machines, as wink-nlp's `load()` builds them for sbd + pos. */
class Engine {
  readonly core = theModel.core();
  readonly lexemes = this.core.features.lexeme;
  /** Words of the model's own vocabulary; indices past it are words learned from documents. */
  readonly intrinsic = this.lexemes.list.length;
  readonly cache = createCache(this.core, theModel.featureFn);
  readonly tokenize = createTokenizer(compileTRex(this.core.trex), this.core.tcat.hash, this.core.preserve);
  readonly categories = this.core.tcat.hash;
  readonly vocabulary = vocabularyTable(this.core, this.lexemes, this.intrinsic);
  /** The vocabulary's contractions, which wink's cache knows whole (and expands) and the vocabulary table leaves out. */
  readonly contractions = contractionsOf(this.core, this.lexemes);
  /**
   * Words learned from documents and kept (of letters only, see SPLITTABLE), looked up in place
   * like the vocabulary's. With both tables and the contractions, wink's hash holds no other word than the ones
   * with a splittable character learned from the document being read ("U.S.", "I'm", "J."), which are kept in a
   * set for as long as it is read: a piece none of these holds is never looked up in wink's hash (a keyed lookup
   * of a fresh string in a hash of ~100,000 words: ~3% of an article's annotation).
   */
  private readonly kept = new WordTable(KEPT_TABLE_BITS, KEPT_TABLE_MAX_BITS);
  /**
   * Splittable words earlier documents taught wink, which were forgotten after them (see forgetLearnedWords), by
   * category and word: a document teaching one again gets its old lexeme back instead of a new one. A news article
   * teaches wink ~11 words, ~10 of them again ("U.S.", "I'm", "2013"), each of which cost wink's feature extraction
   * and, under a new index, every fact remembered per lexeme worked out afresh. The old lexeme is the one wink's add
   * would make: its features are a function of the word and the category (their indices in wink's feature lists
   * never change), and its normal form is restored with it (or is already the one wink would point it to).
   */
  private readonly relearnable = new Map<string, Relearnable>();
  /** Words put back in wink's hash for the document being read: forgotten with the ones it taught. */
  private readonly restored: string[] = [];
  private readonly addToCache = this.relearnThroughAdd();
  /** Lexemes below this index are in `kept` or were splittable. */
  private seenUpTo = this.intrinsic;
  /** The words with a splittable character the document being read has taught wink (see catchUp). */
  private readonly learnedSplittable = new Set<string>();
  /** Whether a kept word found `kept` full (never before a reload, which comes at MAX_LEARNED_LEXEMES). */
  private keptOverflow = false;
  /** Kept words too long for `kept` (a run of letters with no space: rare, and not worth a table's pool). */
  private readonly longKept = new Set<string>();
  /** The tokens each kind of machine skips: a line break for sentence boundaries, wink's unknown entry for tags. */
  readonly lineBreak = this.cache.lookup('\n')![0]!;
  readonly outOfVocabulary = this.cache.lookup(this.cache.value(0))![0]!;
  readonly sbd = theModel.sbd();
  readonly sbdMachine = this.sentenceMachine();
  readonly posModel = theModel.pos();
  readonly posMachines = this.posModel.machines.map((json) => new PatternMachine(json as string, this.outOfVocabulary));
  readonly posNames = this.core.features.pos.list;
  /**
   * Per lexeme index, STRINGS entries side by side (STRING_VALUE...): its value, as in wink's list; its value in
   * lower case, made once, the same string for every token of the lexeme in every article, so the many Map
   * lookups by lower-case word downstream hash it once (V8 keeps a string's hash); and the last lemma worked out
   * (see WinkReading.lemma; the tag it was for is in its row). One array by index, not a Map, since an index is at
   * most the vocabulary plus what may be learned before a reload; side by side, since a token reads all three,
   * and for a word not seen lately each array was one more cache miss.
   */
  readonly strings = new Array<string | undefined>((this.intrinsic + LEXEME_HEADROOM) * STRINGS);

  /** What is remembered per lexeme index, a row each (see LexemeRows). */
  readonly rows = new LexemeRows(this.intrinsic + MAX_LEARNED_LEXEMES);

  /**
   * The model's one sentence machine. readDoc would run further ones over the patterns the first found, which
   * PatternMachine does not do: a model with more is refused rather than read differently.
   */
  private sentenceMachine(): PatternMachine {
    if (this.sbd.machines.length !== 1) throw new Error(`wink model with ${this.sbd.machines.length} sentence machines: src/text/wink.ts runs one`);
    return new PatternMachine(this.sbd.machines[0] as string, this.lineBreak);
  }

  /**
   * A machine's input with the model's transformer applied to every token it does not skip, as wink's recognize
   * applies it step by step: the transformers read only the token, its index and the document's tokens, none of
   * which change while a machine runs, so each token is transformed once (recognize transformed a token again
   * each time it rolled back over it).
   */
  private transformAhead(input: Array<number | string>, transform: RememberedTransform, raw: number[], skipped: number, cache: WinkCache): Array<number | string> {
    const out = new Array<number | string>(input.length);
    for (let j = 0; j < input.length; j++) out[j] = input[j] === skipped ? skipped : transform.apply(input[j]!, cache, raw, j);
    return out;
  }

  /** The machines' transformers, remembered per word (see RememberedTransform). */
  private readonly sbdTransform = new RememberedTransform(this.sbd.transformers[0] as Transform, this.rows, ROW_SBD);
  private readonly posTransform = new RememberedTransform(this.posModel.transformers[0] as Transform, this.rows, ROW_POS);

  /**
   * Per lexeme index, what the mappers of readDoc read from wink's cache, remembered in its row (see LexemeTables,
   * LexemeRows: 9 MB for the vocabulary and as many words as may be learned before a reload); the rare index past
   * that is read from the cache.
   */
  private readonly lexemeTables = new LexemeTables(this.cache, this.rows);
  /** wink's cache as the machines' transformers see it, its properties remembered (see RememberedCache). */
  private readonly remembered = new RememberedCache(this.cache, this.intrinsic + MAX_LEARNED_LEXEMES) as unknown as WinkCache;

  /**
   * wink's tokenize(doc, text), with the words of its vocabulary looked up in place. wink splits the text at runs
   * of spaces and of line breaks, then hands each piece to its cache, and to its rules when the cache does not
   * know the piece whole. Three pieces in four are a vocabulary word no contraction ("the", "said"): those are
   * found here in a table of the vocabulary without cutting the piece out of the text; other pieces are read by
   * tokenizePiece or, failing that, by wink's tokenizer. wink.test.ts reads random texts both ways.
   */
  private tokenizeText(doc: DocWrapper, rdd: Rdd, text: string, whole: WholePieces): void {
    const { tokens } = rdd;
    const n = text.length;
    let spaces = 0;
    let nbsp: string | null = null;
    // Where the run of spaces before the piece starts (the piece's own start when none).
    let from = 0;
    let i = 0;
    while (i < n) {
      const kind = separatorKind(text.charCodeAt(i));
      let j = i;
      if (kind === SPACE) {
        let plain = true;
        for (let c = text.charCodeAt(j); j < n && separatorKind(c) === SPACE; c = text.charCodeAt(++j)) if (c !== 32) plain = false;
        if (plain) spaces = Math.min(j - i, MAX_SPACES - 1);
        else {
          nbsp = text.slice(i, j);
          spaces = MAX_SPACES;
        }
        from = i;
        i = j;
        continue;
      }
      // A piece (or a run of line breaks, which wink reads as one token), hashed as it is scanned.
      let h = FNV_OFFSET;
      let marks = 0;
      for (let c = text.charCodeAt(j); j < n && separatorKind(c) === kind; c = text.charCodeAt(++j)) {
        h = Math.imul(h ^ c, FNV_PRIME);
        marks |= c === 45 || c === 39 || c === 34 ? 1 : 0;
      }
      const first = tokens.length;
      const index = this.vocabulary.find(text, i, j, h >>> 0);
      const kept = index >= 0 ? index : this.findKept(text, i, j, h >>> 0);
      if (kept >= 0) {
        // A run of line breaks is a token of no width to its readers: only words are noted.
        if (kind === 0) whole.note(first / TK, i, j, marks === 0);
        tokens.push(kept, spaces, 0, 0);
      } else {
        const piece = text.slice(i, j);
        if (!this.tokenizePiece(doc, tokens, piece, spaces, nbsp)) this.tokenizeByWink(doc, tokens, piece, text.slice(spaces > 0 ? from : i, j), spaces);
      }
      if (nbsp !== null && spaces > 0 && tokens.length > first) rdd.nonBreakingSpaces[first / TK] = nbsp;
      spaces = 0;
      nbsp = null;
      i = from = j;
    }
  }

  /**
   * Pieces wink's rules read before, with the token entries they gave (the first one's spaces left out): those
   * rules cost several µs a piece (19 regexes, the garbage of their splits), and an article has a few pieces of
   * shapes tokenizeCommonShape does not read, often the same ones ("30-year-old", "O'Brien").
   */
  private readonly readByWink = new Map<string, number[]>();

  /**
   * wink's tokenize on `withSpaces` (the piece and the spaces before it), or what it gave for the same piece
   * before. wink's rules look at nothing but the piece and the words its hash knows; the words of letters it
   * keeps read the same whether known or not (see SPLITTABLE), so what a piece gave is kept
   * when it taught wink no word with a splittable character, and given again while the document being read has
   * taught it none that the piece holds.
   */
  private tokenizeByWink(doc: DocWrapper, tokens: number[], piece: string, withSpaces: string, spaces: number): void {
    const stable = !this.holdsLearnedSplittable(piece);
    const known = stable ? this.readByWink.get(piece) : undefined;
    if (known !== undefined) {
      const first = tokens.length;
      for (const x of known) tokens.push(x);
      tokens[first + 1] = tokens[first + 1]! | spaces;
      return;
    }
    const first = tokens.length;
    this.tokenize(doc, withSpaces);
    this.catchUp();
    if (!stable || piece.length > MAX_REMEMBERED_PIECE || this.holdsLearnedSplittable(piece) || tokens.length === first) return;
    const entries = tokens.slice(first);
    // The spaces are the low 16 bits of the first entry's second number (its expansion above them).
    entries[1] = entries[1]! & ~0xffff;
    if (this.readByWink.size >= MAX_READ_BY_WINK) this.readByWink.clear();
    this.readByWink.set(piece, entries);
  }

  /**
   * Whether a word with a splittable character this document taught wink lies in `piece`; true, without looking,
   * past MAX_SPLITTABLE_SCANNED such words (a long text of numbers), so that this stays a few steps a piece.
   */
  private holdsLearnedSplittable(piece: string): boolean {
    if (this.learnedSplittable.size > MAX_SPLITTABLE_SCANNED) return true;
    for (const word of this.learnedSplittable) if (piece.includes(word)) return true;
    return false;
  }

  /**
   * What wink's tokenize does with a piece its vocabulary table does not hold, when it is a piece wink's cache
   * knows whole (a word learned earlier, a contraction, which the cache expands) or of one of the commonest
   * shapes; false, with nothing added, for any other piece, which then goes to wink's tokenizer with the spaces
   * before it, as inside the text: wink's rules look at nothing but the piece and the words its cache knows.
   */
  private tokenizePiece(doc: DocWrapper, tokens: number[], piece: string, spaces: number, nbsp: string | null): boolean {
    if (this.mayHoldWhole(piece) && this.lexemes.hash[piece] !== undefined) return doc._addTokenIfInCache(piece, spaces, nbsp) !== 0;
    return this.tokenizeCommonShape(doc, tokens, piece, spaces);
  }

  /**
   * Whether wink's hash may hold `word`, which is in neither the vocabulary table nor `kept` (looked up after
   * catchUp): only as a contraction, a splittable word learned from this document, or a kept word too long for
   * `kept`.
   */
  private mayHoldWhole(word: string): boolean {
    return this.keptOverflow || this.contractions.has(word) || this.learnedSplittable.has(word) || (this.longKept.size > 0 && this.longKept.has(word));
  }

  /** The index of a word learned and kept, text[start, end) with hashRange `hash`, else -1. */
  private findKept(text: string, start: number, end: number, hash: number): number {
    this.catchUp();
    return this.kept.find(text, start, end, hash);
  }

  /** Makes wink's cache (the tokenizer's and ours) add words through addOrRestore; wink's own add, to call. */
  private relearnThroughAdd(): (text: string, category: number) => number {
    const add = this.cache.add;
    this.cache.add = (text, category) => this.addOrRestore(text, category);
    return add;
  }

  /** wink's cache.add(text, category), with a splittable word an earlier document taught given its old lexeme. */
  private addOrRestore(text: string, category: number): number {
    const { hash, list } = this.lexemes;
    if (hash[text] !== undefined || !SPLITTABLE.test(text)) return this.addToCache(text, category);
    const key = `${category} ${text}`;
    const old = this.relearnable.get(key);
    if (old !== undefined) {
      const normal = old.normal === old.index ? text : text.toLowerCase();
      const current = hash[normal];
      // wink would point the word at the normal form it has, else at one it makes for it as it makes the word.
      if (current === old.normal || (current === undefined && old.normalMadeWith)) {
        this.restore(text, old.index);
        if (current === undefined && normal !== text) this.restore(normal, old.normal);
        return old.index;
      }
    }
    const before = list.length;
    const index = this.addToCache(text, category);
    if (index >= before) {
      const normal = text.toLowerCase();
      const normalIndex = normal === text ? index : hash[normal]!;
      if (this.relearnable.size >= MAX_RELEARNABLE) this.relearnable.clear();
      this.relearnable.set(key, { index, normal: normalIndex, normalMadeWith: normalIndex >= before });
    }
    return index;
  }

  private restore(word: string, index: number): void {
    this.lexemes.hash[word] = index;
    this.restored.push(word);
    // As catchUp files a splittable word a document taught wink.
    this.learnedSplittable.add(word);
  }

  /** Files the words wink learned since the last call: kept words in `kept`, splittable ones in learnedSplittable. */
  private catchUp(): void {
    const { list } = this.lexemes;
    for (let k = this.seenUpTo; k < list.length; k++) {
      const word = list[k]!;
      if (SPLITTABLE.test(word)) this.learnedSplittable.add(word);
      else if (word.length > MAX_REMEMBERED_PIECE) this.longKept.add(word);
      else if (!this.kept.add(word, k)) this.keptOverflow = true;
    }
    this.seenUpTo = list.length;
  }

  /**
   * A piece wink's cache does not know, when it has one of the shapes below, tokenized as wink's rules do (its
   * category rules, its processUnk, its recursive rules); false, with nothing added, for any other piece. Pieces
   * of ASCII letters and marks only, and none holding a currency code (wink's recursive rules split "USD" out
   * of a word before they look for words):
   * - letters ("Onstad"): its first category rule, a word, learned whole;
   * - letters and a closing mark ("said,", "Kyiv:"): its second rule, a word and a punctuation mark;
   * - letters and two closing marks ('said,"', "ago.”"): its rule for a mark on the right, then the second rule;
   * - letters and "'s" ("Trump's"): its rule for a mark on the right, the word and "'s";
   * - letters and "’s" ("Trump’s"): its recursive rules, the word and "’s";
   * - words joined by hyphens ("well-known"): its recursive rules, the words and hyphens, or the whole when the
   *   first word is one of its kept prefixes or the last one of its kept suffixes ("co-author", "Trump-esque");
   * - an opening mark and letters ('"We', "(Reuters"): its rule for a mark on the left, the mark and the word.
   * A word wink looks up that is a contraction ("cannot") is left to wink, which expands it.
   */
  private tokenizeCommonShape(doc: DocWrapper, tokens: number[], piece: string, spaces: number): boolean {
    const n = piece.length;
    const { word, punctuation } = this.categories;
    const letters = asciiLetters(piece, 0);
    if (letters === n) {
      tokens.push(this.cache.add(piece, word), spaces, 0, 0);
      return true;
    }
    if (letters === 0) {
      const digits = numberLength(piece);
      if (digits === n) {
        tokens.push(this.cache.add(piece, this.categories.number), spaces, 0, 0);
        return true;
      }
      if (digits === n - 1 && RIGHT_MARKS.has(piece.charCodeAt(n - 1))) return this.pushNumberAndMark(tokens, piece, spaces);
      if (n === 2 && SPLIT_FIRST_MARKS.has(piece.charCodeAt(0)) && asciiLetters(piece, 1) === 1) {
        return this.pushKnownOrAdded(tokens, [piece.slice(0, 1), piece.slice(1)], [punctuation, word], spaces);
      }
      // "$5", "$1,000": wink's recursive rules cut the currency sign, then the number (digits, commas and full
      // stops only: those rules read ":3" in "$10:30" as an emoticon).
      if (n >= 2 && piece.charCodeAt(0) === 36 && DOLLARS.test(piece)) {
        return this.pushKnownOrAdded(tokens, ['$', piece.slice(1)], [this.categories.currency, this.categories.number], spaces);
      }
    }
    if (CURRENCY_CODE.test(piece)) return false;
    const last = piece.charCodeAt(n - 1);
    // An initial ("J."): wink's second category rule keeps a letter and a full stop whole; a letter and another mark
    // are two tokens.
    if (letters === 1 && n === 2 && CLOSING_MARKS.has(last)) {
      if (last === 46) tokens.push(this.cache.add(piece, word), spaces, 0, 0);
      else tokens.push(this.cache.add(piece.slice(0, 1), word), spaces, 0, 0, this.markIndex(piece, 1), 0, 0, 0);
      return true;
    }
    // A short form ("U.S.", "D.C."): wink's rule for a mark on the right asks its cache for it without the last
    // full stop, and its recursive rules then keep it whole.
    if (SHORT_FORM.test(piece)) {
      const known = this.knownIndex(piece.slice(0, -1));
      if (known === CONTRACTED) return false;
      if (known >= 0) tokens.push(known, spaces, 0, 0, this.markIndex(piece, n - 1), 0, 0, 0);
      else tokens.push(this.cache.add(piece, word), spaces, 0, 0);
      return true;
    }
    // A word between marks ('"unfair"', "(Reuters)"): wink's rule for marks on both sides, three tokens.
    if (n >= 3 && LEFT_ONLY_MARKS.has(piece.charCodeAt(0)) && BOTH_SIDES_RIGHT.has(last) && asciiLetters(piece, 1) === n - 2) {
      const inner = piece.slice(1, -1);
      const known = this.knownIndex(inner);
      if (known === CONTRACTED) return false;
      tokens.push(this.markIndex(piece, 0), spaces, 0, 0);
      tokens.push(known >= 0 ? known : this.cache.add(inner, word), 0, 0, 0);
      tokens.push(this.markIndex(piece, n - 1), 0, 0, 0);
      return true;
    }
    if (letters >= 2 && letters === n - 1 && CLOSING_MARKS.has(last)) {
      this.pushWordAndMark(tokens, piece, spaces);
      return true;
    }
    if (letters >= 2 && letters === n - 2 && CLOSING_MARKS.has(piece.charCodeAt(n - 2)) && RIGHT_MARKS.has(last) && !(last === 46 && piece.charCodeAt(n - 2) === 46)) {
      const head = piece.slice(0, -1);
      const index = this.knownIndex(head);
      if (index === CONTRACTED) return false;
      if (index >= 0) tokens.push(index, spaces, 0, 0);
      else this.pushWordAndMark(tokens, head, spaces);
      tokens.push(this.markIndex(piece, n - 1), 0, 0, 0);
      return true;
    }
    if (letters >= 2 && letters === n - 2 && (piece.endsWith("'s") || piece.endsWith('’s'))) {
      return this.pushKnownOrAdded(tokens, [piece.slice(0, -2), piece.slice(-2)], [word, piece.charCodeAt(n - 2) === 39 ? punctuation : this.categories.apos], spaces);
    }
    if (letters >= 1 && piece.charCodeAt(letters) === 45) return this.tokenizeHyphenated(tokens, piece, spaces);
    if (n >= 3 && OPENING_MARKS.has(piece.charCodeAt(0)) && asciiLetters(piece, 1) === n - 1) {
      return this.pushKnownOrAdded(tokens, [piece.slice(0, 1), piece.slice(1)], [punctuation, word], spaces, 1);
    }
    // A word and an apostrophe ("players'", "Jones'"): wink's rule for a mark on the right.
    if (letters >= 2 && letters === n - 1 && last === 39) {
      const head = piece.slice(0, -1);
      const known = this.knownIndex(head);
      if (known === CONTRACTED) return false;
      tokens.push(known >= 0 ? known : this.cache.add(head, word), spaces, 0, 0, this.markIndex(piece, n - 1), 0, 0, 0);
      return true;
    }
    // An opening mark and a word wink's cache knows whole, a contraction included ('"It's', '"I'm'): its rule for
    // a mark on the left, the mark, then the word as its cache gives it (a contraction expanded). Not a decade:
    // wink's category rule for decades looks at the end of a piece only ("(1990s" is one token).
    if (n >= 3 && LEFT_ONLY_MARKS.has(piece.charCodeAt(0)) && !LEFT_RULE_LAST.has(last) && !DECADE_END.test(piece) && this.knownIndex(piece.slice(1)) !== -1) {
      tokens.push(this.markIndex(piece, 0), spaces, 0, 0);
      doc._addTokenIfInCache(piece.slice(1), 0, null);
      return true;
    }
    return false;
  }

  /**
   * A number and one closing mark ("28,", "1,000.", "10:30:"): wink's rule for a mark on the right, the number as
   * its cache knows it, else learned as a number (its category rule), then the mark.
   */
  private pushNumberAndMark(tokens: number[], piece: string, spaces: number): boolean {
    const number = piece.slice(0, -1);
    const known = this.knownIndex(number);
    if (known === CONTRACTED) return false;
    tokens.push(known >= 0 ? known : this.cache.add(number, this.categories.number), spaces, 0, 0);
    tokens.push(this.markIndex(piece, piece.length - 1), 0, 0, 0);
    return true;
  }

  /** wink's second category rule: a word of two letters or more and its closing mark, two tokens. */
  private pushWordAndMark(tokens: number[], piece: string, spaces: number): void {
    const n = piece.length - 1;
    // wink's cache gives a word it knows its index (its hash's) and learns any other: a word of the vocabulary is
    // found in place, a word learned before in the hash (with its lower case, learned with it, see forgetLearnedWords).
    const hash = hashRange(piece, 0, n);
    const known = this.vocabulary.find(piece, 0, n, hash);
    if (known >= 0) tokens.push(known, spaces, 0, 0);
    else {
      // A word of letters is kept once learned; a contraction ("cannot,") is not expanded here by wink either, and
      // its cache gives a word it knows (the contraction) its own index.
      const kept = this.findKept(piece, 0, n, hash);
      tokens.push(kept >= 0 ? kept : this.cache.add(piece.slice(0, -1), this.categories.word), spaces, 0, 0);
    }
    tokens.push(this.markIndex(piece, n), 0, 0, 0);
  }

  /** Per closing mark (UTF-16 code), its lexeme index, when the vocabulary holds it (all of CLOSING_MARKS). */
  private readonly marks = new Map<number, number>();

  /** The index wink's cache gives the one-character mark piece[at], remembered for the vocabulary's marks. */
  private markIndex(piece: string, at: number): number {
    const code = piece.charCodeAt(at);
    const known = this.marks.get(code);
    if (known !== undefined) return known;
    const index = this.cache.add(piece.slice(at, at + 1), this.categories.punctuation);
    // A mark learned from a document is forgotten after it (forgetLearnedWords): only the vocabulary's stay.
    if (index < this.intrinsic) this.marks.set(code, index);
    return index;
  }

  /**
   * Words joined by single hyphens ("well-known", "Zelenskyy-Trump"), as wink's recursive rules read them: one
   * word token, kept whole after a kept prefix or before a kept suffix, else split at its hyphens.
   */
  private tokenizeHyphenated(tokens: number[], piece: string, spaces: number): boolean {
    const parts = piece.split('-');
    if (parts.some((p) => p === '' || asciiLetters(p, 0) !== p.length)) return false;
    const { word, punctuation } = this.categories;
    if (this.core.preserve.prefix[parts[0]!] || this.core.preserve.suffix[parts[parts.length - 1]!]) {
      tokens.push(this.cache.add(piece, word), spaces, 0, 0);
      return true;
    }
    const texts: string[] = [];
    const categories: number[] = [];
    for (const [k, p] of parts.entries()) {
      if (k > 0) {
        texts.push('-');
        categories.push(punctuation);
      }
      texts.push(p);
      categories.push(word);
    }
    return this.pushKnownOrAdded(tokens, texts, categories, spaces);
  }

  /**
   * Tokens as wink adds them one by one, each looked up in its cache first (addTokenIfInCache) and learned
   * (addToken) when the cache does not know it, the spaces on the first; false, with nothing added, when a
   * token looked up is a contraction. `from` is the first token looked up: those before are added directly.
   */
  private pushKnownOrAdded(tokens: number[], texts: string[], categories: number[], spaces: number, from = 0): boolean {
    const known = texts.map((t, k) => (k < from ? -1 : this.knownIndex(t)));
    if (known.includes(CONTRACTED)) return false;
    for (const [k, t] of texts.entries()) {
      tokens.push(known[k]! >= 0 ? known[k]! : this.cache.add(t, categories[k]!), k === 0 ? spaces : 0, 0, 0);
    }
    return true;
  }

  /** The lexeme index wink's cache gives `word`, -1 when it has none, CONTRACTED for a contraction. */
  private knownIndex(word: string): number {
    const hash = hashRange(word, 0, word.length);
    const found = this.vocabulary.find(word, 0, word.length, hash);
    if (found >= 0) return found;
    const kept = this.findKept(word, 0, word.length, hash);
    if (kept >= 0) return kept;
    if (!this.mayHoldWhole(word)) return -1;
    const index = this.lexemes.hash[word];
    if (index === undefined) return -1;
    return index < this.intrinsic ? CONTRACTED : index;
  }

  /** readDoc's pipe with sbd and pos only: tokenize, split sentences, tag. */
  read(text: string, tokenizer: WinkTokenizer, whole: WholePieces): Rdd {
    const rdd: Rdd = Object.assign(Object.create(null), {
      cache: this.cache,
      wordVectors: null,
      tokens: [],
      sentences: [],
      markings: [],
      currPipe: { sbd: true, pos: true },
      nonBreakingSpaces: Object.create(null),
      numOfTokens: 0,
      document: [],
    });
    const wrapped = wrapDocData(rdd);
    this.catchUp();
    this.learnedSplittable.clear();
    if (tokenizer === 'wink') this.tokenize(wrapped, text);
    else this.tokenizeText(wrapped, rdd, text, whole);
    rdd.numOfTokens = rdd.tokens.length / TK;
    rdd.document = [0, rdd.numOfTokens - 1, 0, 0];
    const normals = this.lexemeTables.normals(rdd.tokens);
    const { remembered } = this;
    this.sbd.setter(this.sbdMachine.recognize(this.transformAhead(normals, this.sbdTransform, rdd.tokens, this.lineBreak, remembered)), rdd);
    const tags = this.lexemeTables.defaultTags(rdd.tokens);
    for (const machine of this.posMachines) {
      // readDoc hands every POS machine the first transformer; kept, so that the tags are readDoc's.
      const found = machine.recognize(this.transformAhead(tags, this.posTransform, rdd.tokens, this.outOfVocabulary, remembered));
      this.posModel.updater!(found, this.cache, tags, normals);
    }
    this.posModel.setter(rdd, tags, TK, constants.bits4lemma);
    wrapped.clean();
    return rdd;
  }

  /**
   * wink-nlp adds every out-of-vocabulary word it meets to its model's lexeme hash, and its tokenizer keeps a
   * word whole when the hash knows it: after one article wrote "than Clinton's." (learned whole, before the full
   * stop), every later "Clinton's response" stayed one token instead of "Clinton" + "'s", changing entities and
   * citations. Forgetting the words a document added keeps each reading a function of its own text. The lexeme
   * list keeps growing (indices stay valid; the cache's feature table is indexed by them), bounded by
   * MAX_LEARNED_LEXEMES, past which the model is loaded afresh.
   */
  forgetLearnedWords(from: number): void {
    this.catchUp();
    const { list, hash } = this.lexemes;
    for (let k = Math.max(from, this.intrinsic); k < list.length; k++) {
      const word = list[k]!;
      if (SPLITTABLE.test(word)) delete hash[word];
    }
    for (const word of this.restored) delete hash[word];
    this.restored.length = 0;
  }

  private readonly posLayout = this.core.packing.layout.pos!;

  /** `word`'s part of speech out of context, or null for a word outside the model's vocabulary. */
  defaultPos(word: string): string | null {
    const index = this.lexemes.hash[word];
    // A word learned from a document (index past the vocabulary) is not part of the language model.
    if (index === undefined || index >= this.intrinsic) return null;
    const [offset, mask, shift] = this.posLayout;
    return this.posNames[((this.core.lexicon[offset + index * this.core.packing.size]! & mask) >>> shift) as number] ?? null;
  }

  isWorn(): boolean {
    return this.lexemes.list.length - this.intrinsic > MAX_LEARNED_LEXEMES;
  }
}

/**
 * What is remembered per lexeme index, in one row of eight integers per lexeme rather than one array per fact: a
 * word's facts are read by several passes over an article's tokens (normal form, default tag, the two machines'
 * transformers, the lemma's tag), and in one row they share a cache line, so a word not seen lately costs one
 * memory read, not one per fact. A lexeme index always names the same word in one loaded model (the list only
 * grows, and the features wink gave a learned word stay), so what depends on the lexeme alone stays true.
 */
class LexemeRows {
  readonly cells: Int32Array;

  constructor(readonly size: number) {
    this.cells = new Int32Array(size * ROW);
    for (let r = 0; r < this.cells.length; r += ROW) {
      this.cells[r + ROW_NORMAL] = -1;
      this.cells[r + ROW_DEFAULT_TAG] = -1;
      for (let k = ROW_SBD; k < ROW_POS + 2; k++) this.cells[r + k] = UNKNOWN_TRANSFORM;
    }
  }
}
const ROW = 8;
/** Entries per lexeme in Engine.strings: its value, its lower case, its last lemma (and one unused, to align). */
const STRINGS = 4;
const STRING_VALUE = 0;
const STRING_LOWER = 1;
const STRING_LEMMA = 2;
/** The index of the lexeme's normal form; -1 not yet known. */
const ROW_NORMAL = 0;
/** Its default part of speech; -1 not yet known. */
const ROW_DEFAULT_TAG = 1;
/** What the sentence machine's transformer gives it, with no spaces before, then with spaces (RememberedTransform). */
const ROW_SBD = 2;
/** The same for the tagger's transformer. */
const ROW_POS = 4;
/** The tag (+1) the lemma in Engine.strings was worked out for; 0 none. */
const ROW_LEMMA_TAG = 6;

/**
 * What wink's mappers (tokens-mappers.js) read per token, remembered per lexeme index: the index of its normal form
 * and its default part of speech. Both depend on the lexeme alone. The mappers' loops otherwise asked wink's cache
 * for both on every token of every article.
 */
class LexemeTables {
  constructor(
    private readonly cache: WinkCache,
    private readonly rows: LexemeRows,
  ) {}

  /** mapRawTokens2UIdOfNormal: a contraction's expansion by its own normal, any other token by its lexeme's. */
  normals(tokens: number[]): number[] {
    const out = new Array<number>(tokens.length / TK);
    for (let i = 0, k = 0; i < tokens.length; i += TK, k++) {
      if (tokens[i + 1]! > CONTRACTION) {
        out[k] = this.cache.nox(tokens[i + 1]!);
        continue;
      }
      const lexeme = tokens[i]!;
      if (lexeme >= this.rows.size) {
        out[k] = this.cache.normal(lexeme);
        continue;
      }
      const cells = this.rows.cells;
      let normal = cells[lexeme * ROW + ROW_NORMAL]!;
      if (normal < 0) normal = cells[lexeme * ROW + ROW_NORMAL] = this.cache.normal(lexeme);
      out[k] = normal;
    }
    return out;
  }

  /** mapRawTokens2UIdOfDefaultPOS: a tag the tokenizer set, else the lexeme's (its mapped spelling's) default, else NOUN. */
  defaultTags(tokens: number[]): number[] {
    const out = new Array<number>(tokens.length / TK);
    for (let i = 0, k = 0; i < tokens.length; i += TK, k++) {
      const packed = tokens[i + 2]!;
      if (packed !== 0) {
        out[k] = (packed & constants.posMask) >>> constants.bits4lemma;
        continue;
      }
      const lexeme = tokens[i]!;
      if (lexeme >= this.rows.size) {
        out[k] = this.defaultTag(lexeme);
        continue;
      }
      const cells = this.rows.cells;
      let tag = cells[lexeme * ROW + ROW_DEFAULT_TAG]!;
      if (tag < 0) tag = cells[lexeme * ROW + ROW_DEFAULT_TAG] = this.defaultTag(lexeme);
      out[k] = tag;
    }
    return out;
  }

  private defaultTag(lexeme: number): number {
    return this.cache.posOf(this.cache.mappedSpelling(lexeme)) || UNKNOWN_POS_AS_NOUN;
  }
}

/**
 * A machine transformer of the model, remembered per lexeme and per whether spaces precede the token. The model's
 * two read a token's hints from the cache by its lexeme (and the sentence one its normal form, a function of the
 * lexeme outside contractions, and whether spaces precede it) and give either a hint or their input back: so per
 * lexeme and spacing, what they give is a fixed number or the input (PASS). Contractions' expansions, whose
 * normal form is their own, and lexemes past the tables are transformed each time. wink.test.ts compares the
 * tags and sentences with readDoc's.
 */
class RememberedTransform {
  /**
   * `field` is the transformer's pair of cells in a lexeme's row: what it gives with no spaces before the token,
   * then with spaces (UNKNOWN_TRANSFORM: not yet).
   */
  constructor(
    private readonly transform: Transform,
    private readonly rows: LexemeRows,
    private readonly field: number,
  ) {}

  apply(token: number | string, cache: WinkCache, raw: number[], j: number): number | string {
    const lexeme = raw[j * TK]!;
    const second = raw[j * TK + 1]!;
    if (second > CONTRACTION || lexeme >= this.rows.size) return this.transform(token, cache, raw, j);
    const cells = this.rows.cells;
    const at = lexeme * ROW + this.field + ((second & 0xffff) === 0 ? 0 : 1);
    const known = cells[at]!;
    if (known === PASS) return token;
    if (known !== UNKNOWN_TRANSFORM) return known;
    const out = this.transform(token, cache, raw, j);
    // Only a number (a hint) or the input itself is remembered; anything else is asked again next time.
    if (out === token) cells[at] = PASS;
    else if (typeof out === 'number' && out >= 0 && out <= 0x7fffffff) cells[at] = out;
    return out;
  }
}
const UNKNOWN_TRANSFORM = -2;
const PASS = -1;

/** The tag wink's mapper gives a lexeme with none (NOUN): "the remote possibility of ML POS being undefined". */
const UNKNOWN_POS_AS_NOUN = 8;

/**
 * wink's cache as the model's machine transformers use it, its `property` remembered per lexeme index for the
 * properties they read (sentence and tag hints, abbreviations): they asked the cache once per token per machine,
 * ~0.06 ms of an article. Like LexemeTables, a lexeme's properties are fixed once it is in the list. Every other
 * call goes to wink's cache.
 */
class RememberedCache {
  private readonly sbdHint: unknown[];
  private readonly posHint: unknown[];
  private readonly isAbbrev: unknown[];

  constructor(
    private readonly cache: WinkCache,
    private readonly size: number,
  ) {
    this.sbdHint = new Array<unknown>(size);
    this.posHint = new Array<unknown>(size);
    this.isAbbrev = new Array<unknown>(size);
  }

  property(index: number, prop: string): unknown {
    const memo = prop === 'sbdHint' ? this.sbdHint : prop === 'posHint' ? this.posHint : prop === 'isAbbrev' ? this.isAbbrev : null;
    if (memo === null || index >= this.size) return this.cache.property(index, prop);
    const known = memo[index];
    if (known !== undefined) return known;
    const value = this.cache.property(index, prop);
    memo[index] = value;
    return value;
  }

  value(index: number): string {
    return this.cache.value(index);
  }
}

/** wink's splitter: runs of these characters separate pieces (its helpers.splitter regex). */
const SPACE = 1;
/** Per UTF-16 code unit up to the last separator, its kind: SPACE, LINE or 0. */
const SEPARATOR_KINDS = new Uint8Array(0x2060);
for (const c of [32, 0xa0, 0x2002, 0x2003, 0x2004, 0x2005, 0x2009, 0x200a, 0x202f, 0x205f]) SEPARATOR_KINDS[c] = 1;
for (const c of [10, 13, 9]) SEPARATOR_KINDS[c] = 2;
function separatorKind(c: number): number {
  return c < 0x2060 ? SEPARATOR_KINDS[c]! : 0;
}
/** How many ASCII letters `text` has from `from` on, before anything else. */
function asciiLetters(text: string, from: number): number {
  let k = from;
  for (; k < text.length; k++) {
    const c = text.charCodeAt(k) | 32;
    if (c < 97 || c > 122) break;
  }
  return k - from;
}

/** knownIndex of a contraction. */
const CONTRACTED = -2;
/** The UTF-16 codes of `chars`, for testing one character of a piece. */
function codesOf(chars: string): Set<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}
/** The marks wink's second category rule (a word with a mark on the right) allows after letters. */
const CLOSING_MARKS = codesOf('’”"])}…,.!;?/:');
/** The marks wink's rule for a mark on the right (its helpers.anyWithRP) splits from the end of a piece. */
const RIGHT_MARKS = codesOf("’'”\"…,.!;?-–:\u0964\u0965");
/** Codes wink's recursive rules split out of a word (its currency rule comes before its word rule). */
const CURRENCY_CODE = /USD|AUD|INR|GBP/;
/**
 * The marks wink's recursive rules split from a letter after them, as punctuation, when its other rules leave a
 * two-character piece to them ('"I', "(A"): its rule for a mark on the left wants two characters after it.
 */
const SPLIT_FIRST_MARKS = codesOf('"“([{');

/**
 * Opening marks that wink's rule for a mark on the right (tried first) never takes as part of a word, and that
 * its rules for a mark on the left and for marks on both sides split from the word after them.
 */
const LEFT_ONLY_MARKS = codesOf('"“‘([{');
/** The characters that wink's rule for a mark on the left does not take for the last of the word. */
const LEFT_RULE_LAST = codesOf("’'”\"])}…,.!;?-–:\u0964\u0965");
/** The unanchored half of wink's category rule for decades. */
const DECADE_END = /[1-2]\d\d0s$/;
/** A dollar sign and a number of digits joined by commas or full stops. */
const DOLLARS = /^\$\d+(?:[.,]\d+)*$/;
/** Letters each followed by a full stop: wink's short forms ("U.S.", "a.m."). */
const SHORT_FORM = /^(?:[A-Za-z]\.){2,}$/;
/** The marks wink's rule for marks on both sides (its helpers.LPanyRP) splits from a word on the right (LEFT_ONLY_MARKS on the left). */
const BOTH_SIDES_RIGHT = codesOf('"”’\')]},!;?:');

/**
 * The length of the number `text` opens: ASCII digits, runs of them joined by one of . , - / : (wink's number
 * category: "28", "1,000", "2.5", "10:30", "2014-15"), 0 when it opens with none.
 */
function numberLength(text: string): number {
  let end = 0;
  let k = 0;
  for (;;) {
    const from = k;
    while (k < text.length && isAsciiDigit(text.charCodeAt(k))) k++;
    if (k === from) return end;
    end = k;
    const c = text.charCodeAt(k);
    if (c !== 46 && c !== 44 && c !== 45 && c !== 47 && c !== 58) return end;
    k++;
  }
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The marks wink's rule for a mark on the left (its helpers.anyWithLP) splits from a word. */
const OPENING_MARKS = codesOf("‘'“\"[({…-–");

/** wink's cap on the spaces it counts before a token; a run holding a non-breaking space counts as this many. */
const MAX_SPACES = 65535;

/** Pieces whose reading by wink's rules is remembered before the memo starts over. */
const MAX_READ_BY_WINK = 50_000;
/**
 * The longest piece whose reading is remembered, and the longest kept word filed in the kept table: longer ones
 * (a URL, a run of letters with no space) are rare and would make the memory of these tables unbounded.
 */
const MAX_REMEMBERED_PIECE = 64;
/** The splittable words a document may have taught wink before its pieces are no longer read from the memo. */
const MAX_SPLITTABLE_SCANNED = 256;

/**
 * Slots of the vocabulary table (a power of two, half as many again as the ~88,000 words: 1 MB). Smaller tables
 * were faster: slots of 16 bytes (2 MB) took ~2% more time an article, and of 32 bytes with short words' characters
 * in the slot (4 MB) ~2.5% more again.
 */
const VOCABULARY_TABLE_BITS = 17;
/**
 * Slots of the table of words learned and kept to start with (512 KB), and at most: more than twice what may be
 * learned before a reload (4 MB). It doubles as it fills: most runs keep far fewer words.
 */
const KEPT_TABLE_BITS = 16;
const KEPT_TABLE_MAX_BITS = 19;
/** Int32 fields of a slot: the word's hash and where its entry starts in the pool (-1: empty). */
const SLOT_SIZE = 2;
/** A word's entry in the pool: its length, its lexeme index (low then high 16 bits), then its characters. */
const POOL_HEAD = 3;

/**
 * Words and their lexeme indices as an open-addressing hash table on UTF-16 code units, so that a word can be
 * looked up where it stands in a text. A slot holds the word's hash and where its entry starts in one pool, the
 * entry its length, lexeme index and characters: a lookup reads a slot and, when the hash agrees, one run of the
 * pool, rather than wink's lexeme list and a string object wherever the heap put it (three dependent reads, most
 * of them cache misses: the lookups were a tenth of an article's annotation). Slots of 8 bytes keep the table
 * small enough to stay in the processor's cache more often.
 */
class WordTable {
  private mask: number;
  private slots: Int32Array;
  /**
   * The words last looked up, direct-mapped by hash, each with its characters (up to HOT_LENGTH, two to an int)
   * and its index or -1: a word read again is checked within one entry of a table that stays in the processor's
   * cache, where the slot and the pool run were each a likely miss once the other steps of an article had run.
   */
  private readonly hot = new Int32Array(HOT_ENTRIES * HOT_SIZE);
  private pool = new Uint16Array(1 << 16);
  private poolLength = 0;
  private count = 0;

  /** `bits`: the slots to start with (2^bits); a table three quarters full doubles, up to 2^maxBits slots. */
  constructor(
    private bits: number,
    private readonly maxBits = bits,
  ) {
    this.mask = (1 << bits) - 1;
    this.slots = emptySlots(bits);
  }

  /** Files `word` under `index`; false, with nothing filed, when the table is three quarters full at its largest. */
  add(word: string, index: number): boolean {
    if (word.length > 0xffff) return false;
    if (4 * this.count >= 3 << this.bits) {
      if (this.bits >= this.maxBits) return false;
      this.grow();
    }
    const hash = hashRange(word, 0, word.length) | 0;
    this.hot[(hash & (HOT_ENTRIES - 1)) * HOT_SIZE + 2] = -1;
    let slot = hash & this.mask;
    while (this.slots[slot * SLOT_SIZE + 1] !== -1) slot = (slot + 1) & this.mask;
    const need = POOL_HEAD + word.length;
    if (this.poolLength + need > this.pool.length) {
      const grown = new Uint16Array(2 * (this.poolLength + need));
      grown.set(this.pool);
      this.pool = grown;
    }
    const e = slot * SLOT_SIZE;
    this.slots[e] = hash;
    this.slots[e + 1] = this.poolLength;
    this.pool[this.poolLength++] = word.length;
    this.pool[this.poolLength++] = index & 0xffff;
    this.pool[this.poolLength++] = index >>> 16;
    for (let k = 0; k < word.length; k++) this.pool[this.poolLength++] = word.charCodeAt(k);
    this.count++;
    return true;
  }

  /** Twice the slots, every word filed again where its hash now points (the pool and the recent words stay). */
  private grow(): void {
    const old = this.slots;
    this.bits++;
    this.mask = (1 << this.bits) - 1;
    this.slots = emptySlots(this.bits);
    for (let e = 0; e < old.length; e += SLOT_SIZE) {
      if (old[e + 1] === -1) continue;
      let slot = old[e]! & this.mask;
      while (this.slots[slot * SLOT_SIZE + 1] !== -1) slot = (slot + 1) & this.mask;
      this.slots.set(old.subarray(e, e + SLOT_SIZE), slot * SLOT_SIZE);
    }
  }

  /** The index filed for text[start, end), whose hashRange is `hash`, else -1. */
  find(text: string, start: number, end: number, hash: number): number {
    const h = hash | 0;
    const length = end - start;
    if (length > HOT_LENGTH) return this.findInSlots(text, start, end, h);
    const { hot } = this;
    const e = (h & (HOT_ENTRIES - 1)) * HOT_SIZE;
    if (hot[e] === h && hot[e + 2] === length) {
      let k = 0;
      while (k < length && hot[e + 3 + (k >> 1)] === charPair(text, start + k, end)) k += 2;
      if (k >= length) return hot[e + 1]!;
    }
    // Words the table lacks are remembered too (-1): add() forgets the entry a word it files would share.
    const index = this.findInSlots(text, start, end, h);
    hot[e] = h;
    hot[e + 1] = index;
    hot[e + 2] = length;
    for (let k = 0; k < length; k += 2) hot[e + 3 + (k >> 1)] = charPair(text, start + k, end);
    return index;
  }

  private findInSlots(text: string, start: number, end: number, h: number): number {
    const { slots, pool } = this;
    const length = end - start;
    let slot = h & this.mask;
    for (;;) {
      const e = slot * SLOT_SIZE;
      const at = slots[e + 1]!;
      if (at === -1) return -1;
      if (slots[e] === h && pool[at] === length) {
        const from = at + POOL_HEAD - start;
        let k = start;
        while (k < end && pool[from + k] === text.charCodeAt(k)) k++;
        if (k === end) return pool[at + 1]! | (pool[at + 2]! << 16);
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

/** A WordTable's slots for 2^bits words, all empty (index -1). */
function emptySlots(bits: number): Int32Array {
  const slots = new Int32Array(SLOT_SIZE << bits);
  for (let k = 1; k < slots.length; k += SLOT_SIZE) slots[k] = -1;
  return slots;
}

/** Entries of a WordTable's table of words last looked up (32 KB). */
const HOT_ENTRIES = 1024;
/** Int32 fields of such an entry: hash, index, length, then the characters, two to an int. */
const HOT_SIZE = 8;
/** The longest word such an entry holds. */
const HOT_LENGTH = 2 * (HOT_SIZE - 3);

/** text[at] and text[at + 1] (0 past `end`) as one int. */
function charPair(text: string, at: number, end: number): number {
  return text.charCodeAt(at) | (at + 1 < end ? text.charCodeAt(at + 1) << 16 : 0);
}

/** Whether wink's vocabulary marks lexeme `index` as a contraction (expanded by its cache). */
function isContraction(core: CoreModel, index: number): boolean {
  const [offset, mask, shift] = core.packing.layout.isContraction!;
  return (core.lexicon[offset + index * core.packing.size]! & mask) >>> shift !== 0;
}

/**
 * The model's own vocabulary, less its contractions, as a WordTable. It is fixed: the words wink learns go to
 * its own hash (and, when kept, to Engine.kept), never here.
 */
function vocabularyTable(core: CoreModel, lexemes: Lexemes, intrinsic: number): WordTable {
  const table = new WordTable(VOCABULARY_TABLE_BITS);
  for (const [word, index] of Object.entries(lexemes.hash)) {
    if (index < intrinsic && !isContraction(core, index) && !table.add(word, index)) throw new Error(`wink vocabulary over ${3 << (VOCABULARY_TABLE_BITS - 2)} words: raise VOCABULARY_TABLE_BITS in src/text/wink.ts`);
  }
  return table;
}

/** The model's contractions ("cannot", "gonna", "don't"). */
function contractionsOf(core: CoreModel, lexemes: Lexemes): Set<string> {
  return new Set(Object.entries(lexemes.hash).flatMap(([word, index]) => (isContraction(core, index) ? [word] : [])));
}


let engine: Engine | null = null;

/** The model, loaded on first use (~0.3 s, 40 MB) and afresh once it has learned too many words. */
function getEngine(): Engine {
  if (engine === null || engine.isWorn()) engine = new Engine();
  return engine;
}

/**
 * One text as wink read it: tokens by index (line breaks are tokens of white space) and sentences as inclusive
 * token ranges. Valid only inside the `read` callback of readWithWink.
 */
export class WinkReading {
  readonly count: number;
  readonly sentences: ReadonlyArray<readonly number[]>;
  private readonly tokens: number[];

  constructor(
    private readonly rdd: Rdd,
    private readonly engine: Engine,
    private readonly whole: WholePieces,
  ) {
    this.count = rdd.numOfTokens;
    this.tokens = rdd.tokens;
    this.sentences = rdd.sentences;
  }

  /** How many words wink's cache has held since its model was loaded: its vocabulary and what documents taught it. */
  get lexemeCount(): number {
    return this.engine.lexemes.list.length;
  }

  value(i: number): string {
    const lexeme = this.tokens[i * TK]!;
    const { strings } = this.engine;
    const at = lexeme * STRINGS + STRING_VALUE;
    if (at >= strings.length) return this.engine.lexemes.list[lexeme]!;
    const known = strings[at];
    if (known !== undefined) return known;
    return (strings[at] = this.engine.lexemes.list[lexeme]!);
  }

  /**
   * Where the token starts when it is a whole piece of the text read, its value verbatim there (a word of the
   * vocabulary, or learned and kept, as most tokens are); -1 when that was not noted (the value may then differ
   * from the text: a contraction's expansion). Its end is then wholeEnd(i).
   */
  wholeStart(i: number): number {
    return this.whole.start(i);
  }

  wholeEnd(i: number): number {
    return this.whole.end(i);
  }

  /** Whether the token is a whole piece (wholeStart) without a space, hyphen or quotation mark in it. */
  isPlainWhole(i: number): boolean {
    return this.whole.isPlain(i);
  }

  /** The token's value in lower case: one shared string per word (see Engine.strings). */
  lower(i: number): string {
    const lexeme = this.tokens[i * TK]!;
    const { strings } = this.engine;
    const at = lexeme * STRINGS + STRING_LOWER;
    const known = strings[at];
    if (known !== undefined) return known;
    const lower = this.engine.lexemes.list[lexeme]!.toLowerCase();
    if (at < strings.length) strings[at] = lower;
    return lower;
  }

  /** Universal POS tag. */
  pos(i: number): string {
    return this.engine.posNames[this.posIndex(i)]!;
  }

  /**
   * wink's lemma (its.lemma). Outside contractions it depends on the lexeme and its tag alone: the lexeme's
   * spelling map, single-lemma flag and normal form are fixed once it is in the list (a learned word's too: the
   * list only grows, and a forgotten word comes back under a new index or, through addOrRestore, its old one), and
   * the lemmatiser checks the model's own vocabulary only. So it is remembered per pair: its.lemma for every token
   * was ~0.15 ms of an article.
   */
  lemma(i: number): string {
    const lexeme = this.tokens[i * TK]!;
    if (this.tokens[i * TK + 1]! > CONTRACTION) return its.lemma(i, this.rdd, ADDONS) as string;
    const { strings, rows } = this.engine;
    const tag = this.posIndex(i) + 1;
    const at = lexeme * ROW + ROW_LEMMA_TAG;
    const stored = lexeme * STRINGS + STRING_LEMMA;
    const fits = lexeme < rows.size && stored < strings.length;
    if (fits && rows.cells[at] === tag) return strings[stored]!;
    const lemma = its.lemma(i, this.rdd, ADDONS) as string;
    if (fits) {
      rows.cells[at] = tag;
      strings[stored] = lemma;
    }
    return lemma;
  }

  /** wink's token type: 'word', 'number', 'punctuation', 'tabCRLF'... */
  type(i: number): string {
    return its.type(i, this.rdd) as string;
  }

  isStopWord(i: number): boolean {
    return its.stopWordFlag(i, this.rdd) === true;
  }

  private posIndex(i: number): number {
    return (this.tokens[i * TK + 2]! & constants.posMask) >>> constants.bits4lemma;
  }
}

/**
 * The tokens of a reading that are whole pieces of its text, found verbatim in a word table: their offsets, noted
 * as the tokenizer finds them, so that readers need not look for each token's value in the text (which read the
 * value's characters, a cache miss per word) nor allocate its text anew.
 */
class WholePieces {
  /** Per token number, its start + 1 (0: not noted); in `ends`, its end, or -(end + 1) when it is plain. */
  private starts = new Int32Array(0);
  private ends = new Int32Array(0);
  /** Token numbers below this may be noted: one past the text's length (a token spans at least one character). */
  private limit = 0;
  /** One past the last token noted since the last reset. */
  private noted = 0;
  /** Whether a reading is using these (readWithWink called again from its callback gets its own). */
  busy = false;

  /** Ready for a text of `textLength` characters, with nothing noted. */
  reset(textLength: number): this {
    this.limit = textLength + 1;
    if (this.starts.length < this.limit) {
      this.starts = new Int32Array(2 * this.limit);
      this.ends = new Int32Array(2 * this.limit);
    } else this.starts.fill(0, 0, this.noted);
    this.noted = 0;
    return this;
  }

  note(token: number, start: number, end: number, plain: boolean): void {
    if (token >= this.limit) return;
    this.starts[token] = start + 1;
    this.ends[token] = plain ? -end - 1 : end;
    if (token >= this.noted) this.noted = token + 1;
  }

  start(token: number): number {
    return token < this.noted ? this.starts[token]! - 1 : -1;
  }

  end(token: number): number {
    const e = this.ends[token]!;
    return e < 0 ? -e - 1 : e;
  }

  isPlain(token: number): boolean {
    return this.start(token) >= 0 && this.ends[token]! < 0;
  }
}

/** Reused from one reading to the next: two arrays the length of an article were a reading's largest allocation. */
const sharedWholePieces = new WholePieces();

/**
 * Which tokenizer reads the text: Engine.tokenizeText, or wink's own tokenize throughout, which tokenizeText
 * reproduces faster (the tests read texts both ways).
 */
export type WinkTokenizer = 'fast' | 'wink';

/**
 * Reads `text` with the shared model and hands the reading to `read`; the words wink learned from it are
 * forgotten afterwards, so what `read` sees depends on `text` alone.
 *
 * readWithWink('It rained.', (r) => r.pos(0)) // 'PRON'
 */
export function readWithWink<T>(text: string, read: (reading: WinkReading) => T, tokenizer: WinkTokenizer = 'fast'): T {
  const e = getEngine();
  const learnedBefore = e.lexemes.list.length;
  const whole = (sharedWholePieces.busy ? new WholePieces() : sharedWholePieces).reset(text.length);
  whole.busy = true;
  try {
    return read(new WinkReading(e.read(text, tokenizer, whole), e, whole));
  } finally {
    whole.busy = false;
    e.forgetLearnedWords(learnedBefore);
  }
}

/**
 * The part of speech wink's English vocabulary gives `word` (lower-case) out of context, or null when the word is
 * not in that vocabulary: ~87,000 common words, few names ("smith" NOUN, "romney" null).
 *
 * lexiconPos('origin') // 'NOUN'
 */
export function lexiconPos(word: string): string | null {
  return getEngine().defaultPos(word);
}
