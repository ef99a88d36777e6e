import { stemmer } from 'stemmer';
import { readWithWink, type WinkReading } from '../text/nlp.ts';
import { normalizeForAnalysis } from '../text/normalize.ts';
import { readSlots, type Slot } from './similarity-slots.ts';
import { countCharGrams, countGrams, type Counts, hashText } from './similarity-overlap.ts';
import { indexSenses, lookupSenses, measureInformation, type PartOfSpeech, type SenseIndex, type WordSenses } from './wordnet.ts';
import { memoize } from '../memo.ts';

/** A sentence analysed once, so that many pairs can be compared without re-tokenising. */
export interface PreparedSentence {
  /** Lower-cased surface text with collapsed spaces; equal texts are the same sentence. */
  readonly key: string;
  /** Porter stems of the word and number tokens, in order (punctuation dropped). */
  readonly stems: readonly string[];
  /** Lower-cased lemmas of the word and number tokens, in order. */
  readonly lemmas: readonly string[];
  /** Hashes of `stems`, for a fast longest-common-subsequence. */
  readonly stemIds: Uint32Array;
  readonly stemGrams: readonly Counts[];
  readonly lemmaGrams: readonly Counts[];
  /** Stems of content words: not stop words, not punctuation. */
  readonly content: ReadonlySet<string>;
  /** Stems of proper nouns and capitalised non-initial words: the who and where of a claim. */
  readonly names: ReadonlySet<string>;
  /** Numeric values as written without thousands separators ("28", "2.5"). */
  readonly numbers: ReadonlySet<string>;
  readonly negated: boolean;
  readonly slots: readonly Slot[];
  readonly charGrams: Counts;
  /** Lower-cased surface words, aligned with `stems`. */
  readonly words: readonly string[];
  /** Hashes of `words`, for fast exact matching. */
  readonly wordIds: Uint32Array;
  /** Per token (aligned with `stems`): true for content words, the only ones matched through WordNet. */
  readonly isContent: readonly boolean[];
  /** Per token: WordNet senses of content words (empty for stop words, numbers and unknown words). */
  readonly senses: readonly WordSenses[];
  /** Every synset and neighbour id of the sentence's words, sorted, for a one-merge match of two sentences. */
  readonly senseIndex: SenseIndex;
  /** Per token: information content in [0,1] for content words, 0 for stop words. */
  readonly weights: readonly number[];
  /** Per token: its {@link WORD_CLASS}, for counting what kind of words a pair leaves unmatched. */
  readonly classes: Uint8Array;
}

/**
 * Coarse word classes of content words. A paraphrase may drop an adjective but rarely a noun or a verb: an
 * unmatched noun, verb or name is a different or added fact, so each class gets its own unmatched count.
 */
export const WORD_CLASS = { other: 0, noun: 1, verb: 2, name: 3, modifier: 4 } as const;
const TAG_CLASS: Record<string, number> = {
  NOUN: WORD_CLASS.noun,
  VERB: WORD_CLASS.verb,
  PROPN: WORD_CLASS.name,
  ADJ: WORD_CLASS.modifier,
  ADV: WORD_CLASS.modifier,
};

/** Word n-gram orders kept for BLEU-like overlap; 4 as in BLEU and Madnani et al. (2012). */
const MAX_GRAM = 4;
const NEGATIONS = new Set(['not', "n't", 'no', 'never', 'nobody', 'nothing', 'neither', 'nor', 'without']);
const NUMBER = /\d+(?:[.,]\d+)*/g;

/** Universal POS tags (wink-nlp) -> WordNet's files; names are looked up as nouns ("Pentagon", "Kyiv"). */
const WORDNET_POS: Record<string, PartOfSpeech> = {
  NOUN: 'noun',
  PROPN: 'noun',
  VERB: 'verb',
  AUX: 'verb',
  ADJ: 'adj',
  ADV: 'adv',
};
const NO_SENSES: WordSenses = { synsets: new Int32Array(0), neighbours: new Int32Array(0) };


/**
 * Analyse a sentence once for {@link pairFeatures}.
 * @example prepareSentence('Driscoll met Zelensky in Kyiv').names // Set {'driscol', 'zelenski', 'kyiv'}
 */
