import type { LexiconGroup } from '../types.ts';
import { CHARACTER } from './character.ts';
import { CHARACTERIZING } from './characterizing.ts';
import { COMBATIVE } from './combative.ts';
import { EDITORIAL } from './editorial.ts';
import { EPISTEMIC } from './epistemic.ts';
import { LABEL } from './label.ts';
import { SENSATIONAL } from './sensational.ts';

/**
 * The loaded-language lexicon, written from general knowledge of bias and subjectivity lexicons (Recasens et al.
 * 2013 framing/epistemological bias, MPQA strong-subjective clues, Wikipedia's "words to watch"), not from any
 * benchmark's spans. Precision first: a word with a common literal sense is listed only with the context rules
 * that rule that sense out, or not at all ("devastating", "massive", "attack").
 */
export const LEXICON: readonly LexiconGroup[] = [SENSATIONAL, COMBATIVE, CHARACTERIZING, EPISTEMIC, EDITORIAL, CHARACTER, LABEL];
