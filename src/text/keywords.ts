/**
 * One scan of a text for the keywords of several lists at once: where a recogniser ran one regex per list (or
 * per list and sentence) to find which sentences are worth its full patterns, a single case-insensitive
 * alternation of all the words reports every position where one of them starts, with the lists it belongs to.
 *
 * The scan is a prefilter: it is case-insensitive whatever the list, so a caller must only use it to skip text
 * its exact patterns cannot match, never as a match itself.
 */

/** List masks are 32-bit integers: one bit per list. */
const MAX_LISTS = 31;
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

export interface KeywordScanner {
  /** Every keyword, longest first, case-insensitive; null when the lists hold none. */
  scan: RegExp | null;
  /**
   * Per lower-cased keyword, the lists it belongs to and those of every keyword that is a prefix of it: the scan
   * reports one keyword per position, the first alternative that matches there, which with the longest first
   * is the longest; every other keyword starting at that position is a prefix of it.
   */
  listsOf: Map<string, number>;
  /** Per lower-cased keyword, the length of the shortest keyword that is a prefix of it (itself included). */
  shortest: Map<string, number>;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** compileKeywords([['said'], ['according to ']]).listsOf.get('said') === 0b01 */
export function compileKeywords(lists: ReadonlyArray<readonly string[]>): KeywordScanner {
  if (lists.length > MAX_LISTS) throw new Error(`at most ${MAX_LISTS} keyword lists, got ${lists.length}`);
  const own = new Map<string, number>();
  lists.forEach((words, list) => {
    for (const w of words) {
      // Case-insensitive matching of non-ASCII letters does not round-trip through toLowerCase ("ς" matches "σ").
      if (!PRINTABLE_ASCII.test(w)) throw new Error(`keywords must be printable ASCII: ${JSON.stringify(w)}`);
      own.set(w.toLowerCase(), (own.get(w.toLowerCase()) ?? 0) | (1 << list));
    }
  });
  const listsOf = new Map<string, number>();
  const shortest = new Map<string, number>();
  for (const w of own.keys()) {
    let lists = 0;
    let length = w.length;
    for (const [prefix, bits] of own) {
      if (!w.startsWith(prefix)) continue;
      lists |= bits;
      length = Math.min(length, prefix.length);
    }
    listsOf.set(w, lists);
    shortest.set(w, length);
  }
  const words = [...own.keys()].sort((a, b) => b.length - a.length);
  return { scan: words.length > 0 ? new RegExp(words.map(escapeRegExp).join('|'), 'gi') : null, listsOf, shortest };
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
  const { scan, listsOf, shortest } = scanner;
  if (scan === null) return hits;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
    // Lower-casing a case-insensitive match of ASCII keywords gives the keyword back (non-ASCII never matches).
    const word = m[0].toLowerCase();
    hits.at.push(m.index);
    hits.lists.push(listsOf.get(word)!);
    hits.length.push(shortest.get(word)!);
    scan.lastIndex = m.index + 1;
  }
  return hits;
}
