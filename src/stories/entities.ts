import { stemmer } from 'stemmer';
import { NOT_NAMES, STOP_WORDS } from './stopwords.ts';

/** Sentence ends and line breaks: the next word's capital says nothing about it being a name. */
const SENTENCE_BREAK = /(?<=[.!?]["')\]]?)\s+|\n+/u;
/** A word (letters, digits, inner . ' ’ ,) or a run of punctuation between words. */
const WORD_OR_MARK = /[\p{L}\p{N}]+(?:[.'’,][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]+/gu;
const IS_WORD = /^[\p{L}\p{N}]/u;
const CAPITALISED = /^\p{Lu}/u;
const NUMBER = /^\d+(?:[.,]\d+)*$/;
const YEAR = /^(?:19|20)\d\d$/;
const MONTHS = new Set(
  'january february march april may june july august september october november december'.split(' '),
);
/** Lowercase words allowed inside a name ("Bank of America", "Leonardo da Vinci"). */
const NAME_CONNECTORS = new Set(['of', 'de', 'da', 'del', 'la', 'van', 'von', 'al', 'bin']);
/** A line with more capitalised words than this share is a title-case headline: its capitals are not evidence. */
const TITLE_CASE_SHARE = 0.6;
/** Bare numbers below this ("2 people", "1 of") are too common to identify an event on their own. */
const MIN_BARE_NUMBER = 10;

/**
 * Cheap entity and event-cue keys when the annotator gave none: capitalised runs not at a sentence start
 * ("name:dan driscoll" and "name:driscoll"), numbers with their unit ("num:7.1", "num:7.1 magnitud"), years and
 * day-of-month dates ("year:2013", "date:june 8").
 *
 * deriveEntityKeys('Officials in Kyiv said a 7.1 magnitude quake hit.') includes 'name:kyiv' and 'num:7.1 magnitud'.
 */
export function deriveEntityKeys(text: string): string[] {
  const sentences = text.split(SENTENCE_BREAK).map((s) => {
    const words = splitWords(s);
    return { words, titleCase: isTitleCase(s, words) };
  });
  const known = collectMidSentenceCapitals(sentences);
  const keys: string[] = [];
  for (const sentence of sentences) {
    pushNameKeys(sentence, known, keys);
    pushNumberKeys(sentence.words, keys);
  }
  return keys;
}

interface Sentence {
  words: string[];
  titleCase: boolean;
}

/** Words of a sentence; '' marks punctuation between words, which ends a name ("Alaska, Sarah Palin"). */
function splitWords(sentence: string): string[] {
  const words: string[] = [];
  let mark = false;
  // match() rather than matchAll(): strings only, no match object per word (the hot path's largest garbage).
  for (const token of sentence.match(WORD_OR_MARK) ?? []) {
    if (!isWordToken(token)) {
      mark = words.length > 0;
      continue;
    }
    if (mark) words.push('');
    mark = false;
    words.push(token.endsWith("'s") || token.endsWith('’s') ? token.slice(0, -2) : token);
  }
  return words;
}

/** IS_WORD without the regex for ASCII, which is nearly every token: this runs for each word of each article. */
function isWordToken(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return IS_WORD.test(token);
}

/** CAPITALISED, without the regex for ASCII. */
function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITALISED.test(word);
}

/** A headline line in title case ("Quake Hits Chile, Kills 12"): no closing full stop, mostly capitals. */
function isTitleCase(sentence: string, words: string[]): boolean {
  if (/[.!?]["')\]]?\s*$/u.test(sentence)) return false;
  let long = 0;
  let capitalised = 0;
  for (const w of words) {
    if (w.length <= 3) continue;
    long++;
    if (CAPITALISED.test(w)) capitalised++;
  }
  return long >= 3 && capitalised / long > TITLE_CASE_SHARE;
}

/** Words capitalised mid-sentence in ordinary lines: proof that a capital at a sentence start is a name. */
function collectMidSentenceCapitals(sentences: Sentence[]): Set<string> {
  const known = new Set<string>();
  for (const { words, titleCase } of sentences) {
    if (titleCase) continue;
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!;
      if (!isCapitalised(w)) continue;
      const lower = w.toLowerCase();
      if (!NOT_NAMES.has(lower)) known.add(lower);
    }
  }
  return known;
}

function isNameWord(word: string, lower: string, index: number, titleCase: boolean, known: Set<string>): boolean {
  if (!isCapitalised(word)) return false;
  if (NOT_NAMES.has(lower) || STOP_WORDS.has(lower)) return false;
  return (index > 0 && !titleCase) || known.has(lower);
}

function pushNameKeys({ words, titleCase }: Sentence, known: Set<string>, keys: string[]): void {
  let run: string[] = [];
  const flush = () => {
    while (run.length > 0 && NAME_CONNECTORS.has(run[run.length - 1]!)) run.pop();
    if (run.length > 0) keys.push('name:' + run.join(' '));
    if (run.length > 1) for (const w of run) if (!NAME_CONNECTORS.has(w)) keys.push('name:' + w);
    run = [];
  };
  words.forEach((word, i) => {
    const lower = word.toLowerCase();
    if (isNameWord(word, lower, i, titleCase, known)) run.push(lower);
    else if (run.length > 0 && NAME_CONNECTORS.has(lower)) run.push(lower);
    else flush();
  });
  flush();
}

function pushNumberKeys(words: string[], keys: string[]): void {
  words.forEach((word, i) => {
    if (!NUMBER.test(word)) return;
    const value = word.replace(/,(?=\d{3}\b)/g, '');
    const prev = (words[i - 1] ?? '').toLowerCase();
    const next = (words[i + 1] ?? '').toLowerCase();
    if (YEAR.test(value)) keys.push('year:' + value);
    else if (MONTHS.has(prev) && Number(value) <= 31) keys.push('date:' + prev + ' ' + Number(value));
    else pushQuantityKeys(value, next, keys);
  });
}

function pushQuantityKeys(value: string, next: string, keys: string[]): void {
  const unit = /^\p{L}+$/u.test(next) && !STOP_WORDS.has(next) ? stemmer(next) : null;
  if (unit !== null) keys.push('num:' + value + ' ' + unit);
  if (value.includes('.') || Number(value) >= MIN_BARE_NUMBER) keys.push('num:' + value);
}
