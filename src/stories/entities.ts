import { stemmer } from 'stemmer';
import { NOT_NAMES, STOP_WORDS } from './stopwords.ts';
import { charKindAt, charRunEnd, MARK_CHAR, SPACE_CHAR, WORD_CHAR, wordEnd } from './tokens.ts';

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
  const sentences = readSentences(text);
  const known = collectMidSentenceCapitals(sentences);
  const keys: string[] = [];
  for (const sentence of sentences) {
    pushNameKeys(sentence, known, keys);
    pushNumberKeys(sentence.words, keys);
  }
  return keys;
}

interface Sentence {
  /** '' marks punctuation between words, which ends a name ("Alaska, Sarah Palin"). */
  words: string[];
  titleCase: boolean;
}

/**
 * The text's sentences with their words (possessive 's dropped), in one pass over its characters. Exactly what
 * splitting at /(?<=[.!?]["')\]]?)\s+|\n+/u (whitespace after a sentence end, line breaks) and matching words and
 * runs of punctuation in each piece with /[\p{L}\p{N}]+(?:[.'’,][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]+/gu gave: neither
 * holds whitespace, so sentences break between them, at a run of whitespace that follows a sentence end or holds a
 * line break. Those regexes took a fifth of reading an article's terms; scan.test.ts checks the scan against them.
 * Sentences without words are left out: they add no keys.
 */
export function readSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let words: string[] = [];
  let mark = false;
  /** Where the sentence's last word or mark ends: a sentence end there means no headline (pushSentence). */
  let tokenEnd = 0;
  let i = 0;
  while (i < text.length) {
    const kind = charKindAt(text, i);
    if (kind === SPACE_CHAR) {
      const end = charRunEnd(text, i, SPACE_CHAR);
      // A run of whitespace starts where the last word or mark ended (i is tokenEnd).
      const ended = followsSentenceEnd(text, i);
      if (ended || hasLineBreak(text, i, end)) {
        pushSentence(words, ended, sentences);
        words = [];
        mark = false;
      }
      i = end;
      continue;
    }
    if (kind === WORD_CHAR) {
      tokenEnd = wordEnd(text, i, isWordJoiner);
      if (mark) words.push('');
      mark = false;
      words.push(text.slice(i, endsWithPossessive(text, i, tokenEnd) ? tokenEnd - 2 : tokenEnd));
    } else {
      tokenEnd = charRunEnd(text, i, MARK_CHAR);
      mark = words.length > 0;
    }
    i = tokenEnd;
  }
  pushSentence(words, followsSentenceEnd(text, tokenEnd), sentences);
  return sentences;
}

/** `ended`: the last mark is a sentence end (followsSentenceEnd), which no title-case headline has. */
function pushSentence(words: string[], ended: boolean, sentences: Sentence[]): void {
  if (words.length > 0) sentences.push({ words, titleCase: !ended && isTitleCase(words) });
}

/** . ' ’ , inside a word ("U.S.", "O’Neill", "1,000"). */
function isWordJoiner(c: number): boolean {
  return c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2c;
}

/** Whether the word from `start` to `end` ends in 's or ’s ("Zürich's"). */
function endsWithPossessive(text: string, start: number, end: number): boolean {
  if (end - start < 3 || text.charCodeAt(end - 1) !== 0x73) return false;
  const c = text.charCodeAt(end - 2);
  return c === 0x27 || c === 0x2019;
}

/** Whether the text from `start` to `end` holds a \n, which breaks it like a sentence end. */
function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}

/** Whether the text before i ends a sentence: . ! or ?, then perhaps one closing quote or bracket. */
function followsSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (isSentenceEnd(c)) return true;
  return (c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d) && isSentenceEnd(text.charCodeAt(i - 2));
}

function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

/** CAPITALISED, without the regex for ASCII. */
function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITALISED.test(word);
}

/** A headline line in title case ("Quake Hits Chile, Kills 12"), if it has no closing full stop: mostly capitals. */
function isTitleCase(words: string[]): boolean {
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

/** Whether a capitalised word (given lower-cased) is part of a name. */
function isNameWord(lower: string, index: number, titleCase: boolean, known: Set<string>): boolean {
  if (NOT_NAMES.has(lower) || STOP_WORDS.has(lower)) return false;
  return (index > 0 && !titleCase) || known.has(lower);
}

function pushNameKeys({ words, titleCase }: Sentence, known: Set<string>, keys: string[]): void {
  let run: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const capitalised = isCapitalised(word);
    // Most words neither start a name nor continue one: not lower-cased (this runs for every word of an article).
    if (!capitalised && run.length === 0) continue;
    const lower = word.toLowerCase();
    if (capitalised && isNameWord(lower, i, titleCase, known)) run.push(lower);
    else if (run.length > 0 && NAME_CONNECTORS.has(lower)) run.push(lower);
    else if (run.length > 0) {
      pushRunKeys(run, keys);
      run = [];
    }
  }
  if (run.length > 0) pushRunKeys(run, keys);
}

/** Keys of a name run, once trailing connectors are dropped: the whole name and, if longer, each word. */
function pushRunKeys(run: string[], keys: string[]): void {
  while (run.length > 0 && NAME_CONNECTORS.has(run[run.length - 1]!)) run.pop();
  if (run.length > 0) keys.push('name:' + run.join(' '));
  if (run.length > 1) for (const w of run) if (!NAME_CONNECTORS.has(w)) keys.push('name:' + w);
}

function pushNumberKeys(words: string[], keys: string[]): void {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!startsWithDigit(word) || !NUMBER.test(word)) continue;
    const value = word.replace(/,(?=\d{3}\b)/g, '');
    const prev = (words[i - 1] ?? '').toLowerCase();
    const next = (words[i + 1] ?? '').toLowerCase();
    if (YEAR.test(value)) keys.push('year:' + value);
    else if (MONTHS.has(prev) && Number(value) <= 31) keys.push('date:' + prev + ' ' + Number(value));
    else pushQuantityKeys(value, next, keys);
  }
}

/** What NUMBER needs first: skips the regex for the words that are not numbers, nearly all of them. */
function startsWithDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function pushQuantityKeys(value: string, next: string, keys: string[]): void {
  const unit = /^\p{L}+$/u.test(next) && !STOP_WORDS.has(next) ? stemmer(next) : null;
  if (unit !== null) keys.push('num:' + value + ' ' + unit);
  if (value.includes('.') || Number(value) >= MIN_BARE_NUMBER) keys.push('num:' + value);
}
