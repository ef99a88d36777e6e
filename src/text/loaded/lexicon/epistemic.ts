import { type LexiconGroup, word, words } from '../types.ts';

/**
 * "Clearly" in its manner sense ("stated clearly", "clearly visible") says how, not that the writer is sure.
 * Ruled out next to verbs of saying and seeing and the adjectives of legibility.
 */
const CLEARLY_MANNER_PREV =
  'stated?|states|said|say|says|spoke|speak|speaks|explained|show(?:s|ed|n)?|see|seen|saw|hear|heard|' +
  'written|defined|marked|labell?ed|visible|audible|identified|articulated|communicated';
const CLEARLY_MANNER_NEXT =
  'visible|audible|marked|labell?ed|defined|written|legible|identified|stated|see|seen|hear|heard|' +
  'explained|articulated|communicated|spell(?:ed|s)? out';

/*
 * Left out on purpose, measured on BASIL (see bench/loaded.ts): the assertive and factive said-verbs of
 * Recasens et al. ("claimed", "insisted", "admitted"). In wire copy they are the conventional verbs for a
 * disputed statement ("a report claiming...", "he insisted that..."), so flagging them buried the real flags:
 * 1 of 44 such flags overlapped a gold lexical-bias span.
 */
export const EPISTEMIC: LexiconGroup = {
  kind: 'epistemic',
  note: 'Presupposes that a claim is true (or false) instead of attributing it (Recasens et al. 2013).',
  entries: [
    word('so-called', { note: 'Casts doubt on the name it precedes; report the name or who disputes it.' }),
    word('so called', { note: 'Casts doubt on the name it precedes; report the name or who disputes it.' }),
    ...words('supposedly', 'purportedly', 'self-proclaimed', 'self-styled', 'self-described'),
    ...words('of course', 'obviously', 'undeniably', 'undoubtedly', 'unquestionably', 'indisputably'),
    ...words('needless to say', 'without a doubt', 'in reality'),
    word('clearly', { unlessPrev: CLEARLY_MANNER_PREV, unlessNext: CLEARLY_MANNER_NEXT }),
  ],
};
