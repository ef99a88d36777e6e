import type { MatchMatrix } from './similarity-align.ts';
import { type PreparedSentence, WORD_CLASS } from './similarity-prepare.ts';
import { MATCH } from './wordnet.ts';

/**
 * What a pair leaves unmatched. Ji & Eisenstein (2013) showed on MRPC that weights learned per word, for telling
 * paraphrases apart, beat idf weights; here each stem left unmatched carries such a weight. Fitted on MRPC train,
 * the largest say that an unmatched clause word ("and" -0.57, "but" -0.44, "will" -0.36) marks an added statement
 * while unmatched attribution ("yesterday" +0.59, "statement" +0.55, "said" +0.34) is harmless detail.
 */

/**
 * A word counts as unmatched for the learned word weights when nothing on the other side is the same word, its
 * stem or a WordNet synonym: a synonym carries the meaning over, a looser WordNet link does not.
 */
const WORD_MATCH = MATCH.synonym;
/** Class counts treat related (hypernym, derivation) matches as matched: "deliver" / "delivery" is no new fact. */
const CLASS_MATCH = MATCH.related;
/** Names match only as the same name or stem: WordNet links between names ("Paris" / "France") are not the same referent. */
const NAME_MATCH = MATCH.stem;
/** Unmatched words of one class beyond this many all mean "a different statement"; capping keeps counts in [0,1]. */
const CLASS_CAP = 5;
/** Edit distance over the shorter side saturates at twice its length: by then the sentences share little order. */
const EDIT_SHORTER_CAP = 2;
/** The classes counted, in feature order (see FEATURE_NAMES); `other` is not (stop words carry word weights instead). */
const COUNTED = [WORD_CLASS.noun, WORD_CLASS.verb, WORD_CLASS.name, WORD_CLASS.modifier] as const;
const CLASS_COUNT = Object.keys(WORD_CLASS).length;

/**
 * Stems left unmatched on either side, in order, one entry per token; digits are left out, as the number
 * features already weigh them and a number's value says nothing that carries to other sentences.
 * @example listUnmatched(matrix, prepareSentence('He left and came back'), prepareSentence('He left')) // ['and', 'came', 'back']
 */
export function listUnmatched(m: MatchMatrix, a: PreparedSentence, b: PreparedSentence): string[] {
  const words: string[] = [];
  collectSide(m.rowBest, a, words);
  collectSide(m.colBest, b, words);
  return words;
}

function collectSide(best: Uint8Array, side: PreparedSentence, words: string[]): void {
  for (let i = 0; i < best.length; i++) {
    const stem = side.stems[i]!;
    if (best[i]! < WORD_MATCH && !hasDigit(stem)) words.push(stem);
  }
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** [min, max] over the two sides of the unmatched content words of each counted class, capped, in [0,1]. */
export function countUnmatchedClasses(m: MatchMatrix, a: PreparedSentence, b: PreparedSentence): number[] {
  const rows = countSide(m.rowBest, a);
  const cols = countSide(m.colBest, b);
  const out: number[] = [];
  for (const cls of COUNTED) {
    const x = Math.min(rows[cls]!, CLASS_CAP) / CLASS_CAP;
    const y = Math.min(cols[cls]!, CLASS_CAP) / CLASS_CAP;
    out.push(Math.min(x, y), Math.max(x, y));
  }
  return out;
}

/** Unmatched content words per class, indexed by the WORD_CLASS value. */
function countSide(best: Uint8Array, side: PreparedSentence): Int32Array {
  const counts = new Int32Array(CLASS_COUNT);
  for (let i = 0; i < best.length; i++) {
    if (!side.isContent[i]) continue;
    const cls = side.classes[i]!;
    if (best[i]! < (cls === WORD_CLASS.name ? NAME_MATCH : CLASS_MATCH)) counts[cls]!++;
  }
  return counts;
}

/**
 * Word edit distance over the longer and the shorter length, as TER (Snover et al. 2006) counts edits; Madnani et
 * al. (2012) found TER-like edit rates the strongest single MT metric for MRPC.
 */
export function measureEditRates(edits: number, a: PreparedSentence, b: PreparedSentence): [number, number] {
  const longer = Math.max(a.stems.length, b.stems.length);
  const shorter = Math.min(a.stems.length, b.stems.length);
  if (longer === 0) return [0, 0];
  const overShorter = shorter === 0 ? EDIT_SHORTER_CAP : Math.min(edits / shorter, EDIT_SHORTER_CAP);
  return [edits / longer, overShorter / EDIT_SHORTER_CAP];
}
