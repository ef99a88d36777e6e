/**
 * Language codes from markup (`en-US`, `en_GB`, `fr`) and a stopword guess for pages that declare none.
 */

import { FNV_OFFSET, FNV_PRIME, hashRange } from '../hash.ts';

/** A dozen of each language's commonest words. */
export const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'was', 'are', 'this', 'have'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'que', 'pour', 'qui', 'pas'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'ein', 'eine'],
  es: ['el', 'los', 'las', 'y', 'del', 'que', 'por', 'una', 'con', 'para', 'es', 'se'],
  it: ['il', 'di', 'che', 'e', 'della', 'per', 'non', 'sono', 'gli', 'una', 'del', 'con'],
  pt: ['o', 'os', 'da', 'do', 'que', 'não', 'uma', 'para', 'com', 'em', 'dos', 'é'],
  nl: ['de', 'het', 'een', 'en', 'van', 'niet', 'dat', 'zijn', 'met', 'voor', 'op', 'ook'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'как', 'по', 'это', 'он', 'из', 'но'],
  uk: ['і', 'та', 'що', 'як', 'це', 'до', 'від', 'про', 'й', 'був', 'була', 'які'],
};


/** The languages STOPWORDS knows, numbered in its order. */
const LANGUAGES = Object.keys(STOPWORDS);

/** A stopword, with the numbers of the languages it is one of. */
interface Stopword {
  word: string;
  langs: number[];
}

/**
 * The stopwords by the hash (hashRange) of their code units, so that a run of letters is looked up where it stands
 * in the text, without slicing it into a string of its own and hashing that.
 */
const STOP_TABLE = buildStopTable();

/** Below this many stopword hits the guess is noise (a caption, a title); 5 hits is about one sentence. */
const MIN_STOPWORD_HITS = 5;

/** Only the text's start is read: a few hundred words decide the language and keep the guess O(1). */
const GUESS_CHARS = 3000;

/** The longest stopword (UTF-16 units): a longer run of letters cannot be one, so it is skipped unlooked. */
const MAX_STOPWORD_LENGTH = Math.max(...Object.values(STOPWORDS).flatMap((words) => words.map((w) => w.length)));


function buildStopTable(): Map<number, Stopword[]> {
  const byWord = new Map<string, number[]>();
  LANGUAGES.forEach((lang, n) => {
    for (const word of STOPWORDS[lang]!) byWord.set(word, [...(byWord.get(word) ?? []), n]);
  });
  const table = new Map<number, Stopword[]>();
  for (const [word, langs] of byWord) {
    const h = hashRange(word, 0, word.length);
    table.set(h, [...(table.get(h) ?? []), { word, langs }]);
  }
  return table;
}

/**
 * The two-letter primary subtag of a language tag, or null when it is not one.
 * @example normalizeLanguage('en_GB') // 'en'
 */
export function normalizeLanguage(tag: string | null | undefined): string | null {
  const match = /^\s*([a-z]{2})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? '');
  return match?.[1] ? match[1].toLowerCase() : null;
}

/**
 * A cheap stopword vote among en, fr, de, es, it, pt, nl and ru; null when the text is too short to tell.
 * @example guessLanguage('the cat and the dog were in the garden, and that is all there is to it') // 'en'
 */
export function guessLanguage(text: string): string | null {
  const counts = new Int32Array(LANGUAGES.length);
  const order: number[] = [];
  countStopwords(text.slice(0, GUESS_CHARS).toLowerCase(), counts, order);
  let best: string | null = null;
  let bestCount = MIN_STOPWORD_HITS - 1;
  for (const lang of order) {
    if (counts[lang]! > bestCount) [best, bestCount] = [LANGUAGES[lang]!, counts[lang]!];
  }
  return best;
}

/**
 * Adds the stopword hits of `text` to `counts` (by language number; `order` gets each language when first hit),
 * for each word of `text.split(/[^\p{L}]+/u)` in turn. A walk over the runs of letters rather than the split: it
 * was half the cost of extracting an article, most of it in allocating every word of the text only to look it up
 * once; a run is hashed as it is walked and looked up in place, and one longer than any stopword is passed over.
 */
function countStopwords(text: string, counts: Int32Array, order: number[]): void {
  let start = -1;
  let h = FNV_OFFSET;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    // ASCII tested inline: it is nearly every character of the texts this guesses for.
    const width = code < 0x80 ? (isAsciiLetter(code) ? 1 : 0) : letterWidth(text, i);
    if (width > 0) {
      if (start < 0) {
        start = i;
        h = FNV_OFFSET;
      }
      h = Math.imul(h ^ code, FNV_PRIME);
      if (width === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), FNV_PRIME);
      i += width - 1;
    } else if (start >= 0) {
      if (i - start <= MAX_STOPWORD_LENGTH) countWord(text, start, i, h >>> 0, counts, order);
      start = -1;
    }
  }
}

/** Counts text[start, end) (whose hashRange is `h`) when it is a stopword. */
function countWord(text: string, start: number, end: number, h: number, counts: Int32Array, order: number[]): void {
  const found = STOP_TABLE.get(h);
  if (found === undefined) return;
  for (const { word, langs } of found) {
    if (word.length !== end - start || !text.startsWith(word, start)) continue;
    for (const lang of langs) if (counts[lang]!++ === 0) order.push(lang);
    return;
  }
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/** Per BMP code unit: 0 not yet known, 1 a letter, 2 not a letter (surrogates are classed in letterWidth). */
const BMP_LETTER = new Uint8Array(0x10000);
const LETTER = /^\p{L}$/u;

/** The length (1 or 2 code units) of the letter starting at non-ASCII `i`, or 0 if no letter starts there. */
function letterWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdfff) {
    // A surrogate pair is one code point; a lone surrogate is no letter.
    const point = text.codePointAt(i)!;
    return point > 0xffff && LETTER.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  if (BMP_LETTER[code] === 0) BMP_LETTER[code] = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return BMP_LETTER[code] === 1 ? 1 : 0;
}
