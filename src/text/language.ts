/** Common function words per language: enough to tell the news languages we meet apart on a paragraph. */
const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'said', 'has', 'by', 'it'],
  fr: ['le', 'la', 'les', 'et', 'des', 'du', 'une', 'est', 'que', 'dans', 'pour', 'sur', 'pas', 'qui', 'au'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'sich', 'auf', 'für', 'ein', 'eine', 'dem'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'en', 'por', 'con', 'una', 'para', 'se', 'como', 'es'],
  it: ['il', 'la', 'che', 'di', 'e', 'per', 'una', 'del', 'della', 'non', 'sono', 'con', 'gli', 'nel', 'è'],
  pt: ['o', 'a', 'os', 'que', 'de', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não', 'se', 'na'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'niet', 'met', 'voor', 'zijn', 'ook', 'die'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'как', 'это', 'он', 'к', 'из', 'за', 'о', 'от'],
  uk: ['і', 'в', 'не', 'на', 'що', 'з', 'та', 'як', 'це', 'до', 'у', 'за', 'від', 'й', 'про'],
};
const LOOKUP = Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)] as const);
/** Below this many stopword hits the text is too short or too odd to call: "und" (undetermined). */
const MIN_HITS = 3;

/**
 * Guesses the language of `text` from function-word counts (first 2,000 characters); "und" when unsure.
 *
 * guessLanguage('The minister said that the talks will go on.') === 'en'
 */
export function guessLanguage(text: string): string {
  const words = text.slice(0, 2000).toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = 'und';
  let bestHits = MIN_HITS - 1;
  for (const [lang, set] of LOOKUP) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return best;
}
