/** Deciding whether bytes that are not UTF-8 and declare no charset can be read as Windows-1252. */

/** Bytes Windows-1252 leaves undefined: their presence means the file is in some other encoding. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Half: in Western European text a non-ASCII letter sits among ASCII ones ("café", "Straße", "où"), so words
 * that are mostly non-ASCII are rare; undeclared Cyrillic, Greek or Central European text read as Windows-1252
 * turns whole words into accented Latin ("Ïðèâåò"). When over half the words look like that, we refuse rather
 * than produce mojibake. Single-letter words are not counted: "à" and "é" are common French and Portuguese words.
 */
const MAX_FOREIGN_WORD_SHARE = 0.5;

const WORD_BREAK = /[\s\p{P}\p{S}\p{N}]+/u;

function isForeignWord(word: string): boolean {
  let high = 0;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x80) high++;
  return high * 2 > word.length;
}

/** Why these bytes are not plausible Windows-1252 text, or null when they are (then `text` is their decoding). */
export function explainNot1252(bytes: Uint8Array, text: string): string | null {
  const undefinedByte = bytes.find((b) => UNDEFINED_IN_1252.has(b));
  if (undefinedByte !== undefined) return `it holds byte 0x${undefinedByte.toString(16)}, undefined in Windows-1252`;
  const words = text.split(WORD_BREAK).filter((w) => w.length > 1);
  const foreign = words.filter(isForeignWord).length;
  if (words.length === 0 || foreign / words.length <= MAX_FOREIGN_WORD_SHARE) return null;
  const percent = Math.round((100 * foreign) / words.length);
  return `read as Windows-1252, ${percent}% of its words would be mostly non-ASCII, so it is likely another encoding`;
}