export function prepareSentence(text: string): PreparedSentence {
  return preparedCache(text);
}

/**
 * Wire copies and rewrites repeat sentences word for word, and preparing one costs ~0.3 ms: the same text is
 * prepared once. Within a story the TextPool (prepare.ts) already shares one preparation per text, so this cache
 * only serves texts met again in a later story; 2,000 entries (a prepared sentence is a few KB) keeps it to a few
 * MB per thread: at 20,000 each analyze worker held ~100 MB of it over 10,000 synthetic articles.
 */
const MAX_PREPARED_CACHE = 2_000;
const preparedCache = memoize((text) => analyseSentence(text), MAX_PREPARED_CACHE);

function analyseSentence(text: string): PreparedSentence {
  const clean = normalizeForAnalysis(text).replace(/\s+/g, ' ').trim();
  const tokens = readTokens(clean);
  const stems = tokens.map((t) => t.stem);
  const senses = tokens.map((t) => (t.stop ? NO_SENSES : lookupSenses([t.lemma, t.lower], t.pos)));
  const lemmas = tokens.map((t) => t.lemma);
  return {
    key: clean.toLowerCase(),
    stems,
    lemmas,
    stemIds: Uint32Array.from(stems, hashText),
    stemGrams: countAllGrams(stems),
    lemmaGrams: countAllGrams(lemmas),
    content: new Set(tokens.filter((t) => !t.stop).map((t) => t.stem)),
    names: new Set(tokens.filter((t) => t.name).map((t) => t.stem)),
    numbers: readNumbers(clean),
    slots: readSlots(tokens),
    negated: tokens.some((t) => NEGATIONS.has(t.lower)),
    charGrams: countCharGrams(clean.toLowerCase()),
    words: tokens.map((t) => t.lower),
    wordIds: Uint32Array.from(tokens, (t) => hashText(t.lower)),
    isContent: tokens.map((t) => !t.stop),
    senses,
    senseIndex: indexSenses(senses),
    weights: tokens.map((t) => (t.stop ? 0 : measureInformation([t.lemma, t.lower]))),
    classes: Uint8Array.from(tokens, (t) => (t.stop ? WORD_CLASS.other : (TAG_CLASS[t.tag] ?? WORD_CLASS.other))),
  };
}

interface WordToken {
  lower: string;
  stem: string;
  lemma: string;
  stop: boolean;
  name: boolean;
  pos: PartOfSpeech | undefined;
  /** The tagger's universal POS tag. */
  tag: string;
}

function readTokens(text: string): WordToken[] {
  if (text === '') return [];
  // The annotator's wink-nlp instance, which forgets what each text taught it: a sentence is read the same way
  // whatever was read before it (in this story, this thread or this process).
  return readWithWink(text, toWords);
}

function toWords(reading: WinkReading): WordToken[] {
  const words: WordToken[] = [];
  for (let i = 0; i < reading.count; i++) {
    const type = reading.type(i);
    if (type !== 'word' && type !== 'number') continue;
    const value = reading.value(i);
    const lower = value.toLowerCase();
    const tag = reading.pos(i);
    words.push({
      lower,
      stem: stemmer(lower),
      lemma: reading.lemma(i).toLowerCase(),
      stop: reading.isStopWord(i),
      name: isName(value, tag, i),
      pos: WORDNET_POS[tag],
      tag,
    });
  }
  return words;
}

/** The lite model tags most capitalised words PROPN; also accept capitalised words away from the sentence start. */
function isName(value: string, pos: string | undefined, index: number): boolean {
  if (pos === 'PROPN') return /^[A-Z]/.test(value);
  return index > 0 && /^[A-Z][a-z]/.test(value) && pos !== 'PRON';
}

function readNumbers(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(NUMBER), (m) => m[0].replace(/,(?=\d{3}\b)/g, '')));
}

function countAllGrams(tokens: readonly string[]): Counts[] {
  const grams: Counts[] = [];
  for (let n = 1; n <= MAX_GRAM; n++) grams.push(countGrams(tokens, n));
  return grams;
}
