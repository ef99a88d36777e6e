import fc from 'fast-check';
import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { readSentences } from './entities.ts';
import { STOP_WORDS } from './stopwords.ts';
import { tokenizeTerms } from './tokens.ts';

// The character scans of tokens.ts and entities.ts replaced these regexes: they must read the same words.
const WORD = /[\p{L}\p{N}]+(?:[.'][\p{L}\p{N}]+)*/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const SENTENCE_BREAK = /(?<=[.!?]["')\]]?)\s+|\n+/u;
const WORD_OR_MARK = /[\p{L}\p{N}]+(?:[.'’,][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]+/gu;

function referenceTerms(text: string, english: boolean): string[] {
  const out: string[] = [];
  const unspaced = UNSPACED.test(text);
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    if (unspaced && UNSPACED.test(word)) {
      const chars = [...word];
      if (chars.length === 1) out.push(word);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    } else if (word.length < 2) continue;
    else if (!english) out.push(word);
    else {
      const bare = word.endsWith("'s") ? word.slice(0, -2) : word;
      if (STOP_WORDS.has(bare) || /^\d+$/.test(bare)) continue;
      out.push(/^[a-z]+$/.test(bare) ? stemmer(bare) : bare);
    }
  }
  return out;
}

function referenceSentences(text: string): { words: string[]; titleCase: boolean }[] {
  return text
    .split(SENTENCE_BREAK)
    .map((sentence) => {
      const words: string[] = [];
      let mark = false;
      for (const token of sentence.match(WORD_OR_MARK) ?? []) {
        if (!/^[\p{L}\p{N}]/u.test(token)) {
          mark = words.length > 0;
          continue;
        }
        if (mark) words.push('');
        mark = false;
        words.push(token.endsWith("'s") || token.endsWith('’s') ? token.slice(0, -2) : token);
      }
      const long = words.filter((w) => w.length > 3);
      const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
      const ended = /[.!?]["')\]]?\s*$/u.test(sentence);
      return { words, titleCase: !ended && long.length >= 3 && capitalised / long.length > 0.6 };
    })
    .filter((s) => s.words.length > 0);
}

/** Pieces that meet at the scans' edge cases: joiners, possessives, sentence ends, odd whitespace, surrogates. */
const PIECES = [
  ...['Kyiv', 'of', 'Dan', 'June', 'Quake', 'Hits', 'Chile', 'KILLS', 'Zürich', 'İstanbul', 'ΑΘΗΝΑ', 'Москва', 'ﬁ', 'Ａ'],
  ...['東京', 'ひらがな', 'カタカナ', 'ไทย', '한국', '𝐀𝐁', '𝟎', '𠀀', '😀', '\uD800', '\uDC00', 'a\u0301', '\u0301'],
  ...['7', '7.1', '2013', '1,000', '٣', '²', 'Ⅻ', 'U.S.', "O'Neill", 'he’s', "it's", "Kyiv's", 's', 'S'],
  ...['.', ',', "'", '’', "'s", '’s', '!', '?', '"', ')', ']', '(', '-', '…', '..', '."', ".'", '!)', '?]', ']]'],
  ...[' ', '  ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', '\u0085', '\v'],
];

const arbitraryText = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join('')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(' ')),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ maxLength: 40 }),
);

describe('character scans', () => {
  it('tokenizeTerms reads the words WORD matches', () => {
    fc.assert(
      fc.property(arbitraryText, fc.boolean(), (text, english) => {
        expect(tokenizeTerms(text, english)).toEqual(referenceTerms(text, english));
      }),
      { numRuns: 3000 },
    );
  });

  it('readSentences reads the sentences and words SENTENCE_BREAK and WORD_OR_MARK split', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        expect(readSentences(text)).toEqual(referenceSentences(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('UNSPACED scripts start at U+0E01 and lower-casing never makes their characters', () => {
    for (let c = 0; c <= 0x10ffff; c++) {
      const char = String.fromCodePoint(c);
      if (UNSPACED.test(char)) {
        if (c < 0x0e01) expect.fail(`U+${c.toString(16)} is in an unspaced script`);
      } else if (UNSPACED.test(char.toLowerCase())) {
        expect.fail(`U+${c.toString(16)} lower-cases into an unspaced script`);
      }
    }
  });
});
