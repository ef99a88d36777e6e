import { stemmer } from 'stemmer';

/**
 * Slots: the names and numbers of a sentence with their neighbouring words. Two sentences that put a different
 * name or number in the same slot ("Driscoll met [Zelensky] in Kyiv" / "Driscoll met [Shmyhal] in Kyiv",
 * "a [28]-point plan" / "a [20]-point plan") state different facts, however much else they share.
 */
export interface Slot {
  readonly kind: 'name' | 'number';
  readonly value: string;
  readonly before: string;
  readonly after: string;
}

export interface SlotToken {
  readonly stem: string;
  readonly name: boolean;
}

const DIGIT = /\d/;
/**
 * Weekdays are capitalised but are not who or where: outlets in different time zones, or writing a day apart,
 * name different days for one event (frequent in MRPC), so a weekday swap is not a different fact.
 */
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map(stemmer));
/** Names this close in spelling are one name transliterated two ways ("Muqtada" / "Moqtada"). */
const SPELLING_DISTANCE = 2;

export function readSlots(tokens: readonly SlotToken[]): Slot[] {
  const slots: Slot[] = [];
  tokens.forEach((token, i) => {
    const kind = DIGIT.test(token.stem) ? 'number' : token.name && !WEEKDAYS.has(token.stem) ? 'name' : undefined;
    if (kind === undefined) return;
    // "U.S." and "US" are one name: compare names without their punctuation.
    const value = kind === 'name' ? token.stem.replace(/[^\p{L}\p{N}]/gu, '') : token.stem;
    slots.push({ kind, value, before: tokens[i - 1]?.stem ?? '', after: tokens[i + 1]?.stem ?? '' });
  });
  return slots;
}

/** 1 when some slot holds a different name or number on each side between the same two words (a sentence edge counts as a word). */
export function detectSubstitution(a: readonly Slot[], b: readonly Slot[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  for (const x of a) {
    if (b.some((y) => y.value === x.value)) continue;
    for (const y of b) {
      if (y.kind !== x.kind || a.some((z) => z.value === y.value)) continue;
      if (x.before === y.before && x.after === y.after && !isSpellingVariant(x, y)) return 1;
    }
  }
  return 0;
}

function isSpellingVariant(x: Slot, y: Slot): boolean {
  return x.kind === 'name' && measureEditDistance(x.value, y.value) <= SPELLING_DISTANCE;
}

/** Levenshtein distance, one row; names are short, so this is cheap and only runs on candidate swaps. */
function measureEditDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + cost));
    }
    row = next;
  }
  return row[b.length]!;
}
