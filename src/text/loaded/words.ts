/**
 * Word boundaries for the lexicon scan, by character codes: a regex with Unicode classes costs more than the
 * whole rest of findLoaded. A word is a run of letters/digits, joined across one inner hyphen or apostrophe
 * ("so-called", "Israel's"); any Unicode letter counts, so "café-explosive" stays one word.
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
  return LETTER_OR_DIGIT.test(text[i]!);
}

/** True when the character at `i` joins two word characters. */
function isJoiner(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === HYPHEN || c === APOSTROPHE) && i > 0 && isWordCode(text, i - 1) && isWordCode(text, i + 1);
}

/** splitWords("so-called 'deal'") -> starts [0, 11], ends [9, 15] */
export function splitWords(text: string): Words {
  const words: Words = { starts: [], ends: [] };
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const inWord = isWordCode(text, i) || (start >= 0 && isJoiner(text, i));
    if (inWord === start >= 0) continue;
    if (inWord) start = i;
    else {
      words.starts.push(start);
      words.ends.push(i);
      start = -1;
    }
  }
  if (start >= 0) {
    words.starts.push(start);
    words.ends.push(text.length);
  }
  return words;
}
