/**
 * Regular English inflection for lexicon entries, so the lexicon lists "slam" and matches "slams", "slammed",
 * "slamming". Irregular forms ("tore") are listed in the entry itself; this only needs to be right for the
 * verbs and nouns we list, and the tests pin each rule.
 */
const VOWEL = /[aeiou]/;
const SIBILANT_END = /(?:s|x|z|ch|sh)$/;
const CONSONANT_Y_END = /[^aeiou]y$/;
/** Final consonants never doubled ("snowed", "boxed", "played"). */
const NO_DOUBLE = /[wxy]$/;

/** slam -> slamm (one vowel group ending consonant-vowel-consonant); blast, mock -> unchanged. */
function doubleFinal(base: string): string {
  const vowelGroups = base.match(/[aeiou]+/g) ?? [];
  const n = base.length;
  const cvc =
    n >= 3 && !VOWEL.test(base[n - 1]!) && VOWEL.test(base[n - 2]!) && !VOWEL.test(base[n - 3]!);
  return vowelGroups.length === 1 && cvc && !NO_DOUBLE.test(base) ? base + base[n - 1] : base;
}

function addS(base: string): string {
  if (SIBILANT_END.test(base)) return base + 'es';
  if (CONSONANT_Y_END.test(base)) return base.slice(0, -1) + 'ies';
  return base + 's';
}

function addEd(base: string): string {
  if (base.endsWith('e')) return base + 'd';
  if (CONSONANT_Y_END.test(base)) return base.slice(0, -1) + 'ied';
  return doubleFinal(base) + 'ed';
}

function addIng(base: string): string {
  if (base.endsWith('ie')) return base.slice(0, -2) + 'ying';
  if (base.endsWith('e') && !base.endsWith('ee')) return base.slice(0, -1) + 'ing';
  return doubleFinal(base) + 'ing';
}

/** inflectVerb('slam') -> ['slam', 'slams', 'slammed', 'slamming'] */
export function inflectVerb(base: string): string[] {
  return [base, addS(base), addEd(base), addIng(base)];
}

/** inflectNoun('thug') -> ['thug', 'thugs']; inflectNoun('crony') -> ['crony', 'cronies'] */
export function inflectNoun(base: string): string[] {
  return [base, addS(base)];
}
