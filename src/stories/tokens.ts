import { stemmer } from 'stemmer';
import { STOP_WORDS } from './stopwords.ts';
import { memoize } from '../memo.ts';

/**
 * Texts are read by scanning their characters, not with global regexes: match() cost a regex call, a string and an
 * array slot per word and per run of punctuation, about a third of reading an article's terms. Each character
 * below U+10000 is classified once, by the regexes below, and remembered (charKinds); the rare ones above it are
 * classified each time.
 */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;
/** Kinds of code point: a letter or digit (\p{L}, \p{N}), whitespace (\s), anything else (lone surrogates too). */
export const WORD_CHAR = 1;
export const SPACE_CHAR = 2;
export const MARK_CHAR = 3;
/** Kinds of the code units below U+D800 and from U+E000, each filled on first sight (0: not yet). */
const charKinds = new Uint8Array(0x10000);
/**
 * Scripts written without spaces: tokens are character bigrams instead of runs. All of them lie at or above
 * U+0E01 (Thai), so words without such a character are not tested (scan.test.ts checks this).
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const FIRST_UNSPACED = 0x0e01;
/** 1-letter tokens carry no event signal in any language we see. */
const MIN_TOKEN_LENGTH = 2;
/**
 * English words remembered with their terms (englishTerm). The stemmer builds several intermediate strings per
 * word, most of the garbage add() left after the other scratch was reused; news vocabulary repeats, so most words
 * hit. Cleared when full: a bound on memory, and terms do not depend on what the cache holds, so results stay
 * deterministic. Sized to hold a corpus's working vocabulary (~23,000 distinct words over 10,000 articles): at
 * 10,000 it was refilled every ~120 articles and one word in nine was stemmed again. Refilling rehashes the
 * Map as it grows, ~1.5 ms at its last doubling (32,768 entries), once per 50,000 new words: within one add()'s
 * budget (bench/stories-latency.ts, p99 target 5 ms).
 */
const TERM_CACHE_SIZE = 50_000;

/** Whether stemming and the English stop words apply. */
export function isEnglish(language: string | undefined): boolean {
  return language === undefined || language === '' || language.toLowerCase().startsWith('en');
}

/**
 * Word terms for TF-IDF: lower-cased, English stop words removed and Porter-stemmed when English. Words are runs of
 * letters and digits with inner apostrophes or dots ("u.s.", "7.1", "o'neill"), as the regex
 * [\p{L}\p{N}]+(?:[.'][\p{L}\p{N}]+)* matches them in the lower-cased text.
 * tokenizeTerms('Earthquakes shook Kyiv', true) -> ['earthquak', 'shook', 'kyiv']
 */
export function tokenizeTerms(text: string, english: boolean): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  let i = 0;
  while (i < lower.length) {
    const kind = charKindAt(lower, i);
    if (kind !== WORD_CHAR) {
      i = charRunEnd(lower, i, kind);
      continue;
    }
    const end = wordEnd(lower, i, isTermJoiner);
    pushTerm(lower.slice(i, end), english, out);
    i = end;
  }
  return out;
}

/** A word's terms: bigrams in an unspaced script, else the word itself or, in English, its term. */
function pushTerm(word: string, english: boolean, out: string[]): void {
  if (isUnspaced(word)) pushBigrams(word, out);
  else if (word.length < MIN_TOKEN_LENGTH) return;
  else if (!english) out.push(word);
  else {
    const term = englishTerm(word);
    if (term !== '') out.push(term);
  }
}

/**
 * Whether the word holds a character of UNSPACED. None lies below FIRST_UNSPACED, so the regex runs only for the
 * rare words with a character above it (testing every whole text first cost ~4% of reading its terms).
 */
function isUnspaced(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) >= FIRST_UNSPACED) return UNSPACED.test(word);
  return false;
}

/** An English word's term ('' for none): stop words and bare numbers dropped, plain words Porter-stemmed. */
const englishTerm = memoize((word) => {
  const bare = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (STOP_WORDS.has(bare) || /^\d+$/.test(bare)) return ''; // bare numbers go to the entity keys instead
  return /^[a-z]+$/.test(bare) ? stemmer(bare) : bare;
}, TERM_CACHE_SIZE);

function pushBigrams(word: string, out: string[]): void {
  const chars = [...word];
  if (chars.length === 1) out.push(word);
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
}

/** . and ', inside a term ("u.s.", "o'neill"). */
function isTermJoiner(c: number): boolean {
  return c === 0x2e || c === 0x27;
}

/** WORD_CHAR, SPACE_CHAR or MARK_CHAR: the kind of the code point starting at i. */
export function charKindAt(text: string, i: number): number {
  const kind = charKinds[text.charCodeAt(i)]!;
  return kind !== 0 ? kind : rareCharKindAt(text, i);
}

/**
 * The kind of a code point not in charKinds: one seen for the first time, now remembered, or a surrogate, which
 * never is, since the pair's code point decides (a lone surrogate is MARK_CHAR). One test for both keeps the
 * common path to a table read.
 */
function rareCharKindAt(text: string, i: number): number {
  const c = text.codePointAt(i)!;
  if (c >= 0x10000 || (c >= 0xd800 && c <= 0xdfff)) return classifyChar(String.fromCodePoint(c));
  charKinds[c] = classifyChar(String.fromCharCode(c));
  return charKinds[c]!;
}

function classifyChar(char: string): number {
  if (LETTER_OR_DIGIT.test(char)) return WORD_CHAR;
  return SPACE.test(char) ? SPACE_CHAR : MARK_CHAR;
}

/** Where the run of code points of one kind starting at i ends. */
export function charRunEnd(text: string, i: number, kind: number): number {
  while (i < text.length) {
    const known = charKinds[text.charCodeAt(i)]!;
    if (known !== 0) {
      if (known !== kind) break;
      i++;
    } else {
      if (rareCharKindAt(text, i) !== kind) break;
      i += text.codePointAt(i)! >= 0x10000 ? 2 : 1;
    }
  }
  return i;
}

/**
 * Where the word starting at i ends: runs of letters and digits joined by single `isJoiner` characters, as the
 * regex [\p{L}\p{N}]+(?:[joiners][\p{L}\p{N}]+)* matches it.
 */
export function wordEnd(text: string, i: number, isJoiner: (c: number) => boolean): number {
  let end = charRunEnd(text, i, WORD_CHAR);
  while (end + 1 < text.length && isJoiner(text.charCodeAt(end)) && charKindAt(text, end + 1) === WORD_CHAR) {
    end = charRunEnd(text, end + 1, WORD_CHAR);
  }
  return end;
}
