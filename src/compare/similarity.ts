import { applyLogistic } from './similarity-fit.ts';
import { describePair, FEATURE_NAMES } from './similarity-features.ts';
import { PAIR_MODEL, SAME_CLAIM_THRESHOLD, SUBSTITUTION_PENALTY } from './similarity-model.ts';
import { type PreparedSentence, prepareSentence } from './similarity-prepare.ts';

export { describePair, FEATURE_NAMES, pairFeatures } from './similarity-features.ts';
export { PAIR_MODEL, SAME_CLAIM_THRESHOLD, SUBSTITUTION_PENALTY } from './similarity-model.ts';
export { type PreparedSentence, prepareSentence } from './similarity-prepare.ts';

const SUBSTITUTION = FEATURE_NAMES.indexOf('substitution');

export interface PairScore {
  /** Probability-like score in [0,1] that the two sentences state the same claim. */
  readonly score: number;
  /** score >= SAME_CLAIM_THRESHOLD. */
  readonly same: boolean;
}

/**
 * Score two prepared sentences; use this when comparing one sentence against many.
 * Identical texts score 1; a name or number swapped in the same slot multiplies the score by
 * SUBSTITUTION_PENALTY; a sentence with no words scores 0 against anything (there is no claim in it).
 */
export function scorePrepared(a: PreparedSentence, b: PreparedSentence): PairScore {
  const score = measureScore(a, b);
  return { score, same: score >= SAME_CLAIM_THRESHOLD };
}

/**
 * Paraphrase-aware similarity of two sentences, for grouping statements into claims.
 * @example scorePair('Driscoll met Zelensky in Kyiv', 'Driscoll met Shmyhal in Kyiv').same // false
 */
export function scorePair(a: string, b: string): PairScore {
  return scorePrepared(prepareSentence(a), prepareSentence(b));
}

function measureScore(a: PreparedSentence, b: PreparedSentence): number {
  if (a.stems.length === 0 || b.stems.length === 0) return 0;
  if (a.key === b.key) return 1;
  const example = describePair(a, b);
  const score = applyLogistic(PAIR_MODEL, example);
  return example.features[SUBSTITUTION] === 1 ? score * SUBSTITUTION_PENALTY : score;
}
