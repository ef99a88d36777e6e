/** Word-level differences between two sentences, for slot conflicts ("at the sports hall" vs "at the town hall"). */

export interface Word {
  text: string;
  norm: string;
  start: number;
  end: number;
}

export interface Replacement {
  /** Words before the replaced stretch, in A (for the context test: a preposition, a verb). */
  before: Word[];
  a: Word[];
  b: Word[];
}

export function readWords(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)) {
    const t = m[0].replace(/[.]+$/, '');
    out.push({ text: t, norm: t.toLowerCase(), start: m.index, end: m.index + t.length });
  }
  return out;
}

/**
 * Longest common subsequence table, from the end (sentences are short: 60 x 60 cells at most in practice), in one
 * array: cell (i, j) is at i * (b.length + 1) + j.
 */
function lcsTable(a: Word[], b: Word[]): Uint16Array {
  const width = b.length + 1;
  const t = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    const norm = a[i]!.norm;
    for (let j = b.length - 1; j >= 0; j--) {
      const at = i * width + j;
      t[at] = norm === b[j]!.norm ? t[at + width + 1]! + 1 : Math.max(t[at + width]!, t[at + 1]!);
    }
  }
  return t;
}

/**
 * The stretches where A and B say something different in the same place: both sides non-empty. A pure addition
 * ("October" vs "late October, in Miami") is a refinement and is not returned.
 */
export function findReplacements(a: Word[], b: Word[]): Replacement[] {
  const t = lcsTable(a, b);
  const width = b.length + 1;
  const out: Replacement[] = [];
  let i = 0;
  let j = 0;
  let lastSame = -1;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i]!.norm === b[j]!.norm) {
      lastSame = i;
      i++;
      j++;
      continue;
    }
    const i0 = i;
    const j0 = j;
    while ((i < a.length || j < b.length) && !(i < a.length && j < b.length && a[i]!.norm === b[j]!.norm)) {
      if (j >= b.length || (i < a.length && t[(i + 1) * width + j]! >= t[i * width + j + 1]!)) i++;
      else j++;
    }
    if (i > i0 && j > j0) out.push({ before: a.slice(Math.max(0, lastSame - 2), lastSame + 1), a: a.slice(i0, i), b: b.slice(j0, j) });
  }
  return out;
}
