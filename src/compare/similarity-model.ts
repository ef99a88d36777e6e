import type { LogisticModel } from './similarity-fit.ts';

/**
 * Logistic weights over FEATURE_NAMES (same order). Fit by `node --import tsx bench/pairs.ts --fit`: L2-penalised
 * logistic regression (l2 = 1, Newton) on all 4,076 pairs of shared/data/mrpc/train.tsv. The honest figure for
 * this model is 10-fold CV on those pairs: accuracy 0.772, F1 0.839 (see bench/pairs.ts; 0.760/0.827 before the
 * WordNet features); the MRPC test half is held out. Negative weights on the n-gram "Max" terms offset their strong
 * correlation with the "Min" terms.
 */
export const PAIR_MODEL: LogisticModel = {
  weights: [
    1.6278, // stem1Min
    0.0705, // stem1Max
    0.4568, // stem2Min
    -1.3545, // stem2Max
    0.1954, // stem3Min
    -1.6957, // stem3Max
    0.2837, // stem4Min
    -1.3227, // stem4Max
    1.8772, // lemma1Min
    -0.1327, // contentMin
    -0.6033, // contentMax
    1.7354, // lcsMin
    0.0857, // lcsMax
    2.006, // charCosine
    0.1271, // nameSwap
    0.2355, // nameExtra
    -0.323, // numberSwap
    -0.3155, // numberExtra
    -0.1534, // lengthGap
    0.3731, // extraContent
    -1.2011, // negationMismatch
    -0.5002, // substitution
    0.1758, // synCoverMin
    -0.0558, // synCoverMax
    0.189, // relCoverMin
    0.3858, // relCoverMax
    0.0764, // sibCoverMin
    1.5313, // sibCoverMax
    0.6703, // synBigramMin
    -1.444, // synBigramMax
    1.9275, // synLcsMin
    0.2946, // synLcsMax
    1.6627, // meteorFmean
    1.6446, // meteorScore
    0.1506, // meteorFragmentation
    0.039, // unalignedMax
    -0.641, // unalignedMin
    -0.8599, // icExactMin
    -0.6878, // icExactMax
    -0.2097, // icSynCoverMin
    0.06, // icSynCoverMax
    -0.2915, // icRelCoverMin
    0.3376, // icRelCoverMax
    -1.2722, // icUnalignedMax
    -0.0231, // icUnalignedMin
  ],
  bias: -4.4367,
};

/**
 * 0.500: the threshold that maximises accuracy of the pooled 10-fold out-of-fold scores on MRPC train
 * (bench/pairs.ts --fit). With the WordNet features the model is calibrated well enough that this is 0.5.
 */
export const SAME_CLAIM_THRESHOLD = 0.5;

/**
 * 0.45: a different name or number in the same slot ("met Zelensky" / "met Shmyhal", "28-point" / "20-point") is
 * a different fact, so the score is multiplied by this; below the threshold, so such a pair is never `same`
 * whatever its overlap. MRPC does not teach this (its annotators often call such pairs paraphrases: the fitted
 * weight is only -0.50), it is a claim-grouping rule; its cost on MRPC is reported by bench/pairs.ts.
 */
export const SUBSTITUTION_PENALTY = 0.45;
