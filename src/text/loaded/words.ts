/**
 * Word boundaries for the lexicon scan, by character codes: a regex with Unicode classes costs more than the
 * whole rest of findLoaded. A word is a run of letters/digits, joined across one inner hyphen or apostrophe
 * ("so-called", "Israel's"); any Unicode letter counts, so "café-explosive" stays one word. The scan reads words
 * one at a time with `nextWordStart` and `wordEnd`, so no list of the article's words is built.
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HYPHEN = 45;
const APOSTROPHE = 39;

export interface Words {
  starts: number[];
  ends: number[];
}

/** ASCII letters and digits, by code: a table lookup is the hot path of the whole scan. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => (/[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0));
/** General Punctuation (dashes, ellipsis, curly quotes) is frequent in news and never a letter. */
const PUNCTUATION_BLOCK_START = 0x2000;
const PUNCTUATION_BLOCK_END = 0x206f;

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  if (c >= PUNCTUATION_BLOCK_START && c <= PUNCTUATION_BLOCK_END) return false;
  return i < text.length && LETTER_OR_DIGIT.test(text[i]!);
}

/** The first word character at or after `from`, or the text's length. */
export function nextWordStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isWordCode(text, i)) i++;
  return i;
}

/**
 * The end of the word starting at `start` (a word character): a hyphen or apostrophe joins it to a word character
 * after it; the character before one is always a word character, since two joiners are never adjacent in a word.
 */
export function wordEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    if (isWordCode(text, i)) i++;
    else {
      const c = text.charCodeAt(i);
      if ((c === HYPHEN || c === APOSTROPHE) && isWordCode(text, i + 1)) i += 2;
      else return i;
    }
  }
}

/** splitWords("so-called 'deal'") -> starts [0, 11], ends [9, 15] */
export function splitWords(text: string): Words {
  const words: Words = { starts: [], ends: [] };
  for (let start = nextWordStart(text, 0); start < text.length; start = nextWordStart(text, words.ends[words.ends.length - 1]!)) {
    words.starts.push(start);
    words.ends.push(wordEnd(text, start));
  }
  return words;
}
