import {
  countMatches,
  countShared,
  type Counts,
  divide,
  measureCosine,
  compareSequences,
} from './similarity-overlap.ts';
import { buildMatchMatrix, measureCoverage, measureWeightedCoverage, measureSoftBigrams, measureSoftLcs } from './similarity-align.ts';
import { measureMeteor } from './similarity-meteor.ts';
import type { PreparedSentence } from './similarity-prepare.ts';
import { detectSubstitution } from './similarity-slots.ts';
import { countUnmatchedClasses, listUnmatched, measureEditRates } from './similarity-unaligned.ts';
import { MATCH } from './wordnet.ts';

/**
 * Names of the values {@link pairFeatures} returns, in order. Every feature is symmetric in (a, b), so the
 * score is too: directional measures enter as their minimum and maximum over the two directions.
 */
export const FEATURE_NAMES = [
  'stem1Min',
  'stem1Max',
  'stem2Min',
  'stem2Max',
  'stem3Min',
  'stem3Max',
  'stem4Min',
  'stem4Max',
  'lemma1Min',
  'contentMin',
  'contentMax',
  'lcsMin',
  'lcsMax',
  'charCosine',
  'nameSwap',
  'nameExtra',
  'numberSwap',
  'numberExtra',
  'lengthGap',
  'extraContent',
  'negationMismatch',
  'substitution',
  'synCoverMin',
  'synCoverMax',
  'relCoverMin',
  'relCoverMax',
  'sibCoverMin',
  'sibCoverMax',
  'synBigramMin',
  'synBigramMax',
  'synLcsMin',
  'synLcsMax',
  'meteorFmean',
  'meteorScore',
  'meteorFragmentation',
  'unalignedMax',
  'unalignedMin',
  'icExactMin',
  'icExactMax',
  'icSynCoverMin',
  'icSynCoverMax',
  'icRelCoverMin',
  'icRelCoverMax',
  'icUnalignedMax',
  'icUnalignedMin',
  'editLonger',
  'editShorter',
  'unmatchedNounMin',
  'unmatchedNounMax',
  'unmatchedVerbMin',
  'unmatchedVerbMax',
  'unmatchedNameMin',
  'unmatchedNameMax',
  'unmatchedModifierMin',
  'unmatchedModifierMax',
] as const;

/** Unmatched content words beyond this many all mean "a clause was added"; capping keeps the feature in [0,1]. */
const EXTRA_CONTENT_CAP = 8;
/** The same cap in information content: ~8 content words of middling frequency (weights are in [0,1]). */
const UNALIGNED_WEIGHT_CAP = 5;

/**
 * Symmetric overlap features of two prepared sentences, in [0,1], named by {@link FEATURE_NAMES}.
 * @example pairFeatures(prepareSentence('a b'), prepareSentence('a b'))[0] // 1
 */
export function pairFeatures(first: PreparedSentence, second: PreparedSentence): number[] {
  return describePair(first, second).features;
}

/**
 * The model's input for a pair: {@link pairFeatures} and the stems left unmatched, which carry learned weights.
 * @example describePair(prepareSentence('He left and came back'), prepareSentence('He left')).words // ['and', 'came', 'back']
 */
export function describePair(first: PreparedSentence, second: PreparedSentence): { features: number[]; words: string[] } {
  // Canonical order: the greedy alignments below depend on which side is scanned first.
  const [a, b] = first.key <= second.key ? [first, second] : [second, first];
  const contentShared = countShared(a.content, b.content);
  const matrix = buildMatchMatrix(a, b);
  const meteor = measureMeteor(matrix, a, b);
  const sequence = compareSequences(a.stemIds, b.stemIds);
  const features = [
    ...measureGramPair(a.stemGrams[0], b.stemGrams[0]),
    ...measureGramPair(a.stemGrams[1], b.stemGrams[1]),
    ...measureGramPair(a.stemGrams[2], b.stemGrams[2]),
    ...measureGramPair(a.stemGrams[3], b.stemGrams[3]),
    measureGramPair(a.lemmaGrams[0], b.lemmaGrams[0])[0],
    ...sortPair(divide(contentShared, a.content.size), divide(contentShared, b.content.size)),
    divide(sequence.lcs, Math.max(a.stemIds.length, b.stemIds.length)),
    divide(sequence.lcs, Math.min(a.stemIds.length, b.stemIds.length)),
    measureCosine(a.charGrams, b.charGrams),
    ...measureSwap(a.names, b.names),
    ...measureSwap(a.numbers, b.numbers),
    divide(Math.abs(a.stems.length - b.stems.length), Math.max(a.stems.length, b.stems.length)),
    measureExtraContent(a.content, b.content, contentShared),
    a.negated === b.negated ? 0 : 1,
    detectSubstitution(a.slots, b.slots),
    ...measureCoverage(matrix, a, b, MATCH.synonym),
    ...measureCoverage(matrix, a, b, MATCH.related),
    ...measureCoverage(matrix, a, b, MATCH.sibling),
    ...measureSoftBigrams(matrix, MATCH.synonym),
    ...measureSoftLcs(matrix, MATCH.synonym),
    meteor.fmean,
    meteor.score,
    meteor.fragmentation,
    Math.min(meteor.unalignedMax, EXTRA_CONTENT_CAP) / EXTRA_CONTENT_CAP,
    Math.min(meteor.unalignedMin, EXTRA_CONTENT_CAP) / EXTRA_CONTENT_CAP,
    ...measureWeightedCoverage(matrix, a, b, MATCH.stem),
    ...measureWeightedCoverage(matrix, a, b, MATCH.synonym),
    ...measureWeightedCoverage(matrix, a, b, MATCH.related),
    Math.min(meteor.unalignedWeightMax, UNALIGNED_WEIGHT_CAP) / UNALIGNED_WEIGHT_CAP,
    Math.min(meteor.unalignedWeightMin, UNALIGNED_WEIGHT_CAP) / UNALIGNED_WEIGHT_CAP,
    ...measureEditRates(sequence.edits, a, b),
    ...countUnmatchedClasses(matrix, a, b),
  ];
  return { features, words: listUnmatched(matrix, a, b) };
}

/** [min, max] over the two directions of clipped n-gram precision (BLEU's modified precision). */
function measureGramPair(a: Counts | undefined, b: Counts | undefined): [number, number] {
  if (a === undefined || b === undefined) return [0, 0];
  const matches = countMatches(a, b);
  return sortPair(divide(matches, a.total), divide(matches, b.total));
}

/**
 * [swap, extra] for names or numbers. swap = 1 when each side has one the other lacks ("Zelensky" vs
 * "Shmyhal", "28-point" vs "20-point"): a different fact about the same story. extra = 1 when only one side
 * adds one, which is often just more detail.
 */
function measureSwap(a: ReadonlySet<string>, b: ReadonlySet<string>): [number, number] {
  const shared = countShared(a, b);
  const onlyA = a.size - shared;
  const onlyB = b.size - shared;
  if (onlyA > 0 && onlyB > 0) return [1, 0];
  return [0, onlyA + onlyB > 0 ? 1 : 0];
}

function measureExtraContent(a: ReadonlySet<string>, b: ReadonlySet<string>, shared: number): number {
  const extra = Math.max(a.size, b.size) - shared;
  return Math.min(extra, EXTRA_CONTENT_CAP) / EXTRA_CONTENT_CAP;
}

function sortPair(x: number, y: number): [number, number] {
  return x <= y ? [x, y] : [y, x];
}
