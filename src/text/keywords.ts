/**
 * One scan of a text for the keywords of several lists at once: where a recogniser ran one regex per list (or
 * per list and sentence) to find which sentences are worth its full patterns, a single case-insensitive pass
 * over the text reports every position where one of the words starts, with the lists it belongs to.
 *
 * The scan is a prefilter: it is case-insensitive whatever the list, so a caller must only use it to skip text
 * its exact patterns cannot match, never as a match itself.
 */

/** List masks are 32-bit integers: one bit per list. */
const MAX_LISTS = 31;
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

/**
 * Keywords are looked up by their first characters, folded to lower case: the first three of a keyword of three,
 * the first four of a longer one. A table of hashes of the first three of every keyword lets most positions of a
 * text go after a few arithmetic steps; where it holds one, maps from the characters themselves give the keywords.
 */
const SHORT_GRAM = 3;
const LONG_GRAM = 4;
const GRAM_HASH_BITS = 16;
/** Seven bits a character (ASCII), three characters packed in an integer. */
const PACKED_MASK = (1 << (7 * SHORT_GRAM)) - 1;
/** ASCII folded to lower case; 0 for every character no keyword holds (controls, anything past ASCII). */
const FOLD = new Uint8Array(128);
for (let c = 32; c < 127; c++) FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;

function foldAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? FOLD[c]! : 0;
}

/** A 16-bit hash of three packed characters. */
function gramHash(packed: number): number {
  return (packed ^ (packed >>> 7)) & ((1 << GRAM_HASH_BITS) - 1);
}

function pack(word: string, length: number): number {
  let packed = 0;
  for (let i = 0; i < length; i++) packed = (packed << 7) | foldAt(word, i);
  return packed;
}

/** A keyword in lower case, with what a hit on it reports. */
interface Keyword {
  word: string;
  /** The lists it belongs to and those of every keyword that is a prefix of it. */
  lists: number;
  /** The length of the shortest keyword that is a prefix of it (itself included). */
  shortest: number;
}

export interface KeywordScanner {
  /** Keywords of four characters or more by their first four, packed; longest first. */
  long: Map<number, Keyword[]>;
  /** Keywords of three characters, packed. */
  short: Map<number, Keyword>;
  /** 1 at the gramHash of the first three characters of every keyword (a byte each: fewer steps than a bit). */
  starts: Uint8Array;
}

/**
 * compileKeywords([['said'], ['according to ']]) scans for both lists at once. Keywords are printable ASCII, three
 * characters or more; case is ignored.
 */
export function compileKeywords(lists: ReadonlyArray<readonly string[]>): KeywordScanner {
  if (lists.length > MAX_LISTS) throw new Error(`at most ${MAX_LISTS} keyword lists, got ${lists.length}`);
  const own = new Map<string, number>();
  lists.forEach((words, list) => {
    for (const w of words) {
      // Case-insensitive matching of non-ASCII letters does not round-trip through toLowerCase ("ς" matches "σ").
      if (!PRINTABLE_ASCII.test(w)) throw new Error(`keywords must be printable ASCII: ${JSON.stringify(w)}`);
      if (w.length < SHORT_GRAM) throw new Error(`keywords must be ${SHORT_GRAM} characters or more: ${JSON.stringify(w)}`);
      own.set(w.toLowerCase(), (own.get(w.toLowerCase()) ?? 0) | (1 << list));
    }
  });
  const scanner: KeywordScanner = { long: new Map(), short: new Map(), starts: new Uint8Array(1 << GRAM_HASH_BITS) };
  for (const word of [...own.keys()].sort((a, b) => b.length - a.length)) {
    // A hit reports the longest keyword at its position; every other keyword starting there is a prefix of it.
    let lists = 0;
    let shortest = word.length;
    for (const [prefix, bits] of own) {
      if (!word.startsWith(prefix)) continue;
      lists |= bits;
      shortest = Math.min(shortest, prefix.length);
    }
    const keyword = { word, lists, shortest };
    scanner.starts[gramHash(pack(word, SHORT_GRAM))] = 1;
    if (word.length === SHORT_GRAM) {
      scanner.short.set(pack(word, SHORT_GRAM), keyword);
    } else {
      const packed = pack(word, LONG_GRAM);
      const list = scanner.long.get(packed);
      if (list) list.push(keyword);
      else scanner.long.set(packed, [keyword]);
    }
  }
  return scanner;
}

/** Where keywords start in `text`, in order: `at[i]` holds keywords of the lists in `lists[i]`, the shortest `length[i]` long. */
export interface KeywordHits {
  at: number[];
  lists: number[];
  length: number[];
}

/** Every position where a keyword starts, overlapping ones included ("today" holds "day"). */
export function scanKeywords(scanner: KeywordScanner, text: string): KeywordHits {
  const hits: KeywordHits = { at: [], lists: [], length: [] };
  const { long, short, starts } = scanner;
  // At i, `packed` holds the characters from i - 2 to i, the three that start at i - 2.
  let packed = 0;
  for (let i = 0; i < text.length; i++) {
    packed = ((packed << 7) | foldAt(text, i)) & PACKED_MASK;
    if (starts[gramHash(packed)] === 0 || i < SHORT_GRAM - 1) continue;
    const at = i - (SHORT_GRAM - 1);
    const four = i + 1 < text.length ? long.get((packed << 7) | foldAt(text, i + 1)) : undefined;
    const keyword = longestAt(text, at, four) ?? short.get(packed);
    if (keyword === undefined) continue;
    hits.at.push(at);
    hits.lists.push(keyword.lists);
    hits.length.push(keyword.shortest);
  }
  return hits;
}

/** The first (longest) of `keywords` that starts at `at`, whose first four characters are known to be there. */
function longestAt(text: string, at: number, keywords: Keyword[] | undefined): Keyword | undefined {
  if (keywords === undefined) return undefined;
  for (const k of keywords) {
    const { word } = k;
    if (at + word.length > text.length) continue;
    let i = LONG_GRAM;
    while (i < word.length && foldAt(text, at + i) === word.charCodeAt(i)) i++;
    if (i === word.length) return k;
  }
  return undefined;
}
