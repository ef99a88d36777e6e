import type { Sentence, Span } from '../types.ts';

/**
 * The index of the sentence containing `pos`: the last sentence starting at or before it (so a position in a
 * gap between sentences goes to the one before), 0 before the first, -1 when there are no sentences.
 * Sentences are assumed sorted by start, as the splitter returns them.
 */
export function findSentenceIndex(sentences: readonly Sentence[], pos: number): number {
  if (sentences.length === 0) return -1;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Sorts and merges spans so overlap tests can walk them with one pointer. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

/** Keeps the items (sorted by start) that overlap none of the merged `spans`. */
export function dropOverlapping<T extends Span>(items: readonly T[], spans: readonly Span[]): T[] {
  const kept: T[] = [];
  let k = 0;
  for (const item of items) {
    while (k < spans.length && spans[k]!.end <= item.start) k++;
    const span = spans[k];
    if (!span || span.start >= item.end) kept.push(item);
  }
  return kept;
}
