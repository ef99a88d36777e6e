/** Words of a user's search, each quoted, so FTS5 syntax characters in the text cannot break the query. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * An FTS5 query matching rows that contain every word of `q` (prefix match on the last one, for search-as-you-type);
 * null when `q` holds no word.
 * @example toFtsQuery('ceasefire "talks') // '"ceasefire" "talks"*'
 */
export function toFtsQuery(q: string): string | null {
  const words = q.match(WORD);
  if (!words) return null;
  return words.map((w, k) => (k === words.length - 1 ? `"${w}"*` : `"${w}"`)).join(' ');
}
