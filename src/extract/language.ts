/**
 * Language codes from markup (`en-US`, `en_GB`, `fr`) and a stopword guess for pages that declare none.
 */

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'was', 'are', 'this', 'have'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'que', 'pour', 'qui', 'pas'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'ein', 'eine'],
  es: ['el', 'los', 'las', 'y', 'del', 'que', 'por', 'una', 'con', 'para', 'es', 'se'],
  it: ['il', 'di', 'che', 'e', 'della', 'per', 'non', 'sono', 'gli', 'una', 'del', 'con'],
  pt: ['o', 'os', 'da', 'do', 'que', 'não', 'uma', 'para', 'com', 'em', 'dos', 'é'],
  nl: ['de', 'het', 'een', 'en', 'van', 'niet', 'dat', 'zijn', 'met', 'voor', 'op', 'ook'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'как', 'по', 'это', 'он', 'из', 'но'],
  uk: ['і', 'та', 'що', 'як', 'це', 'до', 'від', 'про', 'й', 'був', 'була', 'які'],
};

const WORD_TABLE = buildWordTable();

/** Below this many stopword hits the guess is noise (a caption, a title); 5 hits is about one sentence. */
const MIN_STOPWORD_HITS = 5;

/** Only the text's start is read: a few hundred words decide the language and keep the guess O(1). */
const GUESS_CHARS = 3000;

function buildWordTable(): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(STOPWORDS)) {
    for (const word of words) table.set(word, [...(table.get(word) ?? []), lang]);
  }
  return table;
}

/**
 * The two-letter primary subtag of a language tag, or null when it is not one.
 * @example normalizeLanguage('en_GB') // 'en'
 */
export function normalizeLanguage(tag: string | null | undefined): string | null {
  const match = /^\s*([a-z]{2})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? '');
  return match?.[1] ? match[1].toLowerCase() : null;
}

/**
 * A cheap stopword vote among en, fr, de, es, it, pt, nl and ru; null when the text is too short to tell.
 * @example guessLanguage('the cat and the dog were in the garden, and that is all there is to it') // 'en'
 */
export function guessLanguage(text: string): string | null {
  const hits = new Map<string, number>();
  for (const word of text.slice(0, GUESS_CHARS).toLowerCase().split(/[^\p{L}]+/u)) {
    for (const lang of WORD_TABLE.get(word) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = MIN_STOPWORD_HITS - 1;
  for (const [lang, count] of hits) {
    if (count > bestCount) [best, bestCount] = [lang, count];
  }
  return best;
}
