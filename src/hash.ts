/**
 * FNV-1a, 32-bit, over UTF-16 code units: the one string hash of the project's tables (word tables, stopwords,
 * n-gram counts). Callers that hash as they scan a text step it themselves with FNV_OFFSET and FNV_PRIME and take
 * `>>> 0` of the result, to compare with hashRange.
 *
 * hashRange('said', 0, 4) === hashRange('he said', 3, 7)
 */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over the code units of text[start, end), unsigned. */
export function hashRange(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  return h >>> 0;
}
