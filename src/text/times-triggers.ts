import { compileKeywords, type KeywordScanner, scanKeywords } from './keywords.ts';
import type { Span } from './types.ts';

/**
 * Which rule groups each sentence can trigger, from one keyword scan of the whole text instead of one trigger
 * test per group per sentence: nine trigger tests on every sentence were half of findTimes, most of it in the
 * case-insensitive alternations ("morning|afternoon|evening|night") that almost every sentence fails.
 *
 * A trigger that is an alternation of plain words ("day", "week|month|year", "ago\b") gives its words to the
 * scan; a word found inside a sentence marks its groups as possible there, and the exact trigger still decides.
 * The scan may over-mark (a lower-case "jan" for MONTH_TRIGGER's "Jan", the "ago" of "agony" for "ago\b") but
 * never misses a sentence the trigger passes. Any other trigger (digits) is possible in every sentence.
 */

/** A trigger made only of words separated by "|"; a trailing \b may follow (dropping it only loosens the test). */
const WORD_ALTERNATION = /^[A-Za-z]+(?:\|[A-Za-z]+)*$/;
const TRAILING_BOUNDARY = /\\b$/;

export interface TriggerScanner {
  /** Groups whose trigger is not plain words: possible in every sentence. */
  always: number;
  keywords: KeywordScanner;
}

function triggerWords(trigger: RegExp): string[] | null {
  const source = trigger.source.replace(TRAILING_BOUNDARY, '');
  return WORD_ALTERNATION.test(source) ? source.split('|') : null;
}

/** compileTriggers([/day/, /\d{4}/]).always === 0b10 */
export function compileTriggers(triggers: readonly RegExp[]): TriggerScanner {
  const words = triggers.map(triggerWords);
  let always = 0;
  words.forEach((w, group) => {
    if (w === null) always |= 1 << group;
  });
  return { always, keywords: compileKeywords(words.map((w) => w ?? [])) };
}

/** Whether spans are in order and apart, as the sentence splitter makes them (the walk below needs it). */
function isOrderedApart(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.end) return false;
  return true;
}

/**
 * Per span (a sentence's clamped bounds), the groups whose trigger may match inside it (bit i for trigger i);
 * every group for spans out of order, which this walk cannot place words in.
 */
export function markTriggers(scanner: TriggerScanner, text: string, spans: readonly Span[]): Int32Array {
  const masks = new Int32Array(spans.length).fill(scanner.always);
  if (!isOrderedApart(spans)) return masks.fill(-1);
  const hits = scanKeywords(scanner.keywords, text);
  let k = 0;
  for (let h = 0; h < hits.at.length; h++) {
    const at = hits.at[h]!;
    while (k < spans.length && spans[k]!.end <= at) k++;
    if (k === spans.length) break;
    const span = spans[k]!;
    if (span.start <= at && at + hits.length[h]! <= span.end) masks[k] = masks[k]! | hits.lists[h]!;
  }
  return masks;
}
