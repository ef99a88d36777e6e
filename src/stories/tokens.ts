import { stemmer } from 'stemmer';
import { STOP_WORDS } from './stopwords.ts';
import { memoize } from '../memo.ts';

/** Letters, digits and inner apostrophes/dots ("u.s.", "7.1", "o'neill"). */
const WORD = /[\p{L}\p{N}]+(?:[.'][\p{L}\p{N}]+)*/gu;
/** Scripts written without spaces: tokens are character bigrams instead of runs. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/** 1-letter tokens carry no event signal in any language we see. */
const MIN_TOKEN_LENGTH = 2;
/**
 * English words remembered with their terms (englishTerm). The stemmer builds several intermediate strings per
 * word, most of the garbage add() left after the other scratch was reused; news vocabulary repeats, so most words
 * hit. Cleared when full: a bound on memory, and terms do not depend on what the cache holds, so results stay
 * deterministic. Small, so that refilling it never rehashes a large Map inside one add().
 */
const TERM_CACHE_SIZE = 10_000;

/** Whether stemming and the English stop words apply. */
export function isEnglish(language: string | undefined): boolean {
  return language === undefined || language === '' || language.toLowerCase().startsWith('en');
}

/**
 * Word terms for TF-IDF: lower-cased, English stop words removed and Porter-stemmed when English.
 * tokenizeTerms('Earthquakes shook Kyiv', true) -> ['earthquak', 'shook', 'kyiv']
 */
export function tokenizeTerms(text: string, english: boolean): string[] {
  const out: string[] = [];
  // Most texts hold no unspaced script at all: then no word needs testing for one.
  const unspaced = UNSPACED.test(text);
  // match() rather than matchAll(): strings only, no match object per word (the hot path's largest garbage).
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    if (unspaced && UNSPACED.test(word)) pushBigrams(word, out);
    else if (word.length < MIN_TOKEN_LENGTH) continue;
    else if (!english) out.push(word);
    else {
      const term = englishTerm(word);
      if (term !== '') out.push(term);
    }
  }
  return out;
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
